#include "diagram.h"

#include "collapsedzones.h"
#include "diagramchoice.h"
#include "diagramcontent.h"
#include "diagramstyle.h"
#include "diagramtext.h"
#include "extent.h"
#include "zonegrouping.h"

#include <QHash>
#include <QLineF>

#include <optional>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

template<typename Geometry> QHash<QString, const Geometry *> byKey(const QList<Geometry> &list)
{
    QHash<QString, const Geometry *> index;
    index.reserve(list.size());
    for (const Geometry &geometry : list)
        index.insert(geometry.key, &geometry);
    return index;
}

// A layout's geometry by key. Layouts keep their request's order, less
// what they lack (storedLayout, updateLayout): the one after the last found
// is tried first, and an index made only when it is not the one.
template<typename Geometry> class InOrder
{
public:
    explicit InOrder(const QList<Geometry> &list)
        : m_list(list)
    { }
    const Geometry *find(const QString &key)
    {
        if (m_next < m_list.size() && m_list.at(m_next).key == key)
            return &m_list.at(m_next++);
        if (!m_index)
            m_index = byKey(m_list);
        const Geometry *found = m_index->value(key);
        if (found)
            m_next = found - m_list.constData() + 1;
        return found;
    }

private:
    const QList<Geometry> &m_list;
    qsizetype m_next = 0;
    std::optional<QHash<QString, const Geometry *>> m_index;
};

// What the points cover, each taken as a square of 0.01 pt: the same as
// uniting those squares one by one, without making them.
QRectF pointsBounds(const QList<QPointF> &points)
{
    if (points.isEmpty())
        return {};
    Extent extent;
    for (const QPointF &p : points)
        extent.add(p);
    return extent.rect().adjusted(0, 0, 0.01, 0.01);
}

// Where the segment from the box's centre towards `towards` leaves the box.
QPointF borderPoint(const QRectF &box, QPointF towards)
{
    const QPointF centre = box.center();
    const QPointF delta = towards - centre;
    if (qFuzzyIsNull(delta.x()) && qFuzzyIsNull(delta.y()))
        return centre;
    const qreal sx = qFuzzyIsNull(delta.x()) ? 1e9 : box.width() / 2 / qAbs(delta.x());
    const qreal sy = qFuzzyIsNull(delta.y()) ? 1e9 : box.height() / 2 / qAbs(delta.y());
    return centre + delta * qMin(1.0, qMin(sx, sy));
}

// A straight edge for a pair the layout returned no route for: the layout
// engine should never do that, but a diagram must still show every flow.
void straightEdge(DiagramEdge &edge, const QRectF &from, const QRectF &to)
{
    const QSizeF size = DiagramStyle::labelSize(edge.label);
    if (from == to) {
        // A component talking to itself: a loop off its right side.
        const QPointF start(from.right(), from.top() + from.height() / 3);
        const QPointF end(from.right() + 8, from.bottom() - from.height() / 3);
        edge.path = { start, start + QPointF(36, -6), end + QPointF(30, 6), end };
        edge.arrowTip = QPointF(from.right(), end.y());
        edge.labelBox
            = QRectF(QPointF(from.right() + 34, from.center().y() - size.height() / 2), size);
        return;
    }
    const QPointF start = borderPoint(from, to.center());
    const QPointF tip = borderPoint(to, from.center());
    QLineF line(start, tip);
    const qreal arrow = qMin(8.0, line.length() / 3);
    if (line.length() > 0)
        line.setLength(line.length() - arrow);
    const QPointF end = line.p2();
    edge.path = { start, start + (end - start) / 3, start + (end - start) * 2 / 3, end };
    edge.arrowTip = tip;
    const QPointF middle = (start + end) / 2;
    edge.labelBox = QRectF(middle - QPointF(size.width() / 2, size.height() / 2), size);
}

QList<Id> productsInProjectOrder(const ProjectSnapshot &project, const QList<Flow> &flows)
{
    QList<Id> ids;
    for (const Product &product : project.products) {
        for (const Flow &flow : flows) {
            if (flow.productId == product.id) {
                ids << product.id;
                break;
            }
        }
    }
    return ids;
}

} // namespace

const DiagramComponent *Diagram::component(Id id) const
{
    for (const DiagramComponent &candidate : components) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QString Diagram::endName(Id end) const
{
    if (isZoneEnd(end)) {
        for (const DiagramZone &zone : zones) {
            if (zone.id == -end)
                return zone.name;
        }
        return {};
    }
    const DiagramComponent *found = component(end);
    return found ? found->name : QString();
}

LayoutRequest diagramLayoutRequest(const ProjectSnapshot &project, const DiagramOptions &options)
{
    return chooseDiagram(project, options).request;
}

LayoutRequest contentLayoutRequest(const ProjectSnapshot &project, const DiagramContent &content)
{
    LayoutRequest request;
    request.options.edgeStyle = project.drawingSettings.curved
        ? LayoutOptions::EdgeStyle::Curved
        : LayoutOptions::EdgeStyle::Orthogonal;
    for (const Zone &zone : content.zones)
        request.clusters.append({ zoneKey(zone.id),
                                  zone.parentId ? zoneKey(zone.parentId) : QString(),
                                  DiagramStyle::zoneTitleSize(zone.name) });
    // The zone overview reads top down: its few, wide-labelled edges would
    // stretch a left-to-right drawing far beyond a page.
    if (project.drawingSettings.topToBottom)
        request.options.direction = LayoutOptions::Direction::TopToBottom;
    else if (!content.components.isEmpty()
             && std::all_of(content.components.cbegin(), content.components.cend(),
                            [](const Component &c) { return isZoneNode(c.id); }))
        request.options.direction = LayoutOptions::Direction::TopToBottom;
    for (const Component &component : content.components) {
        LayoutNode node;
        node.key = componentKey(component.id);
        node.size = DiagramStyle::componentSize(component.name, content.addressLines(component.id));
        node.cluster = component.zoneId ? zoneKey(component.zoneId) : QString();
        node.widens = isZoneNode(component.id);
        // Where the user put it; everything else is in the stored drawing.
        if (component.position && component.pinned)
            node.pinned = component.position;
        request.nodes << node;
    }
    for (const DiagramContent::Pair &pair : content.pairs)
        request.edges.append({ edgeKey(pair.source, pair.target), endKey(pair.source),
                               endKey(pair.target), DiagramStyle::labelSize(pair.label) });
    return request;
}

Diagram assembleDiagram(const ProjectSnapshot &project, const DiagramOptions &options,
                        const LayoutResult &layout)
{
    return assembleContent(project, options, DiagramContent::select(project, options), layout);
}

Diagram assembleContent(const ProjectSnapshot &project, const DiagramOptions &options,
                        const DiagramContent &content, const LayoutResult &layout,
                        const LayoutRequest *request)
{
    InOrder nodes(layout.nodes);
    InOrder clusters(layout.clusters);
    InOrder edges(layout.edges);
    // The request made from the content has its keys, in its order.
    if (request
        && (request->nodes.size() != content.components.size()
            || request->clusters.size() != content.zones.size()
            || request->edges.size() != content.pairs.size()))
        request = nullptr;

    Diagram diagram;
    diagram.project = project;
    diagram.options = options;
    diagram.layoutError = layout.error;
    diagram.bounds = layout.bounds;

    // Components first: a zone without geometry is drawn round its members.
    QHash<Id, qsizetype> componentIndex;
    qreal spareX = layout.bounds.left();
    for (qsizetype c = 0; c < content.components.size(); ++c) {
        const Component &component = content.components.at(c);
        DiagramComponent drawn;
        drawn.id = component.id;
        drawn.name = component.name;
        drawn.kind = component.kind;
        drawn.zoneId = component.zoneId;
        drawn.pinned = component.pinned;
        drawn.addressLines = content.addressLines(component.id);
        if (const NodeGeometry *node
            = nodes.find(request ? request->nodes.at(c).key : componentKey(component.id))) {
            drawn.box = node->box;
        } else {
            // Not laid out: shown in a row under the rest rather than lost.
            const QSizeF size = DiagramStyle::componentSize(component.name, drawn.addressLines);
            drawn.box = QRectF(QPointF(spareX, layout.bounds.bottom() + 24), size);
            spareX += size.width() + 18;
        }
        componentIndex.insert(component.id, diagram.components.size());
        diagram.components << drawn;
        diagram.bounds |= drawn.box;
    }

    for (qsizetype z = 0; z < content.zones.size(); ++z) {
        const Zone &zone = content.zones.at(z);
        DiagramZone drawn { zone.id, zone.name, content.zoneDepth.value(zone.id), {}, {} };
        if (const ClusterGeometry *cluster
            = clusters.find(request ? request->clusters.at(z).key : zoneKey(zone.id))) {
            drawn.box = cluster->box;
            drawn.labelBox = cluster->labelBox;
        } else {
            for (const DiagramComponent &component : std::as_const(diagram.components)) {
                if (component.zoneId == zone.id)
                    drawn.box |= component.box.marginsAdded(QMarginsF(12, 30, 12, 12));
            }
            drawn.labelBox = QRectF(drawn.box.topLeft() + QPointF(0, 0),
                                    DiagramStyle::zoneTitleSize(zone.name));
        }
        diagram.zones << drawn;
        diagram.bounds |= drawn.box;
    }

    // A component's box, or a zone's frame for a zone end.
    const auto endBox = [&](Id end) {
        if (isZoneEnd(end)) {
            for (const DiagramZone &zone : std::as_const(diagram.zones)) {
                if (zone.id == -end)
                    return zone.box;
            }
            return QRectF();
        }
        return diagram.components.at(componentIndex.value(end)).box;
    };
    for (qsizetype p = 0; p < content.pairs.size(); ++p) {
        const DiagramContent::Pair &pair = content.pairs.at(p);
        DiagramEdge drawn;
        drawn.sourceId = pair.source;
        drawn.targetId = pair.target;
        for (const Flow &flow : pair.flows)
            drawn.flowIds << flow.id;
        drawn.productIds = productsInProjectOrder(project, pair.flows);
        drawn.label = pair.label;
        const EdgeGeometry *edge
            = edges.find(request ? request->edges.at(p).key : edgeKey(pair.source, pair.target));
        if (edge && !edge->path.isEmpty()) {
            drawn.path = edge->path;
            drawn.arrowTip = edge->arrowTip;
            drawn.labelBox = edge->labelBox;
        } else {
            straightEdge(drawn, endBox(pair.source), endBox(pair.target));
        }
        diagram.bounds |= pointsBounds(drawn.path);
        diagram.bounds |= drawn.labelBox;
        diagram.edges << drawn;
    }
    if (options.tooltips)
        fillTooltips(diagram);
    return diagram;
}

} // namespace Portolan
