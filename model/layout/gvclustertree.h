#pragma once
// Private to the layout module: the zones of a request as a tree that can
// be trusted — unknown parents, parent cycles and duplicate keys are
// resolved once here (to top level / first wins), so every layout path
// nests clusters the same way — and cluster frames computed from their
// contents when Graphviz did not draw them (pinned mode, fallback).

#include "layout/layouttypes.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

namespace Portolan {

// Room the frame gives its title, as Graphviz reserves it for a cluster
// label: 8 points left and right of it, 4 above and below.
inline constexpr qreal clusterLabelPadX = 8;
inline constexpr qreal clusterLabelPadY = 4;

// The title's box at the top-left inside a frame.
QRectF clusterLabelBox(const QRectF &frame, const QSizeF &labelSize);

class ClusterTree
{
public:
    explicit ClusterTree(const LayoutRequest &request);

    qsizetype clusterCount() const { return m_clusters.size(); }
    const LayoutCluster &cluster(qsizetype index) const { return *m_clusters[index]; }
    // -1: not a known cluster.
    qsizetype indexOf(const QString &key) const { return m_index.value(key, -1); }
    // -1: top level.
    qsizetype parentOf(qsizetype cluster) const { return m_parent[cluster]; }
    // Children of `cluster`, or the top-level clusters for -1.
    const QList<qsizetype> &children(qsizetype cluster) const;
    // Request indices of the nodes directly in `cluster` (-1: in none).
    const QList<qsizetype> &members(qsizetype cluster) const;
    // Whether a node is in the cluster or any cluster nested in it.
    bool hasNodes(qsizetype cluster) const { return m_nodeCount[cluster] > 0; }
    // Every cluster after all its children.
    QList<qsizetype> childrenFirst() const;
    int depth(qsizetype cluster) const;

private:
    QList<const LayoutCluster *> m_clusters; // distinct keys, request order
    QHash<QString, qsizetype> m_index;
    QList<qsizetype> m_parent;
    QList<QList<qsizetype>> m_children; // by cluster index + 1
    QList<QList<qsizetype>> m_members; // by cluster index + 1
    QList<int> m_nodeCount; // in the whole subtree
};

// Frames around given node boxes: each cluster contains its members and
// child clusters plus `margin`, with room for its title on top. Clusters
// without nodes get an empty box (`box.isNull()`).
QList<ClusterGeometry> framesAroundMembers(const ClusterTree &tree, const QList<QRectF> &nodeBoxes,
                                           qreal margin);

} // namespace Portolan
