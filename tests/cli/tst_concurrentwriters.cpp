// Processes that write one project at the same time. Two imports started
// together into a project that does not exist yet, and two `assign
// --next-free`, an import and a document editing the project as the window
// does, all at once: rounds of them, each checked for lost writes (a process
// said it wrote, and its work is not in the file), false successes (the file
// is not a sound project) and addresses given twice.
// A new project appears whole: it is made under a temporary name, and a
// failed import never removes a project another process may be using.

#include "clirunner.h"
#include "document/projectdocument.h"
#include "project/snapshot.h"
#include "store/projectstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

constexpr int rounds = 24;
constexpr int flowsPerTable = 1500;
// The imports racing assigns and a document: long enough to overlap them,
// short enough for 20 rounds under the sanitizers.
constexpr int flowsPerRacingTable = 300;

QString writeTable(const QString &path, const QString &source, int flows = flowsPerTable)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return {};
    QByteArray text = "product,source,destination,protocol,ports,purpose\n";
    for (int i = 0; i < flows; ++i)
        text += u"P,%1,Dst %2,TCP,%3,Purpose %2\n"_s.arg(source).arg(i).arg(1000 + i).toUtf8();
    file.write(text);
    return path;
}

QProcess *startPortolan(const QStringList &arguments)
{
    auto *process = new QProcess;
    process->setProgram(QStringLiteral(PORTOLAN_BINARY));
    process->setArguments(arguments);
    process->start();
    return process;
}

QProcess *startImport(const QString &table, const QString &project)
{
    return startPortolan({ u"import"_s, table, u"--into"_s, project });
}

// A command that did not succeed says why in one line, and it is that the
// project was busy: nothing else can go wrong in these races.
bool refusedAsBusy(QProcess &process, QByteArray *message)
{
    *message = process.readAllStandardError().trimmed();
    return process.exitCode() == 1 && message->contains("the project is busy")
        && !message->contains('\n');
}

// The sources of the flows in the project, counted; empty when it cannot
// be opened.
std::optional<QHash<QString, int>> flowsBySource(const QString &project, QString *error)
{
    auto store = ProjectStore::open(project, ProjectStore::Mode::ReadOnly, error);
    if (!store)
        return std::nullopt;
    QHash<Id, QString> names;
    for (const Component &component : store->components())
        names.insert(component.id, component.name);
    QHash<QString, int> counts;
    for (const Flow &flow : store->flows())
        ++counts[names.value(flow.sourceId)];
    return counts;
}

} // namespace

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importsIntoANewProjectLoseNothing()
    {
        const QString a = writeTable(m_dir.filePath(u"a.csv"_s), u"Source A"_s);
        const QString b = writeTable(m_dir.filePath(u"b.csv"_s), u"Source B"_s);
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        int lost = 0, falseSuccesses = 0, bothSucceeded = 0;
        for (int round = 0; round < rounds; ++round) {
            const QString project = m_dir.filePath(u"round%1.portolan"_s.arg(round));
            std::unique_ptr<QProcess> first(startImport(a, project));
            std::unique_ptr<QProcess> second(startImport(b, project));
            QVERIFY(first->waitForFinished(120000) && second->waitForFinished(120000));
            QString error;
            const auto counts = flowsBySource(project, &error);
            const bool firstOk = first->exitCode() == 0, secondOk = second->exitCode() == 0;
            if (!counts) {
                falseSuccesses += (firstOk || secondOk) ? 1 : 0;
                qWarning("round %d: %s", round, qPrintable(error));
                continue;
            }
            for (const auto &[ok, source, process] :
                 { std::tuple(firstOk, u"Source A"_s, first.get()),
                   std::tuple(secondOk, u"Source B"_s, second.get()) }) {
                const int stored = counts->value(source);
                if (ok && stored != flowsPerTable) {
                    ++lost;
                    qWarning("round %d: %s said it imported, %d flows stored", round,
                             qPrintable(source), stored);
                }
                if (!ok) {
                    // A refusal says why in one line, and left nothing half done.
                    const QByteArray err = process->readAllStandardError().trimmed();
                    QVERIFY2(!err.contains('\n'), err.constData());
                    // Losing the race to make the project is no reason to
                    // refuse: the import goes into the one the other made.
                    QVERIFY2(!err.contains("already exists"), err.constData());
                    QVERIFY2(stored == 0, qPrintable(source));
                    qInfo("round %d: %s", round, err.constData());
                }
            }
            bothSucceeded += firstOk && secondOk ? 1 : 0;
            // No temporary project is left beside it.
            const QStringList left = QDir(m_dir.path())
                                         .entryList({ u".round%1.portolan.*"_s.arg(round) },
                                                    QDir::Files | QDir::Hidden);
            QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
        }
        qInfo("%d rounds: %d lost writes, %d false successes, both imports succeeded in %d", rounds,
              lost, falseSuccesses, bothSucceeded);
        QCOMPARE(lost, 0);
        QCOMPARE(falseSuccesses, 0);
    }

    // Rounds of two `assign --next-free` in one zone, an import and a
    // document adding components (the window's way of writing), started
    // together on one project. Every write that reports success is on disk,
    // the two assigns never get the same address, and a command that fails
    // says the project was busy and wrote nothing.
    void racingWritersLoseNothing()
    {
        const QString project = m_dir.filePath(u"race.portolan"_s);
        const int racingRounds = 20;
        QByteArray nodes = "product,source,destination,protocol,ports,purpose,source zone,"
                           "destination zone\n";
        for (int i = 0; i < 2 * racingRounds; ++i)
            nodes += u"P,Admin,Node %1,TCP,22,SSH,Mgmt,Nodes\n"_s.arg(i).toUtf8();
        const QString nodesTable = m_dir.filePath(u"nodes.csv"_s);
        {
            QFile file(nodesTable);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(nodes) == nodes.size());
        }
        QCOMPARE(runPortolan({ u"import"_s, nodesTable, u"--into"_s, project }).status, 0);
        QCOMPARE(runPortolan({ u"prefix"_s, project, u"--env"_s, u"Lab"_s, u"--zone"_s, u"Nodes"_s,
                               u"--cidr"_s, u"10.1.0.0/24"_s })
                     .status,
                 0);
        QString error;
        auto document = ProjectDocument::open(project, &error);
        QVERIFY2(document, qPrintable(error));
        QVERIFY(!document->isReadOnly());

        int lost = 0, falseSuccesses = 0, refused = 0, documentEdits = 0;
        QHash<QString, QString> assigned; // node -> the address it was told
        QStringList imported; // the sources of imports that succeeded
        QStringList added; // the components the document added
        for (int round = 0; round < racingRounds; ++round) {
            const QString table = writeTable(m_dir.filePath(u"race%1.csv"_s.arg(round)),
                                             u"Racer %1"_s.arg(round), flowsPerRacingTable);
            const QString first = u"Node %1"_s.arg(2 * round);
            const QString second = u"Node %1"_s.arg(2 * round + 1);
            const auto assign = [&](const QString &node) {
                return startPortolan({ u"assign"_s, project, u"--env"_s, u"Lab"_s, u"--component"_s,
                                       node, u"--next-free"_s });
            };
            std::unique_ptr<QProcess> a(assign(first));
            std::unique_ptr<QProcess> b(assign(second));
            std::unique_ptr<QProcess> import(startImport(table, project));
            // The document writes while they run.
            while (import->state() != QProcess::NotRunning || a->state() != QProcess::NotRunning
                   || b->state() != QProcess::NotRunning) {
                Component component;
                component.name = u"Drawn %1"_s.arg(documentEdits);
                if (document->addComponent(component) != 0)
                    added.append(component.name);
                ++documentEdits;
                QTest::qWait(5);
            }
            for (const auto &[process, node] :
                 { std::pair(a.get(), first), std::pair(b.get(), second) }) {
                QCOMPARE(process->exitStatus(), QProcess::NormalExit);
                QByteArray message;
                if (process->exitCode() == 0) {
                    assigned.insert(node,
                                    QString::fromUtf8(process->readAllStandardOutput()).trimmed());
                } else {
                    QVERIFY2(refusedAsBusy(*process, &message), message.constData());
                    ++refused;
                }
            }
            QCOMPARE(import->exitStatus(), QProcess::NormalExit);
            QByteArray message;
            if (import->exitCode() == 0) {
                imported.append(u"Racer %1"_s.arg(round));
            } else {
                QVERIFY2(refusedAsBusy(*import, &message), message.constData());
                ++refused;
            }
        }
        document.reset();

        auto store = ProjectStore::open(project, ProjectStore::Mode::ReadOnly, &error);
        QVERIFY2(store, qPrintable(error));
        const auto stored = ProjectSnapshot::read(*store, &error);
        QVERIFY2(stored, qPrintable(error));
        QHash<QString, Id> ids;
        for (const Component &component : stored->components)
            ids.insert(component.name, component.id);
        const Id lab = stored->environments.value(0).id;
        QSet<QString> addressesGiven;
        for (auto it = assigned.cbegin(); it != assigned.cend(); ++it) {
            const QList<Address> bound = stored->addressesOf(ids.value(it.key()), lab);
            if (bound.size() != 1 || bound.first().value != it.value()) {
                ++lost;
                qWarning("%s was told %s; the file has %lld addresses", qPrintable(it.key()),
                         qPrintable(it.value()), qlonglong(bound.size()));
            }
            if (addressesGiven.contains(it.value()))
                ++falseSuccesses;
            addressesGiven.insert(it.value());
        }
        QHash<QString, int> flows;
        for (const Flow &flow : stored->flows)
            ++flows[stored->componentName(flow.sourceId)];
        for (const QString &source : std::as_const(imported))
            lost += flows.value(source) == flowsPerRacingTable ? 0 : 1;
        for (const QString &name : std::as_const(added))
            lost += ids.contains(name) ? 0 : 1;
        qInfo("%d rounds: %lld assigns, %lld imports and %lld of %d document edits succeeded, "
              "%d commands refused as busy; %d lost writes, %d addresses given twice",
              racingRounds, qlonglong(assigned.size()), qlonglong(imported.size()),
              qlonglong(added.size()), documentEdits, refused, lost, falseSuccesses);
        QCOMPARE(lost, 0);
        QCOMPARE(falseSuccesses, 0);
        // The busy timeout is long enough for these writers to take turns.
        QCOMPARE(refused, 0);
        QCOMPARE(added.size(), documentEdits);
    }

    // A project another process holds for longer than the busy timeout:
    // the import waits, then says the project is busy, in one line, and
    // changes nothing.
    void aHeldProjectIsReportedBusy()
    {
        const QString project = m_dir.filePath(u"held.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, project, u"--sample"_s, u"tko"_s }).status, 0);
        const QString table = writeTable(m_dir.filePath(u"held.csv"_s), u"Held"_s);
        QString error;
        const auto before = flowsBySource(project, &error);
        QVERIFY2(before, qPrintable(error));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            db.setDatabaseName(project);
            QVERIFY(db.open());
            QSqlQuery hold(db);
            QVERIFY(hold.exec(u"BEGIN EXCLUSIVE"_s));
            const CliResult busy = runPortolan({ u"import"_s, table, u"--into"_s, project });
            QCOMPARE(busy.status, 1);
            const QByteArray message = busy.err.trimmed();
            QVERIFY2(message.contains("the project is busy") && !message.contains("damaged")
                         && !message.contains('\n'),
                     message.constData());
            QVERIFY(hold.exec(u"ROLLBACK"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
        QCOMPARE(flowsBySource(project, &error), before);
        QCOMPARE(runPortolan({ u"import"_s, table, u"--into"_s, project }).status, 0);
    }

    // A project another process takes hold of after it was opened: the
    // whole read fails with the busy message, after one wait, rather than
    // giving a project with lists left empty.
    void aReadOfAHeldProjectFailsWhole()
    {
        const QString project = m_dir.filePath(u"read-held.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, project, u"--sample"_s, u"tko"_s }).status, 0);
        QString error;
        const auto store = ProjectStore::open(project, ProjectStore::Mode::ReadOnly, &error);
        QVERIFY2(store, qPrintable(error));
        const auto free = ProjectSnapshot::read(*store, &error);
        QVERIFY2(free, qPrintable(error));
        QVERIFY(!free->flows.isEmpty());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reader-holder"_s);
            db.setDatabaseName(project);
            QVERIFY(db.open());
            QSqlQuery hold(db);
            QVERIFY(hold.exec(u"BEGIN EXCLUSIVE"_s));
            QElapsedTimer timer;
            timer.start();
            error.clear();
            QVERIFY(!ProjectSnapshot::read(*store, &error));
            QVERIFY2(error.startsWith(u"cannot read the project: the project is busy"_s),
                     qPrintable(error));
            QVERIFY2(timer.elapsed() < 15'000, qPrintable(QString::number(timer.elapsed())));
            QVERIFY(hold.exec(u"ROLLBACK"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"reader-holder"_s);
        const auto after = ProjectSnapshot::read(*store, &error);
        QVERIFY2(after, qPrintable(error));
        QCOMPARE(after->flows.size(), free->flows.size());
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrentwriters.moc"
