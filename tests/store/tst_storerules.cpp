// ProjectStore's rules: names (clean, unique, not empty), references,
// colours, ports per protocol, finding flows, what removal may do, zone
// cycles.

#include "store/storefixture.h"

#include <QHash>
#include <functional>

using namespace Portolan;
using namespace Portolan::Testing;

class TestStoreRules : public StoreTest
{
    Q_OBJECT

private slots:
    void init() { openStore(); }
    void cleanup() { closeStore(); }

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
};

void TestStoreRules::duplicateNamesAreRejected_data()
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

void TestStoreRules::duplicateNamesAreRejected()
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

void TestStoreRules::namesAreStoredClean()
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

void TestStoreRules::emptyNamesAreRejected_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    for (const QString &type : { u"product"_s, u"zone"_s, u"component"_s, u"environment"_s }) {
        QTest::addRow("%s empty", qPrintable(type)) << type << QString();
        QTest::addRow("%s blank", qPrintable(type)) << type << u" \t "_s;
        QTest::addRow("%s dots", qPrintable(type)) << type << u"..."_s;
    }
}

void TestStoreRules::emptyNamesAreRejected()
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

void TestStoreRules::renameKeepsOwnName()
{
    const Id id = addComponent(u"vCenter Server"_s);
    Component component = *m_store->component(id);
    component.name = u"VCENTER SERVER."_s;
    QVERIFY2(m_store->updateComponent(component), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->component(id)->name, u"VCENTER SERVER"_s);
}

void TestStoreRules::renameToAnotherNameIsRejected()
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

void TestStoreRules::badColourIsRejected()
{
    QVERIFY(!m_store->addProduct({ 0, u"P"_s, u"red"_s }));
    QCOMPARE(m_store->errorString(), u"\"red\" is not a colour (#rrggbb)"_s);
    QVERIFY(!m_store->addProduct({ 0, u"P"_s, u"#12345"_s }));
    QVERIFY(m_store->addProduct({ 0, u"P"_s, {} }));
}

void TestStoreRules::missingReferencesAreRejected_data()
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

void TestStoreRules::missingReferencesAreRejected()
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

void TestStoreRules::portlessProtocolsTakeNoPorts()
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

void TestStoreRules::nonFinitePositionIsRejected()
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

void TestStoreRules::findFlow_data()
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

void TestStoreRules::findFlow()
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

void TestStoreRules::findFlowTellsNoProductFromAProduct()
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

void TestStoreRules::removeComponentUsedByFlowsFails()
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

void TestStoreRules::removeProductUsedByFlowsFails()
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

void TestStoreRules::removeZoneMovesMembersToParent()
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

void TestStoreRules::removeTopZoneLeavesMembersWithoutZone()
{
    const Id top = m_store->addZone({ 0, u"Top"_s, 0, {} });
    const Id child = m_store->addZone({ 0, u"Child"_s, top, {} });
    const Id member = addComponent(u"Member"_s, top);
    QVERIFY2(m_store->removeZone(top), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->component(member)->zoneId, Id(0));
    QCOMPARE(m_store->zone(child)->parentId, Id(0));
}

void TestStoreRules::removeOrUpdateMissingFails_data()
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

void TestStoreRules::removeOrUpdateMissingFails()
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

void TestStoreRules::zoneCyclesAreRejected_data()
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

void TestStoreRules::zoneCyclesAreRejected()
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

QTEST_GUILESS_MAIN(TestStoreRules)
#include "tst_storerules.moc"
