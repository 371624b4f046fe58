// Opening a project file for editing: the first window gets it writable and
// holds a lock (".NAME.portolan.lock" next to it); a second window — in this
// process or another — gets it read-only, says why and writes nothing; the
// lock goes with the document, and a lock left by a dead process is taken
// over. Files that cannot be written open read-only; non-projects not at all.
//
// The binary doubles as the "other Portolan" (see main()): with --hold it
// opens a project and waits to be killed; with --try-edit it opens one, tries
// an edit and reports; with --exit it leaves at once (a pid that is gone).

#include "document/projectdocument.h"
#include "document/storedump.h"
#include "project/sample.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUndoStack>

#include <grp.h>
#include <unistd.h>

using namespace Portolan;
using namespace Portolan::Testing;
using namespace Qt::StringLiterals;

namespace {

QString lockFileOf(const QString &projectPath)
{
    const QFileInfo info(projectPath);
    return info.absoluteDir().filePath(u"."_s + info.fileName() + u".lock"_s);
}

Product someProduct()
{
    return Product { 0, u"Added here"_s, u"#123456"_s };
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// --- the other Portolan ------------------------------------------------------

int holdProject(const QString &path)
{
    QString error;
    const auto document = ProjectDocument::open(path, &error);
    QTextStream out(stdout);
    out << (document && !document->isReadOnly() ? "locked" : "not locked") << Qt::endl;
    return document ? QCoreApplication::exec() : 1;
}

int tryEdit(const QString &path)
{
    QString error;
    const auto document = ProjectDocument::open(path, &error);
    QTextStream out(stdout);
    if (!document) {
        out << "failed=" << error << Qt::endl;
        return 1;
    }
    out << "readOnly=" << int(document->isReadOnly()) << '\n'
        << "reason=" << document->readOnlyReason() << '\n';
    out << "added=" << document->addProduct(someProduct()) << '\n'
        << "error=" << document->errorString() << Qt::endl;
    return 0;
}

} // namespace

class TestProjectDocumentOpen : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    // A project file holding the TKO sample; empty on failure.
    QString createProject(const QString &name)
    {
        const QString path = m_dir->filePath(name);
        QString error;
        auto store = ProjectStore::create(path, &error);
        if (!store || !loadSample(*store, u"tko"_s, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return path;
    }

    // Runs this binary as another Portolan, as `nobody` when we are root
    // (root writes files whatever their permissions say).
    QHash<QString, QString> tryEditInChild(const QString &path)
    {
        QProcess child;
        if (::geteuid() == 0) {
            child.setChildProcessModifier([] {
                if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                    ::_exit(125);
            });
        }
        child.start(QCoreApplication::applicationFilePath(), { u"--try-edit"_s, path });
        if (!child.waitForFinished(60000) || child.exitCode() != 0)
            qWarning("child: %s", child.readAllStandardError().constData());
        QHash<QString, QString> report;
        const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n');
        for (const QString &line : lines) {
            const qsizetype equals = line.indexOf(u'=');
            if (equals > 0)
                report.insert(line.left(equals), line.mid(equals + 1));
        }
        return report;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void createdFileOpensWritable()
    {
        const QString path = createProject(u"platform.portolan"_s);
        QVERIFY(!path.isEmpty());
        QString error;
        auto document = ProjectDocument::open(path, &error);
        QVERIFY2(document, qPrintable(error));
        QVERIFY(!document->isReadOnly());
        QCOMPARE(document->readOnlyReason(), QString());
        QVERIFY(QFileInfo::exists(m_dir->filePath(u".platform.portolan.lock"_s)));
        const Id id = document->addProduct(someProduct());
        QVERIFY2(id, qPrintable(document->errorString()));
        document.reset();
        QVERIFY(!QFileInfo::exists(lockFileOf(path)));
        const auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->product(id)->name, u"Added here"_s);
    }

    void secondOpenIsReadOnlyUntilTheFirstCloses()
    {
        const QString path = createProject(u"platform.portolan"_s);
        QVERIFY(!path.isEmpty());
        QString error;
        auto first = ProjectDocument::open(path, &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY(!first->isReadOnly());
        const QStringList before = dump(first->store());

        auto second = ProjectDocument::open(path, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(second->isReadOnly());
        const QString reason = second->readOnlyReason();
        QVERIFY2(reason.contains(u"another Portolan window"_s), qPrintable(reason));
        QVERIFY2(reason.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(reason));
        QCOMPARE(dump(second->project()), designOf(first->store()));

        // Every operation fails with that reason and leaves no trace.
        QCOMPARE(second->addProduct(someProduct()), Id(0));
        QCOMPARE(second->errorString(), reason);
        const Id avi = second->store().findComponent(u"Avi Controller")->id;
        QVERIFY(!second->renameComponent(avi, u"Renamed"_s));
        QCOMPARE(second->errorString(), reason);
        QVERIFY(!second->deleteComponents({ avi }));
        QCOMPARE(second->errorString(), reason);
        ImportResult result;
        result.flows.append(
            ImportedFlow { u"P"_s, u"A"_s, u"B"_s, Transport::Tcp, {}, {}, {}, false, 1 });
        QVERIFY(!second->importFlows({ result }, u"Import"_s));
        QCOMPARE(second->errorString(), reason);
        QCOMPARE(second->undoStack()->count(), 0);
        QCOMPARE(dump(first->store()), before);
        QCOMPARE(dump(second->store()), before);

        // The first window closes: its lock goes, the next open may edit.
        first.reset();
        QVERIFY(!QFileInfo::exists(lockFileOf(path)));
        auto third = ProjectDocument::open(path, &error);
        QVERIFY2(third, qPrintable(error));
        QVERIFY(!third->isReadOnly());
        QCOMPARE(third->readOnlyReason(), QString());
        QVERIFY2(third->addProduct(someProduct()), qPrintable(third->errorString()));
    }

    void fileWithoutWritePermissionIsReadOnly()
    {
        const QString path = createProject(u"locked down.portolan"_s);
        QVERIFY(!path.isEmpty());
        // The folder stays writable (the lock can be made); the file cannot be.
        QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::Permissions(0x7777)));
        QVERIFY(QFile::setPermissions(path,
                                      QFileDevice::ReadOwner | QFileDevice::ReadUser
                                          | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray bytes = contentsOf(path);
        QVERIFY(!bytes.isEmpty());

        const QHash<QString, QString> report = tryEditInChild(path);
        QCOMPARE(report.value(u"failed"_s), QString());
        QCOMPARE(report.value(u"readOnly"_s), u"1"_s);
        const QString reason = report.value(u"reason"_s);
        QVERIFY2(reason.contains(u"locked down.portolan cannot be written"_s), qPrintable(reason));
        QCOMPARE(report.value(u"added"_s), u"0"_s);
        QCOMPARE(report.value(u"error"_s), reason);
        QCOMPARE(contentsOf(path), bytes);
        QVERIFY(!QFileInfo::exists(lockFileOf(path)));
    }

    void nonProjectFileDoesNotOpen()
    {
        const QString path = m_dir->filePath(u"notes.portolan"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are not the flows you are looking for.\n");
        file.close();
        QString error;
        QVERIFY(!ProjectDocument::open(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(lockFileOf(path)));
        QCOMPARE(contentsOf(path), QByteArray("These are not the flows you are looking for.\n"));

        error.clear();
        QVERIFY(!ProjectDocument::open(m_dir->filePath(u"missing.portolan"_s), &error));
        QVERIFY2(error.contains(u"missing.portolan"_s), qPrintable(error));
    }

    void lockOfADeadProcessIsTakenOver_data()
    {
        QTest::addColumn<bool>("killed");
        QTest::newRow("written by hand") << false;
        QTest::newRow("holder killed") << true;
    }

    void lockOfADeadProcessIsTakenOver()
    {
        QFETCH(bool, killed);
        const QString path = createProject(u"platform.portolan"_s);
        QVERIFY(!path.isEmpty());
        QProcess other;
        QString error;
        if (killed) {
            other.start(QCoreApplication::applicationFilePath(), { u"--hold"_s, path });
            QVERIFY(other.waitForStarted());
            const qint64 pid = other.processId();
            QVERIFY(other.waitForReadyRead(60000));
            QCOMPARE(other.readLine().trimmed(), QByteArray("locked"));
            // While it lives, it holds the project.
            const auto meanwhile = ProjectDocument::open(path, &error);
            QVERIFY2(meanwhile, qPrintable(error));
            QVERIFY(meanwhile->isReadOnly());
            QVERIFY2(meanwhile->readOnlyReason().contains(u"process %1"_s.arg(pid)),
                     qPrintable(meanwhile->readOnlyReason()));
            other.kill(); // no chance to remove its lock
            QVERIFY(other.waitForFinished());
            QVERIFY(QFileInfo::exists(lockFileOf(path)));
        } else {
            // QLockFile's format: pid, application name, host name.
            other.start(QCoreApplication::applicationFilePath(), { u"--exit"_s });
            QVERIFY(other.waitForStarted());
            const qint64 pid = other.processId();
            QVERIFY(other.waitForFinished());
            QFile lock(lockFileOf(path));
            QVERIFY(lock.open(QIODevice::WriteOnly));
            lock.write(QByteArray::number(pid) + "\nportolan\n"
                       + QSysInfo::machineHostName().toUtf8() + "\n");
            lock.close();
        }

        auto document = ProjectDocument::open(path, &error);
        QVERIFY2(document, qPrintable(error));
        QVERIFY2(!document->isReadOnly(), qPrintable(document->readOnlyReason()));
        QVERIFY2(document->addProduct(someProduct()), qPrintable(document->errorString()));
        const QByteArray holder = contentsOf(lockFileOf(path)).split('\n').value(0);
        QCOMPARE(holder, QByteArray::number(QCoreApplication::applicationPid()));
        auto second = ProjectDocument::open(path, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(second->isReadOnly());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && qstrcmp(argv[1], "--exit") == 0)
        return 0;
    if (argc == 3 && qstrcmp(argv[1], "--hold") == 0)
        return holdProject(QString::fromLocal8Bit(argv[2]));
    if (argc == 3 && qstrcmp(argv[1], "--try-edit") == 0)
        return tryEdit(QString::fromLocal8Bit(argv[2]));
    TestProjectDocumentOpen test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_projectdocumentopen.moc"
