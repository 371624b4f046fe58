// ProjectStore: round trips of every record, names, references, removal
// rules, transactions and read-only projects.

#include "domain/names.h"
#include "store/migrations.h"
#include "store/projectstore.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Portolan;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Portolan::ComponentKind)
Q_DECLARE_METATYPE(Portolan::Transport)

namespace {

// Every field as text: QCOMPARE then shows what differs.
QString describe(const Component &c)
{
    return u"#%1 %2 kind=%3 zone=%4 notes=[%5] pos=%6 pinned=%7"_s.arg(c.id)
        .arg(c.name, componentKindName(c.kind))
        .arg(c.zoneId)
        .arg(c.notes, c.position ? u"%1,%2"_s.arg(c.position->x()).arg(c.position->y()) : u"none"_s)
        .arg(int(c.pinned));
}

QString describe(const Flow &f)
{
    return u"#%1 product=%2 %3->%4 %5/%6 purpose=[%7] optional=%8 notes=[%9]"_s.arg(f.id)
        .arg(f.productId)
        .arg(f.sourceId)
        .arg(f.destinationId)
        .arg(transportName(f.protocol), f.ports.toString(), f.purpose)
        .arg(int(f.optional))
        .arg(f.notes);
}

template<typename T> QStringList describe(const QList<T> &list)
{
    QStringList lines;
    for (const T &item : list)
        lines.append(describe(item));
    return lines;
}

PortSet ports(const QString &text)
{
    return PortSet::parse(text).value_or(PortSet());
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newProjectIsEmpty();
    void productRoundTrip();
    void zoneRoundTrip();
    void componentRoundTrip_data();
    void componentRoundTrip();
    void flowRoundTrip_data();
    void flowRoundTrip();
    void environmentRoundTrip();
    void properties();
    void listsAreInCreationOrder();
    void countsCountEverything();
    void idsAreNotReused();
    void removedRecordCanBeRestoredWithItsId();

    void duplicateNamesAreRejected_data();
    void duplicateNamesAreRejected();
    void namesAreStoredClean();
    void emptyNamesAreRejected_data();
    void emptyNamesAreRejected();
    void renameKeepsOwnName();
    void renameToAnotherNameIsRejected();
    void badColourIsRejected();
    void missingReferencesAreRejected_data();
    void missingReferencesAreRejected();
    void portlessProtocolsTakeNoPorts();
    void nonFinitePositionIsRejected();

    void findFlow_data();
    void findFlow();
    void findFlowTellsNoProductFromAProduct();

    void removeComponentUsedByFlowsFails();
    void removeProductUsedByFlowsFails();
    void removeZoneMovesMembersToParent();
    void removeTopZoneLeavesMembersWithoutZone();
    void removeOrUpdateMissingFails_data();
    void removeOrUpdateMissingFails();
    void zoneCyclesAreRejected_data();
    void zoneCyclesAreRejected();

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
    void connectionsAreRemoved();

private:
    Id addComponent(const QString &name, Id zone = 0);
    Id addFlow(Id source, Id destination, Id product = 0);

    std::unique_ptr<ProjectStore> m_store;
};

void TestStore::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QString error;
    m_store = ProjectStore::createInMemory(&error);
    QVERIFY2(m_store, qPrintable(error));
}

void TestStore::cleanup()
{
    m_store.reset();
}

Id TestStore::addComponent(const QString &name, Id zone)
{
    Component component;
    component.name = name;
    component.zoneId = zone;
    const Id id = m_store->addComponent(component);
    if (!id)
        qCritical("addComponent: %s", qPrintable(m_store->errorString()));
    return id;
}

Id TestStore::addFlow(Id source, Id destination, Id product)
{
    Flow flow;
    flow.sourceId = source;
    flow.destinationId = destination;
    flow.productId = product;
    flow.ports = PortSet::single(443);
    const Id id = m_store->addFlow(flow);
    if (!id)
        qCritical("addFlow: %s", qPrintable(m_store->errorString()));
    return id;
}

void TestStore::newProjectIsEmpty()
{
    QCOMPARE(m_store->filePath(), u":memory:"_s);
    QVERIFY(!m_store->isReadOnly());
    QCOMPARE(m_store->schemaVersion(), currentSchemaVersion());
    const ProjectCounts counts = m_store->counts();
    QCOMPARE(counts.products + counts.zones + counts.components + counts.flows + counts.environments
                 + counts.addresses,
             0);
    QVERIFY(m_store->products().isEmpty());
    QVERIFY(m_store->zones().isEmpty());
    QVERIFY(m_store->components().isEmpty());
    QVERIFY(m_store->flows().isEmpty());
    QVERIFY(m_store->environments().isEmpty());
    QVERIFY(m_store->errorString().isEmpty());
}

void TestStore::productRoundTrip()
{
    const Id id = m_store->addProduct({ 0, u"NSX Advanced Load Balancer"_s, u"#1f77b4"_s });
    QVERIFY2(id > 0, qPrintable(m_store->errorString()));
    auto product = m_store->product(id);
    QVERIFY(product);
    QCOMPARE(product->id, id);
    QCOMPARE(product->name, u"NSX Advanced Load Balancer"_s);
    QCOMPARE(product->color, u"#1f77b4"_s);

    product->name = u"Avi"_s;
    product->color = u"#FF7F0E"_s;
    QVERIFY2(m_store->updateProduct(*product), qPrintable(m_store->errorString()));
    const auto updated = m_store->findProduct(u"AVI"_s);
    QVERIFY(updated);
    QCOMPARE(updated->id, id);
    QCOMPARE(updated->color, u"#FF7F0E"_s);
    QVERIFY(!m_store->findProduct(u"NSX Advanced Load Balancer"_s));
    QCOMPARE(m_store->products().size(), 1);

    QVERIFY2(m_store->removeProduct(id), qPrintable(m_store->errorString()));
    QVERIFY(!m_store->product(id));
    QCOMPARE(m_store->errorString(), u"product %1 does not exist"_s.arg(id));
}

void TestStore::zoneRoundTrip()
{
    const Id outer = m_store->addZone({ 0, u"Management"_s, 0, u"vSphere management"_s });
    QVERIFY2(outer > 0, qPrintable(m_store->errorString()));
    const Id inner = m_store->addZone({ 0, u"TKG Management"_s, outer, {} });
    QVERIFY2(inner > 0, qPrintable(m_store->errorString()));

    auto zone = m_store->zone(inner);
    QVERIFY(zone);
    QCOMPARE(zone->name, u"TKG Management"_s);
    QCOMPARE(zone->parentId, outer);
    QCOMPARE(zone->notes, QString());
    QCOMPARE(m_store->zone(outer)->notes, u"vSphere management"_s);
    QCOMPARE(m_store->zone(outer)->parentId, Id(0));

    zone->parentId = 0;
    zone->notes = u"moved out"_s;
    QVERIFY2(m_store->updateZone(*zone), qPrintable(m_store->errorString()));
    zone = m_store->findZone(u"tkg management"_s);
    QVERIFY(zone);
    QCOMPARE(zone->parentId, Id(0));
    QCOMPARE(zone->notes, u"moved out"_s);
}

void TestStore::componentRoundTrip_data()
{
    QTest::addColumn<ComponentKind>("kind");
    QTest::addColumn<bool>("placed");
    QTest::addColumn<bool>("pinned");
    QTest::addColumn<bool>("inZone");

    for (ComponentKind kind : allComponentKinds()) {
        const QByteArray name = componentKindName(kind).toUtf8();
        QTest::newRow(name.constData()) << kind << false << false << false;
    }
    QTest::newRow("placed") << ComponentKind::Appliance << true << false << true;
    QTest::newRow("placed and pinned") << ComponentKind::Cluster << true << true << false;
    QTest::newRow("pinned, no position") << ComponentKind::Network << false << true << true;
}

void TestStore::componentRoundTrip()
{
    QFETCH(ComponentKind, kind);
    QFETCH(bool, placed);
    QFETCH(bool, pinned);
    QFETCH(bool, inZone);

    const Id zone = m_store->addZone({ 0, u"Shared services"_s, 0, {} });
    QVERIFY(zone);
    Component component;
    component.name = u"vCenter Server"_s;
    component.kind = kind;
    component.zoneId = inZone ? zone : 0;
    component.notes = u"line one\nline \"two\" ; DROP TABLE component; --"_s;
    if (placed)
        component.position = QPointF(120.5, -36.25);
    component.pinned = pinned;

    component.id = m_store->addComponent(component);
    QVERIFY2(component.id > 0, qPrintable(m_store->errorString()));
    QCOMPARE(describe(*m_store->component(component.id)), describe(component));
    QCOMPARE(describe(m_store->components()), QStringList { describe(component) });

    // Every field changes in an update.
    component.name = u"vCenter"_s;
    component.kind = kind == ComponentKind::Any ? ComponentKind::Host : ComponentKind::Any;
    component.zoneId = inZone ? 0 : zone;
    component.notes.clear();
    component.position = placed ? std::optional<QPointF>() : QPointF(1e6, 0.125);
    component.pinned = !pinned;
    QVERIFY2(m_store->updateComponent(component), qPrintable(m_store->errorString()));
    QCOMPARE(describe(*m_store->findComponent(u"VCENTER."_s)), describe(component));
}

void TestStore::flowRoundTrip_data()
{
    QTest::addColumn<Transport>("protocol");
    QTest::addColumn<QString>("portText");
    QTest::addColumn<bool>("withProduct");
    QTest::addColumn<bool>("optional");

    for (Transport transport : allTransports()) {
        const QString name = transportName(transport);
        const QString text = transportHasPorts(transport) ? u"22,80,443,30000-32767"_s : QString();
        QTest::newRow(qPrintable(name)) << transport << text << true << false;
    }
    QTest::newRow("no product") << Transport::Udp << u"67-68"_s << false << false;
    QTest::newRow("optional") << Transport::Tcp << u"1-65535"_s << true << true;
    QTest::newRow("no ports given") << Transport::Tcp << QString() << false << true;
}

void TestStore::flowRoundTrip()
{
    QFETCH(Transport, protocol);
    QFETCH(QString, portText);
    QFETCH(bool, withProduct);
    QFETCH(bool, optional);

    const Id product = m_store->addProduct({ 0, u"Tanzu Kubernetes Grid"_s, {} });
    const Id source = addComponent(u"Bootstrap machine"_s);
    const Id destination = addComponent(u"vCenter Server"_s);
    QVERIFY(product && source && destination);

    Flow flow;
    flow.productId = withProduct ? product : 0;
    flow.sourceId = source;
    flow.destinationId = destination;
    flow.protocol = protocol;
    flow.ports = ports(portText);
    flow.purpose = u"Deploy management cluster"_s;
    flow.optional = optional;
    flow.notes = u"from the vendor's table"_s;
    flow.id = m_store->addFlow(flow);
    QVERIFY2(flow.id > 0, qPrintable(m_store->errorString()));
    QCOMPARE(m_store->flow(flow.id)->ports.toString(), portText);
    QCOMPARE(describe(*m_store->flow(flow.id)), describe(flow));
    QCOMPARE(describe(m_store->flows()), QStringList { describe(flow) });

    flow.productId = withProduct ? 0 : product;
    flow.sourceId = destination;
    flow.destinationId = source;
    flow.purpose = u"Reverse"_s;
    flow.optional = !optional;
    flow.notes.clear();
    QVERIFY2(m_store->updateFlow(flow), qPrintable(m_store->errorString()));
    QCOMPARE(describe(*m_store->flow(flow.id)), describe(flow));

    QVERIFY2(m_store->removeFlow(flow.id), qPrintable(m_store->errorString()));
    QVERIFY(!m_store->flow(flow.id));
    QVERIFY(m_store->flows().isEmpty());
}

void TestStore::environmentRoundTrip()
{
    const Id lab = m_store->addEnvironment({ 0, u"Lab"_s });
    const Id production = m_store->addEnvironment({ 0, u" Prod-A "_s });
    QVERIFY2(lab > 0 && production > 0, qPrintable(m_store->errorString()));
    const QList<Environment> environments = m_store->environments();
    QCOMPARE(environments.size(), 2);
    QCOMPARE(environments.at(0).id, lab);
    QCOMPARE(environments.at(0).name, u"Lab"_s);
    QCOMPARE(environments.at(1).id, production);
    QCOMPARE(environments.at(1).name, u"Prod-A"_s);
    QVERIFY(!m_store->addEnvironment({ 0, u"LAB."_s }));
    QCOMPARE(m_store->errorString(), u"an environment named \"Lab\" already exists"_s);
}

void TestStore::properties()
{
    QCOMPARE(m_store->property(u"name"_s), QString());
    QVERIFY(m_store->errorString().isEmpty());
    QVERIFY2(m_store->setProperty(u"name"_s, u"TKO reference"_s),
             qPrintable(m_store->errorString()));
    QVERIFY(m_store->setProperty(u"owner"_s, u"network team"_s));
    QCOMPARE(m_store->property(u"name"_s), u"TKO reference"_s);
    QVERIFY(m_store->setProperty(u"name"_s, u"renamed"_s));
    QCOMPARE(m_store->property(u"name"_s), u"renamed"_s);
    QCOMPARE(m_store->property(u"owner"_s), u"network team"_s);
    QVERIFY(m_store->setProperty(u"name"_s, QString()));
    QCOMPARE(m_store->property(u"name"_s), QString());
    QVERIFY(!m_store->setProperty(QString(), u"x"_s));
    QVERIFY(!m_store->errorString().isEmpty());
}

void TestStore::listsAreInCreationOrder()
{
    const QStringList names = { u"Zulu"_s, u"alpha"_s, u"Mike"_s, u"bravo"_s };
    for (const QString &name : names) {
        QVERIFY(m_store->addZone({ 0, name, 0, {} }));
        QVERIFY(m_store->addProduct({ 0, name, {} }));
        QVERIFY(addComponent(name));
    }
    QStringList zones, products, components;
    for (const Zone &zone : m_store->zones())
        zones.append(zone.name);
    for (const Product &product : m_store->products())
        products.append(product.name);
    for (const Component &component : m_store->components())
        components.append(component.name);
    QCOMPARE(zones, names);
    QCOMPARE(products, names);
    QCOMPARE(components, names);

    const QList<Component> all = m_store->components();
    const Id first = addFlow(all.at(3).id, all.at(0).id);
    const Id second = addFlow(all.at(0).id, all.at(3).id);
    QVERIFY(first < second);
    QCOMPARE(m_store->flows().at(0).id, first);
    QCOMPARE(m_store->flows().at(1).id, second);
}

void TestStore::countsCountEverything()
{
    QVERIFY(m_store->addProduct({ 0, u"P"_s, {} }));
    QVERIFY(m_store->addZone({ 0, u"Z1"_s, 0, {} }));
    QVERIFY(m_store->addZone({ 0, u"Z2"_s, 0, {} }));
    const Id a = addComponent(u"A"_s);
    const Id b = addComponent(u"B"_s);
    const Id c = addComponent(u"C"_s);
    QVERIFY(addFlow(a, b) && addFlow(b, c) && addFlow(c, a) && addFlow(a, c));
    QVERIFY(m_store->addEnvironment({ 0, u"Lab"_s }));
    const ProjectCounts counts = m_store->counts();
    QCOMPARE(counts.products, 1);
    QCOMPARE(counts.zones, 2);
    QCOMPARE(counts.components, 3);
    QCOMPARE(counts.flows, 4);
    QCOMPARE(counts.environments, 1);
    QCOMPARE(counts.addresses, 0);
}

void TestStore::idsAreNotReused()
{
    const Id a = addComponent(u"A"_s);
    const Id b = addComponent(u"B"_s);
    QVERIFY(m_store->removeComponent(b));
    const Id c = addComponent(u"C"_s);
    QVERIFY(a < b && b < c);
}

void TestStore::removedRecordCanBeRestoredWithItsId()
{
    const Id a = addComponent(u"A"_s);
    const Id b = addComponent(u"B"_s);
    const Id flowId = addFlow(a, b);
    const Flow flow = *m_store->flow(flowId);
    const Component component = *m_store->component(a);
    QVERIFY(m_store->removeFlow(flowId));
    QVERIFY(m_store->removeComponent(a));
    QCOMPARE(m_store->addComponent(component), a);
    QCOMPARE(m_store->addFlow(flow), flowId);
    QCOMPARE(m_store->components().at(0).id, a); // back in its place
    // An id in use is not taken over: the copy gets a new one.
    Flow copy = flow;
    copy.purpose = u"copy"_s;
    const Id copyId = m_store->addFlow(copy);
    QVERIFY(copyId > flowId);
    QCOMPARE(m_store->flow(flowId)->purpose, flow.purpose);
}

void TestStore::duplicateNamesAreRejected_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("second");

    for (const QString &type : { u"product"_s, u"zone"_s, u"component"_s, u"environment"_s }) {
        for (const QString &second :
             { u"vCenter Server"_s, u"vcenter server"_s, u"VCENTER SERVER"_s, u"vCenter Server."_s,
               u"vCenter Server..."_s, u"  vCenter   Server  "_s, u"vCenter\u00a0Server"_s,
               u"vCenter\tServer"_s }) {
            QTest::addRow("%s %s", qPrintable(type), qPrintable(second)) << type << second;
        }
    }
}

void TestStore::duplicateNamesAreRejected()
{
    QFETCH(QString, type);
    QFETCH(QString, second);

    const std::function<Id(const QString &)> add = [&](const QString &name) -> Id {
        if (type == u"product"_s)
            return m_store->addProduct({ 0, name, {} });
        if (type == u"zone"_s)
            return m_store->addZone({ 0, name, 0, {} });
        if (type == u"environment"_s)
            return m_store->addEnvironment({ 0, name });
        Component component;
        component.name = name;
        return m_store->addComponent(component);
    };
    QVERIFY(add(u"vCenter Server"_s));
    QCOMPARE(add(second), Id(0));
    const QString article = type == u"environment"_s ? u"an"_s : u"a"_s;
    QCOMPARE(m_store->errorString(),
             u"%1 %2 named \"vCenter Server\" already exists"_s.arg(article, type));
    const ProjectCounts counts = m_store->counts();
    QCOMPARE(counts.products + counts.zones + counts.components + counts.environments, 1);
    // A different name is fine.
    QVERIFY2(add(u"vCenter Server 2"_s), qPrintable(m_store->errorString()));
}

void TestStore::namesAreStoredClean()
{
    const Id id = addComponent(u"  Edge \u00a0 Router.. "_s);
    QVERIFY(id);
    QCOMPARE(m_store->component(id)->name, u"Edge Router"_s);
    QCOMPARE(m_store->findComponent(u"edge router"_s)->id, id);
    QCOMPARE(m_store->findComponent(u"EDGE ROUTER."_s)->id, id);
    QVERIFY(!m_store->findComponent(u"Edge"_s));
    QCOMPARE(m_store->errorString(), u"there is no component named \"Edge\""_s);
    QVERIFY(!m_store->findComponent(u""_s));
}

void TestStore::emptyNamesAreRejected_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    for (const QString &type : { u"product"_s, u"zone"_s, u"component"_s, u"environment"_s }) {
        QTest::addRow("%s empty", qPrintable(type)) << type << QString();
        QTest::addRow("%s blank", qPrintable(type)) << type << u" \t "_s;
        QTest::addRow("%s dots", qPrintable(type)) << type << u"..."_s;
    }
}

void TestStore::emptyNamesAreRejected()
{
    QFETCH(QString, type);
    QFETCH(QString, name);
    Id id = 0;
    if (type == u"product"_s) {
        id = m_store->addProduct({ 0, name, {} });
    } else if (type == u"zone"_s) {
        id = m_store->addZone({ 0, name, 0, {} });
    } else if (type == u"environment"_s) {
        id = m_store->addEnvironment({ 0, name });
    } else {
        Component component;
        component.name = name;
        id = m_store->addComponent(component);
    }
    QCOMPARE(id, Id(0));
    const QString article = type == u"environment"_s ? u"an"_s : u"a"_s;
    QCOMPARE(m_store->errorString(), u"%1 %2 needs a name"_s.arg(article, type));
    const ProjectCounts counts = m_store->counts();
    QCOMPARE(counts.products + counts.zones + counts.components + counts.environments, 0);
}

void TestStore::renameKeepsOwnName()
{
    const Id id = addComponent(u"vCenter Server"_s);
    Component component = *m_store->component(id);
    component.name = u"VCENTER SERVER."_s;
    QVERIFY2(m_store->updateComponent(component), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->component(id)->name, u"VCENTER SERVER"_s);
}

void TestStore::renameToAnotherNameIsRejected()
{
    addComponent(u"vCenter Server"_s);
    const Id id = addComponent(u"NSX Manager"_s);
    Component component = *m_store->component(id);
    component.name = u"vcenter server"_s;
    QVERIFY(!m_store->updateComponent(component));
    QCOMPARE(m_store->errorString(), u"a component named \"vCenter Server\" already exists"_s);
    QCOMPARE(m_store->component(id)->name, u"NSX Manager"_s);

    const Id zone = m_store->addZone({ 0, u"A"_s, 0, {} });
    QVERIFY(m_store->addZone({ 0, u"B"_s, 0, {} }));
    QVERIFY(!m_store->updateZone({ zone, u"b"_s, 0, {} }));
    QCOMPARE(m_store->errorString(), u"a zone named \"B\" already exists"_s);
}

void TestStore::badColourIsRejected()
{
    QVERIFY(!m_store->addProduct({ 0, u"P"_s, u"red"_s }));
    QCOMPARE(m_store->errorString(), u"\"red\" is not a colour (#rrggbb)"_s);
    QVERIFY(!m_store->addProduct({ 0, u"P"_s, u"#12345"_s }));
    QVERIFY(m_store->addProduct({ 0, u"P"_s, {} }));
}

void TestStore::missingReferencesAreRejected_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");

    QTest::newRow("component in missing zone")
        << u"component zone"_s << u"zone 99 does not exist"_s;
    QTest::newRow("zone in missing parent")
        << u"zone parent"_s << u"parent zone 99 does not exist"_s;
    QTest::newRow("flow from missing source")
        << u"flow source"_s << u"source component 99 does not exist"_s;
    QTest::newRow("flow to missing destination")
        << u"flow destination"_s << u"destination component 99 does not exist"_s;
    QTest::newRow("flow without source") << u"flow no source"_s << u"no source component given"_s;
    QTest::newRow("flow of missing product") << u"flow product"_s << u"product 99 does not exist"_s;
}

void TestStore::missingReferencesAreRejected()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    const Id a = addComponent(u"A"_s);
    const Id b = addComponent(u"B"_s);
    bool ok = true;
    if (what == u"component zone"_s) {
        Component component;
        component.name = u"C"_s;
        component.zoneId = 99;
        ok = m_store->addComponent(component);
    } else if (what == u"zone parent"_s) {
        ok = m_store->addZone({ 0, u"Z"_s, 99, {} });
    } else {
        Flow flow;
        flow.sourceId = what == u"flow source"_s ? 99 : what == u"flow no source"_s ? 0 : a;
        flow.destinationId = what == u"flow destination"_s ? 99 : b;
        flow.productId = what == u"flow product"_s ? 99 : 0;
        ok = m_store->addFlow(flow);
    }
    QVERIFY(!ok);
    QCOMPARE(m_store->errorString(), message);
    QCOMPARE(m_store->counts().components, 2);
    QCOMPARE(m_store->counts().flows, 0);
    QCOMPARE(m_store->counts().zones, 0);
}

void TestStore::portlessProtocolsTakeNoPorts()
{
    Flow flow;
    flow.sourceId = addComponent(u"A"_s);
    flow.destinationId = addComponent(u"B"_s);
    flow.protocol = Transport::Icmp;
    flow.ports = PortSet::single(8);
    QVERIFY(!m_store->addFlow(flow));
    QCOMPARE(m_store->errorString(), u"ICMP flows have no ports (got 8)"_s);
    flow.ports = PortSet();
    QVERIFY(m_store->addFlow(flow));
}

void TestStore::nonFinitePositionIsRejected()
{
    Component component;
    component.name = u"A"_s;
    component.position = QPointF(qQNaN(), 1);
    QVERIFY(!m_store->addComponent(component));
    QVERIFY(m_store->errorString().contains(u"position"_s));
    component.position = QPointF(0, qInf());
    QVERIFY(!m_store->addComponent(component));
    QCOMPARE(m_store->counts().components, 0);
}

void TestStore::findFlow_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<bool>("found");

    QTest::newRow("same") << QString() << true;
    QTest::newRow("other product") << u"product"_s << false;
    QTest::newRow("no product") << u"no product"_s << false;
    QTest::newRow("swapped endpoints") << u"swap"_s << false;
    QTest::newRow("other protocol") << u"protocol"_s << false;
    QTest::newRow("other ports") << u"ports"_s << false;
    QTest::newRow("ports written differently") << u"ports spelling"_s << true;
    QTest::newRow("other purpose") << u"purpose"_s << false;
    QTest::newRow("other notes") << u"notes"_s << true;
    QTest::newRow("optional") << u"optional"_s << true;
}

void TestStore::findFlow()
{
    QFETCH(QString, change);
    QFETCH(bool, found);
    const Id p1 = m_store->addProduct({ 0, u"P1"_s, {} });
    const Id p2 = m_store->addProduct({ 0, u"P2"_s, {} });
    Flow flow;
    flow.productId = p1;
    flow.sourceId = addComponent(u"A"_s);
    flow.destinationId = addComponent(u"B"_s);
    flow.protocol = Transport::Tcp;
    flow.ports = ports(u"443,8443"_s);
    flow.purpose = u"API"_s;
    flow.notes = u"n"_s;
    flow.id = m_store->addFlow(flow);
    QVERIFY(flow.id);

    Flow like = flow;
    like.id = 0;
    if (change == u"product"_s)
        like.productId = p2;
    else if (change == u"no product"_s)
        like.productId = 0;
    else if (change == u"swap"_s)
        std::swap(like.sourceId, like.destinationId);
    else if (change == u"protocol"_s)
        like.protocol = Transport::Udp;
    else if (change == u"ports"_s)
        like.ports = ports(u"443"_s);
    else if (change == u"ports spelling"_s)
        like.ports = ports(u"8443, 443"_s);
    else if (change == u"purpose"_s)
        like.purpose = u"api"_s;
    else if (change == u"notes"_s)
        like.notes = u"other"_s;
    else if (change == u"optional"_s)
        like.optional = true;

    const auto match = m_store->findFlow(like);
    QCOMPARE(bool(match), found);
    if (found)
        QCOMPARE(match->id, flow.id);
}

void TestStore::findFlowTellsNoProductFromAProduct()
{
    const Id product = m_store->addProduct({ 0, u"P"_s, {} });
    const Id a = addComponent(u"A"_s);
    const Id b = addComponent(u"B"_s);
    const Id withProduct = addFlow(a, b, product);
    const Id without = addFlow(a, b, 0);
    QVERIFY(withProduct && without);
    Flow like = *m_store->flow(without);
    like.id = 0;
    QCOMPARE(m_store->findFlow(like)->id, without);
    like.productId = product;
    QCOMPARE(m_store->findFlow(like)->id, withProduct);
    QVERIFY(m_store->removeFlow(without));
    like.productId = 0;
    QVERIFY(!m_store->findFlow(like));
}

void TestStore::removeComponentUsedByFlowsFails()
{
    const Id a = addComponent(u"vCenter Server"_s);
    const Id b = addComponent(u"NSX Manager"_s);
    const Id c = addComponent(u"DNS"_s);
    const Id first = addFlow(a, b);
    QVERIFY(addFlow(c, a));
    QVERIFY(!m_store->removeComponent(a));
    QCOMPARE(m_store->errorString(), u"component \"vCenter Server\" is used by 2 flows"_s);
    QVERIFY(!m_store->removeComponent(b));
    QCOMPARE(m_store->errorString(), u"component \"NSX Manager\" is used by 1 flow"_s);
    QCOMPARE(m_store->counts().components, 3);
    QVERIFY(m_store->removeFlow(first));
    QVERIFY2(m_store->removeComponent(b), qPrintable(m_store->errorString()));
    QVERIFY(!m_store->component(b));
    QCOMPARE(m_store->counts().components, 2);
    QCOMPARE(m_store->counts().flows, 1);
}

void TestStore::removeProductUsedByFlowsFails()
{
    const Id product = m_store->addProduct({ 0, u"TKG"_s, {} });
    const Id flow = addFlow(addComponent(u"A"_s), addComponent(u"B"_s), product);
    QVERIFY(!m_store->removeProduct(product));
    QCOMPARE(m_store->errorString(), u"product \"TKG\" is used by 1 flow"_s);
    QVERIFY(m_store->product(product));
    QVERIFY(m_store->removeFlow(flow));
    QVERIFY2(m_store->removeProduct(product), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->counts().products, 0);
}

void TestStore::removeZoneMovesMembersToParent()
{
    const Id outer = m_store->addZone({ 0, u"Outer"_s, 0, {} });
    const Id middle = m_store->addZone({ 0, u"Middle"_s, outer, {} });
    const Id inner = m_store->addZone({ 0, u"Inner"_s, middle, {} });
    const Id member = addComponent(u"Member"_s, middle);
    const Id deep = addComponent(u"Deep"_s, inner);
    const Id elsewhere = addComponent(u"Elsewhere"_s, outer);
    QVERIFY(outer && middle && inner && member && deep && elsewhere);

    QVERIFY2(m_store->removeZone(middle), qPrintable(m_store->errorString()));
    QVERIFY(!m_store->zone(middle));
    QCOMPARE(m_store->component(member)->zoneId, outer);
    QCOMPARE(m_store->zone(inner)->parentId, outer);
    QCOMPARE(m_store->component(deep)->zoneId, inner);
    QCOMPARE(m_store->component(elsewhere)->zoneId, outer);
    QCOMPARE(m_store->counts().components, 3);
}

void TestStore::removeTopZoneLeavesMembersWithoutZone()
{
    const Id top = m_store->addZone({ 0, u"Top"_s, 0, {} });
    const Id child = m_store->addZone({ 0, u"Child"_s, top, {} });
    const Id member = addComponent(u"Member"_s, top);
    QVERIFY2(m_store->removeZone(top), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->component(member)->zoneId, Id(0));
    QCOMPARE(m_store->zone(child)->parentId, Id(0));
}

void TestStore::removeOrUpdateMissingFails_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("message");
    QTest::newRow("remove flow") << u"removeFlow"_s << u"flow 42 does not exist"_s;
    QTest::newRow("remove component") << u"removeComponent"_s << u"component 42 does not exist"_s;
    QTest::newRow("remove zone") << u"removeZone"_s << u"zone 42 does not exist"_s;
    QTest::newRow("remove product") << u"removeProduct"_s << u"product 42 does not exist"_s;
    QTest::newRow("update flow") << u"updateFlow"_s << u"flow 42 does not exist"_s;
    QTest::newRow("update component") << u"updateComponent"_s << u"component 42 does not exist"_s;
    QTest::newRow("update zone") << u"updateZone"_s << u"zone 42 does not exist"_s;
    QTest::newRow("update product") << u"updateProduct"_s << u"product 42 does not exist"_s;
}

void TestStore::removeOrUpdateMissingFails()
{
    QFETCH(QString, what);
    QFETCH(QString, message);
    const Id a = addComponent(u"A"_s);
    Flow flow;
    flow.id = 42;
    flow.sourceId = a;
    flow.destinationId = a;
    Component component;
    component.id = 42;
    component.name = u"X"_s;
    const QHash<QString, std::function<bool()>> calls = {
        { u"removeFlow"_s, [&] { return m_store->removeFlow(42); } },
        { u"removeComponent"_s, [&] { return m_store->removeComponent(42); } },
        { u"removeZone"_s, [&] { return m_store->removeZone(42); } },
        { u"removeProduct"_s, [&] { return m_store->removeProduct(42); } },
        { u"updateFlow"_s, [&] { return m_store->updateFlow(flow); } },
        { u"updateComponent"_s, [&] { return m_store->updateComponent(component); } },
        { u"updateZone"_s,
          [&] {
              return m_store->updateZone({ 42, u"Z"_s, 0, {} });
          } },
        { u"updateProduct"_s,
          [&] {
              return m_store->updateProduct({ 42, u"P"_s, {} });
          } },
    };
    QVERIFY(calls.contains(what));
    QVERIFY(!calls.value(what)());
    QCOMPARE(m_store->errorString(), message);
}

void TestStore::zoneCyclesAreRejected_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("newParent");
    QTest::addColumn<bool>("allowed");
    // A > B > C, D on its own.
    QTest::newRow("itself") << u"A"_s << u"A"_s << false;
    QTest::newRow("its child") << u"A"_s << u"B"_s << false;
    QTest::newRow("its grandchild") << u"A"_s << u"C"_s << false;
    QTest::newRow("child under grandchild") << u"B"_s << u"C"_s << false;
    QTest::newRow("grandchild to top") << u"C"_s << QString() << true;
    QTest::newRow("grandchild under root") << u"C"_s << u"A"_s << true;
    QTest::newRow("root under another") << u"A"_s << u"D"_s << true;
    QTest::newRow("other under grandchild") << u"D"_s << u"C"_s << true;
}

void TestStore::zoneCyclesAreRejected()
{
    QFETCH(QString, zone);
    QFETCH(QString, newParent);
    QFETCH(bool, allowed);
    const Id a = m_store->addZone({ 0, u"A"_s, 0, {} });
    const Id b = m_store->addZone({ 0, u"B"_s, a, {} });
    QVERIFY(m_store->addZone({ 0, u"C"_s, b, {} }));
    QVERIFY(m_store->addZone({ 0, u"D"_s, 0, {} }));

    Zone moved = *m_store->findZone(zone);
    const Id before = moved.parentId;
    moved.parentId = newParent.isEmpty() ? 0 : m_store->findZone(newParent)->id;
    QCOMPARE(m_store->updateZone(moved), allowed);
    if (allowed) {
        QCOMPARE(m_store->findZone(zone)->parentId, moved.parentId);
    } else {
        QCOMPARE(m_store->errorString(), u"zone \"%1\" cannot be put inside itself"_s.arg(zone));
        QCOMPARE(m_store->findZone(zone)->parentId, before);
    }
}

void TestStore::transactionCommits()
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

void TestStore::transactionRollsBackWithoutCommit()
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

void TestStore::nestedTransactionsJoinTheOutermost()
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

void TestStore::abandonedInnerTransactionFailsTheOuter()
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

void TestStore::failedEditInTransactionIsUndoneAlone()
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

void TestStore::editAfterInnerFailureIsRefused()
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

void TestStore::transactionCommitsOnce()
{
    ProjectStore::Transaction transaction(*m_store);
    QVERIFY(addComponent(u"A"_s));
    QVERIFY(transaction.commit());
    QVERIFY(!transaction.commit());
    QCOMPARE(m_store->counts().components, 1);
}

void TestStore::readOnlyRefusesEdits_data()
{
    QTest::addColumn<QString>("edit");
    for (const char *edit :
         { "addProduct", "addZone", "addComponent", "addFlow", "addEnvironment", "updateProduct",
           "updateZone", "updateComponent", "updateFlow", "removeFlow", "removeComponent",
           "removeZone", "removeProduct", "setProperty", "transaction" })
        QTest::newRow(edit) << QString::fromLatin1(edit);
}

void TestStore::readOnlyRefusesEdits()
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

void TestStore::editsAreOnDiskWhenTheyReturn()
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

void TestStore::connectionsAreRemoved()
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

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
