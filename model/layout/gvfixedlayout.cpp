#include "layout/gvfixedlayout.h"

#include "layout/gvrequestgraph.h"
#include "layout/gvroutes.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

std::optional<QPointF> keptCentre(const LayoutNode &node)
{
    return node.pinned ? node.pinned : node.hint;
}

QRectF boxAt(QPointF centre, const QSizeF &size)
{
    QRectF box(QPointF(), size);
    box.moveCenter(centre);
    return box;
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
