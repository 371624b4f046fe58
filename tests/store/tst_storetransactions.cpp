// ProjectStore's transactions (commit, rollback, nesting, failures inside),
// read-only projects, edits on disk when they return, connections removed.

#include "store/storefixture.h"

#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <functional>

using namespace Portolan;
using namespace Portolan::Testing;

class TestStoreTransactions : public StoreTest
{
    Q_OBJECT

private slots:
    void init() { openStore(); }
    void cleanup() { closeStore(); }

    void transactionCommits();
    void transactionRollsBackWithoutCommit();
    void nestedTransactionsJoinTheOutermost();
    void abandonedInnerTransactionFailsTheOuter();
    void failedEditInTransactionIsUndoneAlone();
    void editAfterInnerFailureIsRefused();
    void transactionCommitsOnce();
    void readOnlyRefusesEdits_data();
    void readOnlyRefusesEdits();
    void editsAreOnDiskWhenTheyReturn();
    void savedCopyHoldsEverything();
    void connectionsAreRemoved();
};

void TestStoreTransactions::transactionCommits()
{
    {
        ProjectStore::Transaction transaction(*m_store);
        QVERIFY(addComponent(u"A"_s));
        QVERIFY(addComponent(u"B"_s));
        QVERIFY2(transaction.commit(), qPrintable(m_store->errorString()));
    }
    QCOMPARE(m_store->counts().components, 2);
    // Edits after the transaction are committed on their own again.
    QVERIFY(addComponent(u"C"_s));
    QCOMPARE(m_store->counts().components, 3);
}

void TestStoreTransactions::transactionRollsBackWithoutCommit()
{
    QVERIFY(addComponent(u"Before"_s));
    {
        ProjectStore::Transaction transaction(*m_store);
        QVERIFY(addComponent(u"A"_s));
        QVERIFY(m_store->setProperty(u"name"_s, u"x"_s));
        QCOMPARE(m_store->counts().components, 2); // visible inside
    }
    QCOMPARE(m_store->counts().components, 1);
    QCOMPARE(m_store->property(u"name"_s), QString());
    QVERIFY(addComponent(u"A"_s));
}

void TestStoreTransactions::nestedTransactionsJoinTheOutermost()
{
    {
        ProjectStore::Transaction outer(*m_store);
        QVERIFY(addComponent(u"A"_s));
        {
            ProjectStore::Transaction inner(*m_store);
            QVERIFY(addComponent(u"B"_s));
            QVERIFY(inner.commit());
        }
        QVERIFY(addComponent(u"C"_s));
        // Nothing is committed until the outermost commits: dropping it now
        // would lose B as well.
    }
    QCOMPARE(m_store->counts().components, 0);
    {
        ProjectStore::Transaction outer(*m_store);
        {
            ProjectStore::Transaction inner(*m_store);
            QVERIFY(addComponent(u"B"_s));
            QVERIFY(inner.commit());
        }
        QVERIFY(addComponent(u"C"_s));
        QVERIFY2(outer.commit(), qPrintable(m_store->errorString()));
    }
    QCOMPARE(m_store->counts().components, 2);
}

void TestStoreTransactions::abandonedInnerTransactionFailsTheOuter()
{
    {
        ProjectStore::Transaction outer(*m_store);
        QVERIFY(addComponent(u"A"_s));
        {
            ProjectStore::Transaction inner(*m_store);
            QVERIFY(addComponent(u"B"_s));
        }
        QVERIFY(!outer.commit());
        QVERIFY(m_store->errorString().startsWith(u"nothing was saved"_s));
    }
    QCOMPARE(m_store->counts().components, 0);
    // The store is usable afterwards.
    QVERIFY(addComponent(u"A"_s));
    QCOMPARE(m_store->counts().components, 1);
}

void TestStoreTransactions::failedEditInTransactionIsUndoneAlone()
{
    {
        ProjectStore::Transaction transaction(*m_store);
        const Id a = addComponent(u"A"_s);
        const Id b = addComponent(u"B"_s);
        QVERIFY(addFlow(a, b));
        Component duplicate;
        duplicate.name = u"a."_s;
        QVERIFY(!m_store->addComponent(duplicate));
        QVERIFY(!m_store->removeComponent(a)); // used by a flow
        QVERIFY(addComponent(u"C"_s));
        QVERIFY2(transaction.commit(), qPrintable(m_store->errorString()));
    }
    QCOMPARE(m_store->counts().components, 3);
    QCOMPARE(m_store->counts().flows, 1);
}

void TestStoreTransactions::editAfterInnerFailureIsRefused()
{
    ProjectStore::Transaction outer(*m_store);
    {
        ProjectStore::Transaction inner(*m_store);
        QVERIFY(addComponent(u"A"_s));
    }
    Component component;
    component.name = u"B"_s;
    QVERIFY(!m_store->addComponent(component));
    QVERIFY(m_store->errorString().contains(u"abandoned"_s));
    QVERIFY(!outer.commit());
    QCOMPARE(m_store->counts().components, 0);
}

void TestStoreTransactions::transactionCommitsOnce()
{
    ProjectStore::Transaction transaction(*m_store);
    QVERIFY(addComponent(u"A"_s));
    QVERIFY(transaction.commit());
    QVERIFY(!transaction.commit());
    QCOMPARE(m_store->counts().components, 1);
}

void TestStoreTransactions::readOnlyRefusesEdits_data()
{
    QTest::addColumn<QString>("edit");
    for (const char *edit :
         { "addProduct", "addZone", "addComponent", "addFlow", "addEnvironment", "updateProduct",
           "updateZone", "updateComponent", "updateFlow", "removeFlow", "removeComponent",
           "removeZone", "removeProduct", "setProperty", "transaction" })
        QTest::newRow(edit) << QString::fromLatin1(edit);
}

void TestStoreTransactions::readOnlyRefusesEdits()
{
    QFETCH(QString, edit);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"read-only.portolan"_s);
    QString error;
    Id product = 0, zone = 0, a = 0, b = 0, flow = 0;
    {
        auto store = ProjectStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        product = store->addProduct({ 0, u"P"_s, {} });
        zone = store->addZone({ 0, u"Z"_s, 0, {} });
        Component component;
        component.name = u"A"_s;
        a = store->addComponent(component);
        component.name = u"B"_s;
        b = store->addComponent(component);
        flow = store->addFlow(
            { 0, product, a, b, Transport::Tcp, PortSet::single(22), {}, false, {} });
        QVERIFY(product && zone && a && b && flow);
        QVERIFY(store->setProperty(u"name"_s, u"before"_s));
    }
    auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->isReadOnly());
    QCOMPARE(store->filePath(), path);
    Component component = *store->component(a);
    component.name = u"changed"_s;
    Flow changedFlow = *store->flow(flow);
    changedFlow.purpose = u"changed"_s;

    const QHash<QString, std::function<bool()>> edits = {
        { u"addProduct"_s,
          [&] {
              return store->addProduct({ 0, u"Q"_s, {} }) != 0;
          } },
        { u"addZone"_s,
          [&] {
              return store->addZone({ 0, u"Y"_s, 0, {} }) != 0;
          } },
        { u"addComponent"_s,
          [&] {
              Component c;
              c.name = u"C"_s;
              return store->addComponent(c) != 0;
          } },
        { u"addFlow"_s,
          [&] {
              return store->addFlow(
                         { 0, 0, b, a, Transport::Udp, PortSet::single(53), {}, false, {} })
                  != 0;
          } },
        { u"addEnvironment"_s,
          [&] {
              return store->addEnvironment({ 0, u"Lab"_s }) != 0;
          } },
        { u"updateProduct"_s,
          [&] {
              return store->updateProduct({ product, u"R"_s, {} });
          } },
        { u"updateZone"_s,
          [&] {
              return store->updateZone({ zone, u"X"_s, 0, {} });
          } },
        { u"updateComponent"_s, [&] { return store->updateComponent(component); } },
        { u"updateFlow"_s, [&] { return store->updateFlow(changedFlow); } },
        { u"removeFlow"_s, [&] { return store->removeFlow(flow); } },
        { u"removeComponent"_s, [&] { return store->removeComponent(a); } },
        { u"removeZone"_s, [&] { return store->removeZone(zone); } },
        { u"removeProduct"_s, [&] { return store->removeProduct(product); } },
        { u"setProperty"_s, [&] { return store->setProperty(u"name"_s, u"after"_s); } },
        { u"transaction"_s,
          [&] {
              ProjectStore::Transaction transaction(*store);
              return transaction.commit();
          } },
    };
    QVERIFY(edits.contains(edit));
    QVERIFY(!edits.value(edit)());
    QCOMPARE(store->errorString(), u"%1 is open read-only"_s.arg(path));

    // Nothing changed, in the store or in the file.
    store.reset();
    store = ProjectStore::open(path, ProjectStore::Mode::ReadWrite, &error);
    QVERIFY2(store, qPrintable(error));
    const ProjectCounts counts = store->counts();
    QCOMPARE(counts.products, 1);
    QCOMPARE(counts.zones, 1);
    QCOMPARE(counts.components, 2);
    QCOMPARE(counts.flows, 1);
    QCOMPARE(counts.environments, 0);
    QCOMPARE(store->component(a)->name, u"A"_s);
    QCOMPARE(store->zone(zone)->name, u"Z"_s);
    QCOMPARE(store->product(product)->name, u"P"_s);
    QCOMPARE(store->flow(flow)->purpose, QString());
    QCOMPARE(store->property(u"name"_s), u"before"_s);
}

void TestStoreTransactions::savedCopyHoldsEverything()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    auto original = ProjectStore::create(dir.filePath(u"original.portolan"_s), &error);
    QVERIFY2(original, qPrintable(error));
    Component component;
    component.name = u"A"_s;
    QVERIFY(original->addComponent(component));
    const QString copyPath = dir.filePath(u"copy.portolan"_s);
    QFile stale(copyPath);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("an older file the user chose to replace");
    stale.close();
    QVERIFY2(original->saveCopy(copyPath), qPrintable(original->errorString()));
    auto copy = ProjectStore::open(copyPath, ProjectStore::Mode::ReadOnly, &error);
    QVERIFY2(copy, qPrintable(error));
    QCOMPARE(copy->components().size(), 1);
    // The original stays the open project.
    component.name = u"B"_s;
    QVERIFY(original->addComponent(component));
    QCOMPARE(copy->components().size(), 1);
    QVERIFY(!original->saveCopy(dir.filePath(u"missing-folder/copy.portolan"_s)));
    QVERIFY(!original->errorString().isEmpty());
}

void TestStoreTransactions::editsAreOnDiskWhenTheyReturn()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"live.portolan"_s);
    QString error;
    auto writer = ProjectStore::create(path, &error);
    QVERIFY2(writer, qPrintable(error));
    Component component;
    component.name = u"A"_s;
    const Id id = writer->addComponent(component);
    QVERIFY(id);
    {
        // A second connection sees the edit while the first is still open.
        auto reader = ProjectStore::open(path, ProjectStore::Mode::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->components().size(), 1);
        QCOMPARE(reader->component(id)->name, u"A"_s);
    }
    {
        ProjectStore::Transaction transaction(*writer);
        component.name = u"B"_s;
        QVERIFY(writer->addComponent(component));
        auto reader = ProjectStore::open(path, ProjectStore::Mode::ReadOnly, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->components().size(), 1); // not yet committed
    }
    QCOMPARE(writer->components().size(), 1);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestStoreTransactions::connectionsAreRemoved()
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        QString error;
        auto first = ProjectStore::createInMemory(&error);
        auto second = ProjectStore::createInMemory(&error);
        QVERIFY(first && second);
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
        // Each store has its own database.
        QVERIFY(first->addZone({ 0, u"Z"_s, 0, {} }));
        QCOMPARE(second->counts().zones, 0);
        ProjectStore::Transaction transaction(*first); // left open on purpose
        QVERIFY(first->addZone({ 0, u"Y"_s, 0, {} }));
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

QTEST_GUILESS_MAIN(TestStoreTransactions)
#include "tst_storetransactions.moc"
