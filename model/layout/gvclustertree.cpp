#include "layout/gvclustertree.h"

#include <QSet>

namespace Portolan {

QRectF clusterLabelBox(const QRectF &frame, const QSizeF &labelSize)
{
    if (labelSize.isEmpty())
        return QRectF();
    return QRectF(frame.topLeft() + QPointF(clusterLabelPadX, clusterLabelPadY), labelSize);
}

ClusterTree::ClusterTree(const LayoutRequest &request)
{
    for (const LayoutCluster &cluster : request.clusters) {
        if (m_index.contains(cluster.key))
            continue;
        m_index.insert(cluster.key, m_clusters.size());
        m_clusters.append(&cluster);
    }
    const qsizetype count = m_clusters.size();
    m_parent.fill(-1, count);
    for (qsizetype i = 0; i < count; ++i) {
        // Follow the parent chain: one that comes back to i is a cycle and
        // puts i at the top level (which breaks the cycle for the others).
        qsizetype parent = m_index.value(m_clusters[i]->parent, -1);
        QSet<qsizetype> seen;
        for (qsizetype p = parent; p >= 0 && !seen.contains(p);
             p = m_index.value(m_clusters[p]->parent, -1)) {
            if (p == i) {
                parent = -1;
                break;
            }
            seen.insert(p);
        }
        m_parent[i] = parent;
    }
    m_children.resize(count + 1);
    for (qsizetype i = 0; i < count; ++i)
        m_children[m_parent[i] + 1].append(i);
    m_members.resize(count + 1);
    m_nodeCount.fill(0, count);
    for (qsizetype n = 0; n < request.nodes.size(); ++n) {
        const qsizetype cluster = indexOf(request.nodes[n].cluster);
        m_members[cluster + 1].append(n);
        for (qsizetype c = cluster; c >= 0; c = m_parent[c])
            ++m_nodeCount[c];
    }
}

const QList<qsizetype> &ClusterTree::children(qsizetype cluster) const
{
    return m_children[cluster + 1];
}

const QList<qsizetype> &ClusterTree::members(qsizetype cluster) const
{
    return m_members[cluster + 1];
}

QList<qsizetype> ClusterTree::childrenFirst() const
{
    QList<qsizetype> order;
    order.reserve(m_clusters.size());
    // Depth-first post-order from the top-level clusters.
    QList<std::pair<qsizetype, qsizetype>> stack; // cluster, next child
    for (qsizetype top : children(-1)) {
        stack.append({ top, 0 });
        while (!stack.isEmpty()) {
            auto &[cluster, next] = stack.last();
            if (next < children(cluster).size()) {
                const qsizetype child = children(cluster)[next++];
                stack.append({ child, 0 });
            } else {
                order.append(cluster);
                stack.removeLast();
            }
        }
    }
    return order;
}

int ClusterTree::depth(qsizetype cluster) const
{
    int depth = 0;
    for (qsizetype c = m_parent[cluster]; c >= 0; c = m_parent[c])
        ++depth;
    return depth;
}

QList<ClusterGeometry> framesAroundMembers(const ClusterTree &tree, const QList<QRectF> &nodeBoxes,
                                           qreal margin)
{
    QList<ClusterGeometry> frames(tree.clusterCount());
    for (qsizetype c : tree.childrenFirst()) {
        const LayoutCluster &cluster = tree.cluster(c);
        frames[c].key = cluster.key;
        if (!tree.hasNodes(c))
            continue;
        QRectF content;
        for (qsizetype n : tree.members(c))
            content |= nodeBoxes[n];
        for (qsizetype child : tree.children(c))
            content |= frames[child].box;
        QRectF frame = content.adjusted(-margin, -margin, margin, margin);
        if (!cluster.labelSize.isEmpty()) {
            frame.setTop(frame.top() - cluster.labelSize.height() - 2 * clusterLabelPadY);
            frame.setWidth(qMax(frame.width(), cluster.labelSize.width() + 2 * clusterLabelPadX));
        }
        frames[c].box = frame;
        frames[c].labelBox = clusterLabelBox(frame, cluster.labelSize);
    }
    return frames;
}

} // namespace Portolan
