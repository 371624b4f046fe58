// ProjectStore::create() and open(): files on disk. Every rejected file must
// come out byte for byte as it went in, with no journal or log left beside
// it; damaged files must never crash the reader.

#include "store/migrations.h"
#include "store/projectstore.h"
#include "store/rawfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Portolan;
using namespace Portolan::Testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int TemplateComponents = 300;

// A project of schema version 1, as the first Portolan made them.
QString makeVersion1(const QString &path)
{
    QString error = rawExec(path, { u"PRAGMA application_id = 1347375700"_s });
    if (!error.isEmpty())
        return error;
    const QString name = u"v1-%1"_s.arg(QRandomGenerator::global()->generate());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open() || !migrate(db, migrationSteps().mid(0, 1), &error))
            error = u"version 1: "_s + error;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

bool isOneLine(const QString &message)
{
    return !message.isEmpty() && !message.contains(u'\n') && !message.contains(u'\r');
}

} // namespace

class TestStoreOpen : public QObject
{
    Q_OBJECT

private slots:
    void damagedDrawingRowsAreLeftOut();
    void initTestCase();
    void init();

    void createWritesAPortolanFile();
    void createRefusesExistingFiles();
    void createInMissingFolderLeavesNothing();
    void createAppearsWholeOrNotAtAll();
    void reopenKeepsEverything();
    void addressesAreCounted();

    void rejectedFilesAreLeftAlone_data();
    void rejectedFilesAreLeftAlone();
    void missingFileAndFolderAreRejected();
    void olderSchemaReadOnlyUsesPrivateCopy();
    void olderSchemaReadWriteIsUpgradedInPlace();
    void hotJournalIsReplayed();
    void writeAheadLogFileIsOpened();
    void randomDamageNeverCrashes();
    void failedOpensLeaveNoConnections();

private:
    QString copyOfTemplate(const QString &name);
    void makeTemplate();

    QTemporaryDir m_dir;
    QString m_template;
};

void TestStoreOpen::initTestCase()
{
    QVERIFY(m_dir.isValid());
    makeTemplate();
}

void TestStoreOpen::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

// A project big enough to span many pages.
void TestStoreOpen::makeTemplate()
{
    m_template = m_dir.filePath(u"template.portolan"_s);
    QString error;
    auto store = ProjectStore::create(m_template, &error);
    QVERIFY2(store, qPrintable(error));
    ProjectStore::Transaction transaction(*store);
    const Id product = store->addProduct({ 0, u"Tanzu Kubernetes Grid"_s, u"#2ca02c"_s });
    const Id zone = store->addZone({ 0, u"Management"_s, 0, u"mgmt"_s });
    QVERIFY(product && zone);
    Id previous = 0;
    for (int i = 0; i < TemplateComponents; ++i) {
        Component component;
        component.name = u"Component %1"_s.arg(i);
        component.zoneId = i % 2 ? zone : 0;
        component.notes = u"notes %1 "_s.arg(i).repeated(20);
        const Id id = store->addComponent(component);
        QVERIFY2(id, qPrintable(store->errorString()));
        if (previous) {
            QVERIFY(store->addFlow({ 0,
                                     product,
                                     previous,
                                     id,
                                     Transport::Tcp,
                                     PortSet::single(443),
                                     u"purpose %1"_s.arg(i),
                                     false,
                                     {} }));
        }
        previous = id;
    }
    QVERIFY(store->setProperty(u"name"_s, u"template"_s));
    QVERIFY2(transaction.commit(), qPrintable(store->errorString()));
}

QString TestStoreOpen::copyOfTemplate(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_template, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void TestStoreOpen::createWritesAPortolanFile()
{
    const QString path = m_dir.filePath(u"new.portolan"_s);
    QString error;
    {
        auto store = ProjectStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->filePath(), path);
        QVERIFY(!store->isReadOnly());
        QCOMPARE(store->schemaVersion(), currentSchemaVersion());
    }
    const QByteArray header = readBytes(path).left(100);
    QCOMPARE(header.size(), 100);
    QCOMPARE(header.left(16), QByteArray("SQLite format 3\0", 16));
    QCOMPARE(header.at(18), char(1)); // rollback journal, not WAL
    QCOMPARE(header.at(19), char(1));
    QCOMPARE(header.mid(68, 4), QByteArray("PORT")); // application id, big-endian
    QCOMPARE(header.mid(60, 4), QByteArray("\0\0\0\4", 4)); // user_version 4: baselines
    QVERIFY(!QFile::exists(path + u"-journal"_s));
    QVERIFY(QFile::remove(path));
}

void TestStoreOpen::createRefusesExistingFiles()
{
    const QString path = copyOfTemplate(u"exists.portolan"_s);
    const QByteArray before = sha256(path);
    QString error;
    QVERIFY(!ProjectStore::create(path, &error));
    QCOMPARE(error, u"%1 already exists"_s.arg(path));
    QCOMPARE(sha256(path), before);

    const QString text = m_dir.filePath(u"notes.txt"_s);
    QVERIFY(writeBytes(text, "keep me"));
    QVERIFY(!ProjectStore::create(text, &error));
    QCOMPARE(readBytes(text), QByteArray("keep me"));

    QVERIFY(!ProjectStore::create(m_dir.path(), &error));
    QCOMPARE(error, u"%1 already exists"_s.arg(m_dir.path()));
    QVERIFY(!ProjectStore::create(QString(), &error));
    QCOMPARE(error, u"no file name given"_s);
}

void TestStoreOpen::createInMissingFolderLeavesNothing()
{
    const QString path = m_dir.filePath(u"no/such/folder/new.portolan"_s);
    QString error;
    QVERIFY(!ProjectStore::create(path, &error));
    QVERIFY2(error.startsWith(path + u" cannot be created: "_s), qPrintable(error));
    QVERIFY(isOneLine(error));
    QVERIFY(!QFile::exists(path));
}

// The project is filled under a hidden name and linked into place when
// whole: while it is filled nothing is at the path; a failed filling leaves
// nothing; a file that appeared at the path meanwhile is kept, untouched.
void TestStoreOpen::createAppearsWholeOrNotAtAll()
{
    const QDir dir(m_dir.path());
    const auto leftovers = [&](const QString &name) {
        return dir.entryList({ u"."_s + name + u".*"_s }, QDir::Files | QDir::Hidden);
    };
    const QString path = m_dir.filePath(u"whole.portolan"_s);
    QString error;
    bool exists = true;
    bool seenWhileFilled = true;
    qsizetype hiddenWhileFilled = 0;
    auto store = ProjectStore::create(
        path, &error,
        [&](ProjectStore &made, QString *) {
            seenWhileFilled = QFile::exists(path);
            hiddenWhileFilled = leftovers(u"whole.portolan"_s).size();
            Product product;
            product.name = u"Filled"_s;
            return made.addProduct(product) > 0;
        },
        &exists);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(!exists);
    QVERIFY(!seenWhileFilled);
    QCOMPARE(hiddenWhileFilled, 1);
    QCOMPARE(store->filePath(), path);
    QCOMPARE(store->products().size(), 1);
    QVERIFY(leftovers(u"whole.portolan"_s).isEmpty());
    store.reset();

    const QString failed = m_dir.filePath(u"failed.portolan"_s);
    QVERIFY(!ProjectStore::create(
        failed, &error,
        [](ProjectStore &, QString *message) {
            *message = u"the filling failed"_s;
            return false;
        },
        &exists));
    QCOMPARE(error, u"the filling failed"_s);
    QVERIFY(!exists);
    QVERIFY(!QFile::exists(failed));
    QVERIFY(leftovers(u"failed.portolan"_s).isEmpty());

    const QString raced = m_dir.filePath(u"raced.portolan"_s);
    QVERIFY(!ProjectStore::create(
        raced, &error, [&](ProjectStore &, QString *) { return writeBytes(raced, "another's"); },
        &exists));
    QVERIFY(exists);
    QCOMPARE(error, u"%1 already exists"_s.arg(raced));
    QCOMPARE(readBytes(raced), QByteArray("another's"));
    QVERIFY(leftovers(u"raced.portolan"_s).isEmpty());
}

void TestStoreOpen::reopenKeepsEverything()
{
    const QString path = m_dir.filePath(u"persist.portolan"_s);
    QString error;
    Product product { 0, u"NSX ALB"_s, u"#d62728"_s };
    Zone outer { 0, u"Workload"_s, 0, u"notes"_s };
    Zone inner { 0, u"TKG workload"_s, 0, {} };
    Component a, b;
    Flow flow;
    Environment lab { 0, u"Lab"_s };
    {
        auto store = ProjectStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        product.id = store->addProduct(product);
        outer.id = store->addZone(outer);
        inner.parentId = outer.id;
        inner.id = store->addZone(inner);
        a.name = u"Controller"_s;
        a.kind = ComponentKind::Appliance;
        a.zoneId = inner.id;
        a.position = QPointF(10.5, 20.25);
        a.pinned = true;
        a.id = store->addComponent(a);
        b.name = u"*.example.com"_s;
        b.kind = ComponentKind::Saas;
        b.id = store->addComponent(b);
        flow = { 0,
                 product.id,
                 a.id,
                 b.id,
                 Transport::Udp,
                 *PortSet::parse(u"53,123"_s),
                 u"DNS and NTP"_s,
                 true,
                 u"n"_s };
        flow.id = store->addFlow(flow);
        lab.id = store->addEnvironment(lab);
        QVERIFY(store->setProperty(u"name"_s, u"Persisted"_s));
        QVERIFY(product.id && outer.id && inner.id && a.id && b.id && flow.id && lab.id);
    }
    QVERIFY(!QFile::exists(path + u"-journal"_s));
    for (const ProjectStore::Mode mode :
         { ProjectStore::Mode::ReadWrite, ProjectStore::Mode::ReadOnly }) {
        auto store = ProjectStore::open(path, mode, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->isReadOnly(), mode == ProjectStore::Mode::ReadOnly);
        QCOMPARE(store->schemaVersion(), currentSchemaVersion());
        QCOMPARE(store->property(u"name"_s), u"Persisted"_s);
        QCOMPARE(store->products().size(), 1);
        QCOMPARE(store->product(product.id)->color, product.color);
        QCOMPARE(store->zone(inner.id)->parentId, outer.id);
        QCOMPARE(store->zone(outer.id)->notes, u"notes"_s);
        const Component readA = *store->component(a.id);
        QCOMPARE(readA.name, a.name);
        QCOMPARE(readA.kind, a.kind);
        QCOMPARE(readA.zoneId, inner.id);
        QCOMPARE(readA.position, a.position);
        QCOMPARE(readA.pinned, true);
        QCOMPARE(store->findComponent(u"*.EXAMPLE.COM."_s)->kind, ComponentKind::Saas);
        const Flow readFlow = *store->flow(flow.id);
        QCOMPARE(readFlow.productId, product.id);
        QCOMPARE(readFlow.protocol, Transport::Udp);
        QCOMPARE(readFlow.ports.toString(), u"53,123"_s);
        QCOMPARE(readFlow.purpose, flow.purpose);
        QCOMPARE(readFlow.optional, true);
        QCOMPARE(store->environments().size(), 1);
        QCOMPARE(store->environments().at(0).name, u"Lab"_s);
        if (mode == ProjectStore::Mode::ReadWrite) {
            // Edits made after reopening are kept too.
            QVERIFY(store->removeFlow(flow.id));
            QVERIFY(store->addFlow(flow));
        }
    }
}

void TestStoreOpen::addressesAreCounted()
{
    const QString path = copyOfTemplate(u"addresses.portolan"_s);
    QString error;
    {
        auto store = ProjectStore::open(path, ProjectStore::Mode::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->addEnvironment({ 0, u"Lab"_s }));
    }
    // No address API yet: write them as another tool would.
    QCOMPARE(rawExec(path,
                     { u"PRAGMA foreign_keys = ON"_s,
                       u"INSERT INTO address (environment_id, component_id, kind, value) "
                       u"VALUES (1, 1, 'ipv4', '10.0.0.1'), (1, 2, 'fqdn', 'a.example')"_s }),
             QString());
    auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly, &error);
    QVERIFY2(store, qPrintable(error));
    const ProjectCounts counts = store->counts();
    QCOMPARE(counts.addresses, 2);
    QCOMPARE(counts.environments, 1);
    QCOMPARE(counts.components, TemplateComponents);
    QCOMPARE(counts.flows, TemplateComponents - 1);
    QCOMPARE(counts.products, 1);
    QCOMPARE(counts.zones, 1);
}

void TestStoreOpen::rejectedFilesAreLeftAlone_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("exact");

    QRandomGenerator random(20240601);
    const QString dir = m_dir.path();
    const auto file = [&](const QString &name, const QByteArray &bytes) {
        const QString path = dir + u'/' + name;
        if (!writeBytes(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    };
    const QString notSqlite = u" is not a Portolan project (not an SQLite database)"_s;

    QString path = file(u"random.bin"_s, randomBytes(random, 64 * 1024));
    QTest::newRow("random binary") << path << path + notSqlite << true;
    path = file(u"table.md"_s, "| Product | Source | Destination | Ports |\n|---|---|---|---|\n");
    QTest::newRow("text file") << path << path + notSqlite << true;
    path = file(u"empty.portolan"_s, {});
    QTest::newRow("empty file") << path
                                << path + u" is not a Portolan project (the file is empty)"_s
                                << true;
    path = file(u"magic-only.portolan"_s, QByteArray("SQLite format 3\0", 16));
    QTest::newRow("SQLite header only") << path << path << false;
    path = file(u"magic-garbage.portolan"_s,
                QByteArray("SQLite format 3\0", 16) + randomBytes(random, 8192));
    QTest::newRow("SQLite header, then garbage") << path << path << false;

    path = dir + u"/plain.sqlite"_s;
    QString error = rawExec(path, { u"CREATE TABLE t (x)"_s, u"INSERT INTO t VALUES (1)"_s });
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    QTest::newRow("plain SQLite database")
        << path << path + u" is not a Portolan project"_s << true;

    path = dir + u"/other-app.portolan"_s;
    error = rawExec(path, { u"PRAGMA application_id = 1234"_s, u"CREATE TABLE t (x)"_s });
    QTest::newRow("other application id") << path << path + u" is not a Portolan project"_s << true;

    // Another program's database marked with Portolan's id, version 0.
    path = dir + u"/foreign-with-our-id.portolan"_s;
    error = rawExec(path,
                    { u"PRAGMA application_id = 1347375700"_s, u"CREATE TABLE secrets (x)"_s,
                      u"INSERT INTO secrets VALUES (1)"_s });
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    QTest::newRow("Portolan's id, no schema version")
        << path << path + u" is not a Portolan project: it carries Portolan's id"_s << false;

    // A value longer than a connection reads (32 MB): read, it would end
    // the list it is in early.
    path = copyOfTemplate(u"huge-value.portolan"_s);
    error = rawExec(path,
                    { u"UPDATE component SET name = hex(zeroblob(16777217)) "
                      u"WHERE id = (SELECT min(id) FROM component)"_s });
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    QTest::newRow("value over the length limit")
        << path << path + u" is damaged: a value in component.name is longer than the 32 MB"_s
        << false;

    const QByteArray project = readBytes(m_template);
    if (project.size() < 64 * 1024)
        qFatal("the template project is too small: %lld bytes", qlonglong(project.size()));
    path = file(u"half.portolan"_s, project.left(project.size() / 2));
    QTest::newRow("truncated to half") << path << path + u" is damaged: "_s << false;
    path = file(u"1000.portolan"_s, project.left(1000));
    QTest::newRow("truncated to 1000 bytes") << path << path + u" is damaged: "_s << false;
    path = file(u"100.portolan"_s, project.left(100));
    QTest::newRow("truncated to 100 bytes") << path << path + u" is damaged: "_s << false;

    const qsizetype middle = (project.size() / 2 / 4096) * 4096;
    QByteArray damaged = project;
    damaged.replace(middle, 4096, randomBytes(random, 4096));
    path = file(u"page.portolan"_s, damaged);
    QTest::newRow("garbage page in the middle") << path << path + u" is damaged: "_s << false;
    damaged = project;
    damaged.replace(4096 + 8, 200, randomBytes(random, 200));
    path = file(u"page2.portolan"_s, damaged);
    QTest::newRow("garbage at offset 4104") << path << path + u" is damaged: "_s << false;
    damaged = project;
    damaged.replace(100, 400, QByteArray(400, '\xff'));
    path = file(u"page1.portolan"_s, damaged);
    QTest::newRow("garbage in the schema page") << path << path + u" is damaged: "_s << false;

    const auto edited = [&](const QString &name, const QStringList &statements) {
        const QString target = copyOfTemplate(name);
        const QString failure = rawExec(target, statements);
        if (!failure.isEmpty())
            qFatal("%s", qPrintable(failure));
        return target;
    };
    path = edited(u"newer.portolan"_s, { u"PRAGMA user_version = 99"_s });
    QTest::newRow("newer schema") << path
                                  << path
            + u" was made by a newer version of Portolan (schema 99; this version reads up to %1)"_s
                  .arg(currentSchemaVersion())
                                  << true;
    path = edited(u"negative.portolan"_s, { u"PRAGMA user_version = -3"_s });
    QTest::newRow("negative schema")
        << path << path + u" is damaged: invalid schema version -3"_s << true;
    path = edited(u"no-flow.portolan"_s, { u"DROP TABLE flow"_s });
    QTest::newRow("missing table")
        << path << path + u" is damaged: table \"flow\" is missing"_s << true;
    path = edited(u"no-color.portolan"_s, { u"ALTER TABLE product DROP COLUMN color"_s });
    QTest::newRow("missing column")
        << path << path + u" is damaged: column \"product.color\" is missing"_s << true;
    path = edited(
        u"trigger.portolan"_s,
        { u"CREATE TRIGGER wipe AFTER INSERT ON component BEGIN DELETE FROM flow; END"_s });
    QTest::newRow("trigger") << path
                             << path
            + u" is not a Portolan project (it contains trigger \"wipe\")"_s
                             << true;
    path
        = edited(u"loop.portolan"_s,
                 { u"INSERT INTO zone (id, name, name_key, parent_id) VALUES (7, 'A', 'a', 8)"_s,
                   u"INSERT INTO zone (id, name, name_key, parent_id) VALUES (8, 'B', 'b', 7)"_s });
    QTest::newRow("zone loop") << path << path + u" is damaged: zone \""_s << false;
    path = edited(u"dangling.portolan"_s,
                  { u"PRAGMA foreign_keys = OFF"_s,
                    u"INSERT INTO flow (id, source_id, destination_id, protocol) VALUES (5000, 1, "
                    u"99999, 'TCP')"_s });
    QTest::newRow("dangling reference")
        << path << path + u" is damaged: row 5000 of flow refers to a missing component"_s << true;
}

void TestStoreOpen::rejectedFilesAreLeftAlone()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(bool, exact);

    const QByteArray before = readBytes(path);
    const QStringList files = filesIn(m_dir.path());
    for (const ProjectStore::Mode mode :
         { ProjectStore::Mode::ReadOnly, ProjectStore::Mode::ReadWrite }) {
        QString error;
        const auto store = ProjectStore::open(path, mode, &error);
        QVERIFY2(!store, "a broken file was accepted");
        if (exact)
            QCOMPARE(error, message);
        else
            QVERIFY2(error.startsWith(message), qPrintable(error));
        QVERIFY2(isOneLine(error), qPrintable(error));
        QVERIFY(readBytes(path) == before);
        QCOMPARE(filesIn(m_dir.path()), files); // no -journal, -wal or -shm left behind
    }
}

void TestStoreOpen::missingFileAndFolderAreRejected()
{
    QString error;
    const QString missing = m_dir.filePath(u"missing.portolan"_s);
    QVERIFY(!ProjectStore::open(missing, ProjectStore::Mode::ReadWrite, &error));
    QCOMPARE(error, u"%1 does not exist"_s.arg(missing));
    QVERIFY(!QFile::exists(missing));
    QVERIFY(!ProjectStore::open(missing, ProjectStore::Mode::ReadOnly, &error));
    QVERIFY(!QFile::exists(missing));

    const QString folder = m_dir.filePath(u"folder.portolan"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(!ProjectStore::open(folder, ProjectStore::Mode::ReadWrite, &error));
    QCOMPARE(error, u"%1 is a folder, not a Portolan project"_s.arg(folder));
    QVERIFY(QDir(folder).isEmpty());

    QVERIFY(!ProjectStore::open(QString(), ProjectStore::Mode::ReadOnly, &error));
    QCOMPARE(error, u"no file name given"_s);
}

void TestStoreOpen::olderSchemaReadOnlyUsesPrivateCopy()
{
    const QString path = m_dir.filePath(u"v1.portolan"_s);
    QCOMPARE(makeVersion1(path), QString());
    const QByteArray before = readBytes(path);
    QVERIFY(!before.isEmpty());

    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QByteArray oldTemp = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(temp.path()));
    QString error;
    {
        auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->isReadOnly());
        QCOMPARE(store->filePath(), path);
        QCOMPARE(store->schemaVersion(), currentSchemaVersion());
        QCOMPARE(store->counts().components, 0);
        QVERIFY(!store->addZone({ 0, u"Z"_s, 0, {} }));
        QCOMPARE(store->errorString(), u"%1 is open read-only"_s.arg(path));
        QCOMPARE(filesIn(temp.path()).size(), 1); // the private copy
    }
    qputenv("TMPDIR", oldTemp);
    QCOMPARE(filesIn(temp.path()), QStringList()); // removed with the store
    QVERIFY(readBytes(path) == before);
}

void TestStoreOpen::olderSchemaReadWriteIsUpgradedInPlace()
{
    const QString path = m_dir.filePath(u"v1-rw.portolan"_s);
    QCOMPARE(makeVersion1(path), QString());
    QString error;
    {
        auto store = ProjectStore::open(path, ProjectStore::Mode::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), currentSchemaVersion());
        QVERIFY2(store->addZone({ 0, u"Z"_s, 0, {} }), qPrintable(store->errorString()));
    }
    QCOMPARE(readBytes(path).mid(60, 4), QByteArray("\0\0\0", 3) + char(currentSchemaVersion()));
    auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->counts().zones, 1);
}

void TestStoreOpen::hotJournalIsReplayed()
{
    // Freeze a project in the middle of a transaction whose changes have
    // already reached the file: what a crash or power cut leaves behind.
    const QString source = copyOfTemplate(u"live.portolan"_s);
    const QString path = m_dir.filePath(u"crashed.portolan"_s);
    const QString journal = path + u"-journal"_s;
    const QString name = u"crash"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(source);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA cache_size = 2"_s));
        QVERIFY(query.exec(u"BEGIN"_s));
        QVERIFY(query.exec(u"UPDATE component SET notes = hex(randomblob(1500))"_s));
        QVERIFY(query.exec(u"DELETE FROM flow"_s));
        QVERIFY(QFile::copy(source, path));
        QVERIFY(QFile::copy(source + u"-journal"_s, journal));
        QVERIFY(query.exec(u"ROLLBACK"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY(QFileInfo(journal).size() > 0);
    QVERIFY(readBytes(path) != readBytes(m_template)); // the changes did reach the file

    const QByteArray fileBefore = readBytes(path);
    const QByteArray journalBefore = readBytes(journal);
    QString error;
    {
        auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->counts().flows, TemplateComponents - 1);
        QCOMPARE(store->component(1)->notes, u"notes 0 "_s.repeated(20));
    }
    QVERIFY(readBytes(path) == fileBefore);
    QVERIFY(readBytes(journal) == journalBefore);

    {
        auto store = ProjectStore::open(path, ProjectStore::Mode::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->counts().flows, TemplateComponents - 1);
        QCOMPARE(store->component(1)->notes, u"notes 0 "_s.repeated(20));
        QVERIFY(store->addZone({ 0, u"After the crash"_s, 0, {} }));
    }
    QVERIFY(!QFile::exists(journal));
    auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->counts().zones, 2);
}

void TestStoreOpen::writeAheadLogFileIsOpened()
{
    // Another tool switched the file to WAL and has changes only in the log.
    const QString source = copyOfTemplate(u"wal-source.portolan"_s);
    const QString path = m_dir.filePath(u"wal.portolan"_s);
    const QString name = u"wal"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(source);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA journal_mode = WAL"_s));
        QVERIFY(query.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
        QVERIFY(query.exec(u"UPDATE product SET name = 'Only in the log', name_key = 'only in the "
                           u"log'"_s));
        QVERIFY(QFile::copy(source, path));
        QVERIFY(QFile::copy(source + u"-wal"_s, path + u"-wal"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    const QByteArray header = readBytes(path).left(20);
    QCOMPARE(header.at(18), char(2));
    const QStringList files = filesIn(m_dir.path());
    const QByteArray before = readBytes(path);
    const QByteArray walBefore = readBytes(path + u"-wal"_s);

    QString error;
    {
        auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->products().value(0).name, u"Only in the log"_s);
    }
    QVERIFY(readBytes(path) == before);
    QVERIFY(readBytes(path + u"-wal"_s) == walBefore);
    QCOMPARE(filesIn(m_dir.path()), files); // no -shm made beside it

    {
        auto store = ProjectStore::open(path, ProjectStore::Mode::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->products().value(0).name, u"Only in the log"_s);
        QVERIFY(store->addZone({ 0, u"Z2"_s, 0, {} }));
    }
    // Back to a rollback journal, the log folded in.
    QCOMPARE(readBytes(path).at(18), char(1));
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    QVERIFY(!QFile::exists(path + u"-shm"_s));
}

void TestStoreOpen::randomDamageNeverCrashes()
{
    const QByteArray project = readBytes(m_template);
    QRandomGenerator random(7);
    int rejected = 0;
    for (int round = 0; round < 40; ++round) {
        QByteArray damaged = project;
        const int hits = 1 + int(random.bounded(4));
        for (int hit = 0; hit < hits; ++hit) {
            const qsizetype length = 1 + random.bounded(64);
            const qsizetype offset = 16 + random.bounded(damaged.size() - 16 - length);
            damaged.replace(offset, length, randomBytes(random, length));
        }
        if (round % 5 == 0)
            damaged.truncate(random.bounded(damaged.size()));
        const QString path = m_dir.filePath(u"fuzz-%1.portolan"_s.arg(round));
        QVERIFY(writeBytes(path, damaged));

        for (const ProjectStore::Mode mode :
             { ProjectStore::Mode::ReadOnly, ProjectStore::Mode::ReadWrite }) {
            QString error;
            auto store = ProjectStore::open(path, mode, &error);
            if (!store) {
                ++rejected;
                QVERIFY2(error.startsWith(path + u' '), qPrintable(error));
                QVERIFY2(isOneLine(error), qPrintable(error));
                QVERIFY2(readBytes(path) == damaged, "a rejected file was changed");
                continue;
            }
            // Accepted: whatever it holds must read without crashing.
            store->counts();
            store->products();
            store->zones();
            store->flows();
            for (const Component &component : store->components())
                store->component(component.id);
            if (mode == ProjectStore::Mode::ReadWrite) {
                Component component;
                component.name = u"fuzz"_s;
                store->addComponent(component);
            }
        }
        QFile::remove(path);
        QFile::remove(path + u"-journal"_s);
    }
    QVERIFY(rejected > 0);
}

void TestStoreOpen::failedOpensLeaveNoConnections()
{
    const QStringList before = QSqlDatabase::connectionNames();
    const QString path = copyOfTemplate(u"newer-again.portolan"_s);
    QCOMPARE(rawExec(path, { u"PRAGMA user_version = 99"_s }), QString());
    QString error;
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!ProjectStore::open(path, ProjectStore::Mode::ReadWrite, &error));
        QVERIFY(!ProjectStore::open(m_dir.filePath(u"missing"_s), ProjectStore::Mode::ReadOnly,
                                    &error));
    }
    QVERIFY(ProjectStore::open(m_template, ProjectStore::Mode::ReadOnly, &error));
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TestStoreOpen::damagedDrawingRowsAreLeftOut()
{
    // What a damaged or foreign file may hold in its drawing: text for
    // numbers, paths that are not lists of points. Those rows are skipped
    // (what they stood for is laid out again), the rest is read.
    const QString path = m_dir.filePath(u"damaged-drawing.portolan"_s);
    QString error;
    {
        auto store = ProjectStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->writeDrawing({ { u"c1"_s, QRectF(0, 0, 10, 10), {}, {} } }, {}));
    }
    QCOMPARE(
        rawExec(path,
                { u"INSERT INTO drawing_item (key, x, y, w, h) VALUES ('c2', 'left', 0, 1, 1)"_s,
                  u"INSERT INTO drawing_item (key, path) VALUES ('e3', '1,2 oops')"_s,
                  u"INSERT INTO drawing_item (key, path) VALUES ('e4', '1,nan 2,3')"_s }),
        QString());
    auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly, &error);
    QVERIFY2(store, qPrintable(error));
    const QList<DrawnItem> items = store->drawing();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().key, u"c1"_s);
    QVERIFY(!pathFromText(u"1,2,3"_s));
    QVERIFY(!pathFromText(u"inf,2"_s));
    QVERIFY(!pathFromText(u"1,2 3"_s));
    QVERIFY(!pathFromText(u"1,,2"_s));
    QVERIFY(!pathFromText(u"1x,2"_s));
    QVERIFY(!pathFromText(u"1,2\u00b2"_s));
    QVERIFY(!pathFromText(u"0x10,2"_s));
    QCOMPARE(pathFromText(u" +1.25,-2e1\t 3,4 "_s), (QList<QPointF> { { 1.25, -20 }, { 3, 4 } }));
    QCOMPARE(pathFromText(u" \t "_s), QList<QPointF>());
}

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "tst_storeopen.moc"
