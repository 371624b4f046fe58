// The placement helpers shared by the steps of the right-angled layout:
// boxes by key, and space inserted across a placement.

#include "layout/orthogonallayout.h"

#include "layout/spaceinsertion.h"

#include <QHash>

namespace Portolan {

QHash<QString, QRectF> boxesByKey(const LayoutRequest &request, const ClusterTree &tree,
                                  const OrthogonalPlacement &placement)
{
    QHash<QString, QRectF> boxes;
    for (qsizetype n = placement.nodes.size() - 1; n >= 0; --n)
        boxes.insert(request.nodes.value(n).key, placement.nodes[n]);
    for (qsizetype c = 0; c < tree.clusterCount() && c < placement.clusters.size(); ++c)
        boxes.insert(tree.cluster(c).key, placement.clusters[c].box);
    return boxes;
}

void applyInsertion(const SpaceInsertion &insertion, OrthogonalPlacement &placement)
{
    for (QRectF &box : placement.nodes)
        box = insertion.moved(box);
    for (ClusterGeometry &cluster : placement.clusters) {
        if (cluster.box.isEmpty())
            continue;
        const QRectF frame = insertion.stretched(cluster.box);
        cluster.labelBox.translate(frame.topLeft() - cluster.box.topLeft());
        cluster.box = frame;
    }
}

} // namespace Portolan
