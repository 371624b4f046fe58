#include "layout/curvedreroute.h"

#include "layout/gvroutes.h"
#include "layout/labelplacement.h"
#include "layout/mazerouter.h"

#include <QHash>

namespace Portolan {

LayoutResult rerouteCurved(const LayoutRequest &request, const OrthogonalPlacement &placement,
                           const QList<EdgeGeometry> &kept)
{
    LayoutResult result;
    result.clusters = placement.clusters;
    for (qsizetype n = 0; n < request.nodes.size(); ++n)
        result.nodes.append({ request.nodes[n].key, placement.nodes[n] });
    const qreal clearance = qMax<qreal>(4, request.options.nodeSpacing / 3);
    const MazeRouter router(placement.nodes, clearance);
    QHash<QString, qsizetype> index;
    for (qsizetype n = request.nodes.size() - 1; n >= 0; --n)
        index.insert(request.nodes[n].key, n);
    LayoutRequest labels = request;
    labels.edges.clear();
    LayoutResult routed = result;
    for (qsizetype e = 0; e < kept.size(); ++e) {
        if (!kept[e].path.isEmpty()) {
            result.edges.append(kept[e]);
            continue;
        }
        const LayoutEdge &edge = request.edges[e];
        const qsizetype a = index.value(edge.source, -1), b = index.value(edge.target, -1);
        EdgeGeometry geometry { edge.key, {}, {}, {} };
        if (a >= 0 && b >= 0 && a != b) {
            const QList<QPointF> points = router.route(a, b);
            geometry.arrowTip = points.last();
            for (qsizetype i = 1; i < points.size(); ++i)
                appendLine(geometry.path, points[i - 1], points[i]);
            makeArrowRoom(geometry);
        } else {
            const QRectF box = a >= 0 ? placement.nodes[a] : QRectF();
            geometry = straightEdge(edge.key, box, box);
        }
        result.edges.append(geometry);
        labels.edges.append(edge);
        routed.edges.append(geometry);
    }
    // Only the labels of the edges routed here are placed, near their paths.
    if (!labels.edges.isEmpty())
        placeEdgeLabels(labels, routed, labelReach(routed.edges, labels.edges));
    for (const EdgeGeometry &geometry : std::as_const(routed.edges)) {
        for (EdgeGeometry &edge : result.edges) {
            if (edge.key == geometry.key)
                edge.labelBox = geometry.labelBox;
        }
    }
    return result;
}

} // namespace Portolan
