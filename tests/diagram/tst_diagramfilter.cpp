// DiagramFilter on the TKO sample: ports and port ranges, names, purposes,
// products, protocols, zones (nested too), and components matching by
// themselves.

#include "diagram/diagramfilter.h"
#include "project/sample.h"
#include "project/snapshot.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QTest>

#include <algorithm>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    std::unique_ptr<ProjectStore> store;

    Sample()
    {
        QString error;
        store = ProjectStore::createInMemory(&error);
        if (!store || !loadSample(*store, u"tko"_s, &error))
            qFatal("%s", qPrintable(error));
    }

    // One edge per (source, destination) unless `grouped` (zonegrouping.h).
    Diagram diagram(bool grouped = false) const
    {
        ProjectSnapshot project = Testing::readSnapshot(*store);
        project.drawingSettings.groupByZone = grouped;
        // The filter needs no geometry: an empty layout will do.
        return assembleDiagram(project, {}, LayoutResult());
    }

    Id id(const QString &component) const { return store->findComponent(component)->id; }
};

QStringList matchingEdges(const Diagram &diagram, const DiagramFilterMatcher &matcher)
{
    QStringList edges;
    for (const DiagramEdge &edge : diagram.edges) {
        if (matcher.matchesEdge(edge.sourceId, edge.targetId))
            edges << diagram.endName(edge.sourceId) + u" → "_s + diagram.endName(edge.targetId);
    }
    return edges;
}

QStringList matchingComponents(const Diagram &diagram, const DiagramFilterMatcher &matcher)
{
    QStringList names;
    for (const DiagramComponent &component : diagram.components) {
        if (matcher.matchesComponent(component.id))
            names << component.name;
    }
    return names;
}

DiagramFilter textFilter(const QString &text)
{
    DiagramFilter filter;
    filter.text = text;
    return filter;
}

} // namespace

class TestDiagramFilter : public QObject
{
    Q_OBJECT

private slots:
    void emptyFilterMatchesEverything()
    {
        const Sample sample;
        const Diagram diagram = sample.diagram();
        DiagramFilter filter;
        filter.text = u"   "_s;
        QVERIFY(filter.isEmpty());
        const DiagramFilterMatcher matcher(diagram, filter);
        QVERIFY(!matcher.isActive());
        QCOMPARE(matchingEdges(diagram, matcher).size(), diagram.edges.size());
        QCOMPARE(matchingComponents(diagram, matcher).size(), diagram.components.size());
        QVERIFY(matcher.matchesZone(diagram.zones.first().id));
    }

    void text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("included");
        QTest::addColumn<QStringList>("excluded");
        QTest::newRow("port in a range")
            << u"30000-32767"_s << QStringList { u"Bootstrap Machine → NodePort Services"_s }
            << QStringList { u"Bootstrap Machine → NodePortLocal Services"_s,
                             u"Avi Controller → Syslog"_s };
        QTest::newRow("range overlapping ranges")
            << u"31000-31500"_s
            << QStringList { u"Bootstrap Machine → NodePort Services"_s,
                             u"TKG Workload Cluster CIDR → TKG Management Cluster CIDR"_s }
            << QStringList { u"Bootstrap Machine → NodePortLocal Services"_s };
        QTest::newRow("single port")
            << u"443"_s
            << QStringList { u"Avi Controller → vCenter Server"_s,
                             u"Management Client → Avi Controller"_s }
            << QStringList { u"Bootstrap Machine → TKG Cluster Kubernetes API Server"_s,
                             u"Avi Controller → Syslog"_s };
        QTest::newRow("port list")
            << u"22,514"_s
            << QStringList { u"Management Client → Avi Controller"_s, u"Avi Controller → Syslog"_s }
            << QStringList { u"Avi Controller → vCenter Server"_s };
        QTest::newRow("protocol and port")
            << u"UDP 123"_s << QStringList { u"Avi Service Engine → Avi Controller"_s }
            << QStringList { u"Management Client → Avi Controller"_s };
        QTest::newRow("written as a service")
            << u"tcp/6443"_s
            << QStringList { u"Bootstrap Machine → TKG Cluster Kubernetes API Server"_s }
            << QStringList { u"Avi Controller → vCenter Server"_s };
        QTest::newRow("component name") << u"vcenter"_s
                                        << QStringList { u"Avi Controller → vCenter Server"_s,
                                                         u"Bootstrap Machine → vCenter Server"_s }
                                        << QStringList { u"Avi Controller → Syslog"_s };
        QTest::newRow("all words must match")
            << u"ntp server"_s << QStringList { u"Avi Controller → NTP Server"_s }
            << QStringList { u"Avi Controller → Domain Name Server"_s };
        QTest::newRow("purpose")
            << u"pinniped"_s
            << QStringList { u"TKG Workload Cluster CIDR → TKG Management Cluster CIDR"_s }
            << QStringList { u"Bootstrap Machine → NodePort Services"_s };
        QTest::newRow("product name")
            << u"load balancer"_s << QStringList { u"Avi Controller → Syslog"_s }
            << QStringList { u"Bootstrap Machine → NodePort Services"_s };
    }

    void text()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, included);
        QFETCH(QStringList, excluded);
        const Sample sample;
        const Diagram diagram = sample.diagram();
        const DiagramFilterMatcher matcher(diagram, textFilter(text));
        QVERIFY(matcher.isActive());
        const QStringList edges = matchingEdges(diagram, matcher);
        for (const QString &edge : included)
            QVERIFY2(edges.contains(edge), qPrintable(edge + u" in "_s + edges.join(u"; "_s)));
        for (const QString &edge : excluded)
            QVERIFY2(!edges.contains(edge), qPrintable(edge));
        // The ends of a matching edge match; nothing else does, here.
        QSet<QString> ends;
        for (const QString &edge : edges) {
            const QStringList names = edge.split(u" → "_s);
            ends.insert(names.first());
            ends.insert(names.last());
        }
        const QStringList components = matchingComponents(diagram, matcher);
        QCOMPARE(QSet<QString>(components.cbegin(), components.cend()), ends);
    }

    // An edge for a whole zone matches by its flows, and so do the
    // components at their ends (the zone's own).
    void zoneEdgesMatchByTheirFlows()
    {
        const Sample sample;
        const Diagram diagram = sample.diagram(true);
        const DiagramFilterMatcher matcher(diagram, textFilter(u"cloud creation"_s));
        QCOMPARE(matchingEdges(diagram, matcher),
                 QStringList { u"Avi Controller → vSphere infrastructure"_s });
        QCOMPARE(matchingComponents(diagram, matcher),
                 (QStringList { u"NSX Manager"_s, u"Avi Controller"_s }));
    }

    void portsMatchFlowsNotEdges()
    {
        const Sample sample;
        const Diagram diagram = sample.diagram();
        const DiagramFilterMatcher matcher(diagram, textFilter(u"8443"_s));
        const Id se = sample.id(u"Avi Service Engine"_s);
        const Id controller = sample.id(u"Avi Controller"_s);
        QVERIFY(matcher.matchesEdge(se, controller));
        for (const DiagramEdge &edge : diagram.edges) {
            if (edge.sourceId != se || edge.targetId != controller)
                continue;
            int matching = 0;
            for (const Id flow : edge.flowIds)
                matching += matcher.matchesFlow(flow) ? 1 : 0;
            QCOMPARE(edge.flowIds.size(), 3); // 123, 8443, 22
            QCOMPARE(matching, 1);
        }
    }

    void nothingMatches()
    {
        const Sample sample;
        const Diagram diagram = sample.diagram();
        const DiagramFilterMatcher matcher(diagram, textFilter(u"no-such-thing"_s));
        QVERIFY(matchingEdges(diagram, matcher).isEmpty());
        QVERIFY(matchingComponents(diagram, matcher).isEmpty());
        for (const DiagramZone &zone : diagram.zones)
            QVERIFY(!matcher.matchesZone(zone.id));
    }

    void productsAndProtocols()
    {
        const Sample sample;
        const Diagram diagram = sample.diagram();
        DiagramFilter filter;
        filter.products = { sample.store->findProduct(u"NSX Advanced Load Balancer"_s)->id };
        filter.protocols = { Transport::Udp };
        const DiagramFilterMatcher matcher(diagram, filter);
        QCOMPARE(matchingEdges(diagram, matcher),
                 (QStringList { u"Avi Controller → Domain Name Server"_s,
                                u"Avi Controller → NTP Server"_s, u"Avi Controller → LDAP Server"_s,
                                u"Avi Service Engine → Avi Controller"_s }));
        // Flows only: a component matches through its flows, not its name.
        QVERIFY(!matcher.matchesComponent(sample.id(u"Harbor"_s)));
    }

    void zonesIncludeNestedZones()
    {
        const Sample sample;
        const Id shared = sample.store->findZone(u"Shared services"_s)->id;
        const Id nested = sample.store->addZone({ 0, u"Backup"_s, shared, {} });
        Component vault;
        vault.name = u"Backup Vault"_s;
        vault.zoneId = nested;
        QVERIFY(sample.store->addComponent(vault));

        const Diagram diagram = sample.diagram();
        DiagramFilter filter;
        filter.zones = { shared };
        const DiagramFilterMatcher matcher(diagram, filter);
        QVERIFY(matcher.matchesZone(shared));
        QVERIFY(matcher.matchesZone(nested));
        QVERIFY(matcher.matchesComponent(sample.id(u"Backup Vault"_s))); // by its zone
        QVERIFY(matcher.matchesComponent(sample.id(u"Harbor"_s)));
        // The other end of a flow into the zone is part of the picture.
        QVERIFY(matcher.matchesComponent(sample.id(u"Avi Controller"_s)));
        QVERIFY(!matcher.matchesComponent(sample.id(u"Tanzu Mission Control"_s)));
        QVERIFY(!matcher.matchesZone(sample.store->findZone(u"VMware SaaS"_s)->id));
        const QStringList edges = matchingEdges(diagram, matcher);
        QVERIFY(edges.contains(u"Avi Controller → Syslog"_s));
        QVERIFY(!edges.contains(u"Avi Controller → vCenter Server"_s));
    }

    void componentsBringTheirFlows()
    {
        const Sample sample;
        const Diagram diagram = sample.diagram();
        DiagramFilter filter;
        filter.components = { sample.id(u"Harbor"_s) };
        const DiagramFilterMatcher matcher(diagram, filter);
        const QStringList components = matchingComponents(diagram, matcher);
        QVERIFY(components.contains(u"Harbor"_s));
        for (const QString &edge : matchingEdges(diagram, matcher))
            QVERIFY2(edge.contains(u"Harbor"_s), qPrintable(edge));
        QVERIFY(!matchingEdges(diagram, matcher).isEmpty());
        QVERIFY(!components.contains(u"Tanzu Mission Control"_s));
        // Every component matched is Harbor or at the other end of one of its flows.
        for (const QString &name : components) {
            const bool neighbour = std::any_of(
                diagram.edges.cbegin(), diagram.edges.cend(), [&](const DiagramEdge &edge) {
                    const QString from = diagram.endName(edge.sourceId);
                    const QString to = diagram.endName(edge.targetId);
                    return (from == u"Harbor"_s && to == name)
                        || (to == u"Harbor"_s && from == name) || name == u"Harbor"_s;
                });
            QVERIFY2(neighbour, qPrintable(name));
        }
    }

    // A diagram of a selection draws only what it selects: a zone with all
    // its components (a flowless one too) and what talks to them.
    void diagramDrawsOnlyTheSelection()
    {
        const Sample sample;
        const Id shared = sample.store->findZone(u"Shared services"_s)->id;
        Component vault;
        vault.name = u"Backup Vault"_s;
        vault.zoneId = shared;
        QVERIFY(sample.store->addComponent(vault));
        const ProjectSnapshot project = Testing::readSnapshot(*sample.store);
        DiagramOptions options;
        options.selection.zones = { shared };
        const Diagram diagram = assembleDiagram(project, options, LayoutResult());
        QStringList names;
        for (const DiagramComponent &component : diagram.components)
            names << component.name;
        QVERIFY(names.contains(u"Backup Vault"_s));
        QVERIFY(names.contains(u"Harbor"_s));
        QVERIFY(names.contains(u"Avi Controller"_s));
        QVERIFY(!names.contains(u"Tanzu Mission Control"_s));
        QVERIFY(names.size() < project.components.size());

        options.selection = {};
        options.selection.protocols = { Transport::Udp };
        const Diagram udp = assembleDiagram(project, options, LayoutResult());
        QVERIFY(!udp.edges.isEmpty());
        for (const DiagramEdge &edge : udp.edges) {
            for (const Id flow : edge.flowIds)
                QCOMPARE(project.flow(flow)->protocol, Transport::Udp);
        }
        QVERIFY(
            std::none_of(udp.components.cbegin(), udp.components.cend(),
                         [](const DiagramComponent &c) { return c.name == u"Backup Vault"_s; }));
    }

    void componentsMatchByThemselves()
    {
        const Sample sample;
        Component spare;
        spare.name = u"Spare Jump Host"_s;
        spare.zoneId = sample.store->findZone(u"Admin clients"_s)->id;
        QVERIFY(sample.store->addComponent(spare));
        const Diagram diagram = sample.diagram();

        const DiagramFilterMatcher byName(diagram, textFilter(u"jump"_s));
        QCOMPARE(matchingComponents(diagram, byName), QStringList { u"Spare Jump Host"_s });
        QVERIFY(matchingEdges(diagram, byName).isEmpty());
        QVERIFY(byName.matchesZone(spare.zoneId));

        const DiagramFilterMatcher byZoneName(diagram, textFilter(u"admin clients"_s));
        QVERIFY(matchingComponents(diagram, byZoneName).contains(u"Spare Jump Host"_s));

        const DiagramFilterMatcher byPort(diagram, textFilter(u"443"_s));
        QVERIFY(!matchingComponents(diagram, byPort).contains(u"Spare Jump Host"_s));
    }

    void componentsMatchByTheirAddresses()
    {
        const Sample sample;
        const Id lab = sample.store->addEnvironment({ 0, u"Lab"_s });
        const Id prod = sample.store->addEnvironment({ 0, u"Prod"_s });
        QVERIFY(sample.store->addAddress(
            { 0, lab, sample.id(u"Harbor"_s), u"ipv4"_s, u"10.0.20.5"_s }));
        QVERIFY(sample.store->addAddress(
            { 0, prod, sample.id(u"Syslog"_s), u"ipv4"_s, u"10.9.20.5"_s }));
        const ProjectSnapshot project = Testing::readSnapshot(*sample.store);
        DiagramOptions options;
        options.environment = lab; // addresses need not be drawn to be found
        const Diagram inLab = assembleDiagram(project, options, LayoutResult());
        QCOMPARE(matchingComponents(inLab, DiagramFilterMatcher(inLab, textFilter(u"10.0.20"_s))),
                 QStringList { u"Harbor"_s });
        QVERIFY(matchingComponents(inLab, DiagramFilterMatcher(inLab, textFilter(u"10.9.20"_s)))
                    .isEmpty()); // Prod's
        const Diagram without = sample.diagram();
        QVERIFY(matchingComponents(without, DiagramFilterMatcher(without, textFilter(u"10.0.20"_s)))
                    .isEmpty());
    }
};

QTEST_MAIN(TestDiagramFilter)
#include "tst_diagramfilter.moc"
