// widenColumnGaps: room for the vertical runs between the columns of a
// left-to-right placement. dot spaces its ranks evenly, but the gap beside
// a box with twelve edges needs twelve tracks where the gap beside a box
// with one needs one.
#include "layout/orthogonallayout.h"

#include "layout/routinggrid.h"
#include "layout/spaceinsertion.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

namespace Portolan {

void widenColumnGaps(const LayoutRequest &request, const ClusterTree &tree,
                     OrthogonalPlacement &placement)
{
    const RoutingSpacing spacing;
    // Every box an edge may run between: nodes, then frames.
    QList<QRectF> boxes = placement.nodes;
    const qsizetype frameBase = boxes.size();
    for (const ClusterGeometry &cluster : std::as_const(placement.clusters))
        boxes.append(cluster.box);

    QHash<QString, qsizetype> byKey;
    for (qsizetype n = placement.nodes.size() - 1; n >= 0; --n)
        byKey.insert(request.nodes.value(n).key, n);
    for (qsizetype c = 0; c < tree.clusterCount(); ++c)
        byKey.insert(tree.cluster(c).key, frameBase + c);

    // Per box, the runs that use the gap on its right and on its left.
    QList<int> rightUse(boxes.size(), 0), leftUse(boxes.size(), 0);
    const auto leg = [&](qsizetype a, qsizetype b) {
        const qreal from = boxes[a].center().x(), to = boxes[b].center().x();
        if (to > from + 1) {
            ++rightUse[a];
            ++leftUse[b];
        } else if (to < from - 1) {
            ++leftUse[a];
            ++rightUse[b];
        }
    };
    for (qsizetype e = 0; e < request.edges.size(); ++e) {
        const qsizetype source = byKey.value(request.edges[e].source, -1);
        const qsizetype target = byKey.value(request.edges[e].target, -1);
        if (source < 0 || target < 0)
            continue;
        leg(source, target);
    }

    // Columns: nodes sharing a centre.
    std::map<qint64, QList<qsizetype>> columns;
    for (qsizetype b = 0; b < frameBase; ++b) {
        if (!boxes[b].isEmpty())
            columns[qRound64(boxes[b].center().x())].append(b);
    }
    SpaceInsertion insertions;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const auto next = std::next(it);
        if (next == columns.end())
            break;
        qreal right = -qInf(), left = qInf();
        int demand = 0;
        for (const qsizetype b : it->second) {
            right = qMax(right, boxes[b].right());
            demand = qMax(demand, rightUse[b]);
        }
        for (const qsizetype b : next->second) {
            left = qMin(left, boxes[b].left());
            demand = qMax(demand, leftUse[b]);
        }
        if (left <= right)
            continue; // columns that overlap: nothing to widen between them
        const qreal needed = (demand + 1) * spacing.pitch + 2 * spacing.lead;
        const qreal deficit = needed - (left - right);
        if (deficit > 0)
            insertions.add(Qt::Horizontal, (left + right) / 2,
                           std::ceil(deficit / spacing.pitch) * spacing.pitch);
    }
    if (insertions.isEmpty())
        return;

    applyInsertion(insertions, placement);
}

} // namespace Portolan
