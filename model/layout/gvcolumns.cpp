#include "layout/gvcolumns.h"

namespace Portolan {

ColumnArrangement::ColumnArrangement(const LayoutRequest &request, const ClusterTree &tree)
    : m_request(request)
    , m_tree(tree)
    , m_margin(qMax<qreal>(0, request.options.clusterMargin))
    , m_gap(qMax<qreal>(8, request.options.nodeSpacing))
    , m_nodeBoxes(request.nodes.size())
    , m_clusters(tree.clusterCount())
{
    for (qsizetype c = 0; c < tree.clusterCount(); ++c)
        m_clusters[c].key = tree.cluster(c).key;
}

void ColumnArrangement::arrangeAll(QPointF origin, qreal columnGap)
{
    qreal x = origin.x();
    if (!m_tree.members(-1).isEmpty()) {
        qreal width = 0;
        stack(m_tree.members(-1), {}, x, origin.y(), &width);
        x += width + columnGap;
    }
    for (qsizetype top : m_tree.children(-1))
        x += place(top, QPointF(x, origin.y())).width() + columnGap;
}

void ColumnArrangement::arrangeEmptyClusters(QPointF origin, qreal columnGap)
{
    qreal x = origin.x();
    for (qsizetype c = 0; c < m_tree.clusterCount(); ++c) {
        // The topmost empty clusters; their children are empty too.
        const qsizetype parent = m_tree.parentOf(c);
        if (m_tree.hasNodes(c) || (parent >= 0 && !m_tree.hasNodes(parent)))
            continue;
        x += place(c, QPointF(x, origin.y())).width() + columnGap;
    }
}

// Lays out one cluster with its top-left corner at `topLeft`; returns its size.
QSizeF ColumnArrangement::place(qsizetype cluster, QPointF topLeft)
{
    const QSizeF labelSize = m_tree.cluster(cluster).labelSize;
    const qreal labelRoom = labelSize.isEmpty() ? 0 : labelSize.height() + 2 * clusterLabelPadY;
    const qreal left = topLeft.x() + m_margin;
    const qreal top = topLeft.y() + labelRoom + m_margin;
    qreal contentWidth = 0;
    const qreal bottom
        = stack(m_tree.members(cluster), m_tree.children(cluster), left, top, &contentWidth);
    const qreal width
        = qMax(contentWidth + 2 * m_margin,
               labelSize.isEmpty() ? 2 * m_margin : labelSize.width() + 2 * clusterLabelPadX);
    const qreal height = qMax(bottom, top) + m_margin - topLeft.y();
    const QRectF frame(topLeft, QSizeF(width, height));
    m_clusters[cluster].box = frame;
    m_clusters[cluster].labelBox = clusterLabelBox(frame, labelSize);
    return frame.size();
}

// Stacks node boxes, then child clusters, downwards from (x, y); returns the
// bottom of the last one placed (y when none) and the widest in `width`.
qreal ColumnArrangement::stack(const QList<qsizetype> &members, const QList<qsizetype> &children,
                               qreal x, qreal y, qreal *width)
{
    qreal next = y;
    qreal bottom = y;
    for (qsizetype n : members) {
        const QSizeF size = m_request.nodes[n].size;
        m_nodeBoxes[n] = QRectF(QPointF(x, next), size);
        *width = qMax(*width, size.width());
        bottom = next + size.height();
        next = bottom + m_gap;
    }
    for (qsizetype child : children) {
        const QSizeF size = place(child, QPointF(x, next));
        *width = qMax(*width, size.width());
        bottom = next + size.height();
        next = bottom + m_gap;
    }
    return bottom;
}

} // namespace Portolan
