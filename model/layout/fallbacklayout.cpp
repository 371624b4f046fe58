// The arrangement shown when Graphviz fails or crashes: it must always
// produce something readable, so it uses nothing that can fail — columns
// of zones, straight edges, and the same label placement as real layouts.

#include "layout/layoutservice.h"

#include "layout/gvcolumns.h"
#include "layout/gvroutes.h"
#include "layout/gvsettings.h"
#include "layout/labelplacement.h"

#include <QHash>

namespace Portolan {

LayoutResult fallbackLayout(const LayoutRequest &request, const QString &error)
{
    const ClusterTree tree(request);
    ColumnArrangement columns(request, tree);
    // Columns as far apart as dot's ranks would be, so labels fit between.
    columns.arrangeAll(QPointF(0, 0), GvSettings::forRequest(request).rankSep);

    LayoutResult result;
    result.error = error;
    QHash<QString, QRectF> boxByKey;
    result.nodes.reserve(request.nodes.size());
    for (qsizetype n = 0; n < request.nodes.size(); ++n) {
        const QRectF box = columns.nodeBoxes()[n];
        result.nodes.append(NodeGeometry { request.nodes[n].key, box });
        if (!boxByKey.contains(request.nodes[n].key))
            boxByKey.insert(request.nodes[n].key, box);
    }
    result.clusters = columns.clusters();
    result.edges.reserve(request.edges.size());
    for (qsizetype e = 0; e < request.edges.size(); ++e) {
        const LayoutEdge &edge = request.edges[e];
        // An edge to an unknown node starts and ends where its known end is.
        const QRectF source = boxByKey.value(edge.source, boxByKey.value(edge.target));
        const QRectF target = boxByKey.value(edge.target, source);
        const bool sameColumn
            = source != target && source.left() < target.right() && target.left() < source.right();
        // Within a column a straight line would cross the boxes between:
        // go round on the right, each edge a little further out.
        result.edges.append(sameColumn ? bracketEdge(edge.key, source, target, 16 + (e % 6) * 10)
                                       : straightEdge(edge.key, source, target));
    }
    placeEdgeLabels(request, result);
    result.bounds = resultBounds(result);
    return result;
}

} // namespace Portolan
