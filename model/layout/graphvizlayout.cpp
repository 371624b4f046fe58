// layOutWithGraphviz: the only entry into Graphviz. One layout at a time
// (Graphviz is not thread-safe), dot with zones as clusters for a fresh
// layout, the no-op engine for one that keeps positions; labels placed
// afterwards by labelplacement.cpp. Crashes inside Graphviz cannot be
// caught here: callers that must survive them run this in the worker
// process (layoutservice.h).

#include "layout/layoutservice.h"

#include "layout/gvcolumns.h"
#include "layout/gvfixedlayout.h"
#include "layout/gvrequestgraph.h"
#include "layout/gvroutes.h"
#include "layout/labelplacement.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QRectF boxAt(QPointF centre, const QSizeF &size)
{
    QRectF box(QPointF(), size);
    box.moveCenter(centre);
    return box;
}

// A fresh layout with dot. Empty result and *error set when dot did not run.
LayoutResult dotLayout(const LayoutRequest &request, const ClusterTree &tree, QString *error)
{
    LayoutResult result;
    const GvSettings settings = GvSettings::forRequest(request);
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

// Zones without any node are left out by dot: frame them in a row below.
void frameEmptyClusters(const LayoutRequest &request, const ClusterTree &tree, LayoutResult &result)
{
    bool any = false;
    for (qsizetype c = 0; c < tree.clusterCount() && !any; ++c)
        any = !tree.hasNodes(c);
    if (!any)
        return;
    const QRectF bounds = resultBounds(result);
    ColumnArrangement columns(request, tree);
    const qreal gap = qMax<qreal>(8, request.options.nodeSpacing);
    columns.arrangeEmptyClusters(QPointF(bounds.left(), bounds.bottom() + gap), gap);
    for (qsizetype c = 0; c < tree.clusterCount(); ++c) {
        if (!tree.hasNodes(c))
            result.clusters[c] = columns.clusters()[c];
    }
}

} // namespace

LayoutResult layOutWithGraphviz(const LayoutRequest &request)
{
    const auto lock = GvContext::lock();
    const GvMessages messages; // keeps Graphviz's warnings off stderr
    const ClusterTree tree(request);
    QString error;
    LayoutResult result;
    if (request.nodes.isEmpty()) {
        // Nothing for Graphviz to do; zones still get their frames below.
        result.clusters.resize(tree.clusterCount());
        for (qsizetype c = 0; c < tree.clusterCount(); ++c)
            result.clusters[c].key = tree.cluster(c).key;
    } else if (keepsPositions(request)) {
        bool allKept = true;
        for (const LayoutNode &node : request.nodes)
            allKept = allKept && (node.pinned || node.hint);
        // Nodes without a position take the place a fresh layout gives them.
        const LayoutResult free = allKept ? LayoutResult() : dotLayout(request, tree, &error);
        if (error.isEmpty())
            result = routeAroundNodes(request, tree, keptCentres(request, free), &error);
    } else {
        result = dotLayout(request, tree, &error);
    }
    if (!error.isEmpty()) {
        const QStringList said = messages.messages();
        return fallbackLayout(request, said.isEmpty() ? error : error + u": "_s + said.join(u' '));
    }
    frameEmptyClusters(request, tree, result);
    if (!request.options.graphvizEdgeLabels)
        placeEdgeLabels(request, result);
    result.bounds = resultBounds(result);
    return result;
}

} // namespace Portolan
