// Processes killed with SIGKILL at random moments while they write:
// - `portolan import` of a 20,000-flow table into a project;
// - a burst of document edits with undo and redo (this program, started
//   again as a child with PORTOLAN_EDIT_BURST set);
// - `portolan rules`, `export` and `handover` over files they wrote before.
// After each kill the project opens, PRAGMA integrity_check says "ok" and
// its content (every row of every table, projectdigest.h) is exactly the
// state before or after one whole transaction. A killed writer leaves the
// good file it was replacing, never a half-written one, and what it left
// beside it is gone after the next run. The tally is printed for the README.

#include "clirunner.h"
#include "document/projectdocument.h"
#include "projectdigest.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <cstdio>

using namespace Portolan;
using namespace Portolan::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int importKills = 25;
constexpr int burstKills = 25;
constexpr int writerKillsEach = 4; // rules, export, handover
constexpr int burstSteps = 1000;
constexpr int tableFlows = 20'000;
const QString BurstVariable = u"PORTOLAN_EDIT_BURST"_s;
const QString RecordVariable = u"PORTOLAN_EDIT_BURST_RECORD"_s;

// --- the edit burst (the child) ----------------------------------------------

// Seeded edits through the document layer, each its own transaction, with
// undo and redo among them. After each step "step N" is printed, with the
// file's digest after the steps listed in `record`, so that the parent
// knows how far it came and what the file held then.
int runEditBurst(const QString &path, const QSet<int> &record)
{
    QString error;
    auto document = ProjectDocument::open(path, &error);
    if (!document || document->isReadOnly()) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
    }
    QRandomGenerator random(20261204);
    QList<Id> components;
    QList<Id> flows;
    const Id product = document->addProduct({ 0, u"Burst"_s, u"#336699"_s });
    const auto pick
        = [&random](const QList<Id> &ids) { return ids.at(random.bounded(int(ids.size()))); };
    for (int step = 1; step <= burstSteps; ++step) {
        const int roll = random.bounded(100);
        if (roll < 30 || components.size() < 2) {
            Component component;
            component.name = u"Burst %1"_s.arg(step);
            if (const Id id = document->addComponent(component))
                components.append(id);
        } else if (roll < 55) {
            const Id id = document->addFlow({ 0,
                                              product,
                                              pick(components),
                                              pick(components),
                                              Transport::Tcp,
                                              PortSet::single(1000 + step),
                                              u"Step %1"_s.arg(step),
                                              false,
                                              {} });
            if (id)
                flows.append(id);
        } else if (roll < 65 && !flows.isEmpty()) {
            if (const Flow *flow = document->project().flow(pick(flows))) {
                Flow changed = *flow;
                changed.ports = PortSet::single(20'000 + step);
                document->updateFlow(changed);
            }
        } else if (roll < 72) {
            document->renameComponent(pick(components), u"Renamed %1"_s.arg(step));
        } else if (roll < 78 && !flows.isEmpty()) {
            document->deleteFlows({ pick(flows) });
        } else if (roll < 90) {
            document->undoStack()->undo();
        } else {
            document->undoStack()->redo();
        }
        if (record.contains(step))
            std::printf("step %d %s\n", step, readFileContent(path).digest.constData());
        else
            std::printf("step %d\n", step);
        std::fflush(stdout);
    }
    return 0;
}

// --- the parent ----------------------------------------------------------------

QString writeTable(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return {};
    QByteArray text = "product,source,destination,protocol,ports,purpose\n";
    for (int i = 0; i < tableFlows; ++i)
        text += u"Imported,Source %1,Destination %2,TCP,%3,Flow %4\n"_s.arg(i / 100)
                    .arg(i % 100)
                    .arg(1 + i % 60'000)
                    .arg(i)
                    .toUtf8();
    file.write(text);
    return path;
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    QFile::remove(to + u"-journal"_s);
    return QFile::copy(from, to) && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

// Starts `arguments` (the portolan binary unless `program` is given) and
// kills it after `delay` ms unless it ended first; true when it was killed.
// With `journal`, the delay counts from when that file appears: the write
// transaction has begun.
bool killAfter(const QStringList &arguments, int delay, const QString &program = {},
               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
               QByteArray *output = nullptr, const QString &journal = {})
{
    QProcess process;
    process.setProgram(program.isEmpty() ? QStringLiteral(PORTOLAN_BINARY) : program);
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    process.start();
    if (!process.waitForStarted(10'000))
        return false;
    if (!journal.isEmpty()) {
        while (!QFileInfo::exists(journal) && process.state() == QProcess::Running)
            QThread::usleep(200);
    }
    const bool ended = process.waitForFinished(delay);
    if (!ended) {
        process.kill(); // SIGKILL
        process.waitForFinished(10'000);
    }
    if (output)
        *output = process.readAllStandardOutput();
    return !ended;
}

// What is left of a killed project: it opens (a hot journal is rolled back
// then) and its content and integrity are read.
FileContent openAfterKill(const QString &path, QString *error)
{
    auto store = ProjectStore::open(path, ProjectStore::Mode::ReadWrite, error);
    if (!store)
        return {};
    store.reset();
    return readFileContent(path);
}

qint64 timeOf(const std::function<bool()> &run)
{
    QElapsedTimer timer;
    timer.start();
    return run() ? timer.elapsed() : -1;
}

QStringList hiddenFilesIn(const QString &dir)
{
    return QDir(dir).entryList({ u".*"_s }, QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

class TestKillSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_base = m_dir.filePath(u"base.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, m_base, u"--sample"_s, u"tko"_s }).status, 0);
        QCOMPARE(runPortolan({ u"assign"_s, m_base, u"--env"_s, u"Prod"_s, u"--component"_s,
                               u"Management Client"_s, u"--address"_s, u"10.1.0.10"_s })
                     .status,
                 0);
    }

    void killedImportsLeaveAWholeTransaction()
    {
        const QString table = writeTable(m_dir.filePath(u"flows.csv"_s));
        QVERIFY(!table.isEmpty());
        const FileContent before = readFileContent(m_base);
        QVERIFY2(!before.digest.isEmpty(), qPrintable(before.error));
        const QString whole = m_dir.filePath(u"whole.portolan"_s);
        QVERIFY(copyFile(m_base, whole));
        const qint64 duration = timeOf([&] {
            return runPortolan({ u"import"_s, table, u"--into"_s, whole }).status == 0;
        });
        QVERIFY(duration > 0);
        // How long its write transaction lasts: from the journal's
        // appearance to the end.
        QVERIFY(copyFile(m_base, whole));
        QElapsedTimer writing;
        QProcess timed;
        timed.start(QStringLiteral(PORTOLAN_BINARY), { u"import"_s, table, u"--into"_s, whole });
        QVERIFY(timed.waitForStarted());
        while (!QFileInfo::exists(whole + u"-journal"_s) && timed.state() == QProcess::Running)
            QThread::usleep(200);
        writing.start();
        QVERIFY(timed.waitForFinished(120'000));
        const qint64 writeDuration = writing.elapsed();
        QCOMPARE(timed.exitCode(), 0);
        const FileContent after = readFileContent(whole);
        QVERIFY(!after.digest.isEmpty() && after.digest != before.digest);

        QRandomGenerator random(20261204);
        const QString project = m_dir.filePath(u"killed-import.portolan"_s);
        int killed = 0, asBefore = 0, asAfter = 0;
        // A round that ended before its kill (the machine was quicker than
        // measured) makes the next delays shorter.
        qint64 scale = duration * 11 / 10, writeScale = writeDuration;
        for (int round = 0; round < importKills * 2 && killed < importKills; ++round) {
            QVERIFY(copyFile(m_base, project));
            // Every other round is killed while the write transaction is
            // open; the others at any moment of the whole run.
            const bool duringWrite = round % 2 == 0;
            const int delay = duringWrite ? random.bounded(int(writeScale) + 1)
                                          : 20 + random.bounded(int(scale));
            const bool wasKilled = killAfter({ u"import"_s, table, u"--into"_s, project }, delay,
                                             {}, QProcessEnvironment::systemEnvironment(), nullptr,
                                             duringWrite ? project + u"-journal"_s : QString());
            killed += wasKilled;
            if (!wasKilled) {
                qint64 &range = duringWrite ? writeScale : scale;
                range = std::max<qint64>(20, range * 2 / 3);
            }
            QString error;
            const FileContent left = openAfterKill(project, &error);
            QVERIFY2(error.isEmpty(), qPrintable(u"round %1: %2"_s.arg(round).arg(error)));
            QCOMPARE(left.integrity, u"ok"_s);
            QVERIFY2(
                left.digest == before.digest || left.digest == after.digest,
                qPrintable(u"round %1 (killed after %2 ms): a torn state"_s.arg(round).arg(delay)));
            asBefore += left.digest == before.digest;
            asAfter += left.digest == after.digest;
        }
        qInfo("import of %d flows (%lld ms whole, %lld ms writing): %d kills, %d left as "
              "before, %d as after, 0 corrupt, 0 torn",
              tableFlows, duration, writeDuration, killed, asBefore, asAfter);
        QVERIFY2(killed >= importKills * 3 / 4, "most rounds must be killed, not finish");
        QVERIFY(asBefore > 0);
        m_kills += killed;
    }

    void killedEditBurstsLeaveAWholeTransaction()
    {
        const QString project = m_dir.filePath(u"killed-burst.portolan"_s);
        QProcessEnvironment burst = QProcessEnvironment::systemEnvironment();
        burst.insert(BurstVariable, project);
        QVERIFY(copyFile(m_base, project));
        const qint64 duration = timeOf([&] {
            return !killAfter({}, 600'000, QCoreApplication::applicationFilePath(), burst);
        });
        const QByteArray last = readFileContent(project).digest;

        // Each round killed at a random moment; what it left is read, and
        // the step it reported last kept.
        QRandomGenerator random(4122026);
        struct Left
        {
            int reached = 0;
            FileContent content;
        };
        QList<Left> rounds;
        QByteArray output;
        int killed = 0, midway = 0;
        for (int round = 0; round < burstKills; ++round) {
            QVERIFY(copyFile(m_base, project));
            // Killed once it has reported a random step, a random moment
            // later (within the next steps): midway however fast it runs.
            const int target = 1 + random.bounded(burstSteps - 1);
            QProcess child;
            child.setProcessEnvironment(burst);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted(10'000));
            Left left;
            QByteArray pending;
            while (left.reached < target && child.state() == QProcess::Running) {
                child.waitForReadyRead(100);
                pending += child.readAllStandardOutput();
                for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
                    const QByteArray line = pending.left(end);
                    pending.remove(0, end + 1);
                    if (line.startsWith("step "))
                        left.reached = line.mid(5).toInt();
                }
            }
            QThread::usleep(random.bounded(3000));
            if (child.state() == QProcess::Running) {
                child.kill(); // SIGKILL
                ++killed;
            }
            child.waitForFinished(10'000);
            pending += child.readAllStandardOutput();
            for (const QByteArray &line : pending.split('\n')) {
                if (line.startsWith("step "))
                    left.reached = line.mid(5).toInt();
            }
            QString error;
            left.content = openAfterKill(project, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(left.content.integrity, u"ok"_s);
            rounds.append(left);
            midway += left.reached > 0 && left.reached < burstSteps;
        }

        // The states after those steps and the next, from one whole run
        // that prints the file's digest there.
        QStringList wanted { QString::number(burstSteps) };
        for (const Left &left : std::as_const(rounds))
            wanted << QString::number(left.reached) << QString::number(left.reached + 1);
        const QString recorded = m_dir.filePath(u"recorded.portolan"_s);
        QVERIFY(copyFile(m_base, recorded));
        QProcessEnvironment recording = burst;
        recording.insert(BurstVariable, recorded);
        recording.insert(RecordVariable, wanted.join(u','));
        QVERIFY(
            !killAfter({}, 600'000, QCoreApplication::applicationFilePath(), recording, &output));
        QHash<int, QByteArray> states { { 0, readFileContent(m_base).digest } };
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() == 3 && fields.at(0) == "step")
                states.insert(fields.at(1).toInt(), fields.at(2));
        }
        QCOMPARE(states.value(burstSteps), last); // the burst is the same each time

        for (qsizetype round = 0; round < rounds.size(); ++round) {
            const Left &left = rounds.at(round);
            const bool whole = left.content.digest == states.value(left.reached)
                || (left.reached < burstSteps
                    && left.content.digest == states.value(left.reached + 1));
            QVERIFY2(whole,
                     qPrintable(u"round %1: killed after step %2, the project is in neither "
                                u"the state after it nor the next"_s.arg(round)
                                    .arg(left.reached)));
        }
        qInfo("edit burst of %d steps (%lld ms whole): %d kills, %d of them midway, 0 corrupt, "
              "0 torn",
              burstSteps, duration, killed, midway);
        QVERIFY(killed >= burstKills * 3 / 4);
        QVERIFY(midway >= burstKills / 2);
        m_kills += killed;
    }

    void killedWritersLeaveTheGoodFile_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("ending"); // what a whole file ends with
        const QString dir = m_dir.path();
        QTest::newRow("rules xlsx")
            << QStringList { u"rules"_s, m_base,     u"--env"_s,
                             u"Prod"_s,  u"--out"_s, dir + u"/rules.xlsx"_s }
            << u"rules.xlsx"_s << QByteArray();
        QTest::newRow("export pdf")
            << QStringList { u"export"_s, m_base, u"--diagram"_s, dir + u"/d.pdf"_s } << u"d.pdf"_s
            << QByteArray("%%EOF\n");
        QTest::newRow("handover pdf")
            << QStringList { u"handover"_s, m_base,     u"--env"_s,
                             u"Prod"_s,     u"--out"_s, dir + u"/h.pdf"_s }
            << u"h.pdf"_s << QByteArray("%%EOF\n");
    }

    void killedWritersLeaveTheGoodFile()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, target);
        QFETCH(QByteArray, ending);
        const QString path = m_dir.filePath(target);
        const qint64 duration = timeOf([&] { return runPortolan(arguments).status == 0; });
        QVERIFY(duration > 0);
        const QByteArray good = fileDigest(path);
        QRandomGenerator random(qHash(target));
        int killed = 0;
        for (int round = 0; round < writerKillsEach; ++round) {
            killed += killAfter(arguments, 20 + random.bounded(int(duration)));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            // Either the good file, untouched, or a whole new one.
            const bool whole
                = ending.isEmpty() ? bytes.contains("PK\x05\x06") : bytes.endsWith(ending);
            QVERIFY2(fileDigest(path) == good || whole,
                     qPrintable(u"round %1: %2 is half written"_s.arg(round).arg(target)));
        }
        // The next whole run leaves nothing of the killed ones behind.
        QCOMPARE(runPortolan(arguments).status, 0);
        const QStringList left = hiddenFilesIn(m_dir.path()).filter(u"."_s + target + u"."_s);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
        m_kills += killed;
    }

    void killedCreationsLeaveNothing()
    {
        const QString table = m_dir.filePath(u"flows.csv"_s);
        QVERIFY(QFileInfo::exists(table));
        const QString project = m_dir.filePath(u"created.portolan"_s);
        QRandomGenerator random(1204);
        for (int round = 0; round < 6; ++round) {
            QFile::remove(project);
            m_kills += killAfter({ u"import"_s, table, u"--into"_s, project },
                                 50 + random.bounded(1500));
            if (QFileInfo::exists(project)) {
                const FileContent left = readFileContent(project);
                QCOMPARE(left.integrity, u"ok"_s);
            }
        }
        QFile::remove(project);
        QCOMPARE(runPortolan({ u"import"_s, table, u"--into"_s, project }).status, 0);
        const QStringList left = hiddenFilesIn(m_dir.path()).filter(u".created.portolan."_s);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
    }

    void cleanupTestCase()
    {
        qInfo("%d kills in all", m_kills);
        QVERIFY(m_kills >= 50);
    }

private:
    QTemporaryDir m_dir;
    QString m_base;
    int m_kills = 0;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (const QString project = qEnvironmentVariable(qPrintable(BurstVariable));
        !project.isEmpty()) {
        QSet<int> record;
        for (const QString &step : qEnvironmentVariable(qPrintable(RecordVariable)).split(u','))
            record.insert(step.toInt());
        return runEditBurst(project, record);
    }
    TestKillSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killsafety.moc"
