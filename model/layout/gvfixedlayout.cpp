#include "layout/gvfixedlayout.h"

#include "layout/gvrequestgraph.h"
#include "layout/gvroutes.h"
#include "layout/mazerouter.h"

#include <QHash>
#include <QLineF>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

std::optional<QPointF> keptCentre(const LayoutNode &node)
{
    return node.pinned ? node.pinned : node.hint;
}

// Up to this many edges Graphviz routes around the nodes (splines, tens of
// milliseconds for the sample); its router takes seconds from about 150
// nodes on, so larger diagrams are routed by MazeRouter.
constexpr qsizetype graphvizRoutingEdgeLimit = 200;

void routeWithMaze(const LayoutRequest &request, const QList<QRectF> &boxes, LayoutResult &result)
{
    const qreal clearance = qMax<qreal>(4, request.options.nodeSpacing / 3);
    const MazeRouter router(boxes, clearance);
    QHash<QString, qsizetype> indexByKey;
    for (qsizetype n = request.nodes.size() - 1; n >= 0; --n)
        indexByKey.insert(request.nodes[n].key, n);
    for (const LayoutEdge &edge : request.edges) {
        const qsizetype source = indexByKey.value(edge.source, indexByKey.value(edge.target, -1));
        const qsizetype target = indexByKey.value(edge.target, source);
        if (source < 0 || source == target) {
            const QRectF box = source < 0 ? QRectF() : boxes[source];
            result.edges.append(straightEdge(edge.key, box, box));
            continue;
        }
        QList<QPointF> points = router.route(source, target);
        EdgeGeometry geometry;
        geometry.key = edge.key;
        geometry.arrowTip = points.last();
        // Room for the arrow head, taken off the end even when the last
        // piece is shorter than the head.
        qreal room = arrowLength;
        while (points.size() > 2
               && QLineF(points[points.size() - 2], points.last()).length() <= room) {
            room -= QLineF(points[points.size() - 2], points.last()).length();
            points.removeLast();
        }
        const QLineF last(points[points.size() - 2], points.last());
        if (last.length() > room)
            points.last() = last.pointAt(1 - room / last.length());
        for (qsizetype i = 1; i < points.size(); ++i)
            appendLine(geometry.path, points[i - 1], points[i]);
        result.edges.append(geometry);
    }
}

} // namespace

bool keepsPositions(const LayoutRequest &request)
{
    bool allHinted = !request.nodes.isEmpty();
    for (const LayoutNode &node : request.nodes) {
        if (node.pinned)
            return true;
        allHinted = allHinted && node.hint.has_value();
    }
    return allHinted;
}

QList<QPointF> keptCentres(const LayoutRequest &request, const LayoutResult &free)
{
    const qsizetype count = request.nodes.size();
    QList<QPointF> centres(count);
    // The free layout has its own origin: shift it by the mean offset of
    // the nodes whose positions are kept.
    QPointF shift;
    int kept = 0;
    for (qsizetype n = 0; n < count; ++n) {
        if (const auto centre = keptCentre(request.nodes[n]); centre && n < free.nodes.size()) {
            shift += *centre - free.nodes[n].box.center();
            ++kept;
        }
    }
    if (kept > 0)
        shift /= kept;
    const qreal spacing = qMax<qreal>(4, request.options.nodeSpacing);
    QList<QRectF> placed;
    for (const LayoutNode &node : request.nodes) {
        if (const auto centre = keptCentre(node))
            placed.append(boxAt(*centre, node.size));
    }
    for (qsizetype n = 0; n < count; ++n) {
        const LayoutNode &node = request.nodes[n];
        if (const auto centre = keptCentre(node)) {
            centres[n] = *centre;
            continue;
        }
        QPointF centre = (n < free.nodes.size() ? free.nodes[n].box.center() : QPointF()) + shift;
        // Step down until the new node covers nothing placed before it.
        const qreal step = node.size.height() + spacing;
        for (int tries = 0; tries < 10000; ++tries) {
            const QRectF box
                = boxAt(centre, node.size).adjusted(-spacing, -spacing, spacing, spacing);
            const bool blocked
                = std::any_of(placed.cbegin(), placed.cend(),
                              [&](const QRectF &other) { return box.intersects(other); });
            if (!blocked)
                break;
            centre.ry() += step;
        }
        centres[n] = centre;
        placed.append(boxAt(centre, node.size));
    }
    return centres;
}

LayoutResult routeAroundNodes(const LayoutRequest &request, const ClusterTree &tree,
                              const QList<QPointF> &centres, QString *error)
{
    LayoutResult result;
    QList<QRectF> boxes;
    QHash<QString, QRectF> boxByKey;
    for (qsizetype n = 0; n < request.nodes.size(); ++n) {
        const QRectF box = boxAt(centres[n], request.nodes[n].size);
        boxes.append(box);
        result.nodes.append(NodeGeometry { request.nodes[n].key, box });
        if (!boxByKey.contains(request.nodes[n].key))
            boxByKey.insert(request.nodes[n].key, box);
    }
    result.clusters = framesAroundMembers(tree, boxes, request.options.clusterMargin);
    if (request.edges.size() > graphvizRoutingEdgeLimit) {
        routeWithMaze(request, boxes, result);
        return result;
    }

    // Graphviz gets y upwards; whatever origin it moves the drawing to is
    // undone by matching a node's position afterwards.
    const GvCoordinates input;
    const GvRequestGraph graph = GvRequestGraph::forFixedPositions(request, centres, input);
    const GvLayout layout(GvContext::shared(), graph.graph(), "nop");
    if (!layout.ok()) {
        *error = u"Graphviz could not route the edges"_s;
        return result;
    }
    const GvCoordinates coordinates = request.nodes.isEmpty()
        ? input
        : GvCoordinates::matching(graph.nodeCentre(0), centres[0]);
    for (qsizetype e = 0; e < request.edges.size(); ++e) {
        const LayoutEdge &edge = request.edges[e];
        if (auto routed = graph.edge(e, coordinates)) {
            result.edges.append(*routed);
            continue;
        }
        const QRectF source = boxByKey.value(edge.source, boxByKey.value(edge.target));
        result.edges.append(straightEdge(edge.key, source, boxByKey.value(edge.target, source)));
    }
    return result;
}

} // namespace Portolan
