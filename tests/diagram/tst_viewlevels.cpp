// A view's levels on the TKO sample: the zone overview (every top-level
// zone one node, one edge per pair of zones with their flows counted and
// their ports summed up, flows within a zone left out, nested zones inside
// their top-level one), a zone collapsed in place, and a focus on one
// component one or two flows away. Counted from the sample's flows, not
// from the code under test.

#include "diagram/collapsedzones.h"
#include "diagram/diagram.h"
#include "diagram/drawingkeeper.h"
#include "diagram/drawingstate.h"
#include "diagram/viewproject.h"
#include "layout/matrixlayout.h"
#include "project/sample.h"
#include "project/snapshot.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QTest>

using namespace Portolan;
using namespace Qt::StringLiterals;

class TestViewLevels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectStore> m_store;
    ProjectSnapshot m_project;

    Id component(const QString &name) const { return m_store->findComponent(name)->id; }
    Id zone(const QString &name) const { return m_store->findZone(name)->id; }

    // The top-level zone a component lies in, by walking up the zones.
    Id topZoneOf(Id componentId) const
    {
        Id zoneId = m_project.component(componentId)->zoneId;
        while (zoneId && m_project.zone(zoneId)->parentId)
            zoneId = m_project.zone(zoneId)->parentId;
        return zoneId;
    }

    static Diagram draw(const ProjectSnapshot &project)
    {
        // The content needs no geometry: an empty layout will do.
        return assembleDiagram(project, {}, LayoutResult());
    }

private slots:
    void init()
    {
        QString error;
        m_store = ProjectStore::createInMemory(&error);
        QVERIFY(m_store && loadSample(*m_store, u"tko"_s, &error));
        m_project = Testing::readSnapshot(*m_store);
    }

    void overviewHasOneNodePerZoneAndOneEdgePerPair()
    {
        // A zone nested in Shared services: its components count there.
        Zone dns { 0, u"Name services"_s, zone(u"Shared services"_s), {} };
        dns.id = m_store->addZone(dns);
        QVERIFY(dns.id);
        Component named = *m_store->component(component(u"DNS Server"_s));
        named.zoneId = dns.id;
        QVERIFY(m_store->updateComponent(named));
        m_project = Testing::readSnapshot(*m_store);

        const Id id = m_store->addView({ 0, u"Overview"_s, 0, ViewLevel::Zones, {}, false });
        QVERIFY(id);
        m_project = Testing::readSnapshot(*m_store);
        const Diagram diagram = draw(viewProject(m_project, id));

        // What to expect, from the flows: pairs of different top-level zones.
        QHash<QPair<Id, Id>, int> flowsBetween;
        QHash<Id, int> held;
        for (const Component &c : std::as_const(m_project.components))
            ++held[topZoneOf(c.id)];
        for (const Flow &flow : std::as_const(m_project.flows)) {
            const Id from = topZoneOf(flow.sourceId);
            const Id to = topZoneOf(flow.destinationId);
            if (from != to)
                ++flowsBetween[{ from, to }];
        }
        QVERIFY(flowsBetween.size() > 3);
        QVERIFY(!held.contains(0)); // every sample component has a zone

        QCOMPARE(diagram.zones.size(), 0); // the zones are the nodes
        QCOMPARE(diagram.components.size(), held.size());
        for (const DiagramComponent &node : diagram.components) {
            QVERIFY(isZoneNode(node.id));
            const Id zoneId = zoneOfNode(node.id);
            QCOMPARE(m_project.zone(zoneId)->parentId, Id(0));
            QCOMPARE(node.name, m_project.zoneName(zoneId));
            const int count = held.value(zoneId);
            QCOMPARE(node.addressLines,
                     QStringList(count == 1 ? u"1 component"_s : u"%1 components"_s.arg(count)));
        }
        QCOMPARE(diagram.components.size(), 6);
        QCOMPARE(held.value(zone(u"Shared services"_s)), 9); // the nested DNS Server too

        QCOMPARE(diagram.edges.size(), flowsBetween.size());
        for (const DiagramEdge &edge : diagram.edges) {
            const QPair<Id, Id> pair { zoneOfNode(edge.sourceId), zoneOfNode(edge.targetId) };
            const int count = flowsBetween.value(pair);
            QCOMPARE(edge.flowIds.size(), count);
            const QString prefix = count == 1 ? u"1 flow · "_s : u"%1 flows · "_s.arg(count);
            QVERIFY2(edge.label.startsWith(prefix), qPrintable(edge.label));
            for (const Id flowId : edge.flowIds) {
                const Flow *flow = m_project.flow(flowId);
                QCOMPARE(topZoneOf(flow->sourceId), pair.first);
                QCOMPARE(topZoneOf(flow->destinationId), pair.second);
            }
        }
        // Admin clients → NSX ALB: TCP 22, 80 and 443, three flows.
        const auto adminToAlb
            = std::find_if(diagram.edges.cbegin(), diagram.edges.cend(), [&](const DiagramEdge &e) {
                  return e.sourceId == zoneNodeId(zone(u"Admin clients"_s))
                      && e.targetId == zoneNodeId(zone(u"NSX Advanced Load Balancer"_s));
              });
        QVERIFY(adminToAlb != diagram.edges.cend());
        QCOMPARE(adminToAlb->label, u"3 flows · TCP 22, 80, 443"_s);

        // Nothing of the legend speaks of the zones' stand-in kind.
        for (const DiagramComponent &node : diagram.components)
            QCOMPARE(node.kind, ComponentKind::Any);
    }

    void componentsInNoZoneShareOneNodeWhenMany()
    {
        // Six components leave their zones: more than the threshold.
        const QStringList names { u"DNS Server"_s, u"NTP Server"_s,  u"Syslog"_s,
                                  u"Harbor"_s,     u"LDAP Server"_s, u"DHCP Server"_s };
        QCOMPARE(names.size(), noZoneNodeThreshold + 1);
        QSet<Id> unzoned;
        for (const QString &name : names) {
            Component c = *m_store->component(component(name));
            c.zoneId = 0;
            QVERIFY(m_store->updateComponent(c));
            unzoned.insert(c.id);
        }
        const Id id = m_store->addView({ 0, u"Overview"_s, 0, ViewLevel::Zones, {}, false });
        m_project = Testing::readSnapshot(*m_store);
        Diagram diagram = draw(viewProject(m_project, id));
        const auto node
            = std::find_if(diagram.components.cbegin(), diagram.components.cend(),
                           [](const DiagramComponent &c) { return c.id == noZoneNodeId; });
        QVERIFY(node != diagram.components.cend());
        QCOMPARE(node->name, u"No zone"_s);
        QCOMPARE(node->addressLines, QStringList { u"6 components"_s });
        QCOMPARE(zoneOfNode(node->id), Id(0));
        // Every flow of theirs that leaves the group ends at the node.
        int expected = 0;
        for (const Flow &flow : std::as_const(m_project.flows)) {
            const bool from = unzoned.contains(flow.sourceId);
            const bool to = unzoned.contains(flow.destinationId);
            if (from != to)
                ++expected;
        }
        int drawn = 0;
        for (const DiagramEdge &edge : std::as_const(diagram.edges)) {
            if (edge.sourceId == noZoneNodeId || edge.targetId == noZoneNodeId)
                drawn += int(edge.flowIds.size());
        }
        QVERIFY(expected > 0);
        QCOMPARE(drawn, expected);

        // One of them back in a zone: five are drawn as themselves.
        Component back = *m_store->component(component(names.first()));
        back.zoneId = zone(u"Shared services"_s);
        QVERIFY(m_store->updateComponent(back));
        m_project = Testing::readSnapshot(*m_store);
        diagram = draw(viewProject(m_project, id));
        int themselves = 0;
        for (const DiagramComponent &c : std::as_const(diagram.components)) {
            QVERIFY(c.id != noZoneNodeId);
            themselves += isZoneNode(c.id) ? 0 : 1;
        }
        QCOMPARE(themselves, noZoneNodeThreshold);
    }

    void denseOverviewIsAMatrixKeptWhole()
    {
        // 22 zones of two components each, flows between six in seven of
        // the ordered pairs of zones: too many edges for any other drawing.
        QList<Id> first;
        for (int z = 0; z < 22; ++z) {
            const Id zoneId = m_store->addZone({ 0, u"Dense %1"_s.arg(z), 0, {} });
            QVERIFY(zoneId);
            first << m_store->addComponent(
                { 0, u"Dense host %1a"_s.arg(z), ComponentKind::Host, zoneId, {}, {}, false });
            QVERIFY(m_store->addComponent(
                { 0, u"Dense host %1b"_s.arg(z), ComponentKind::Host, zoneId, {}, {}, false }));
        }
        const auto link = [&](int from, int to, quint16 port) {
            Flow flow;
            flow.sourceId = first[from];
            flow.destinationId = first[to];
            flow.ports = PortSet::single(port);
            QVERIFY(m_store->addFlow(flow));
        };
        for (int s = 0; s < first.size(); ++s) {
            for (int t = 0; t < first.size(); ++t) {
                if (s != t && (s + 2 * t) % 7 != 0)
                    link(s, t, 443);
            }
        }
        const Id id = m_store->addView({ 0, u"Overview"_s, 0, ViewLevel::Zones, {}, false });
        m_project = Testing::readSnapshot(*m_store);
        ProjectSnapshot overview = viewProject(m_project, id);
        const LayoutRequest request = diagramLayoutRequest(overview, {});
        QVERIFY(prefersMatrixLayout(request));
        for (const LayoutNode &node : request.nodes)
            QCOMPARE(node.widens, isZoneNode(node.key.mid(1).toLongLong()));

        // Stored as drawn (zone nodes wider than their text), it is kept.
        QHash<QString, DrawnItem> drawing;
        for (const DrawnItem &item : drawnItems(matrixLayout(request)))
            drawing.insert(item.key, item);
        QVERIFY(coversRequest(drawing, request));
        overview.drawing = drawing;
        QVERIFY(keptDrawing(overview).isEmpty());

        // A flow between two zones that had none is drawn by making the
        // matrix again: the same drawing as a fresh one.
        link(1, 3, 22);
        m_project = Testing::readSnapshot(*m_store);
        ProjectSnapshot changed = viewProject(m_project, id);
        changed.drawing = drawing;
        for (const DrawnChange &change : keptDrawing(changed)) {
            if (change.after)
                drawing.insert(change.key, *change.after);
            else
                drawing.remove(change.key);
        }
        const LayoutRequest changedRequest = diagramLayoutRequest(changed, {});
        QCOMPARE(changedRequest.edges.size(), request.edges.size() + 1);
        QHash<QString, DrawnItem> fresh;
        for (const DrawnItem &item : drawnItems(matrixLayout(changedRequest)))
            fresh.insert(item.key, item);
        QCOMPARE(drawing.size(), fresh.size());
        QCOMPARE(drawing, fresh);
        QCOMPARE(fresh.size(), request.nodes.size() + request.edges.size() + 1);
    }

    void collapsedZoneKeepsTheRest()
    {
        const Id shared = zone(u"Shared services"_s);
        const ProjectSnapshot collapsed = collapseZones(m_project, { shared });
        const Diagram diagram = draw(collapsed);
        QVERIFY(!collapsed.component(component(u"Syslog"_s)));
        QVERIFY(collapsed.component(component(u"Avi Controller"_s)));
        QVERIFY(collapsed.component(zoneNodeId(shared)));
        QCOMPARE(int(collapsed.components.size()), int(m_project.components.size()) - 9 + 1);
        // Avi Controller → Shared services: its five flows there, as one edge.
        int fromAvi = 0;
        for (const Flow &flow : std::as_const(m_project.flows)) {
            if (flow.sourceId == component(u"Avi Controller"_s)
                && m_project.component(flow.destinationId)->zoneId == shared)
                ++fromAvi;
        }
        QCOMPARE(fromAvi, 5);
        const auto edge
            = std::find_if(diagram.edges.cbegin(), diagram.edges.cend(), [&](const DiagramEdge &e) {
                  return e.sourceId == component(u"Avi Controller"_s)
                      && e.targetId == zoneNodeId(shared);
              });
        QVERIFY(edge != diagram.edges.cend());
        QCOMPARE(edge->flowIds.size(), fromAvi);
        QVERIFY2(edge->label.startsWith(u"5 flows · "_s), qPrintable(edge->label));
        // The other zones stay frames.
        QVERIFY(
            std::any_of(diagram.zones.cbegin(), diagram.zones.cend(), [&](const DiagramZone &z) {
                return z.id == zone(u"NSX Advanced Load Balancer"_s);
            }));
        QVERIFY(std::none_of(diagram.zones.cbegin(), diagram.zones.cend(),
                             [&](const DiagramZone &z) { return z.id == shared; }));
    }

    void focusReachesOneOrTwoFlowsAway()
    {
        const Id avi = component(u"Avi Controller"_s);
        QSet<Id> neighbours { avi };
        for (const Flow &flow : std::as_const(m_project.flows)) {
            if (flow.sourceId == avi)
                neighbours.insert(flow.destinationId);
            if (flow.destinationId == avi)
                neighbours.insert(flow.sourceId);
        }
        QSet<Id> twoAway = neighbours;
        for (const Flow &flow : std::as_const(m_project.flows)) {
            if (neighbours.contains(flow.sourceId))
                twoAway.insert(flow.destinationId);
            if (neighbours.contains(flow.destinationId))
                twoAway.insert(flow.sourceId);
        }
        QVERIFY(neighbours.size() > 3 && twoAway.size() > neighbours.size());

        const auto shown = [&](int hops) {
            QSet<Id> ids;
            for (const Component &c :
                 viewProject(m_project, focusView(m_project, { avi }, hops)).components)
                ids.insert(c.id);
            return ids;
        };
        QCOMPARE(shown(1), neighbours);
        QCOMPARE(shown(2), twoAway);
        // One hop: only Avi Controller's own flows.
        for (const Flow &flow : viewProject(m_project, focusView(m_project, { avi }, 1)).flows)
            QVERIFY(flow.sourceId == avi || flow.destinationId == avi);
    }
};

QTEST_MAIN(TestViewLevels)
#include "tst_viewlevels.moc"
