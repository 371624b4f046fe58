// Address plan edits as change lists: nested zone prefixes, prefix edits,
// replacing a component's addresses, /N allocation for networks and several
// components allocated at once.
#include "addressfixture.h"
#include "addressing/addressedits.h"
#include "project/snapshot.h"
#include "readsnapshot.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

class TestAddressEdits : public Testing::AddressPlanTest
{
    Q_OBJECT

private:
    ProjectSnapshot project() const { return Testing::readSnapshot(*m_store); }

    void apply(const std::optional<ChangeList> &changes)
    {
        QVERIFY(changes);
        ChangeList list = *changes;
        QString error;
        QVERIFY2(applyChanges(*m_store, list, true, nullptr, nullptr, &error), qPrintable(error));
    }

    ZonePrefix prefix(const QString &zone, const QString &cidr, const QString &gateway = {})
    {
        return { 0, m_lab, zoneId(zone), cidr, std::nullopt, gateway, {} };
    }

    // A zone "Nodes" inside Tanzu Kubernetes Grid, holding NodePort Services.
    Id addNestedZone()
    {
        const Id nodes
            = m_store->addZone({ 0, u"Nodes"_s, zoneId(u"Tanzu Kubernetes Grid"_s), {} });
        Component service = *m_store->component(componentId(u"NodePort Services"_s));
        service.zoneId = nodes;
        m_store->updateComponent(service);
        return nodes;
    }

private slots:
    void init() { openSample(); }

    void subZoneSubnetsMayNestInTheirParents()
    {
        addNestedZone();
        QString error;
        apply(zonePrefixChanges(project(), prefix(u"Tanzu Kubernetes Grid"_s, u"10.30.0.0/16"_s),
                                &error));
        apply(zonePrefixChanges(project(), prefix(u"Nodes"_s, u"10.30.1.0/24"_s), &error));
        // A zone that is not inside may not.
        QVERIFY(
            !zonePrefixChanges(project(), prefix(u"Shared services"_s, u"10.30.2.0/24"_s), &error));
        QCOMPARE(error,
                 u"10.30.2.0/24 overlaps 10.30.0.0/16 of zone “Tanzu Kubernetes Grid” in Lab"_s);
        // Nor may the child's subnet be larger than the parent's.
        QVERIFY(!zonePrefixChanges(project(), prefix(u"Nodes"_s, u"10.0.0.0/8"_s), &error));

        // The parent's hosts skip the child's subnet; the child's hosts use it.
        const auto parentHosts = allocateNextFree(
            project(), m_lab, { componentId(u"TKG Cluster Kubernetes API Server"_s) });
        QCOMPARE(parentHosts.allocated.value(0).second, u"10.30.0.1"_s);
        const auto childHosts
            = allocateNextFree(project(), m_lab, { componentId(u"NodePort Services"_s) });
        QCOMPARE(childHosts.allocated.value(0).second, u"10.30.1.1"_s);
    }

    void editingAPrefixKeepsItsIdAndChecksAgain()
    {
        QString error;
        apply(
            zonePrefixChanges(project(), prefix(u"Shared services"_s, u"10.0.20.0/24"_s), &error));
        apply(
            zonePrefixChanges(project(), prefix(u"Shared services"_s, u"10.0.21.0/24"_s), &error));
        ZonePrefix edited = project().prefixesOf(zoneId(u"Shared services"_s), m_lab).first();
        const Id id = edited.id;
        edited.cidr = u"10.0.22.0/255.255.255.0"_s;
        edited.vlan = 22;
        edited.gateway = u"10.0.22.254"_s;
        edited.name = u"  services  "_s;
        const auto changes = zonePrefixChanges(project(), edited, &error);
        QVERIFY2(changes, qPrintable(error));
        QCOMPARE(changes->size(), 1);
        QVERIFY(changes->first().before && changes->first().after);
        apply(changes);
        const ZonePrefix stored = *m_store->zonePrefix(id);
        QCOMPARE(stored.cidr, u"10.0.22.0/24"_s);
        QCOMPARE(stored.gateway, u"10.0.22.254"_s);
        QCOMPARE(stored.name, u"services"_s);
        // Onto the zone's other prefix: refused, named.
        edited = stored;
        edited.cidr = u"10.0.21.0/24"_s;
        edited.gateway.clear();
        QVERIFY(!zonePrefixChanges(project(), edited, &error));
        QCOMPARE(error, u"zone “Shared services” already has 10.0.21.0/24 in Lab"_s);
        // Unchanged: nothing to do.
        QCOMPARE(zonePrefixChanges(project(), stored, &error)->size(), 0);
        // Gateway outside, VLAN out of range, not a prefix.
        edited = stored;
        edited.gateway = u"10.0.23.1"_s;
        QVERIFY(!zonePrefixChanges(project(), edited, &error));
        QCOMPARE(error, u"the gateway 10.0.23.1 is not inside 10.0.22.0/24"_s);
        edited = stored;
        edited.vlan = 4095;
        QVERIFY(!zonePrefixChanges(project(), edited, &error));
        QCOMPARE(error, u"VLAN 4095 is out of range 1-4094"_s);
        edited = stored;
        edited.cidr = u"10.0.22.7"_s;
        QVERIFY(!zonePrefixChanges(project(), edited, &error));
        QVERIFY(error.startsWith(u"10.0.22.7 is not a prefix"_s));
    }

    void replacingKeepsWhatStays()
    {
        QString error;
        const Id harbor = componentId(u"Harbor"_s);
        apply(replaceAddressChanges(project(), m_lab, harbor,
                                    { u"10.0.0.5"_s, u"Harbor.Lab.Example."_s }, &error));
        const Id kept = m_store->addresses(harbor).first().id;
        const auto changes = replaceAddressChanges(
            project(), m_lab, harbor,
            { u" 10.0.0.5 "_s, u""_s, u"2001:DB8::0:1"_s, u"2001:db8::1"_s }, &error);
        QVERIFY2(changes, qPrintable(error));
        QCOMPARE(changes->size(), 2); // the name goes, one IPv6 value comes
        apply(changes);
        QStringList values;
        for (const Address &address : m_store->addresses(harbor))
            values.append(address.value);
        QCOMPARE(values, (QStringList { u"10.0.0.5"_s, u"2001:db8::1"_s }));
        QCOMPARE(m_store->addresses(harbor).first().id, kept);
        QVERIFY(
            !replaceAddressChanges(project(), m_lab, harbor, { u"10.0.0.9-10.0.0.1"_s }, &error));
        QVERIFY2(error.contains(u"10.0.0.9"_s), qPrintable(error));
        // Emptying is allowed: every address goes.
        QCOMPARE(replaceAddressChanges(project(), m_lab, harbor, {}, &error)->size(), 2);
    }

    void networksGetAFreePrefixOfTheLengthAsked()
    {
        QString error;
        apply(zonePrefixChanges(project(), prefix(u"Tanzu Kubernetes Grid"_s, u"10.40.0.0/22"_s),
                                &error));
        AllocationOptions options;
        options.prefixLength = 24;
        const QList<Id> networks { componentId(u"TKG Management Cluster CIDR"_s),
                                   componentId(u"TKG Workload Cluster CIDR"_s),
                                   componentId(u"TKG Cluster Kubernetes API Server"_s) };
        const Allocation allocation = allocateNextFree(project(), m_lab, networks, options);
        QCOMPARE(allocation.problems, QStringList());
        QCOMPARE(allocation.allocated.size(), 3);
        QCOMPARE(allocation.allocated.at(0).second, u"10.40.0.0/24"_s);
        QCOMPARE(allocation.allocated.at(1).second, u"10.40.1.0/24"_s);
        // A host skips the networks carved so far (10.40.2.0 is no network
        // address in a /22).
        QCOMPARE(allocation.allocated.at(2).second, u"10.40.2.0"_s);

        options.prefixLength = 21; // larger than the zone's /22
        const Allocation tooLarge
            = allocateNextFree(project(), m_lab, { networks.first() }, options);
        QCOMPARE(tooLarge.problems,
                 QStringList { u"no prefix of zone “Tanzu Kubernetes Grid” in Lab is large enough "
                               u"for a /21"_s });
        options.prefixLength = 23;
        apply(allocation.changes);
        const Allocation full = allocateNextFree(project(), m_lab, { networks.first() }, options);
        QCOMPARE(full.problems,
                 QStringList { u"zone “Tanzu Kubernetes Grid” has no free /23 left "
                               u"in Lab (10.40.0.0/22)"_s });
    }

    void skippingAddressedComponents()
    {
        QString error;
        apply(
            zonePrefixChanges(project(), prefix(u"Shared services"_s, u"10.0.20.0/24"_s), &error));
        apply(bindAddressChanges(project(), m_lab, componentId(u"Harbor"_s),
                                 u"harbor.lab.example"_s, &error));
        apply(
            bindAddressChanges(project(), m_lab, componentId(u"Syslog"_s), u"10.0.20.9"_s, &error));
        const QList<Id> both { componentId(u"Harbor"_s), componentId(u"Syslog"_s) };
        // A name is not an IP address: Harbor still gets one; Syslog is skipped.
        const Allocation skipping = allocateNextFree(project(), m_lab, both, { 0, true });
        QCOMPARE(skipping.allocated.size(), 1);
        QCOMPARE(skipping.allocated.first(), qMakePair(componentId(u"Harbor"_s), u"10.0.20.1"_s));
        const Allocation all = allocateNextFree(project(), m_lab, both, {});
        QCOMPARE(all.allocated.size(), 2);
        QCOMPARE(all.allocated.at(1).second, u"10.0.20.2"_s);
    }
};

QTEST_GUILESS_MAIN(TestAddressEdits)
#include "tst_addressedits.moc"
