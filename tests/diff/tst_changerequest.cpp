// The change request between two revisions of the TKO sample: records are
// matched by identity (a rename is one rename), a re-zoned component is a
// move, the rule delta counts only what a firewall enforces, port
// consolidation turns an added port into a modify of the consolidated rule,
// an address change modifies every rule that names the component, and two
// environments of one design compare like two revisions.
#include "diff/changerequest.h"
#include "diff/changesheets.h"
#include "project/sample.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QTest>

using namespace Portolan;
using namespace Qt::StringLiterals;

class TestChangeRequest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectStore> m_store;
    ProjectSnapshot m_before;
    Id m_prod = 0;

    Component component(const QString &name) const { return *m_store->findComponent(name); }
    Flow flowBetween(const QString &source, const QString &destination, const QString &ports) const
    {
        const Id from = component(source).id;
        const Id to = component(destination).id;
        for (const Flow &flow : m_store->flows()) {
            if (flow.sourceId == from && flow.destinationId == to && flow.ports.toString() == ports)
                return flow;
        }
        qFatal("no flow %s → %s %s", qPrintable(source), qPrintable(destination),
               qPrintable(ports));
    }
    void bind(Id environment, const QString &name, const QString &value)
    {
        QVERIFY(m_store->addAddress({ 0, environment, component(name).id, u"ipv4"_s, value }));
    }
    ChangeRequest compare(Consolidation consolidation = Consolidation::None)
    {
        m_after = Testing::readSnapshot(*m_store);
        return makeChangeRequest({ u"1.0"_s, &m_before, m_prod },
                                 { u"working"_s, &m_after, m_prod }, consolidation);
    }
    ProjectSnapshot m_after;

    static QStringList ruleLines(const ChangeRequest &request)
    {
        QStringList lines;
        for (const RuleChange &change : request.rules) {
            QString line = ruleChangeWord(change.kind, SheetTexts::English) + u' ' + change.id();
            if (!change.fields.isEmpty())
                line += u" ("_s + change.fields.join(u", "_s) + u')';
            lines.append(line);
        }
        return lines;
    }
    static QStringList designLines(const ChangeRequest &request)
    {
        QStringList lines;
        for (const DesignChange &change : request.design.changes) {
            QString line = changeKindKey(change.kind) + u' ' + changeSubjectKey(change.subject)
                + u' ' + change.name;
            for (const FieldChange &field : change.fields)
                line += u" [%1: %2 → %3]"_s.arg(field.field, field.before, field.after);
            lines.append(line);
        }
        return lines;
    }

private slots:
    void init()
    {
        QString error;
        m_store = ProjectStore::createInMemory(&error);
        QVERIFY2(m_store && loadSample(*m_store, u"tko"_s, &error), qPrintable(error));
        m_prod = m_store->addEnvironment({ 0, u"Prod"_s });
        bind(m_prod, u"Avi Controller"_s, u"10.0.11.10"_s);
        bind(m_prod, u"vCenter Server"_s, u"10.0.10.10"_s);
        bind(m_prod, u"Syslog"_s, u"10.0.20.10"_s);
        bind(m_prod, u"Harbor"_s, u"10.0.20.17"_s);
        m_before = Testing::readSnapshot(*m_store);
    }

    void sameRevisionHasNoChanges()
    {
        const ChangeRequest request = compare();
        QVERIFY(request.isEmpty());
        QCOMPARE(request.comparison(), u"1.0 → working"_s);
        QCOMPARE(request.environments(), u"Prod"_s);
    }

    // Renamed by identity: one rename, no flow touched, no rule changed
    // while the component has addresses.
    void aRenameIsOneChangeNotARemovalAndAnAddition()
    {
        Component vcenter = component(u"vCenter Server"_s);
        vcenter.name = u"vCenter"_s;
        QVERIFY(m_store->updateComponent(vcenter));
        const ChangeRequest request = compare();
        QCOMPARE(designLines(request),
                 QStringList { u"changed component vCenter [name: vCenter Server → vCenter]"_s });
        QVERIFY(request.rules.isEmpty());
        // Without an address the name stands in for it on the firewall.
        Component dns = component(u"DNS Server"_s);
        dns.name = u"Resolver"_s;
        QVERIFY(m_store->updateComponent(dns));
        QStringList rules = ruleLines(compare());
        QVERIFY(!rules.isEmpty());
        for (const QString &line : std::as_const(rules))
            QVERIFY2(line.startsWith(u"modify R"_s)
                         && (line.endsWith(u" (source)"_s) || line.endsWith(u" (destination)"_s)),
                     qPrintable(line));
    }

    void aReZonedComponentIsAMove()
    {
        Component harbor = component(u"Harbor"_s);
        const QString from = m_before.zoneName(harbor.zoneId);
        harbor.zoneId = m_store->findZone(u"Tanzu Kubernetes Grid"_s)->id;
        QVERIFY(m_store->updateComponent(harbor));
        const ChangeRequest request = compare();
        QCOMPARE(designLines(request),
                 QStringList {
                     u"changed component Harbor [zone: %1 → Tanzu Kubernetes Grid]"_s.arg(from) });
        QVERIFY(request.rules.isEmpty()); // same addresses: nothing to type in
    }

    void portsWidenedAndFlowsAddedAndRemoved()
    {
        Flow widened = flowBetween(u"Avi Controller"_s, u"vCenter Server"_s, u"443"_s);
        widened.ports = *PortSet::parse(u"443,8443");
        QVERIFY(m_store->updateFlow(widened));
        const Flow removed = flowBetween(u"Avi Controller"_s, u"Syslog"_s, u"514"_s);
        QVERIFY(m_store->removeFlow(removed.id));
        Flow added;
        added.sourceId = component(u"Avi Controller"_s).id;
        added.destinationId = component(u"Harbor"_s).id;
        added.ports = PortSet::single(443);
        added.purpose = u"Images"_s;
        const Id addedId = m_store->addFlow(added);
        QVERIFY(addedId);
        const ChangeRequest request = compare();
        const QString id = u"R%1"_s.arg(widened.id, 4, 10, QChar(u'0'));
        QVERIFY(ruleLines(request).contains(u"modify %1 (ports)"_s.arg(id)));
        QVERIFY(ruleLines(request).contains(u"remove R%1"_s.arg(removed.id, 4, 10, QChar(u'0'))));
        QVERIFY(ruleLines(request).contains(u"add R%1"_s.arg(addedId, 4, 10, QChar(u'0'))));
        QCOMPARE(request.rules.size(), 3);
        QCOMPARE(portsChange(u"443"_s, u"443,8443"_s).gained, u"8443"_s);
        QVERIFY(portsChange(u"443"_s, u"443,8443"_s).lost.isEmpty());
        QCOMPARE(portsChange(u"22,80-90"_s, u"80"_s).lost, u"22,81-90"_s);
        QVERIFY(portsChange(u""_s, u"80"_s).lost.isEmpty()); // every port to one: no gain named
    }

    // With port consolidation a port added to one flow of a consolidated
    // rule modifies that rule; a flow whose ports another still covers
    // changes nothing; a group that loses its first flow keeps its identity.
    void consolidationAwareDelta()
    {
        const Id avi = component(u"Avi Controller"_s).id;
        const Id syslog = component(u"Syslog"_s).id;
        Flow second;
        second.sourceId = avi;
        second.destinationId = syslog;
        second.ports = *PortSet::parse(u"514,6514");
        second.purpose = u"Log export over TLS"_s;
        QVERIFY(m_store->addFlow(second));
        m_before = Testing::readSnapshot(*m_store);

        const Flow first = flowBetween(u"Avi Controller"_s, u"Syslog"_s, u"514"_s);
        Flow widened = first;
        widened.ports = *PortSet::parse(u"514,1514");
        QVERIFY(m_store->updateFlow(widened));
        ChangeRequest ports = compare(Consolidation::Ports);
        QCOMPARE(ruleLines(ports),
                 QStringList { u"modify R%1 (ports)"_s.arg(first.id, 4, 10, QChar(u'0')) });
        QCOMPARE(ports.rules.constFirst().before->ports.toString(), u"514,6514"_s);
        QCOMPARE(ports.rules.constFirst().after->ports.toString(), u"514,1514,6514"_s);
        // Without consolidation the same edit is a modify of that flow's rule.
        QCOMPARE(ruleLines(compare()).size(), 1);

        // The first flow goes: its ports are still covered, and the rule keeps
        // its place (now under the second flow's id).
        QVERIFY(m_store->updateFlow(first));
        QVERIFY(m_store->removeFlow(first.id));
        QVERIFY(compare(Consolidation::Ports).rules.isEmpty());
        QCOMPARE(ruleLines(compare()),
                 QStringList { u"remove R%1"_s.arg(first.id, 4, 10, QChar(u'0')) });
    }

    void anAddressChangeModifiesEveryRuleThatNamesIt()
    {
        const Id avi = component(u"Avi Controller"_s).id;
        int naming = 0;
        for (const Flow &flow : m_before.flows)
            naming += flow.sourceId == avi || flow.destinationId == avi ? 1 : 0;
        QVERIFY(naming > 5);
        Address address = m_store->addresses(avi).constFirst();
        address.value = u"10.0.11.99"_s;
        QVERIFY(m_store->updateAddress(address));
        const ChangeRequest request = compare();
        QCOMPARE(request.rules.size(), naming);
        for (const RuleChange &change : request.rules) {
            QCOMPARE(change.kind, ChangeKind::Changed);
            QVERIFY(change.fields == QStringList { u"source addresses"_s }
                    || change.fields == QStringList { u"destination addresses"_s });
        }
        QCOMPARE(designLines(request),
                 QStringList { u"changed address Avi Controller [addresses: 10.0.11.10 → "
                               u"10.0.11.99]"_s });
        QCOMPARE(request.design.changes.constFirst().environment, u"Prod"_s);
    }

    // A flow deleted and entered again as it was is no change for the
    // firewall, though the design lists both.
    void aFlowEnteredAgainIsNoRuleChange()
    {
        const Flow flow = flowBetween(u"Avi Controller"_s, u"Syslog"_s, u"514"_s);
        QVERIFY(m_store->removeFlow(flow.id));
        Flow again = flow;
        again.id = 0;
        QVERIFY(m_store->addFlow(again));
        const ChangeRequest request = compare();
        QVERIFY(request.rules.isEmpty());
        QCOMPARE(request.design.count(ChangeSubject::Flow), 2);
    }

    // Two environments of one design: "what must Prod open that Lab has?"
    void environmentAgainstEnvironment()
    {
        const Id lab = m_store->addEnvironment({ 0, u"Lab"_s });
        bind(lab, u"Avi Controller"_s, u"192.168.11.10"_s);
        bind(lab, u"vCenter Server"_s, u"10.0.10.10"_s);
        bind(lab, u"Harbor"_s, u"192.168.20.17"_s);
        const ProjectSnapshot project = Testing::readSnapshot(*m_store);
        const ChangeRequest request
            = makeChangeRequest({ u"working"_s, &project, lab }, { u"working"_s, &project, m_prod },
                                Consolidation::None);
        QCOMPARE(request.comparison(), u"working"_s);
        QCOMPARE(request.environments(), u"Lab → Prod"_s);
        // Only the address plan differs: Avi and Harbor changed, Syslog bound.
        QCOMPARE(designLines(request),
                 (QStringList { u"changed address Avi Controller [addresses: 192.168.11.10 → "
                                u"10.0.11.10]"_s,
                                u"added address Syslog [addresses:  → 10.0.20.10]"_s,
                                u"changed address Harbor [addresses: 192.168.20.17 → "
                                u"10.0.20.17]"_s }));
        for (const RuleChange &change : request.rules)
            QCOMPARE(change.kind, ChangeKind::Changed);
        // Every rule naming Avi, Syslog or Harbor, and no other.
        const QList<Id> touched = { component(u"Avi Controller"_s).id, component(u"Syslog"_s).id,
                                    component(u"Harbor"_s).id };
        int naming = 0;
        for (const Flow &flow : project.flows)
            naming += touched.contains(flow.sourceId) || touched.contains(flow.destinationId);
        QCOMPARE(request.rules.size(), naming);
    }

    // Environments themselves, when no environment is named: added,
    // renamed, removed, and the addresses of the ones both sides have.
    void everyEnvironmentWithoutOneNamed()
    {
        Environment prod = *m_store->environment(m_prod);
        prod.name = u"Production"_s;
        QVERIFY(m_store->updateEnvironment(prod));
        const Id dr = m_store->addEnvironment({ 0, u"DR"_s });
        QVERIFY(dr);
        Address address = m_store->addresses(component(u"Syslog"_s).id).constFirst();
        QVERIFY(m_store->removeAddress(address.id));
        m_after = Testing::readSnapshot(*m_store);
        const ChangeRequest request = makeChangeRequest(
            { u"1.0"_s, &m_before, 0 }, { u"working"_s, &m_after, 0 }, Consolidation::None);
        QCOMPARE(designLines(request),
                 (QStringList { u"changed environment Production [name: Prod → Production]"_s,
                                u"added environment DR"_s,
                                u"removed address Syslog [addresses: 10.0.20.10 → ]"_s }));
        QCOMPARE(request.design.changes.last().environment, u"Production"_s);
    }
};

QTEST_GUILESS_MAIN(TestChangeRequest)
#include "tst_changerequest.moc"
