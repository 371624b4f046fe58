#include "layout/gvdotlayout.h"

#include "layout/gvrequestgraph.h"
#include "layout/gvroutes.h"
#include "layout/orthogonallayout.h"
#include "layout/routinggrid.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// Boxes tall enough for their edges to leave and enter on tracks of their
// own: in a left-to-right layout the edges out of a box leave by its right
// side and those into it enter by its left side.
LayoutRequest withRoomForPorts(const LayoutRequest &request)
{
    LayoutRequest grown = request;
    QHash<QString, int> out, in;
    for (const LayoutEdge &edge : request.edges) {
        ++out[edge.source];
        ++in[edge.target];
    }
    const qreal pitch = RoutingSpacing().pitch;
    for (LayoutNode &node : grown.nodes) {
        const int ports = qMax(out.value(node.key), in.value(node.key));
        node.size.setHeight(qMax(node.size.height(), pitch * (ports + 1)));
    }
    return grown;
}

} // namespace

LayoutResult dotLayout(const LayoutRequest &original, const ClusterTree &tree, QString *error)
{
    LayoutResult result;
    const GvSettings settings = GvSettings::forRequest(original);
    const LayoutRequest request = settings.orthogonal ? withRoomForPorts(original) : original;
    const GvRequestGraph graph = GvRequestGraph::forDot(request, tree, settings);
    const GvLayout layout(GvContext::shared(), graph.graph(), "dot");
    if (!layout.ok()) {
        *error = u"Graphviz could not lay out the diagram"_s;
        return result;
    }
    const GvCoordinates coordinates(graph.boundingBox().UR.y);
    QHash<QString, QRectF> boxByKey;
    for (qsizetype n = 0; n < request.nodes.size(); ++n) {
        const LayoutNode &node = request.nodes[n];
        const QRectF box = boxAt(coordinates.toLayout(graph.nodeCentre(n)), node.size);
        result.nodes.append(NodeGeometry { node.key, box });
        boxByKey.insert(node.key, boxByKey.value(node.key, box));
    }
    for (qsizetype c = 0; c < tree.clusterCount(); ++c) {
        const QRectF box = graph.clusterBox(c, coordinates);
        result.clusters.append(ClusterGeometry { tree.cluster(c).key, box,
                                                 clusterLabelBox(box, tree.cluster(c).labelSize) });
    }
    if (settings.orthogonal) {
        OrthogonalPlacement placement;
        for (const NodeGeometry &node : std::as_const(result.nodes))
            placement.nodes.append(node.box);
        placement.clusters = result.clusters;
        widenColumnGaps(request, tree, placement);
        widenFrameGaps(request, tree, placement);
        return routeOrthogonally(request, tree, placement);
    }
    for (qsizetype e = 0; e < request.edges.size(); ++e) {
        const LayoutEdge &edge = request.edges[e];
        std::optional<EdgeGeometry> routed = graph.edge(e, coordinates);
        if (!routed) {
            // Graphviz lost the edge ("lost edge" warnings): it is still a
            // flow the reader must see.
            const QRectF source = boxByKey.value(edge.source, boxByKey.value(edge.target));
            routed = straightEdge(edge.key, source, boxByKey.value(edge.target, source));
        }
        if (request.options.graphvizEdgeLabels)
            routed->labelBox = graph.edgeLabelBox(e, coordinates);
        result.edges.append(*routed);
    }
    return result;
}

} // namespace Portolan
