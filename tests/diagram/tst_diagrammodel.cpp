// The diagram model: what is asked of the layout (keys, sizes, pins,
// hints), how its geometry becomes a Diagram, and what renderDiagram draws
// (ids, order, titles, colours, legend, text inside boxes).

#include "diagram/diagram.h"
#include "diagram/diagramchoice.h"
#include "diagram/diagramstyle.h"
#include "diagram/diagramtext.h"
#include "diagram/layouthints.h"
#include "diagram/zonegrouping.h"
#include "layout/layoutservice.h"
#include "project/sample.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QFontMetricsF>
#include <QTest>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

// A small project: nested zones, an empty zone, a component without zone,
// one without flows, an edge carrying two products and a self-loop.
struct Fixture
{
    std::unique_ptr<ProjectStore> store;
    Id p1 = 0, p2 = 0;
    Id outer = 0, inner = 0, empty = 0, other = 0;
    Id a = 0, b = 0, c = 0, d = 0, lonely = 0;

    Fixture()
    {
        QString error;
        store = ProjectStore::createInMemory(&error);
        p1 = store->addProduct({ 0, u"Alpha"_s, u"#112233"_s });
        p2 = store->addProduct({ 0, u"Beta"_s, QString() });
        outer = store->addZone({ 0, u"Outer"_s, 0, {} });
        inner = store->addZone({ 0, u"Inner"_s, outer, {} });
        empty = store->addZone({ 0, u"Empty"_s, 0, {} });
        other = store->addZone({ 0, u"Other"_s, 0, {} });
        a = addComponent(u"Alpha Controller"_s, ComponentKind::Appliance, outer);
        b = addComponent(u"Beta Cluster With A Really Long Name Indeed"_s, ComponentKind::Cluster,
                         inner);
        c = addComponent(u"Gamma"_s, ComponentKind::Saas, other);
        d = addComponent(u"Delta"_s, ComponentKind::Host, 0);
        lonely = addComponent(u"Lonely"_s, ComponentKind::Service, other);
        addFlow(p1, a, b, Transport::Tcp, u"443"_s, u"API"_s);
        addFlow(p2, a, b, Transport::Udp, u"53"_s, u"DNS"_s);
        addFlow(p1, b, c, Transport::Tcp, u"6443"_s, u"Kubernetes"_s);
        addFlow(p2, c, a, Transport::Tcp, u"22"_s, u"ssh"_s);
        addFlow(p1, d, d, Transport::Tcp, u"9001"_s, u"Object store"_s);
    }

    Id addComponent(const QString &name, ComponentKind kind, Id zone)
    {
        Component component;
        component.name = name;
        component.kind = kind;
        component.zoneId = zone;
        return store->addComponent(component);
    }

    void addFlow(Id product, Id source, Id target, Transport protocol, const QString &ports,
                 const QString &purpose)
    {
        Flow flow;
        flow.productId = product;
        flow.sourceId = source;
        flow.destinationId = target;
        flow.protocol = protocol;
        flow.ports = PortSet::parse(ports).value();
        flow.purpose = purpose;
        store->addFlow(flow);
    }

    ProjectSnapshot project() const { return Testing::readSnapshot(*store); }
};

// Geometry made by hand: nodes in a row, clusters round their members,
// straight edges, labels at their middles. Enough to check what assembly
// and rendering do with geometry, independent of any layout engine.
LayoutResult handLayout(const LayoutRequest &request)
{
    LayoutResult result;
    QHash<QString, QRectF> boxes;
    qreal x = 0;
    for (const LayoutNode &node : request.nodes) {
        const QRectF box(QPointF(x, 100), node.size);
        boxes.insert(node.key, box);
        result.nodes.append({ node.key, box });
        x += node.size.width() + 200;
    }
    for (auto it = request.clusters.crbegin(); it != request.clusters.crend(); ++it) {
        QRectF box;
        for (const LayoutNode &node : request.nodes) {
            if (node.cluster == it->key)
                box |= boxes.value(node.key).marginsAdded(QMarginsF(12, 30, 12, 12));
        }
        for (const LayoutCluster &child : request.clusters) {
            if (child.parent == it->key)
                box |= boxes.value(child.key).marginsAdded(QMarginsF(12, 30, 12, 12));
        }
        boxes.insert(it->key, box);
        result.clusters.append({ it->key, box, QRectF(box.topLeft(), it->labelSize) });
    }
    for (const LayoutEdge &edge : request.edges) {
        const QPointF from = boxes.value(edge.source).center();
        const QPointF to = boxes.value(edge.target).center() + QPointF(0, 60);
        result.edges.append({ edge.key,
                              { from, from + (to - from) / 3, from + (to - from) * 2 / 3, to },
                              to + QPointF(0, 8),
                              QRectF((from + to) / 2 + QPointF(0, 300), edge.labelSize) });
    }
    for (const NodeGeometry &node : result.nodes)
        result.bounds |= node.box;
    for (const ClusterGeometry &cluster : result.clusters)
        result.bounds |= cluster.box;
    for (const EdgeGeometry &edge : result.edges)
        result.bounds |= edge.labelBox;
    return result;
}

const DisplayElement *findElement(const DisplayList &list, const QString &id)
{
    for (const DisplayElement &element : list.elements) {
        if (element.id == id)
            return &element;
    }
    return nullptr;
}

QString drawnText(const DisplayElement &element)
{
    QStringList lines;
    for (const Primitive &primitive : element.primitives) {
        if (primitive.kind == Primitive::Kind::Text)
            lines << primitive.text;
    }
    return lines.join(u'\n');
}

} // namespace

class TestDiagramModel : public QObject
{
    Q_OBJECT

private slots:
    void requestAsksForWhatIsDrawn()
    {
        const Fixture f;
        const LayoutRequest request = diagramLayoutRequest(f.project(), {});
        QStringList nodes;
        for (const LayoutNode &node : request.nodes) {
            nodes << node.key;
            QCOMPARE(node.size,
                     DiagramStyle::componentSize(
                         f.project().componentName(node.key.mid(1).toLongLong())));
        }
        QCOMPARE(nodes,
                 (QStringList { u"c%1"_s.arg(f.a), u"c%1"_s.arg(f.b), u"c%1"_s.arg(f.c),
                                u"c%1"_s.arg(f.d), u"c%1"_s.arg(f.lonely) }));
        QCOMPARE(request.nodes.at(1).cluster, u"z%1"_s.arg(f.inner));
        QVERIFY(request.nodes.at(3).cluster.isEmpty());

        // The empty zone is left out; parents come before their children.
        QCOMPARE(request.clusters.size(), 3);
        QCOMPARE(request.clusters.at(0).key, u"z%1"_s.arg(f.outer));
        QCOMPARE(request.clusters.at(1).key, u"z%1"_s.arg(f.inner));
        QCOMPARE(request.clusters.at(1).parent, u"z%1"_s.arg(f.outer));
        QCOMPARE(request.clusters.at(2).key, u"z%1"_s.arg(f.other));
        QCOMPARE(request.clusters.at(0).labelSize, DiagramStyle::zoneTitleSize(u"Outer"_s));

        // One edge per (source, destination), labelled with all its services.
        QStringList edges;
        for (const LayoutEdge &edge : request.edges) {
            edges << edge.key;
            QVERIFY(!edge.labelSize.isEmpty());
        }
        const auto key = [](Id from, Id to) { return u"ec%1>c%2"_s.arg(from).arg(to); };
        QCOMPARE(edges,
                 (QStringList { key(f.a, f.b), key(f.b, f.c), key(f.c, f.a), key(f.d, f.d) }));
        QCOMPARE(request.edges.at(0).source, u"c%1"_s.arg(f.a));
        QCOMPARE(request.edges.at(0).labelSize, DiagramStyle::labelSize(u"TCP 443 · UDP 53"_s));
    }

    void longNamesWrap()
    {
        const QStringList lines
            = DiagramStyle::componentLines(u"Beta Cluster With A Really Long Name Indeed"_s);
        QVERIFY(lines.size() > 1 && lines.size() <= DiagramStyle::componentMaxLines);
        const QSizeF oneLine = DiagramStyle::componentSize(u"Gamma"_s);
        const QSizeF wrapped
            = DiagramStyle::componentSize(u"Beta Cluster With A Really Long Name Indeed"_s);
        QVERIFY(wrapped.height() > oneLine.height());
        QVERIFY(wrapped.width() <= DiagramStyle::componentPadding.left()
                    + DiagramStyle::componentIconSize + DiagramStyle::componentIconGap
                    + DiagramStyle::componentTextWidth + DiagramStyle::componentPadding.right()
                    + 1);
    }

    void productOptionNarrowsEverything()
    {
        const Fixture f;
        DiagramOptions options;
        options.selection.products = { f.p2 };
        const LayoutRequest request = diagramLayoutRequest(f.project(), options);
        QCOMPARE(request.nodes.size(), 3); // a, b, c: the ends of Beta's flows
        QCOMPARE(request.edges.size(), 2);
        QCOMPARE(request.edges.at(0).labelSize, DiagramStyle::labelSize(u"UDP 53"_s));
        QCOMPARE(request.clusters.size(), 3); // outer (holds inner), inner, other
    }

    void placedComponentsArePinned()
    {
        const Fixture f;
        Component a = *f.store->component(f.a);
        a.position = QPointF(10, 20);
        a.pinned = true;
        QVERIFY(f.store->updateComponent(a));
        Component b = *f.store->component(f.b);
        b.position = QPointF(300, 40);
        QVERIFY(f.store->updateComponent(b));

        // Where the user put a component is kept; every other position is
        // in the stored drawing, not in the request.
        const LayoutRequest request = diagramLayoutRequest(f.project(), {});
        QCOMPARE(request.nodes.at(0).pinned, std::optional<QPointF>(QPointF(10, 20)));
        QVERIFY(!request.nodes.at(0).hint);
        QVERIFY(!request.nodes.at(1).hint && !request.nodes.at(1).pinned);
        QVERIFY(!request.nodes.at(2).hint && !request.nodes.at(2).pinned);
    }

    void previousLayoutGivesHints()
    {
        const Fixture f;
        const ProjectSnapshot project = f.project();
        LayoutRequest request = diagramLayoutRequest(project, {});
        const Diagram previous = assembleDiagram(project, {}, handLayout(request));
        request.nodes[0].pinned = QPointF(-50, -50);
        applyLayoutHints(request, previous);
        QVERIFY(!request.nodes.at(0).hint); // pinned wins
        for (qsizetype i = 1; i < request.nodes.size(); ++i)
            QCOMPARE(*request.nodes.at(i).hint, previous.components.at(i).box.center());
    }

    // Given its request, assembly finds each geometry by position first:
    // the same diagram as by key, with the layout in the request's order,
    // out of it, and short of a node and an edge.
    void assemblyFindsGeometryInAnyOrder()
    {
        const Fixture f;
        const ProjectSnapshot project = f.project();
        const DiagramContent content = DiagramContent::select(project, {});
        const LayoutRequest request = contentLayoutRequest(project, content);
        const LayoutResult layout = handLayout(request); // clusters innermost first
        QVERIFY(layout.nodes.size() > 2 && layout.edges.size() > 2);
        LayoutResult reversed = layout;
        std::reverse(reversed.nodes.begin(), reversed.nodes.end());
        std::reverse(reversed.edges.begin(), reversed.edges.end());
        LayoutResult lacking = layout;
        lacking.nodes.removeAt(1);
        lacking.edges.removeAt(0);
        for (const LayoutResult &given : { layout, reversed, lacking }) {
            const Diagram byKey = assembleContent(project, {}, content, given);
            const Diagram inOrder = assembleContent(project, {}, content, given, &request);
            QCOMPARE(inOrder.components, byKey.components);
            QCOMPARE(inOrder.zones, byKey.zones);
            QCOMPARE(inOrder.edges, byKey.edges);
            QCOMPARE(inOrder.bounds, byKey.bounds);
        }
        // Not the content's request: keys are made as without one.
        LayoutRequest other = request;
        other.nodes.removeLast();
        QCOMPARE(assembleContent(project, {}, content, layout, &other).components,
                 assembleContent(project, {}, content, layout).components);
        const Diagram lackingOne = assembleContent(project, {}, content, lacking, &request);
        QCOMPARE(lackingOne.components.at(1).box.top(), layout.bounds.bottom() + 24);
    }

    void assemblyTakesTheGeometry()
    {
        const Fixture f;
        const ProjectSnapshot project = f.project();
        const LayoutRequest request = diagramLayoutRequest(project, {});
        const LayoutResult layout = handLayout(request);
        const Diagram diagram = assembleDiagram(project, {}, layout);

        QCOMPARE(diagram.components.size(), 5);
        QCOMPARE(diagram.component(f.b)->box, layout.nodes.at(1).box);
        QCOMPARE(diagram.component(f.b)->zoneId, f.inner);
        QVERIFY(!diagram.component(12345));
        QCOMPARE(diagram.zones.size(), 3);
        QCOMPARE(diagram.zones.at(1).depth, 1);
        QVERIFY(diagram.zones.at(0).box.contains(diagram.zones.at(1).box));
        QVERIFY(diagram.bounds.contains(layout.bounds));

        const DiagramEdge &ab = diagram.edges.at(0);
        QCOMPARE(ab.flowIds.size(), 2);
        QCOMPARE(ab.productIds, (QList<Id> { f.p1, f.p2 }));
        QCOMPARE(ab.label, u"TCP 443 · UDP 53"_s);
        QCOMPARE(ab.path, layout.edges.at(0).path);
        QCOMPARE(ab.labelBox, layout.edges.at(0).labelBox);
        QCOMPARE(ab.tooltip,
                 u"Alpha Controller → Beta Cluster With A Really Long Name Indeed\n"
                 u"Alpha · TCP 443 · API\nBeta · UDP 53 · DNS"_s);

        const QString tooltip = diagram.component(f.a)->tooltip;
        QVERIFY2(tooltip.startsWith(u"Alpha Controller\nAppliance · Outer\n"_s),
                 qPrintable(tooltip));
        QVERIFY(tooltip.contains(u"→ Beta Cluster With A Really Long Name Indeed · Alpha · "
                                 u"TCP 443 · API"_s));
        QVERIFY(tooltip.contains(u"← Gamma · Beta · TCP 22 · ssh"_s));
        QCOMPARE(tooltip.count(u'\n'), 4);
    }

    // The window assembles without tooltips and works one out when shown:
    // the same words, the environment's addresses included.
    void tooltipsCanBeLeftForLater()
    {
        Fixture f;
        const Id lab = f.store->addEnvironment({ 0, u"Lab"_s });
        QVERIFY(lab);
        QVERIFY(f.store->addAddress({ 0, lab, f.a, u"ipv4"_s, u"10.0.1.5"_s }));
        const ProjectSnapshot project = f.project();
        DiagramOptions options;
        options.environment = lab;
        const LayoutResult layout = handLayout(diagramLayoutRequest(project, options));
        const Diagram told = assembleDiagram(project, options, layout);
        options.tooltips = false;
        const Diagram untold = assembleDiagram(project, options, layout);

        const DiagramTooltips later(untold);
        QCOMPARE(untold.components.size(), told.components.size());
        for (qsizetype i = 0; i < told.components.size(); ++i) {
            QVERIFY(untold.components.at(i).tooltip.isEmpty());
            QCOMPARE(later.component(told.components.at(i).id), told.components.at(i).tooltip);
        }
        QVERIFY(told.component(f.a)->tooltip.contains(u"\nLab: 10.0.1.5\n"_s));
        QVERIFY(told.component(f.b)->tooltip.contains(u"\nLab: no address\n"_s));
        QCOMPARE(untold.edges.size(), told.edges.size());
        for (qsizetype i = 0; i < told.edges.size(); ++i) {
            const DiagramEdge &edge = told.edges.at(i);
            QVERIFY(untold.edges.at(i).tooltip.isEmpty());
            QCOMPARE(later.edge(edge.sourceId, edge.targetId), edge.tooltip);
        }
        QVERIFY(later.component(12345).isEmpty());
        QVERIFY(later.edge(f.a, f.d).isEmpty());

        Diagram filled = untold;
        fillTooltips(filled);
        QCOMPARE(filled.components, told.components);
        QCOMPARE(filled.edges, told.edges);
    }

    // What a diagram shows is chosen once for the very same lists (the
    // drawing keeper's choice, then the window's), and afresh for any other.
    void aChoiceIsKeptOnlyForTheSameLists()
    {
        Fixture f;
        const Id lab = f.store->addEnvironment({ 0, u"Lab"_s });
        QVERIFY(f.store->addAddress({ 0, lab, f.a, u"ipv4"_s, u"10.0.1.5"_s }));
        const ProjectSnapshot before = f.project();
        const auto fresh = [](const ProjectSnapshot &project, const DiagramOptions &options) {
            const DiagramContent content = DiagramContent::select(project, options);
            return std::pair(content, contentLayoutRequest(project, content));
        };
        const auto same = [&fresh](const ProjectSnapshot &project, const DiagramOptions &options) {
            const DiagramChoice choice = chooseDiagram(project, options);
            const auto [content, request] = fresh(project, options);
            const auto labels = [](const DiagramContent &c) {
                QStringList all;
                for (const DiagramContent::Pair &pair : c.pairs)
                    all << u"%1>%2 %3"_s.arg(pair.source).arg(pair.target).arg(pair.label);
                return all;
            };
            const auto keys = [](const LayoutRequest &r) {
                QStringList all;
                for (const LayoutNode &node : r.nodes)
                    all << node.key + u' ' + QString::number(node.size.width());
                for (const LayoutEdge &edge : r.edges)
                    all << edge.key + u' ' + QString::number(edge.labelSize.width());
                return all;
            };
            return choice.content.components == content.components
                && choice.content.flows == content.flows
                && labels(choice.content) == labels(content)
                && choice.content.environment == content.environment
                && choice.content.addresses == content.addresses
                && keys(choice.request) == keys(request);
        };
        QVERIFY(same(before, {}));
        QVERIFY(same(before, {})); // kept

        // A flow added: a new list, a new choice.
        ProjectSnapshot added = before;
        Flow flow;
        flow.id = 999;
        flow.sourceId = f.d;
        flow.destinationId = f.c;
        flow.ports = PortSet::single(4242);
        ProjectSnapshot::Edit edit;
        edit.flows = { flow };
        added.apply(edit);
        QCOMPARE(chooseDiagram(added, {}).content.flows.size(), before.flows.size() + 1);
        QVERIFY(same(added, {}));
        // A name changed in place: the list leaves the kept copy's data.
        ProjectSnapshot renamed = added;
        renamed.components[0].name = u"Renamed"_s;
        QCOMPARE(chooseDiagram(renamed, {}).content.components.constFirst().name, u"Renamed"_s);
        QVERIFY(same(renamed, {}));
        // The environment is the options', kept choice or not.
        DiagramOptions inLab;
        inLab.environment = lab;
        QVERIFY(chooseDiagram(renamed, inLab).content.environment);
        QVERIFY(same(renamed, inLab));
        QVERIFY(!chooseDiagram(renamed, {}).content.environment);
        QVERIFY(same(renamed, {}));
        // Settings and selections are part of the choice too.
        ProjectSnapshot ungrouped = renamed;
        ungrouped.drawingSettings.groupByZone = !renamed.drawingSettings.groupByZone;
        QVERIFY(same(ungrouped, {}));
        // A flow's ports changed: its edge's label with them (the others'
        // are the earlier choice's).
        ProjectSnapshot widened = ungrouped;
        widened.flows[0].ports = PortSet::single(8443);
        QVERIFY(same(widened, {}));
        QVERIFY(chooseDiagram(widened, {}).content.pairs.constFirst().label.contains(u"8443"_s));
        DiagramOptions alpha;
        alpha.selection.products = { f.p1 };
        QVERIFY(same(widened, alpha));
        QVERIFY(same(before, {}));
    }

    void missingGeometryIsStillDrawn()
    {
        const Fixture f;
        const ProjectSnapshot project = f.project();
        LayoutResult layout = handLayout(diagramLayoutRequest(project, {}));
        layout.error = u"engine crashed"_s;
        layout.nodes.removeLast(); // lonely
        layout.edges.removeFirst(); // a → b
        layout.edges.removeLast(); // d → d
        const Diagram diagram = assembleDiagram(project, {}, layout);
        QCOMPARE(diagram.layoutError, u"engine crashed"_s);
        const DiagramComponent *lonely = diagram.component(f.lonely);
        QVERIFY(!lonely->box.isEmpty());
        QVERIFY(lonely->box.top() > layout.bounds.bottom());
        for (const DiagramEdge &edge : diagram.edges) {
            QVERIFY(edge.path.size() >= 4);
            QVERIFY(!edge.labelBox.isEmpty());
        }
        const DiagramEdge &ab = diagram.edges.at(0);
        const QRectF aBox = diagram.component(f.a)->box, bBox = diagram.component(f.b)->box;
        QVERIFY(aBox.adjusted(-1, -1, 1, 1).contains(ab.path.first()));
        QVERIFY(bBox.adjusted(-1, -1, 1, 1).contains(ab.arrowTip));
    }

    void renderDrawsEveryElementInOrder()
    {
        const Fixture f;
        const ProjectSnapshot project = f.project();
        DiagramOptions options;
        options.title = u"Fixture"_s;
        const Diagram diagram
            = assembleDiagram(project, options, handLayout(diagramLayoutRequest(project, options)));
        const DisplayList display = renderDiagram(diagram);

        QStringList ids;
        QList<DisplayElement::Role> roles;
        for (const DisplayElement &element : display.elements) {
            ids << element.id;
            roles << element.role;
            QVERIFY2(display.bounds.contains(element.bounds), qPrintable(element.id));
            QVERIFY2(!element.primitives.isEmpty(), qPrintable(element.id));
        }
        QCOMPARE(ids.size(), 3 + 4 + 5 + 4 + 2);
        QVERIFY(ids.contains(u"zone-%1"_s.arg(f.inner)));
        QVERIFY(ids.contains(u"edge-%1-%2"_s.arg(f.a).arg(f.b)));
        QVERIFY(ids.contains(u"label-%1-%2"_s.arg(f.d).arg(f.d)));
        QVERIFY(ids.contains(u"component-%1"_s.arg(f.lonely)));
        QVERIFY(ids.contains(u"legend"_s));
        QVERIFY(ids.contains(u"title"_s));
        // Painting order: zones under edges under components under labels.
        using Role = DisplayElement::Role;
        const QList<Role> order { Role::Zone,      Role::Edge,   Role::Component,
                                  Role::EdgeLabel, Role::Legend, Role::Title };
        QList<qsizetype> ranks;
        for (const Role role : roles)
            ranks << order.indexOf(role);
        QVERIFY(std::is_sorted(ranks.cbegin(), ranks.cend()));

        const DisplayElement *component = findElement(display, u"component-%1"_s.arg(f.a));
        QCOMPARE(component->title, diagram.component(f.a)->tooltip);
        QCOMPARE(drawnText(*component), u"Alpha Controller"_s);
        const DisplayElement *edge = findElement(display, u"edge-%1-%2"_s.arg(f.a).arg(f.b));
        QCOMPARE(edge->title, diagram.edges.at(0).tooltip);
        const DisplayElement *label = findElement(display, u"label-%1-%2"_s.arg(f.a).arg(f.b));
        QCOMPARE(drawnText(*label), u"TCP 443 · UDP 53"_s);
        QVERIFY(findElement(display, u"zone-%1"_s.arg(f.outer))->primitives.size() >= 2);
        QCOMPARE(drawnText(*findElement(display, u"title"_s)), u"Fixture"_s);
    }

    void edgesShowEveryProductColour()
    {
        const Fixture f;
        const ProjectSnapshot project = f.project();
        const Diagram diagram
            = assembleDiagram(project, {}, handLayout(diagramLayoutRequest(project, {})));
        const DisplayList display = renderDiagram(diagram);
        QList<Primitive> strokes;
        for (const Primitive &p :
             findElement(display, u"edge-%1-%2"_s.arg(f.a).arg(f.b))->primitives) {
            if (p.kind == Primitive::Kind::Shape && !p.fill.isValid())
                strokes << p;
        }
        QCOMPARE(strokes.size(), 2);
        QCOMPARE(strokes.at(0).stroke, QColor(u"#112233"_s)); // the product's own colour
        QCOMPARE(strokes.at(0).strokeStyle, Qt::SolidLine);
        QCOMPARE(strokes.at(1).stroke, DiagramStyle::productColor({}, 1));
        QVERIFY(strokes.at(1).strokeStyle != Qt::SolidLine); // both stay visible
        QVERIFY(strokes.at(0).stroke != strokes.at(1).stroke);

        // The arrow head ends exactly at the tip the layout gave.
        const DisplayElement *edge = findElement(display, u"edge-%1-%2"_s.arg(f.b).arg(f.c));
        const Primitive &head = edge->primitives.last();
        QVERIFY(head.fill.isValid());
        QCOMPARE(QPointF(head.path.elementAt(0)), diagram.edges.at(1).arrowTip);
    }

    void renderingAgainReusesWhatIsDrawnAsBefore()
    {
        Fixture f;
        const auto draw = [&f] {
            const ProjectSnapshot project = f.project();
            return assembleDiagram(project, {}, handLayout(diagramLayoutRequest(project, {})));
        };
        const Diagram before = draw();
        const DisplayList previous = renderDiagram(before);
        const auto shares
            = [](const DisplayList &list, const DisplayList &other, const QString &id) {
                  // The same primitives, not equal ones: the element was taken.
                  return findElement(list, id)->primitives.constData()
                      == findElement(other, id)->primitives.constData();
              };
        const QString ab = u"%1-%2"_s.arg(f.a).arg(f.b), bc = u"%1-%2"_s.arg(f.b).arg(f.c);

        // Delta's flow to itself on another port: its label, its tooltip
        // and Delta's change, nothing else.
        Flow loop;
        for (const Flow &flow : f.store->flows()) {
            if (flow.sourceId == f.d)
                loop = flow;
        }
        loop.ports = PortSet::single(9002);
        QVERIFY(f.store->updateFlow(loop));
        const Diagram renamed = draw();
        const DisplayList again = renderDiagram(renamed, before, previous);
        // Element for element what a fresh rendering draws.
        const DisplayList fresh = renderDiagram(renamed);
        QCOMPARE(again.elements.size(), fresh.elements.size());
        for (qsizetype i = 0; i < fresh.elements.size(); ++i)
            QCOMPARE(again.elements.at(i), fresh.elements.at(i));
        QCOMPARE(again.bounds, fresh.bounds);
        const QString dd = u"%1-%1"_s.arg(f.d);
        QVERIFY(!shares(again, previous, u"component-%1"_s.arg(f.d)));
        QVERIFY(!shares(again, previous, u"label-"_s + dd));
        QCOMPARE(drawnText(*findElement(again, u"label-"_s + dd)), u"TCP 9002"_s);
        for (const Id kept : { f.a, f.b, f.c, f.lonely })
            QVERIFY(shares(again, previous, u"component-%1"_s.arg(kept)));
        QVERIFY(shares(again, previous, u"zone-%1"_s.arg(f.inner)));
        QVERIFY(shares(again, previous, u"edge-"_s + ab));
        QVERIFY(shares(again, previous, u"label-"_s + bc));

        // A product's colour colours every edge of it: none is taken.
        Product alpha = *f.store->product(f.p1);
        alpha.color = u"#445566"_s;
        QVERIFY(f.store->updateProduct(alpha));
        const Diagram recoloured = draw();
        const DisplayList coloured = renderDiagram(recoloured, renamed, again);
        QVERIFY(!shares(coloured, again, u"edge-"_s + ab));
        QVERIFY(!shares(coloured, again, u"label-"_s + ab));
        QCOMPARE(findElement(coloured, u"edge-"_s + ab)->primitives.first().stroke,
                 QColor(u"#445566"_s));
        QVERIFY(shares(coloured, again, u"component-%1"_s.arg(f.a)));

        // A rendering that is not renderDiagram's lends nothing.
        DisplayList foreign = previous;
        std::reverse(foreign.elements.begin(), foreign.elements.end());
        const DisplayList unrelated = renderDiagram(before, before, foreign);
        for (qsizetype i = 0; i < previous.elements.size(); ++i)
            QCOMPARE(unrelated.elements.at(i), previous.elements.at(i));
    }

    void legendListsProductsAndKindsOutsideTheDiagram()
    {
        const Fixture f;
        const ProjectSnapshot project = f.project();
        const Diagram diagram
            = assembleDiagram(project, {}, handLayout(diagramLayoutRequest(project, {})));
        const DisplayList display = renderDiagram(diagram);
        const DisplayElement *legend = findElement(display, u"legend"_s);
        QVERIFY(legend);
        QVERIFY(!legend->bounds.intersects(diagram.bounds));
        const QString text = drawnText(*legend);
        for (const QString &entry : { u"Alpha"_s, u"Beta"_s, u"Appliance"_s, u"Cluster"_s,
                                      u"SaaS / FQDN"_s, u"Host"_s, u"Service"_s })
            QVERIFY2(text.contains(entry), qPrintable(text));
        QVERIFY(!text.contains(u"Client"_s)); // no client in the project

        DiagramOptions noLegend;
        noLegend.showLegend = false;
        const DisplayList without = renderDiagram(assembleDiagram(
            project, noLegend, handLayout(diagramLayoutRequest(project, noLegend))));
        QVERIFY(!findElement(without, u"legend"_s));
    }

    void textStaysInsideBoxes()
    {
        // Boxes are measured when the layout is asked for and filled when
        // drawn: the two must agree, or names spill out of their boxes.
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY(loadSample(*store, u"tko"_s, &error));
        const ProjectSnapshot project = Testing::readSnapshot(*store);
        const Diagram diagram
            = assembleDiagram(project, {}, handLayout(diagramLayoutRequest(project, {})));
        const DisplayList display = renderDiagram(diagram);
        for (const DiagramComponent &component : diagram.components) {
            const DisplayElement *element
                = findElement(display, u"component-%1"_s.arg(component.id));
            for (const Primitive &primitive : element->primitives) {
                if (primitive.kind != Primitive::Kind::Text)
                    continue;
                const QFontMetricsF metrics(primitive.font);
                const QRectF text(primitive.origin.x(), primitive.origin.y() - metrics.ascent(),
                                  metrics.horizontalAdvance(primitive.text), metrics.height());
                QVERIFY2(component.box.contains(text), qPrintable(component.name));
            }
        }
        for (const DiagramEdge &edge : diagram.edges) {
            const DisplayElement *element
                = findElement(display, u"label-%1-%2"_s.arg(edge.sourceId).arg(edge.targetId));
            for (const Primitive &primitive : element->primitives) {
                if (primitive.kind != Primitive::Kind::Text)
                    continue;
                const QFontMetricsF metrics(primitive.font);
                QVERIFY(primitive.origin.x() >= edge.labelBox.left());
                QVERIFY(primitive.origin.x() + metrics.horizontalAdvance(primitive.text)
                        <= edge.labelBox.right() + 0.01);
            }
        }
    }

    void sampleLabelsCarryEveryPort()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY(loadSample(*store, u"tko"_s, &error));
        const ProjectSnapshot project = Testing::readSnapshot(*store);
        const LayoutRequest request = diagramLayoutRequest(project, {});
        QCOMPARE(request.nodes.size(), project.components.size());
        QCOMPARE(request.clusters.size(), project.zones.size());

        // Every flow is on exactly one edge, whose label names its ports and
        // whose tooltip its purpose.
        const Diagram diagram = assembleDiagram(project, {}, fallbackLayout(request, {}));
        QCOMPARE(diagram.edges.size(), request.edges.size());
        QSet<Id> seen;
        for (const DiagramEdge &edge : diagram.edges) {
            for (const Id id : edge.flowIds) {
                QVERIFY(!seen.contains(id));
                seen.insert(id);
                const Flow *flow = project.flow(id);
                QVERIFY(flow);
                for (const PortSet::Range &range : flow->ports.ranges())
                    QVERIFY2(edge.label.contains(QString::number(range.lo)),
                             qPrintable(edge.label));
                QVERIFY(edge.label.contains(transportName(flow->protocol)));
                QVERIFY(edge.tooltip.contains(flow->purpose));
            }
        }
        QCOMPARE(seen.size(), project.flows.size());
    }

    // As the hand-drawn diagram does: one edge where every component of a
    // zone has the same service with the same end.
    void zonesWithTheSameServiceShareOneEdge()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY(loadSample(*store, u"tko"_s, &error));
        ProjectSnapshot project = Testing::readSnapshot(*store);
        QSet<QPair<Id, Id>> pairs;
        for (const Flow &flow : project.flows)
            pairs.insert({ flow.sourceId, flow.destinationId });
        QCOMPARE(pairs.size(), 27);

        const auto zone = [&](const QString &name) { return store->findZone(name)->id; };
        const auto component = [&](const QString &name) { return store->findComponent(name)->id; };
        QHash<QPair<Id, Id>, QList<Id>> edges;
        for (const DiagramContent::Pair &pair : DiagramContent::select(project, {}).pairs) {
            QList<Id> ids;
            for (const Flow &flow : pair.flows)
                ids.append(flow.id);
            edges.insert({ pair.source, pair.target }, ids);
        }
        QCOMPARE(edges.size(), 22);
        // The Avi Controller reaches all of vSphere (vCenter, ESXi, NSX) on TCP 443 ...
        const QPair<Id, Id> vsphere(component(u"Avi Controller"_s),
                                    zoneEnd(zone(u"vSphere infrastructure"_s)));
        QVERIFY(edges.contains(vsphere));
        QCOMPARE(edges.value(vsphere).size(), 3);
        // ... and the TKG clusters reach all four SaaS services on TCP 443.
        const QPair<Id, Id> saas(component(u"TKG Management and Workload Cluster CIDR"_s),
                                 zoneEnd(zone(u"VMware SaaS"_s)));
        QCOMPARE(edges.value(saas).size(), 4);
        QCOMPARE(edgeKey(saas.first, saas.second),
                 u"ec%1>z%2"_s.arg(saas.first).arg(zone(u"VMware SaaS"_s)));

        // Turned off, every (source, destination) has its own edge again.
        project.drawingSettings.groupByZone = false;
        QCOMPARE(DiagramContent::select(project, {}).pairs.size(), 27);
        project.drawingSettings.groupByZone = true;

        // A component of the zone without the service breaks the group.
        Flow other;
        other.sourceId = component(u"Syslog"_s);
        other.destinationId = component(u"vCenter Server"_s);
        other.protocol = Transport::Udp;
        other.ports = PortSet::single(514);
        other.purpose = u"a flow of its own"_s;
        QVERIFY(store->addFlow(other));
        // vCenter now also sends nothing, but ESXi has only TCP 443 in: still a
        // group at the destination end (vCenter receives it too) ...
        project = Testing::readSnapshot(*store);
        QList<DiagramContent::Pair> grouped = DiagramContent::select(project, {}).pairs;
        QVERIFY(std::any_of(grouped.cbegin(), grouped.cend(), [&](const auto &p) {
            return p.source == vsphere.first && p.target == vsphere.second;
        }));
        // ... until a component of vSphere that has flows lacks it.
        other.sourceId = component(u"Syslog"_s);
        other.destinationId = store->addComponent({ 0,
                                                    u"vSAN Witness"_s,
                                                    ComponentKind::Appliance,
                                                    zone(u"vSphere infrastructure"_s),
                                                    {},
                                                    std::nullopt,
                                                    false });
        QVERIFY(store->addFlow(other));
        project = Testing::readSnapshot(*store);
        grouped = DiagramContent::select(project, {}).pairs;
        QVERIFY(std::none_of(grouped.cbegin(), grouped.cend(), [&](const auto &p) {
            return isZoneEnd(p.target) && p.target == vsphere.second;
        }));
    }
};

QTEST_MAIN(TestDiagramModel)
#include "tst_diagrammodel.moc"
