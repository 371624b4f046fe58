#pragma once
// Private to the layout module: the arrangement used without Graphviz —
// top-level zones side by side as columns, each with its members stacked
// and its nested zones stacked below them, inside its frame. Used by the
// fallback layout, and for zones that hold no node (dot leaves those out).

#include "layout/gvclustertree.h"

namespace Portolan {

class ColumnArrangement
{
public:
    ColumnArrangement(const LayoutRequest &request, const ClusterTree &tree);

    // Every node and cluster, columns starting at `origin`; nodes outside
    // any cluster form the first column.
    void arrangeAll(QPointF origin, qreal columnGap);
    // Only the clusters without nodes (nodes are left alone), in a row
    // starting at `origin`.
    void arrangeEmptyClusters(QPointF origin, qreal columnGap);

    // Per request node / per ClusterTree index; null boxes where not placed.
    const QList<QRectF> &nodeBoxes() const { return m_nodeBoxes; }
    const QList<ClusterGeometry> &clusters() const { return m_clusters; }

private:
    QSizeF place(qsizetype cluster, QPointF topLeft);
    qreal stack(const QList<qsizetype> &members, const QList<qsizetype> &children, qreal x, qreal y,
                qreal *width);

    const LayoutRequest &m_request;
    const ClusterTree &m_tree;
    const qreal m_margin;
    const qreal m_gap;
    QList<QRectF> m_nodeBoxes;
    QList<ClusterGeometry> m_clusters;
};

} // namespace Portolan
