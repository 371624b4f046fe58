// ProjectStore: round trips of every record, lists in creation order,
// counts, ids never reused and records restored with their ids.

#include "store/migrations.h"
#include "store/storefixture.h"

using namespace Portolan;
using namespace Portolan::Testing;

class TestStore : public StoreTest
{
    Q_OBJECT

private slots:
    void init() { openStore(); }
    void cleanup() { closeStore(); }

    void newProjectIsEmpty();
    void productRoundTrip();
    void zoneRoundTrip();
    void componentRoundTrip_data();
    void componentRoundTrip();
    void flowRoundTrip_data();
    void flowRoundTrip();
    void environmentRoundTrip();
    void properties();
    void namesHaveALimit();
    void listsAreInCreationOrder();
    void countsCountEverything();
    void idsAreNotReused();
    void removedRecordCanBeRestoredWithItsId();
    void drawingRoundTrip();
    void drawingSettingsRoundTrip();
};

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

// A name of 10,000 characters is kept whole; a longer one is refused, for
// every kind of record, and nothing is added.
void TestStore::namesHaveALimit()
{
    const QString longest = u"n"_s.repeated(maxNameLength);
    Component component;
    component.name = longest;
    const Id id = m_store->addComponent(component);
    QVERIFY2(id, qPrintable(m_store->errorString()));
    QCOMPARE(m_store->component(id)->name, longest);
    component.name = longest + u"n"_s;
    QCOMPARE(m_store->addComponent(component), 0);
    QCOMPARE(m_store->errorString(),
             u"the name of a component has 10001 characters, more than the limit of 10000"_s);
    QCOMPARE(m_store->addProduct({ 0, longest + u"x"_s, {} }), 0);
    QCOMPARE(m_store->addZone({ 0, longest + u"x"_s, 0, {} }), 0);
    QCOMPARE(m_store->addEnvironment({ 0, longest + u"x"_s }), 0);
    component = *m_store->component(id);
    component.name = longest + u"x"_s;
    QVERIFY(!m_store->updateComponent(component));
    QCOMPARE(m_store->counts().components, 1);
    QCOMPARE(m_store->counts().products, 0);
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

void TestStore::drawingRoundTrip()
{
    QVERIFY(m_store->drawing().isEmpty());
    const DrawnItem box { u"c1"_s, QRectF(10, 20, 120.5, 40), {}, {} };
    const DrawnItem frame { u"z2"_s, QRectF(0, 0, 300, 200), QRectF(8, 4, 90, 14), {} };
    const DrawnItem edge { u"ec1>c3"_s,
                           {},
                           QRectF(140, 26, 44, 15),
                           { { 130.5, 40 }, { 150, 40 }, { 170, 40 }, { 190, 40 }, { 200, 40 } } };
    QVERIFY2(m_store->writeDrawing({ box, frame, edge }, {}), qPrintable(m_store->errorString()));
    QCOMPARE(m_store->drawing(), (QList<DrawnItem> { box, edge, frame })); // by key
    // Replaced by key, removed by key; a key never there is no error.
    DrawnItem moved = box;
    moved.box.translate(6, 0);
    QVERIFY(m_store->writeDrawing({ moved }, { u"ec1>c3"_s, u"nothing"_s }));
    QCOMPARE(m_store->drawing(), (QList<DrawnItem> { moved, frame }));
    // Paths keep two decimals.
    QCOMPARE(pathText({ { 1.005, 2 }, { -3.25, 1e3 } }), u"1.00,2.00 -3.25,1000.00"_s);
    QCOMPARE(pathFromText(u"1,2  3.5,-4"_s), (QList<QPointF> { { 1, 2 }, { 3.5, -4 } }));
}

void TestStore::drawingSettingsRoundTrip()
{
    QCOMPARE(m_store->drawingSettings(), DrawingSettings());
    const DrawingSettings curved { true, false };
    QVERIFY(m_store->setDrawingSettings(curved));
    QCOMPARE(m_store->drawingSettings(), curved);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
