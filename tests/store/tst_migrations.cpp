// Schema migrations: steps run in order, each in a transaction with its
// version bump; a failing step leaves data, version and file untouched. Also
// the constraints of schema version 1.

#include "domain/protocol.h"
#include "domain/types.h"
#include "store/migrations.h"
#include "store/projectfile.h"
#include "store/schema.h"
#include "store/sqlitesettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

MigrationStep sqlStep(const QString &description, const QStringList &statements)
{
    return { description, [statements](QSqlDatabase &db, QString *error) {
                for (const QString &statement : statements) {
                    if (!exec(db, statement, error))
                        return false;
                }
                return true;
            } };
}

// A step that does some work and then reports a failure.
MigrationStep failingStep(const QStringList &statementsFirst)
{
    return { u"fail on purpose"_s, [statementsFirst](QSqlDatabase &db, QString *error) {
                for (const QString &statement : statementsFirst) {
                    if (!exec(db, statement, error))
                        return false;
                }
                *error = u"boom"_s;
                return false;
            } };
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void currentVersionIsTheNumberOfSteps();
    void emptyDatabaseGetsTheWholeSchema();
    void stepsRunInOrder();
    void onlyPendingStepsRun();
    void failingStepRollsBack_data();
    void failingStepRollsBack();
    void failingStepLeavesTheFileUnchanged();
    void newerVersionIsRefused();
    void stepWithoutFunctionFails();
    void schemaWordsMatchTheDomain();
    void schemaRejects_data();
    void schemaRejects();
    void schemaCascades();
    void versionOneGainsAnEmptyDrawing();
    void versionTwoGainsViews();

private:
    QList<QVariant> column(const QString &sql);
    int version();
    void createSchemaWithRows();

    QSqlDatabase m_db;
};

void TestMigrations::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QString error;
    m_db = Sqlite::openDatabase(uniqueConnectionName(), u":memory:"_s, Sqlite::Access::ReadWrite,
                                &error);
    QVERIFY2(m_db.isOpen(), qPrintable(error));
}

void TestMigrations::cleanup()
{
    closeConnection(m_db);
}

QList<QVariant> TestMigrations::column(const QString &sql)
{
    QList<QVariant> values;
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return { u"error: %1"_s.arg(query.lastError().text()) };
    while (query.next())
        values.append(query.value(0));
    return values;
}

int TestMigrations::version()
{
    QString error;
    return Sqlite::userVersion(m_db, &error).value_or(-1);
}

void TestMigrations::currentVersionIsTheNumberOfSteps()
{
    QCOMPARE(currentSchemaVersion(), int(migrationSteps().size()));
    QVERIFY(currentSchemaVersion() >= 1);
}

void TestMigrations::emptyDatabaseGetsTheWholeSchema()
{
    QCOMPARE(version(), 0);
    QString error;
    QVERIFY2(migrate(m_db, migrationSteps(), &error), qPrintable(error));
    QCOMPARE(version(), currentSchemaVersion());
    const QStringList tables = m_db.tables();
    const auto expected = Schema::expectedTables(currentSchemaVersion());
    QCOMPARE(expected.size(), 11);
    for (const Schema::Table &table : expected) {
        QVERIFY2(tables.contains(table.name), qPrintable(table.name));
        const QSqlRecord record = m_db.record(table.name);
        for (const QString &name : table.columns)
            QVERIFY2(record.contains(name), qPrintable(table.name + u'.' + name));
    }
    // Running again changes nothing.
    QVERIFY2(migrate(m_db, migrationSteps(), &error), qPrintable(error));
    QCOMPARE(version(), currentSchemaVersion());
}

void TestMigrations::stepsRunInOrder()
{
    const QList<MigrationStep> steps = {
        sqlStep(u"log"_s,
                { u"CREATE TABLE log (step INTEGER)"_s, u"INSERT INTO log VALUES (1)"_s }),
        sqlStep(u"two"_s, { u"INSERT INTO log VALUES (2)"_s }),
        sqlStep(u"three"_s, { u"INSERT INTO log VALUES (3)"_s }),
    };
    QString error;
    QVERIFY2(migrate(m_db, steps, &error), qPrintable(error));
    QCOMPARE(version(), 3);
    QCOMPARE(column(u"SELECT step FROM log ORDER BY rowid"_s), (QList<QVariant> { 1, 2, 3 }));
}

void TestMigrations::onlyPendingStepsRun()
{
    QList<MigrationStep> steps = {
        sqlStep(u"log"_s,
                { u"CREATE TABLE log (step INTEGER)"_s, u"INSERT INTO log VALUES (1)"_s }),
        sqlStep(u"two"_s, { u"INSERT INTO log VALUES (2)"_s }),
    };
    QString error;
    QVERIFY2(migrate(m_db, steps, &error), qPrintable(error));
    steps.append(sqlStep(u"three"_s, { u"INSERT INTO log VALUES (3)"_s }));
    QVERIFY2(migrate(m_db, steps, &error), qPrintable(error));
    QCOMPARE(version(), 3);
    QCOMPARE(column(u"SELECT step FROM log ORDER BY rowid"_s), (QList<QVariant> { 1, 2, 3 }));
}

void TestMigrations::failingStepRollsBack_data()
{
    QTest::addColumn<QStringList>("work");
    QTest::addColumn<QString>("reason");

    QTest::newRow("fails at once") << QStringList() << u"boom"_s;
    QTest::newRow("after inserting")
        << QStringList { u"INSERT INTO log VALUES (2)"_s, u"UPDATE log SET step = 9"_s }
        << u"boom"_s;
    QTest::newRow("after creating a table")
        << QStringList { u"CREATE TABLE extra (x)"_s, u"INSERT INTO extra VALUES (1)"_s }
        << u"boom"_s;
    QTest::newRow("after dropping a table") << QStringList { u"DROP TABLE log"_s } << u"boom"_s;
    QTest::newRow("SQL error") << QStringList { u"INSERT INTO log VALUES (2)"_s,
                                                u"INSERT INTO missing VALUES (1)"_s }
                               << u"no such table"_s;
}

void TestMigrations::failingStepRollsBack()
{
    QFETCH(QStringList, work);
    QFETCH(QString, reason);
    const QList<MigrationStep> steps = {
        sqlStep(u"log"_s,
                { u"CREATE TABLE log (step INTEGER)"_s, u"INSERT INTO log VALUES (1)"_s }),
        failingStep(work),
        sqlStep(u"never"_s, { u"INSERT INTO log VALUES (3)"_s }),
    };
    QString error;
    QVERIFY(!migrate(m_db, steps, &error));
    QVERIFY2(error.startsWith(u"upgrading to schema 2 (fail on purpose) failed: "_s),
             qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    // The first step stays; the failing one left nothing; the last never ran.
    QCOMPARE(version(), 1);
    QCOMPARE(column(u"SELECT step FROM log ORDER BY rowid"_s), (QList<QVariant> { 1 }));
    QVERIFY(!m_db.tables().contains(u"extra"_s));
    // No transaction is left open: a later edit commits normally.
    QVERIFY(m_db.transaction());
    QVERIFY(m_db.commit());
}

void TestMigrations::failingStepLeavesTheFileUnchanged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"old.portolan"_s);
    const QList<MigrationStep> first = {
        sqlStep(u"log"_s,
                { u"CREATE TABLE log (step INTEGER, data TEXT)"_s,
                  u"INSERT INTO log VALUES (1, 'one')"_s }),
    };
    QString error;
    {
        QSqlDatabase db
            = Sqlite::openDatabase(uniqueConnectionName(), path, Sqlite::Access::ReadWrite, &error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QVERIFY2(migrate(db, first, &error), qPrintable(error));
        closeConnection(db);
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    // The failing step writes enough to grow the file before it gives up.
    QList<MigrationStep> steps = first;
    steps.append(failingStep({ u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                               u"WHERE i < 2000) INSERT INTO log SELECT i, hex(randomblob(200)) "
                               u"FROM n"_s,
                               u"UPDATE log SET data = 'changed' WHERE step = 1"_s }));
    {
        QSqlDatabase db
            = Sqlite::openDatabase(uniqueConnectionName(), path, Sqlite::Access::ReadWrite, &error);
        QVERIFY2(db.isOpen(), qPrintable(error));
        QVERIFY(!migrate(db, steps, &error));
        QVERIFY2(error.contains(u"boom"_s), qPrintable(error));
        closeConnection(db);
    }
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + u"-journal"_s));
}

void TestMigrations::newerVersionIsRefused()
{
    QString error;
    QVERIFY(Sqlite::setUserVersion(m_db, 5, &error));
    QVERIFY(!migrate(m_db, migrationSteps(), &error));
    QVERIFY2(error.contains(u"schema version 5"_s), qPrintable(error));
    QCOMPARE(version(), 5);
    QVERIFY(!m_db.tables().contains(u"product"_s));
}

void TestMigrations::stepWithoutFunctionFails()
{
    const QList<MigrationStep> steps = { MigrationStep { u"empty"_s, {} } };
    QString error;
    QVERIFY(!migrate(m_db, steps, &error));
    QVERIFY2(error.contains(u"(empty)"_s), qPrintable(error));
    QCOMPARE(version(), 0);
}

void TestMigrations::schemaWordsMatchTheDomain()
{
    QStringList kinds;
    for (ComponentKind kind : allComponentKinds())
        kinds.append(componentKindName(kind));
    QCOMPARE(kinds, Schema::componentKindsV1());
    QStringList protocols;
    for (Transport transport : allTransports())
        protocols.append(transportName(transport));
    QCOMPARE(protocols, Schema::protocolsV1());
}

void TestMigrations::createSchemaWithRows()
{
    QString error;
    QVERIFY2(migrate(m_db, migrationSteps(), &error), qPrintable(error));
    const QStringList rows = {
        u"INSERT INTO product (id, name, name_key) VALUES (1, 'P', 'p')"_s,
        u"INSERT INTO zone (id, name, name_key) VALUES (1, 'Outer', 'outer')"_s,
        u"INSERT INTO zone (id, name, name_key, parent_id) VALUES (2, 'Inner', 'inner', 1)"_s,
        u"INSERT INTO component (id, name, name_key, kind, zone_id) VALUES (1, 'A', 'a', 'host', "
        u"2)"_s,
        u"INSERT INTO component (id, name, name_key, kind) VALUES (2, 'B', 'b', 'saas')"_s,
        u"INSERT INTO component (id, name, name_key, kind) VALUES (3, 'C', 'c', 'any')"_s,
        u"INSERT INTO flow (product_id, source_id, destination_id, protocol, ports) VALUES (1, 1, "
        u"2, 'TCP', '443')"_s,
        u"INSERT INTO environment (id, name, name_key) VALUES (1, 'Lab', 'lab')"_s,
        u"INSERT INTO address (environment_id, component_id, kind, value) VALUES (1, 3, 'ipv4', "
        u"'10.0.0.1')"_s,
        u"INSERT INTO zone_prefix (environment_id, zone_id, cidr) VALUES (1, 2, '10.0.0.0/24')"_s,
    };
    for (const QString &row : rows)
        QVERIFY2(exec(m_db, row, &error), qPrintable(row + u": "_s + error));
}

void TestMigrations::schemaRejects_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("reason");

    QTest::newRow("duplicate product key")
        << u"INSERT INTO product (name, name_key) VALUES ('P.', 'p')"_s << u"UNIQUE"_s;
    QTest::newRow("duplicate zone key")
        << u"INSERT INTO zone (name, name_key) VALUES ('outer', 'outer')"_s << u"UNIQUE"_s;
    QTest::newRow("duplicate component key")
        << u"INSERT INTO component (name, name_key, kind) VALUES ('a', 'a', 'host')"_s
        << u"UNIQUE"_s;
    QTest::newRow("duplicate environment key")
        << u"INSERT INTO environment (name, name_key) VALUES ('LAB', 'lab')"_s << u"UNIQUE"_s;
    QTest::newRow("unknown kind")
        << u"INSERT INTO component (name, name_key, kind) VALUES ('R', 'r', 'router')"_s
        << u"CHECK"_s;
    QTest::newRow("unknown protocol")
        << u"INSERT INTO flow (source_id, destination_id, protocol) VALUES (1, 2, 'HTTP')"_s
        << u"CHECK"_s;
    QTest::newRow("lower-case protocol")
        << u"INSERT INTO flow (source_id, destination_id, protocol) VALUES (1, 2, 'tcp')"_s
        << u"CHECK"_s;
    QTest::newRow("half a position")
        << u"INSERT INTO component (name, name_key, kind, pos_x) VALUES ('R', 'r', 'host', 1)"_s
        << u"CHECK"_s;
    QTest::newRow("flow to a missing component")
        << u"INSERT INTO flow (source_id, destination_id, protocol) VALUES (1, 99, 'TCP')"_s
        << u"FOREIGN KEY"_s;
    QTest::newRow("flow without a source")
        << u"INSERT INTO flow (destination_id, protocol) VALUES (2, 'TCP')"_s << u"NOT NULL"_s;
    QTest::newRow("flow of a missing product")
        << u"INSERT INTO flow (product_id, source_id, destination_id, protocol) VALUES (7, 1, 2, "
           u"'UDP')"_s
        << u"FOREIGN KEY"_s;
    QTest::newRow("component in a missing zone")
        << u"INSERT INTO component (name, name_key, kind, zone_id) VALUES ('R', 'r', 'host', 9)"_s
        << u"FOREIGN KEY"_s;
    QTest::newRow("removing a component with flows")
        << u"DELETE FROM component WHERE id = 1"_s << u"FOREIGN KEY"_s;
    QTest::newRow("removing a product with flows")
        << u"DELETE FROM product WHERE id = 1"_s << u"FOREIGN KEY"_s;
    QTest::newRow("address in a missing environment")
        << u"INSERT INTO address (environment_id, component_id, kind, value) VALUES (5, 3, "
           u"'ipv4', '10.0.0.2')"_s
        << u"FOREIGN KEY"_s;
    QTest::newRow("same address twice")
        << u"INSERT INTO address (environment_id, component_id, kind, value) VALUES (1, 3, "
           u"'ipv4', '10.0.0.1')"_s
        << u"UNIQUE"_s;
    QTest::newRow("same prefix twice")
        << u"INSERT INTO zone_prefix (environment_id, zone_id, cidr) VALUES (1, 2, "
           u"'10.0.0.0/24')"_s
        << u"UNIQUE"_s;
    QTest::newRow("same property twice")
        << u"INSERT INTO property (key, value) VALUES ('k', 'a'), ('k', 'b')"_s << u"UNIQUE"_s;
}

void TestMigrations::schemaRejects()
{
    QFETCH(QString, statement);
    QFETCH(QString, reason);
    createSchemaWithRows();
    QString error;
    QVERIFY(!exec(m_db, statement, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestMigrations::schemaCascades()
{
    createSchemaWithRows();
    QString error;
    // A zone's members and children lose it; its prefixes go with it.
    QVERIFY2(exec(m_db, u"DELETE FROM zone WHERE id = 1"_s, &error), qPrintable(error));
    QCOMPARE(column(u"SELECT parent_id IS NULL FROM zone WHERE id = 2"_s), (QList<QVariant> { 1 }));
    QVERIFY2(exec(m_db, u"DELETE FROM zone WHERE id = 2"_s, &error), qPrintable(error));
    QCOMPARE(column(u"SELECT zone_id IS NULL FROM component WHERE id = 1"_s),
             (QList<QVariant> { 1 }));
    QCOMPARE(column(u"SELECT COUNT(*) FROM zone_prefix"_s), (QList<QVariant> { 0 }));
    // A component's addresses go with it.
    QVERIFY2(exec(m_db, u"DELETE FROM component WHERE id = 3"_s, &error), qPrintable(error));
    QCOMPARE(column(u"SELECT COUNT(*) FROM address"_s), (QList<QVariant> { 0 }));
    // And an environment's.
    QVERIFY2(exec(m_db,
                  u"INSERT INTO address (environment_id, component_id, kind, value) VALUES (1, 2, "
                  u"'fqdn', 'b.example.com')"_s,
                  &error),
             qPrintable(error));
    QVERIFY2(exec(m_db, u"DELETE FROM environment WHERE id = 1"_s, &error), qPrintable(error));
    QCOMPARE(column(u"SELECT COUNT(*) FROM address"_s), (QList<QVariant> { 0 }));
}

void TestMigrations::versionOneGainsAnEmptyDrawing()
{
    // A project as version 1 wrote it, with a dragged component.
    QString error;
    QVERIFY2(migrate(m_db, migrationSteps().first(1), &error), qPrintable(error));
    QCOMPARE(version(), 1);
    QVERIFY2(exec(m_db,
                  u"INSERT INTO component (id, name, name_key, kind, pos_x, pos_y, pinned) "
                  u"VALUES (1, 'A', 'a', 'host', 10.5, 20, TRUE)"_s,
                  &error),
             qPrintable(error));
    QVERIFY(!m_db.tables().contains(u"drawing_item"_s));

    QVERIFY2(migrate(m_db, migrationSteps().first(2), &error), qPrintable(error));
    QCOMPARE(version(), 2);
    QVERIFY(m_db.tables().contains(u"drawing_item"_s));
    QCOMPARE(column(u"SELECT COUNT(*) FROM drawing_item"_s), QList<QVariant> { 0 });
    // What was there stays: the drag is laid out around on the next layout.
    QCOMPARE(column(u"SELECT pos_x FROM component"_s), QList<QVariant> { 10.5 });
    QCOMPARE(column(u"SELECT pinned FROM component"_s), QList<QVariant> { 1 });
    // One row per key and view.
    QVERIFY(exec(m_db, u"INSERT INTO drawing_item (key, x, y, w, h) VALUES ('c1', 0, 0, 1, 1)"_s,
                 &error));
    QVERIFY(!exec(m_db, u"INSERT INTO drawing_item (key, x, y, w, h) VALUES ('c1', 5, 5, 1, 1)"_s,
                  &error));
}

void TestMigrations::versionTwoGainsViews()
{
    // A project as version 2 wrote it, with a stored drawing.
    QString error;
    QVERIFY2(migrate(m_db, migrationSteps().first(2), &error), qPrintable(error));
    QVERIFY2(exec(m_db, u"INSERT INTO drawing_item (key, x, y, w, h) VALUES ('c1', 1, 2, 3, 4)"_s,
                  &error),
             qPrintable(error));
    QVERIFY(!m_db.tables().contains(u"view"_s));

    QVERIFY2(migrate(m_db, migrationSteps().first(3), &error), qPrintable(error));
    QCOMPARE(version(), 3);
    QCOMPARE(column(u"SELECT COUNT(*) FROM view"_s), QList<QVariant> { 0 });
    QCOMPARE(column(u"SELECT x FROM drawing_item WHERE view_id = 0"_s), QList<QVariant> { 1.0 });
    // A view's defaults, and what the table refuses.
    QVERIFY2(exec(m_db, u"INSERT INTO view (name, name_key) VALUES ('Avi', 'avi')"_s, &error),
             qPrintable(error));
    QCOMPARE(column(u"SELECT level || ' ' || selection || ' ' || print FROM view"_s),
             QList<QVariant> { u"components {} 0"_s });
    QVERIFY(!exec(m_db, u"INSERT INTO view (name, name_key) VALUES ('AVI', 'avi')"_s, &error));
    QVERIFY(!exec(m_db, u"INSERT INTO view (name, name_key, level) VALUES ('B', 'b', 'rack')"_s,
                  &error));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
