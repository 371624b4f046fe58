// Address plan validation on the TKO sample: each kind of finding provoked
// on purpose and reported with its exact message, and a clean plan.
#include "addressfixture.h"
#include "addressing/addressplan.h"
#include "addressing/addressvalidation.h"
#include "project/sample.h"
#include "project/snapshot.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Portolan;

using Severity = AddressFinding::Severity;

class TestAddressValidation : public Testing::AddressPlanTest
{
    Q_OBJECT

private:
    bool assign(const QString &component, const QString &address, Id environment = 0)
    {
        QString error;
        const Id id = componentId(component);
        if (id == 0
            || !assignAddress(*m_store, environment ? environment : m_lab, id, address, &error)) {
            qWarning("assign %s %s: %s", qPrintable(component), qPrintable(address),
                     qPrintable(error));
            return false;
        }
        return true;
    }
    bool prefix(const QString &zone, const QString &cidr)
    {
        QString error;
        if (!setZonePrefix(*m_store, m_lab, zoneId(zone), cidr, std::nullopt, QString(), &error)) {
            qWarning("prefix %s %s: %s", qPrintable(zone), qPrintable(cidr), qPrintable(error));
            return false;
        }
        return true;
    }
    // The findings of one severity, excluding flow endpoints without an
    // address (there are many of those until the whole sample is addressed).
    QStringList messages(Severity severity, Id environment = 0) const
    {
        QStringList out;
        for (const AddressFinding &finding : validateAddresses(Testing::readSnapshot(*m_store),
                                                               environment ? environment : m_lab)) {
            if (finding.severity == severity
                && !finding.message.contains(u"is used by flows but has no address"_s))
                out.append(finding.message);
        }
        return out;
    }
    const AddressFinding *find(const QList<AddressFinding> &findings, const QString &message) const
    {
        for (const AddressFinding &finding : findings) {
            if (finding.message == message)
                return &finding;
        }
        return nullptr;
    }

private slots:
    void init() { openSample(); }

    void cleanPlanHasNoFindings()
    {
        QVERIFY(prefix(u"Shared services"_s, u"10.0.20.0/24"_s));
        QVERIFY(prefix(u"Tanzu Kubernetes Grid"_s, u"10.0.30.0/24"_s));
        int host = 100;
        int network = 0;
        for (const Component &component : m_store->components()) {
            QString address;
            if (component.kind == ComponentKind::Network)
                address = u"10.0.30.%1/28"_s.arg(16 * network++);
            else if (component.zoneId == zoneId(u"Shared services"_s))
                address = u"10.0.20.%1"_s.arg(host++);
            else if (component.zoneId == zoneId(u"Tanzu Kubernetes Grid"_s))
                address = u"10.0.30.%1"_s.arg(host++);
            else
                address = u"10.2.0.%1"_s.arg(host++);
            QVERIFY(assign(component.name, address));
        }
        QVERIFY(assign(u"Harbor"_s, u"harbor.example.com"_s));
        QVERIFY(assign(u"Harbor"_s, u"2001:db8::10"_s)); // no IPv6 prefix: not checked
        const QList<AddressFinding> findings
            = validateAddresses(Testing::readSnapshot(*m_store), m_lab);
        for (const AddressFinding &finding : findings)
            qWarning("unexpected: %s", qPrintable(finding.message));
        QVERIFY(findings.isEmpty());
    }

    void unknownEnvironmentHasNoFindings()
    {
        QVERIFY(assign(u"NTP Server"_s, u"10.0.20.5"_s));
        QVERIFY(assign(u"DNS Server"_s, u"10.0.20.5"_s));
        QVERIFY(validateAddresses(Testing::readSnapshot(*m_store), m_lab + 1000).isEmpty());
    }

    void sameAddressOnTwoComponents()
    {
        QVERIFY(assign(u"NTP Server"_s, u"10.0.20.5"_s));
        QVERIFY(assign(u"DNS Server"_s, u"10.0.20.5"_s));
        QVERIFY(assign(u"NTP Server"_s, u"ntp.example.com"_s));
        QVERIFY(assign(u"Syslog"_s, u"ntp.example.com"_s));
        QVERIFY(assign(u"LDAP Server"_s, u"10.0.20.7"_s));
        QVERIFY(assign(u"SecureLDAP Server"_s, u"10.0.20.7"_s));
        QVERIFY(assign(u"DHCP Server"_s, u"10.0.20.7"_s));

        // Only the duplicates: equal values are not reported as overlaps too.
        QCOMPARE(messages(Severity::Error),
                 QStringList({ u"10.0.20.5 is bound to both “NTP Server” and “DNS Server” in Lab"_s,
                               u"10.0.20.7 is bound to “LDAP Server”, “SecureLDAP Server” and "
                               u"“DHCP Server” in Lab"_s,
                               u"ntp.example.com is bound to both “NTP Server” and “Syslog” in "
                               u"Lab"_s }));
        const QList<AddressFinding> findings
            = validateAddresses(Testing::readSnapshot(*m_store), m_lab);
        const AddressFinding *finding
            = find(findings, u"10.0.20.5 is bound to both “NTP Server” and “DNS Server” in Lab"_s);
        QVERIFY(finding);
        QList<Id> expected { componentId(u"NTP Server"_s), componentId(u"DNS Server"_s) };
        std::sort(expected.begin(), expected.end());
        QCOMPARE(finding->components, expected);

        // Another environment has its own plan.
        QString error;
        const Id production = ensureEnvironment(*m_store, u"Production"_s, &error);
        QVERIFY(assign(u"NTP Server"_s, u"10.0.20.5"_s, production));
        QVERIFY(messages(Severity::Error, production).isEmpty());
    }

    void overlapsAcrossComponents()
    {
        QVERIFY(assign(u"Syslog"_s, u"10.0.20.10-10.0.20.12"_s));
        QVERIFY(assign(u"Harbor"_s, u"10.0.20.12"_s));
        QVERIFY(assign(u"DNS Server"_s, u"10.0.20.8/30"_s));
        QVERIFY(assign(u"NTP Server"_s, u"10.0.20.13"_s)); // touches nothing
        // Overlapping values of one component are its own business.
        QVERIFY(assign(u"LDAP Server"_s, u"10.0.40.0/24"_s));
        QVERIFY(assign(u"LDAP Server"_s, u"10.0.40.7"_s));
        QCOMPARE(messages(Severity::Error),
                 QStringList({ u"10.0.20.10-10.0.20.12 of “Syslog” overlaps 10.0.20.12 of "
                               u"“Harbor” in Lab"_s,
                               u"10.0.20.10-10.0.20.12 of “Syslog” overlaps 10.0.20.8/30 of “DNS "
                               u"Server” in Lab"_s }));
    }

    void zonePrefixMayBeOverlapped()
    {
        QVERIFY(prefix(u"Tanzu Kubernetes Grid"_s, u"10.0.30.0/24"_s));
        QVERIFY(assign(u"TKG Workload Cluster CIDR"_s, u"10.0.30.0/25"_s));
        QVERIFY(assign(u"TKG Management Cluster CIDR"_s, u"10.0.30.0/24"_s));
        QVERIFY(assign(u"TKG Cluster Kubernetes API Server"_s, u"10.0.30.10"_s));
        QVERIFY(assign(u"Harbor"_s, u"10.0.30.100-10.0.30.140"_s));
        // The zone's own prefix on a network component overlaps everything in
        // the zone on purpose; the /25 holds the API address whole, as a
        // network holds its hosts, but only half of Harbor's range.
        QCOMPARE(messages(Severity::Error),
                 QStringList({ u"10.0.30.0/25 of “TKG Workload Cluster CIDR” overlaps "
                               u"10.0.30.100-10.0.30.140 of “Harbor” in Lab"_s }));
    }

    void networksHoldTheirHostsAndSubnets()
    {
        // The TKO sample's combined cluster network and the two inside it,
        // a node address and a service range in the management network.
        QVERIFY(assign(u"TKG Management and Workload Cluster CIDR"_s, u"10.0.12.0/23"_s));
        QVERIFY(assign(u"TKG Management Cluster CIDR"_s, u"10.0.12.0/24"_s));
        QVERIFY(assign(u"TKG Workload Cluster CIDR"_s, u"10.0.13.0/24"_s));
        QVERIFY(assign(u"TKG Cluster Kubernetes API Server"_s, u"10.0.12.10"_s));
        QVERIFY(assign(u"NodePort Services"_s, u"10.0.12.32-10.0.12.63"_s));
        QCOMPARE(messages(Severity::Error), QStringList());
        // A host's range is no network: an address inside it collides.
        QVERIFY(assign(u"NodePortLocal Services"_s, u"10.0.12.40"_s));
        QCOMPARE(messages(Severity::Error),
                 QStringList({ u"10.0.12.32-10.0.12.63 of “NodePort Services” overlaps 10.0.12.40 "
                               u"of “NodePortLocal Services” in Lab"_s }));
    }

    void addressOutsideZonePrefixes()
    {
        QVERIFY(prefix(u"Shared services"_s, u"10.0.20.0/24"_s));
        QVERIFY(prefix(u"Shared services"_s, u"10.0.21.0/24"_s));
        QVERIFY(assign(u"Harbor"_s, u"10.0.99.5"_s));
        QVERIFY(assign(u"Syslog"_s, u"10.0.21.9"_s)); // inside the second prefix
        QVERIFY(assign(u"DNS Server"_s, u"10.0.20.0/23"_s)); // spans both, inside neither
        QVERIFY(assign(u"Avi Controller"_s, u"10.0.99.6"_s)); // its zone has no prefix

        // Harbor moves into a child zone without prefixes: its parent's count.
        Zone registry;
        registry.name = u"Registry"_s;
        registry.parentId = zoneId(u"Shared services"_s);
        const Id registryId = m_store->addZone(registry);
        QVERIFY2(registryId, qPrintable(m_store->errorString()));
        Component harbor = *m_store->findComponent(u"Harbor"_s);
        harbor.zoneId = registryId;
        QVERIFY2(m_store->updateComponent(harbor), qPrintable(m_store->errorString()));

        QCOMPARE(messages(Severity::Warning),
                 QStringList({ u"10.0.20.0/23 of “DNS Server” is outside the prefixes of zone "
                               u"“Shared services” in Lab (10.0.20.0/24, 10.0.21.0/24)"_s,
                               u"10.0.99.5 of “Harbor” is outside the prefixes of zone “Shared "
                               u"services” in Lab (10.0.20.0/24, 10.0.21.0/24)"_s }));
        QCOMPARE(messages(Severity::Error),
                 QStringList({ u"10.0.21.9 of “Syslog” overlaps 10.0.20.0/23 of “DNS Server” in "
                               u"Lab"_s }));
        const QList<AddressFinding> findings
            = validateAddresses(Testing::readSnapshot(*m_store), m_lab);
        const AddressFinding *finding
            = find(findings,
                   u"10.0.99.5 of “Harbor” is outside the prefixes of zone “Shared services” in "
                   u"Lab (10.0.20.0/24, 10.0.21.0/24)"_s);
        QVERIFY(finding);
        QCOMPARE(finding->components, QList<Id> { harbor.id });
    }

    void flowEndpointWithoutAddress()
    {
        QSet<Id> endpoints;
        for (const Flow &flow : m_store->flows()) {
            endpoints.insert(flow.sourceId);
            endpoints.insert(flow.destinationId);
        }
        QVERIFY(endpoints.size() > 10);
        const QString avi = u"“Avi Controller” is used by flows but has no address in Lab"_s;
        QList<AddressFinding> findings = validateAddresses(Testing::readSnapshot(*m_store), m_lab);
        QCOMPARE(findings.size(), endpoints.size()); // one per component
        const AddressFinding *finding = find(findings, avi);
        QVERIFY(finding);
        QCOMPARE(finding->severity, Severity::Warning);
        QCOMPARE(finding->components, QList<Id> { componentId(u"Avi Controller"_s) });

        // A name counts as an address.
        QVERIFY(assign(u"Avi Controller"_s, u"avi.example.com"_s));
        findings = validateAddresses(Testing::readSnapshot(*m_store), m_lab);
        QCOMPARE(findings.size(), endpoints.size() - 1);
        QVERIFY(!find(findings, avi));
    }

    void networkWithName()
    {
        QVERIFY(assign(u"TKG Management Cluster CIDR"_s, u"tkg.example.com"_s));
        QVERIFY(assign(u"TKG Workload Cluster CIDR"_s, u"*.apps.example.com"_s));
        QVERIFY(assign(u"Harbor"_s, u"harbor.example.com"_s)); // not a network: fine
        QCOMPARE(messages(Severity::Error),
                 QStringList({ u"“TKG Management Cluster CIDR” is a network but has the name "
                               u"tkg.example.com in Lab; a network needs a CIDR"_s,
                               u"“TKG Workload Cluster CIDR” is a network but has the name "
                               u"*.apps.example.com in Lab; a network needs a CIDR"_s }));
    }

    void errorsComeFirstThenByMessage()
    {
        QVERIFY(prefix(u"Shared services"_s, u"10.0.20.0/24"_s));
        QVERIFY(assign(u"NTP Server"_s, u"10.0.20.5"_s));
        QVERIFY(assign(u"DNS Server"_s, u"10.0.20.5"_s));
        QVERIFY(assign(u"Harbor"_s, u"10.0.99.5"_s));
        QVERIFY(assign(u"TKG Management Cluster CIDR"_s, u"tkg.example.com"_s));
        const QList<AddressFinding> findings
            = validateAddresses(Testing::readSnapshot(*m_store), m_lab);
        QVERIFY(findings.size() > 4);
        QCOMPARE(findings.at(0).message,
                 u"10.0.20.5 is bound to both “NTP Server” and “DNS Server” in Lab"_s);
        QCOMPARE(findings.at(1).severity, Severity::Error);
        QCOMPARE(findings.at(2).severity, Severity::Warning);
        for (int i = 1; i < findings.size(); ++i) {
            const AddressFinding &a = findings.at(i - 1);
            const AddressFinding &b = findings.at(i);
            QVERIFY(a.severity == b.severity ? a.message <= b.message
                                             : a.severity == Severity::Error);
        }
    }
};

QTEST_GUILESS_MAIN(TestAddressValidation)
#include "tst_addressvalidation.moc"
