// Component kinds: canonical names and the synonyms vendor tables use.

#include "domain/types.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Portolan;

class TestComponentKind : public QObject
{
    Q_OBJECT

private slots:
    void names_data();
    void names();
    void fromName_data();
    void fromName();
    void allKinds();
};

void TestComponentKind::names_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");

    QTest::newRow("host") << int(ComponentKind::Host) << u"host"_s;
    QTest::newRow("appliance") << int(ComponentKind::Appliance) << u"appliance"_s;
    QTest::newRow("cluster") << int(ComponentKind::Cluster) << u"cluster"_s;
    QTest::newRow("network") << int(ComponentKind::Network) << u"network"_s;
    QTest::newRow("service") << int(ComponentKind::Service) << u"service"_s;
    QTest::newRow("saas") << int(ComponentKind::Saas) << u"saas"_s;
    QTest::newRow("client") << int(ComponentKind::Client) << u"client"_s;
    QTest::newRow("any") << int(ComponentKind::Any) << u"any"_s;
}

void TestComponentKind::names()
{
    QFETCH(int, kind);
    QFETCH(QString, name);

    const auto k = ComponentKind(kind);
    QCOMPARE(componentKindName(k), name);
    const auto back = componentKindFromName(name);
    QVERIFY(back.has_value());
    QCOMPARE(int(*back), kind);
}

void TestComponentKind::fromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind"); // -1: not a kind

    QTest::newRow("upper") << u"HOST"_s << int(ComponentKind::Host);
    QTest::newRow("mixed") << u"Appliance"_s << int(ComponentKind::Appliance);
    QTest::newRow("padded") << u"  cluster \t"_s << int(ComponentKind::Cluster);
    QTest::newRow("SaaS") << u"SaaS"_s << int(ComponentKind::Saas);
    QTest::newRow("vm") << u"VM"_s << int(ComponentKind::Host);
    QTest::newRow("virtual machine") << u"Virtual  Machine"_s << int(ComponentKind::Host);
    QTest::newRow("server") << u"Server"_s << int(ComponentKind::Host);
    QTest::newRow("network cidr") << u"Network CIDR"_s << int(ComponentKind::Network);
    QTest::newRow("network-cidr") << u"network-cidr"_s << int(ComponentKind::Network);
    QTest::newRow("network_cidr") << u"network_cidr"_s << int(ComponentKind::Network);
    QTest::newRow("cidr") << u"CIDR"_s << int(ComponentKind::Network);
    QTest::newRow("subnet") << u"subnet"_s << int(ComponentKind::Network);
    QTest::newRow("fqdn") << u"FQDN"_s << int(ComponentKind::Saas);
    QTest::newRow("saas/fqdn") << u"SaaS/FQDN"_s << int(ComponentKind::Saas);
    QTest::newRow("cloud") << u"Cloud"_s << int(ComponentKind::Saas);
    QTest::newRow("workstation") << u"Workstation"_s << int(ComponentKind::Client);
    QTest::newRow("router") << u"Router"_s << int(ComponentKind::Appliance);
    QTest::newRow("load balancer") << u"Load-Balancer"_s << int(ComponentKind::Appliance);
    QTest::newRow("vlan") << u"VLAN"_s << int(ComponentKind::Network);
    QTest::newRow("any") << u"ANY"_s << int(ComponentKind::Any);
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("blank") << u"   "_s << -1;
    QTest::newRow("unknown") << u"gizmo"_s << -1;
    QTest::newRow("plural") << u"hosts"_s << -1;
    QTest::newRow("prefix") << u"net"_s << -1;
    QTest::newRow("two kinds") << u"host cluster"_s << -1;
}

void TestComponentKind::fromName()
{
    QFETCH(QString, name);
    QFETCH(int, kind);

    const auto parsed = componentKindFromName(name);
    QCOMPARE(parsed.has_value(), kind >= 0);
    if (parsed)
        QCOMPARE(int(*parsed), kind);
}

void TestComponentKind::allKinds()
{
    const QList<ComponentKind> kinds = allComponentKinds();
    QCOMPARE(kinds.size(), 8);
    QSet<QString> names;
    for (ComponentKind k : kinds) {
        const QString name = componentKindName(k);
        QVERIFY(!name.isEmpty());
        QCOMPARE(name, name.toLower());
        names.insert(name);
        QCOMPARE(componentKindFromName(name), std::optional<ComponentKind>(k));
    }
    QCOMPARE(names.size(), kinds.size()); // every kind has its own name
    // The enum's order is the order a kind picker lists them in.
    for (qsizetype i = 1; i < kinds.size(); ++i)
        QVERIFY(int(kinds.at(i - 1)) < int(kinds.at(i)));
}

QTEST_APPLESS_MAIN(TestComponentKind)
#include "tst_componentkind.moc"
