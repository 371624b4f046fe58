// The address plan on the TKO sample: zone prefixes, bound addresses,
// next-free allocation and CSV plans, each all or nothing.
#include "addressfixture.h"
#include "addressing/addressplan.h"
#include "project/sample.h"
#include "project/snapshot.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

class TestAddressPlan : public Testing::AddressPlanTest
{
    Q_OBJECT

private:
    QStringList values(const QString &component) const
    {
        QStringList out;
        for (const Address &address : m_store->addresses(componentId(component))) {
            if (address.environmentId == m_lab)
                out.append(address.value);
        }
        return out;
    }
    // Everything of the Lab plan, to show that a refused change changed nothing.
    QString labState() const
    {
        QString state = addressPlanCsv(Testing::readSnapshot(*m_store), m_lab);
        for (const ZonePrefix &prefix : m_store->environmentPrefixes(m_lab))
            state += u"%1 %2 %3 %4\n"_s.arg(prefix.zoneId)
                         .arg(prefix.cidr)
                         .arg(prefix.vlan.value_or(0))
                         .arg(prefix.gateway);
        return state;
    }

private slots:
    void init() { openSample(); }

    void environmentsAreFoundByName()
    {
        QString error;
        QCOMPARE(ensureEnvironment(*m_store, u"  lab. "_s, &error), m_lab);
        const Id production = ensureEnvironment(*m_store, u"Production"_s, &error);
        QVERIFY(production != 0 && production != m_lab);
        QCOMPARE(m_store->environments().size(), 2);
        QCOMPARE(m_store->findEnvironment(u"PRODUCTION"_s)->id, production);
        QVERIFY(!m_store->findEnvironment(u"Staging"_s));
        QCOMPARE(ensureEnvironment(*m_store, u"  "_s, &error), 0);
        QVERIFY(!error.isEmpty());
    }

    void prefixIsStoredCanonicalAndUpdated()
    {
        QString error;
        const Id shared = zoneId(u"Shared services"_s);
        QVERIFY2(setZonePrefix(*m_store, m_lab, shared, u" 10.0.20.0/255.255.255.0 "_s, 20,
                               u"10.0.20.1"_s, &error),
                 qPrintable(error));
        QList<ZonePrefix> prefixes = m_store->environmentPrefixes(m_lab);
        QCOMPARE(prefixes.size(), 1);
        QCOMPARE(prefixes.first().cidr, u"10.0.20.0/24"_s);
        QCOMPARE(prefixes.first().vlan, std::optional<int>(20));
        QCOMPARE(prefixes.first().gateway, u"10.0.20.1"_s);
        const Id id = prefixes.first().id;

        QVERIFY2(
            setZonePrefix(*m_store, m_lab, shared, u"10.0.20.0/24"_s, 21, u"10.0.20.254"_s, &error),
            qPrintable(error));
        prefixes = m_store->environmentPrefixes(m_lab);
        QCOMPARE(prefixes.size(), 1);
        QCOMPARE(prefixes.first().id, id);
        QCOMPARE(prefixes.first().vlan, std::optional<int>(21));
        QCOMPARE(prefixes.first().gateway, u"10.0.20.254"_s);
    }

    void badPrefixesAreRefused_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<int>("vlan");
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<QString>("expected");
        const QString shared = u"Shared services"_s;
        const QString tkg = u"Tanzu Kubernetes Grid"_s;
        QTest::newRow("single address")
            << shared << u"10.0.20.5"_s << 0 << QString() << u"not a prefix"_s;
        QTest::newRow("host bits")
            << shared << u"10.0.20.5/24"_s << 0 << QString() << u"10.0.20.0/24"_s;
        QTest::newRow("vlan 0") << shared << u"10.0.21.0/24"_s << -1 << QString() << u"VLAN"_s;
        QTest::newRow("vlan 4095") << shared << u"10.0.21.0/24"_s << 4095 << QString() << u"4094"_s;
        QTest::newRow("gateway outside")
            << shared << u"10.0.21.0/24"_s << 0 << u"10.0.22.1"_s << u"not inside"_s;
        QTest::newRow("gateway other family")
            << shared << u"10.0.21.0/24"_s << 0 << u"2001:db8::1"_s << u"not inside"_s;
        QTest::newRow("gateway a prefix")
            << shared << u"10.0.21.0/24"_s << 0 << u"10.0.21.0/25"_s << u"single IP address"_s;
        QTest::newRow("gateway unreadable")
            << shared << u"10.0.21.0/24"_s << 0 << u"gw"_s << u"gw"_s;
        QTest::newRow("overlaps another zone")
            << tkg << u"10.0.20.128/25"_s << 0 << QString() << u"zone “Shared services” in Lab"_s;
        QTest::newRow("contains another zone's")
            << tkg << u"10.0.0.0/16"_s << 0 << QString() << u"Shared services"_s;
    }

    void badPrefixesAreRefused()
    {
        QFETCH(QString, zone);
        QFETCH(QString, cidr);
        QFETCH(int, vlan);
        QFETCH(QString, gateway);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(setZonePrefix(*m_store, m_lab, zoneId(u"Shared services"_s), u"10.0.20.0/24"_s,
                              std::nullopt, u"10.0.20.1"_s, &error));
        const QString before = labState();
        const std::optional<int> vlanValue
            = vlan == 0 ? std::nullopt : std::optional<int>(vlan < 0 ? 0 : vlan);
        QVERIFY(!setZonePrefix(*m_store, m_lab, zoneId(zone), cidr, vlanValue, gateway, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
        QCOMPARE(labState(), before);
    }

    void samePrefixInAnotherEnvironmentIsFine()
    {
        QString error;
        const Id production = ensureEnvironment(*m_store, u"Production"_s, &error);
        QVERIFY(setZonePrefix(*m_store, m_lab, zoneId(u"Shared services"_s), u"10.0.20.0/24"_s,
                              std::nullopt, {}, &error));
        QVERIFY2(setZonePrefix(*m_store, production, zoneId(u"Tanzu Kubernetes Grid"_s),
                               u"10.0.20.0/24"_s, std::nullopt, {}, &error),
                 qPrintable(error));
    }

    void assignCanonicalises()
    {
        QString error;
        const Id harbor = componentId(u"Harbor"_s);
        QVERIFY2(assignAddress(*m_store, m_lab, harbor, u"2001:DB8::0001"_s, &error),
                 qPrintable(error));
        QVERIFY(assignAddress(*m_store, m_lab, harbor, u"2001:db8:0::1"_s, &error));
        QVERIFY(assignAddress(*m_store, m_lab, harbor, u"Harbor.Example.com."_s, &error));
        const QList<Address> addresses = m_store->addresses(harbor);
        QCOMPARE(addresses.size(), 2);
        QCOMPARE(addresses.at(0).value, u"2001:db8::1"_s);
        QCOMPARE(addresses.at(0).kind, u"ipv6"_s);
        QCOMPARE(addresses.at(1).kind, u"fqdn"_s);

        const QString before = labState();
        QVERIFY(!assignAddress(*m_store, m_lab, harbor, u"10.0.0.5/24"_s, &error));
        QVERIFY2(error.contains(u"did you mean 10.0.0.0/24"_s), qPrintable(error));
        QVERIFY(!assignAddress(*m_store, m_lab, 0, u"10.0.0.5"_s, &error));
        QCOMPARE(labState(), before);
    }

    void nextFreeSkipsGatewayAndUsed()
    {
        QString error;
        QVERIFY(setZonePrefix(*m_store, m_lab, zoneId(u"Shared services"_s), u"10.0.20.0/24"_s,
                              std::nullopt, u"10.0.20.1"_s, &error));
        QVERIFY(assignAddress(*m_store, m_lab, componentId(u"Syslog"_s), u"10.0.20.3-10.0.20.4"_s,
                              &error));
        QCOMPARE(assignNextFree(*m_store, m_lab, componentId(u"Harbor"_s), &error),
                 std::optional<QString>(u"10.0.20.2"_s));
        QCOMPARE(assignNextFree(*m_store, m_lab, componentId(u"NTP Server"_s), &error),
                 std::optional<QString>(u"10.0.20.5"_s));
        QCOMPARE(values(u"Harbor"_s), QStringList { u"10.0.20.2"_s });
    }

    void networkGetsTheZonePrefix()
    {
        QString error;
        QVERIFY(setZonePrefix(*m_store, m_lab, zoneId(u"Tanzu Kubernetes Grid"_s),
                              u"10.0.30.0/24"_s, std::nullopt, {}, &error));
        QCOMPARE(
            assignNextFree(*m_store, m_lab, componentId(u"TKG Management Cluster CIDR"_s), &error),
            std::optional<QString>(u"10.0.30.0/24"_s));
        // The network's own prefix takes no room from the hosts in it.
        QCOMPARE(assignNextFree(*m_store, m_lab, componentId(u"NodePort Services"_s), &error),
                 std::optional<QString>(u"10.0.30.1"_s));
        // Another network already holds it: the second one cannot.
        const QString before = labState();
        QVERIFY(
            !assignNextFree(*m_store, m_lab, componentId(u"TKG Workload Cluster CIDR"_s), &error));
        QVERIFY2(error.contains(u"already in use (10.0.30.0/24)"_s), qPrintable(error));
        QCOMPARE(labState(), before);
    }

    void nextFreeErrors()
    {
        QString error;
        const QString before = labState();
        QVERIFY(!assignNextFree(*m_store, m_lab, componentId(u"Harbor"_s), &error));
        QCOMPARE(error, u"zone “Shared services” of “Harbor” has no prefix in Lab"_s);

        Component loose = *m_store->findComponent(u"Harbor"_s);
        loose.zoneId = 0;
        QVERIFY(m_store->updateComponent(loose));
        QVERIFY(!assignNextFree(*m_store, m_lab, loose.id, &error));
        QVERIFY2(error.contains(u"“Harbor” has no zone"_s), qPrintable(error));

        // A /30 with its gateway has one address left.
        QVERIFY(setZonePrefix(*m_store, m_lab, zoneId(u"Shared services"_s), u"10.0.20.0/30"_s,
                              std::nullopt, u"10.0.20.1"_s, &error));
        QCOMPARE(assignNextFree(*m_store, m_lab, componentId(u"Syslog"_s), &error),
                 std::optional<QString>(u"10.0.20.2"_s));
        const QString full = labState();
        QVERIFY(!assignNextFree(*m_store, m_lab, componentId(u"NTP Server"_s), &error));
        QCOMPARE(error, u"zone “Shared services” has no free address left in Lab (10.0.20.0/30)"_s);
        QCOMPARE(labState(), full);
        QVERIFY(before != full);
    }

    void nextFreeWalksUpToParentZones()
    {
        QString error;
        Zone child;
        child.name = u"Registry"_s;
        child.parentId = zoneId(u"Shared services"_s);
        const Id childId = m_store->addZone(child);
        QVERIFY(childId);
        Component harbor = *m_store->findComponent(u"Harbor"_s);
        harbor.zoneId = childId;
        QVERIFY(m_store->updateComponent(harbor));
        QVERIFY(setZonePrefix(*m_store, m_lab, child.parentId, u"2001:db8:20::/64"_s, std::nullopt,
                              u"2001:db8:20::1"_s, &error));
        QCOMPARE(assignNextFree(*m_store, m_lab, harbor.id, &error),
                 std::optional<QString>(u"2001:db8:20::2"_s));
    }

    void planRowsFollowComponentOrder()
    {
        QString error;
        QVERIFY(assignAddress(*m_store, m_lab, componentId(u"Harbor"_s), u"10.0.20.7"_s, &error));
        QVERIFY(assignAddress(*m_store, m_lab, componentId(u"vCenter Server"_s),
                              u"vcenter.lab.example"_s, &error));
        QVERIFY(assignAddress(*m_store, m_lab, componentId(u"Harbor"_s), u"*.harbor.example"_s,
                              &error));
        const QList<PlanRow> rows = addressPlan(Testing::readSnapshot(*m_store), m_lab);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).component, u"vCenter Server"_s);
        QCOMPARE(rows.at(0).zone, u"vSphere infrastructure"_s);
        QCOMPARE(rows.at(1).address, u"10.0.20.7"_s);
        QCOMPARE(rows.at(2).kind, u"wildcard-fqdn"_s);
        QCOMPARE(addressPlanCsv(Testing::readSnapshot(*m_store), m_lab),
                 u"component,address,kind,zone\r\n"
                 u"vCenter Server,vcenter.lab.example,fqdn,vSphere infrastructure\r\n"
                 u"Harbor,10.0.20.7,ipv4,Shared services\r\n"
                 u"Harbor,*.harbor.example,wildcard-fqdn,Shared services\r\n"_s);
        const Id production = ensureEnvironment(*m_store, u"Production"_s, &error);
        QVERIFY(addressPlan(Testing::readSnapshot(*m_store), production).isEmpty());
    }

    void loadPlanAllOrNothing()
    {
        QString error;
        QStringList messages;
        QVERIFY(assignAddress(*m_store, m_lab, componentId(u"Harbor"_s), u"10.0.20.7"_s, &error));
        QVERIFY2(loadPlan(*m_store, m_lab,
                          u"address,component\n10.0.20.8,syslog\n\n\"10.0.20.7\",Harbor\n"_s,
                          &messages, &error),
                 qPrintable(error));
        QCOMPARE(values(u"Syslog"_s), QStringList { u"10.0.20.8"_s });
        QCOMPARE(values(u"Harbor"_s), QStringList { u"10.0.20.7"_s });
        QCOMPARE(messages, QStringList { u"line 4: Harbor already has 10.0.20.7"_s });

        const QString before = labState();
        QVERIFY(!loadPlan(*m_store, m_lab,
                          u"component,address\nNTP Server,10.0.20.9\nNobody,10.0.20.10\n"_s,
                          &messages, &error));
        QCOMPARE(error, u"line 3: there is no component named “Nobody”"_s);
        QCOMPARE(labState(), before);

        QVERIFY(!loadPlan(*m_store, m_lab,
                          u"component,address\nNTP Server,10.0.20.9\nHarbor,10.0.20.300\n"_s,
                          &messages, &error));
        QVERIFY2(error.startsWith(u"line 3: "_s) && error.contains(u"10.0.20.300"_s),
                 qPrintable(error));
        QCOMPARE(labState(), before);

        QVERIFY(!loadPlan(*m_store, m_lab, u"name,ip\nHarbor,10.0.20.9\n"_s, &messages, &error));
        QVERIFY2(error.contains(u"component,address"_s), qPrintable(error));
        QVERIFY(!loadPlan(*m_store, m_lab, QString(), &messages, &error));
        QCOMPARE(labState(), before);
    }
};

QTEST_GUILESS_MAIN(TestAddressPlan)
#include "tst_addressplan.moc"
