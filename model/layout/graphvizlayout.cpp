// layOutWithGraphviz: the only entry into Graphviz. One layout at a time
// (Graphviz is not thread-safe), dot with zones as clusters for a fresh
// layout, the no-op engine for one that keeps positions; labels placed
// afterwards by labelplacement.cpp. A dense graph without zones is drawn
// as a matrix instead, without Graphviz (matrixlayout.h). Crashes inside
// Graphviz cannot be caught here: callers that must survive them run this
// in the worker process (layoutservice.h).

#include "layout/layoutservice.h"

#include "layout/gvcolumns.h"
#include "layout/gvcontext.h"
#include "layout/gvdotlayout.h"
#include "layout/gvfixedlayout.h"
#include "layout/gvroutes.h"
#include "layout/gvsettings.h"
#include "layout/labelplacement.h"
#include "layout/matrixlayout.h"
#include "layout/zonedlayout.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// Where a layout's time goes: QT_LOGGING_RULES="portolan.layout.debug=true".
Q_LOGGING_CATEGORY(layoutLog, "portolan.layout", QtWarningMsg)

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

// A layout that keeps nothing: dot over the whole graph, or zone by zone
// for large graphs.
LayoutResult freeLayout(const LayoutRequest &request, const ClusterTree &tree, QString *error)
{
    return prefersZonedLayout(request, tree) ? zonedLayout(request, tree, error)
                                             : dotLayout(request, tree, error);
}

} // namespace

LayoutResult layOutWithGraphviz(const LayoutRequest &request)
{
    const auto lock = GvContext::lock();
    const GvMessages messages; // keeps Graphviz's warnings off stderr
    QElapsedTimer timer;
    timer.start();
    const ClusterTree tree(request);
    QString error;
    LayoutResult result;
    bool labelsPlaced = false; // by the orthogonal router, each on its own edge
    if (request.nodes.isEmpty()) {
        // Nothing for Graphviz to do; zones still get their frames below.
        result.clusters.resize(tree.clusterCount());
        for (qsizetype c = 0; c < tree.clusterCount(); ++c)
            result.clusters[c].key = tree.cluster(c).key;
    } else if (prefersMatrixLayout(request)) {
        // No Graphviz: the same drawing whatever the previous one was.
        result = matrixLayout(request);
        labelsPlaced = true;
    } else if (keepsPositions(request)) {
        bool allKept = true;
        for (const LayoutNode &node : request.nodes)
            allKept = allKept && (node.pinned || node.hint);
        // Nodes without a position take the place a fresh layout gives them.
        const LayoutResult free = allKept ? LayoutResult() : freeLayout(request, tree, &error);
        if (error.isEmpty())
            result = routeAroundNodes(request, tree, keptCentres(request, free), &error);
    } else {
        result = freeLayout(request, tree, &error);
        labelsPlaced
            = !prefersZonedLayout(request, tree) && GvSettings::forRequest(request).orthogonal;
    }
    if (!error.isEmpty()) {
        const QStringList said = messages.messages();
        return fallbackLayout(request, said.isEmpty() ? error : error + u": "_s + said.join(u' '));
    }
    frameEmptyClusters(request, tree, result);
    const qint64 graphvizTime = timer.restart();
    if (!request.options.graphvizEdgeLabels && !labelsPlaced)
        placeEdgeLabels(request, result);
    result.bounds = resultBounds(result);
    qCDebug(layoutLog, "%lld nodes, %lld edges: Graphviz %lld ms, labels %lld ms",
            qint64(request.nodes.size()), qint64(request.edges.size()), graphvizTime,
            timer.elapsed());
    return result;
}

} // namespace Portolan
