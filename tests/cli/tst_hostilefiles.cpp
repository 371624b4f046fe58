// Hostile project files given to the command line. Each case gets a
// one-line error, or opens safely and reads what it knows, within 2 s; none
// crashes, hangs, runs anything or changes the file (and nothing appears
// beside it). `portolan flows` reads the whole project; `portolan assign`
// opens it for writing. The tally by kind of case is printed at the end;
// the README's table of hostile files summarises it.

#include "clirunner.h"
#include "store/rawfiles.h"

#include <QElapsedTimer>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Portolan::Testing;
using namespace Qt::StringLiterals;

namespace {

enum class Expect { Error, Opens, Either };

constexpr int truncations = 24;
constexpr int byteFlips = 60;
constexpr qint64 timeLimit = 2000; // ms, each command

struct Outcome
{
    int cases = 0;
    int errors = 0;
    int opened = 0;
    qint64 slowest = 0;
};

} // namespace

Q_DECLARE_METATYPE(Expect)

class TestHostileFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(u"template.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, m_template, u"--sample"_s, u"tko"_s }).status, 0);
        QCOMPARE(runPortolan({ u"assign"_s, m_template, u"--env"_s, u"Prod"_s, u"--component"_s,
                               u"Management Client"_s, u"--address"_s, u"10.1.0.10"_s })
                     .status,
                 0);
    }

    void hostileFile_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("path");
        QTest::addColumn<Expect>("expect");
        QTest::addColumn<QString>("message"); // what the error must contain

        const QString dir = m_dir.path();
        QRandomGenerator random(20261204);
        const QByteArray project = readBytes(m_template);
        if (project.size() < 32 * 1024)
            qFatal("the template project is too small: %lld bytes", qlonglong(project.size()));
        const auto file = [&](const QString &name, const QByteArray &bytes) {
            const QString path = dir + u'/' + name;
            if (!writeBytes(path, bytes))
                qFatal("cannot write %s", qPrintable(path));
            return path;
        };
        const auto edited = [&](const QString &name, const QStringList &statements) {
            const QString path = file(name, project);
            const QString failure = rawExec(path, statements);
            if (!failure.isEmpty())
                qFatal("%s", qPrintable(failure));
            return path;
        };
        const auto row = [](const QString &kind, const QString &name, const QString &path,
                            Expect expect, const QString &message = {}) {
            QTest::newRow(qPrintable(kind + u": "_s + name)) << kind << path << expect << message;
        };

        const QString notPortolan = u"is not a Portolan project"_s;
        row(u"not SQLite"_s, u"random bytes"_s,
            file(u"random.portolan"_s, randomBytes(random, 64 * 1024)), Expect::Error, notPortolan);
        row(u"not SQLite"_s, u"a text file"_s,
            file(u"text.portolan"_s, "| Source | Destination |\n|---|---|\n"), Expect::Error,
            notPortolan);
        row(u"not SQLite"_s, u"an empty file"_s, file(u"empty.portolan"_s, {}), Expect::Error,
            notPortolan);

        // Cut at fixed places in the header and the first pages, then
        // spread over the rest of the file.
        QList<qsizetype> cuts { 1, 15, 16, 50, 99, 100, 101, 512, 1024, 4095, 4096, 4097 };
        while (cuts.size() < truncations)
            cuts.append(4097 + (project.size() - 4098) * (cuts.size() - 11) / (truncations - 11));
        for (const qsizetype cut : std::as_const(cuts))
            row(u"truncated"_s, u"at %1 of %2 bytes"_s.arg(cut).arg(project.size()),
                file(u"cut-%1.portolan"_s.arg(cut), project.left(cut)), Expect::Error);

        for (int flip = 0; flip < byteFlips; ++flip) {
            QByteArray damaged = project;
            const qsizetype at = random.bounded(int(damaged.size()));
            damaged[at] = char(damaged.at(at) ^ char(1 + random.bounded(255)));
            row(u"byte flipped"_s, u"at %1"_s.arg(at),
                file(u"flip-%1.portolan"_s.arg(flip), damaged), Expect::Either);
        }

        QString path = dir + u"/other.sqlite"_s;
        QCOMPARE(rawExec(path, { u"CREATE TABLE t (x)"_s, u"INSERT INTO t VALUES (1)"_s }),
                 QString());
        row(u"another program's database"_s, u"plain SQLite"_s, path, Expect::Error, notPortolan);
        path = dir + u"/ours-version-0.portolan"_s;
        QCOMPARE(
            rawExec(path,
                    { u"PRAGMA application_id = 1347375700"_s, u"CREATE TABLE secrets (x)"_s }),
            QString());
        row(u"another program's database"_s, u"Portolan's id, no schema version"_s, path,
            Expect::Error, notPortolan);
        row(u"newer schema"_s, u"user_version 99"_s,
            edited(u"newer.portolan"_s, { u"PRAGMA user_version = 99"_s }), Expect::Error,
            u"was made by a newer version of Portolan"_s);

        // What runs by itself in SQLite: triggers, and views read by
        // whoever lists them. Either is refused or never run.
        const QStringList ran = { u"CREATE TABLE ran (what TEXT)"_s };
        row(u"triggers and views"_s, u"a trigger on insert"_s,
            edited(u"trigger.portolan"_s,
                   ran
                       + QStringList { u"CREATE TRIGGER t AFTER INSERT ON address BEGIN INSERT "
                                       u"INTO ran VALUES ('trigger'); END"_s }),
            Expect::Error, u"contains trigger"_s);
        row(u"triggers and views"_s, u"a trigger calling functions"_s,
            edited(u"trigger-functions.portolan"_s,
                   ran
                       + QStringList { u"CREATE TRIGGER t BEFORE UPDATE ON component BEGIN "
                                       u"SELECT load_extension('/nonexistent'), "
                                       u"randomblob(9); END"_s }),
            Expect::Error, u"contains trigger"_s);
        row(u"triggers and views"_s, u"a view calling functions"_s,
            edited(u"view.portolan"_s,
                   { u"CREATE VIEW flow_view AS SELECT load_extension('/nonexistent') AS x, "
                     u"randomblob(9) AS y, sqlite_version() AS z"_s }),
            Expect::Either);
        row(u"triggers and views"_s, u"a view named like a table"_s,
            edited(u"view-shadow.portolan"_s,
                   { u"ALTER TABLE environment RENAME TO environment_old"_s,
                     u"CREATE VIEW environment AS SELECT * FROM environment_old"_s }),
            Expect::Error);

        row(u"a 50 MB name"_s, u"component name"_s,
            edited(u"huge-name.portolan"_s,
                   { u"UPDATE component SET name = hex(zeroblob(26214400)) WHERE id = "
                     u"(SELECT min(id) FROM component)"_s }),
            Expect::Error, u"longer than the 32 MB a value may hold"_s);

        path = dir + u"/folder.portolan"_s;
        QVERIFY(QDir().mkpath(path));
        row(u"not a file"_s, u"a folder"_s, path, Expect::Error, u"is a folder"_s);
        path = dir + u"/fifo.portolan"_s;
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        row(u"not a file"_s, u"a FIFO"_s, path, Expect::Error, u"is not a regular file"_s);
        row(u"not a file"_s, u"/dev/zero"_s, u"/dev/zero"_s, Expect::Error,
            u"is not a regular file"_s);
        // An unreadable file: one without read permission, or, for root
        // (who reads any file), a kernel file that refuses reading to all.
        if (::geteuid() != 0) {
            path = file(u"unreadable.portolan"_s, project);
            QVERIFY(QFile::setPermissions(path, QFile::WriteOwner));
        } else {
            path = u"/proc/sys/vm/drop_caches"_s;
        }
        row(u"not a file"_s, u"unreadable"_s, path, Expect::Error, u"cannot be read"_s);
    }

    void hostileFile()
    {
        QFETCH(QString, kind);
        QFETCH(QString, path);
        QFETCH(Expect, expect);
        QFETCH(QString, message);

        const QFileInfo info(path);
        const bool regular = info.isFile() && info.isReadable() && !path.startsWith(u"/dev/"_s)
            && !path.startsWith(u"/proc/"_s);
        const QByteArray before = regular ? fileDigest(path) : QByteArray();
        const QStringList beside = filesIn(m_dir.path());
        Outcome &outcome = m_outcomes[kind];
        ++outcome.cases;
        bool opened = false;
        const QList<QStringList> commands {
            { u"flows"_s, path },
            { u"assign"_s, path, u"--env"_s, u"Prod"_s, u"--component"_s, u"No Such Component"_s,
              u"--address"_s, u"10.9.9.9"_s },
        };
        for (const QStringList &arguments : commands) {
            QElapsedTimer timer;
            timer.start();
            const CliResult result = runPortolan(arguments);
            const qint64 elapsed = timer.elapsed();
            outcome.slowest = std::max(outcome.slowest, elapsed);
            const QString what = arguments.first();
            QVERIFY2(result.status == 0 || result.status == 1,
                     qPrintable(u"%1: status %2 (crashed or hung)"_s.arg(what).arg(result.status)));
            QVERIFY2(elapsed < timeLimit, qPrintable(u"%1: %2 ms"_s.arg(what).arg(elapsed)));
            const QString error = QString::fromUtf8(result.err).trimmed();
            if (what == u"flows"_s) {
                opened = result.status == 0;
                if (expect == Expect::Error)
                    QVERIFY2(!opened, "a hostile file was read as a project");
                if (expect == Expect::Opens)
                    QVERIFY2(opened, qPrintable(error));
            }
            if (result.status != 0) {
                QVERIFY2(!error.contains(u'\n') && error.size() <= 300 && !error.isEmpty(),
                         qPrintable(error));
                QVERIFY2(error.startsWith(u"portolan: "_s), qPrintable(error));
                if (!opened && !message.isEmpty())
                    QVERIFY2(error.contains(message), qPrintable(error));
            }
            if (regular)
                QVERIFY2(fileDigest(path) == before, "the file was changed");
            QCOMPARE(filesIn(m_dir.path()), beside);
        }
        if (kind == u"triggers and views"_s)
            QVERIFY2(rawCount(path, u"ran"_s) <= 0, "a trigger ran");
        ++(opened ? outcome.opened : outcome.errors);
    }

    void cleanupTestCase()
    {
        int cases = 0;
        qInfo("%-28s %5s %7s %6s %8s", "kind", "cases", "errors", "opened", "slowest");
        for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it) {
            qInfo("%-28s %5d %7d %6d %5lld ms", qPrintable(it.key()), it->cases, it->errors,
                  it->opened, it->slowest);
            cases += it->cases;
        }
        qInfo("%d hostile files: 0 crashes, 0 hangs, 0 changed", cases);
    }

private:
    // Rows in `table`; -1 when it cannot be read.
    static int rawCount(const QString &path, const QString &table)
    {
        int count = -1;
        const QString name = u"count"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QSqlQuery query(db);
            if (db.open() && query.exec(u"SELECT count(*) FROM "_s + table) && query.next())
                count = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }

    QTemporaryDir m_dir;
    QString m_template;
    QMap<QString, Outcome> m_outcomes;
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
