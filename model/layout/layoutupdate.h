#pragma once
// Private to updateLayout(): the state of one update, per node and cluster
// of the request, and its steps. updatelayout.cpp holds the bookkeeping and
// the run; updateplacement.cpp finds room for what has none.

#include "layout/freespace.h"
#include "layout/gvclustertree.h"
#include "layout/layouttypes.h"
#include "layout/spaceinsertion.h"

#include <optional>

namespace Portolan {

class LayoutUpdate
{
public:
    LayoutUpdate(const LayoutRequest &request, const LayoutResult &previous);
    LayoutResult run();

private:
    // Rounded up to whole tracks, so that routes stay on the grid.
    static qreal roundUp(qreal value);
    void insert(const SpaceInsertion &insertion);
    QRectF interior(qsizetype cluster) const;
    FreeSpace freeSpace(const QList<qsizetype> &except) const;
    qsizetype clusterOf(qsizetype node) const;
    // Whether cluster `inner` is `outer` or lies in it.
    bool holds(qsizetype outer, qsizetype inner) const;
    QList<qsizetype> subtreeNodes(qsizetype cluster) const;
    std::optional<QPointF> neighbourCentre(const QList<qsizetype> &nodes) const;
    QRectF drawingBounds() const;
    void resize(qsizetype node, const QSizeF &size);
    void pin(qsizetype node, QPointF centre);
    void place(qsizetype node);
    void placeZone(qsizetype cluster);
    // Makes `room` more space in a frame; says which way it grew.
    Qt::Orientation growFrame(qsizetype cluster, const QSizeF &room);
    void fitFrames();
    QList<EdgeGeometry> keptEdges() const;

    const LayoutRequest &m_request;
    const LayoutResult &m_previous;
    ClusterTree m_tree;
    qreal m_margin;
    QList<qsizetype> m_first; // per node: the first node with its key
    QList<QRectF> m_boxes; // per node; null: none yet
    QList<bool> m_changed; // per node: new, moved or resized
    QList<ClusterGeometry> m_frames; // per cluster; null box: none yet
    QList<bool> m_frameChanged;
    QList<EdgeGeometry> m_edges; // per edge: the previous geometry, if any
};

} // namespace Portolan
