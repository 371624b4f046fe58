#include "layout/layoutupdate.h"

#include "layout/routinggrid.h"

#include <cmath>

namespace Portolan {

namespace {

// How far from the boxes it has edges with a new box may go before its
// zone is made larger instead.
constexpr qreal reach = 900;

} // namespace

void LayoutUpdate::resize(qsizetype node, const QSizeF &size)
{
    const QRectF old = m_boxes[node];
    const QRectF grown(old.topLeft(), size);
    const qsizetype cluster = clusterOf(node);
    const QRectF region = cluster >= 0 ? interior(cluster) : QRectF();
    const FreeSpace space = freeSpace({ node });
    if (space.isFree(grown, int(cluster)) && (region.isNull() || region.contains(grown))) {
        m_boxes[node] = grown;
    } else {
        // Room beside it, as wide and as high as it grew: what lies beyond
        // its middle moves on, frames across it grow.
        SpaceInsertion room;
        if (size.width() > old.width())
            room.add(Qt::Horizontal, old.center().x(), roundUp(size.width() - old.width()));
        if (size.height() > old.height())
            room.add(Qt::Vertical, old.center().y(), roundUp(size.height() - old.height()));
        insert(room);
        m_boxes[node] = QRectF(m_boxes[node].topLeft(), size);
    }
    m_changed[node] = true;
}

void LayoutUpdate::pin(qsizetype node, QPointF centre)
{
    QRectF box(QPointF(), m_request.nodes[node].size);
    box.moveCenter(centre);
    const qsizetype cluster = clusterOf(node);
    const QRectF region = cluster >= 0 ? interior(cluster) : QRectF();
    if (!region.isNull() && !region.contains(box)) {
        // A component stays inside its zone: as near the drop as fits.
        box.moveLeft(
            qBound(region.left(), box.left(), qMax(region.left(), region.right() - box.width())));
        box.moveTop(
            qBound(region.top(), box.top(), qMax(region.top(), region.bottom() - box.height())));
    }
    const FreeSpace space = freeSpace({ node });
    if (!space.isFree(box, int(cluster))) {
        if (const auto spot = space.spotFor(box.size(), box.center(), region, int(cluster), reach))
            box = *spot;
    }
    m_boxes[node] = box;
    m_changed[node] = true;
}

Qt::Orientation LayoutUpdate::growFrame(qsizetype cluster, const QSizeF &room)
{
    // Along its longer side, where its members line up: inside its bottom
    // (or right) side, so that what lies beyond moves on and frames across
    // the line grow.
    const QRectF frame = m_frames[cluster].box;
    const Qt::Orientation along = frame.height() > frame.width() ? Qt::Vertical : Qt::Horizontal;
    SpaceInsertion space;
    if (along == Qt::Vertical)
        space.add(Qt::Vertical, frame.bottom() - m_margin + 0.5, roundUp(room.height()));
    else
        space.add(Qt::Horizontal, frame.right() - m_margin + 0.5, roundUp(room.width()));
    insert(space);
    return along;
}

void LayoutUpdate::place(qsizetype node)
{
    const QSizeF size = m_request.nodes[node].size;
    const qsizetype cluster = clusterOf(node);
    QRectF region = cluster >= 0 ? interior(cluster) : QRectF();
    const QRectF bounds = drawingBounds();
    QPointF target = neighbourCentre({ node }).value_or(
        region.isNull() ? QPointF(bounds.right(), bounds.top()) : region.center());
    std::optional<QRectF> spot
        = freeSpace({ node }).spotFor(size, target, region, int(cluster), reach);
    if (!spot && cluster >= 0) {
        const QSizeF strip = size + QSizeF(2 * FreeSpace::boxGap, 2 * FreeSpace::boxGap);
        if (growFrame(cluster, strip) == Qt::Vertical)
            target.setY(interior(cluster).bottom() - strip.height() / 2);
        else
            target.setX(interior(cluster).right() - strip.width() / 2);
        region = interior(cluster);
        spot = freeSpace({ node }).spotFor(size, target, region, int(cluster), reach);
    }
    if (!spot) {
        // Nothing free nearby: beside everything, at the target's height.
        QRectF box(QPointF(), size);
        box.moveCenter(QPointF(drawingBounds().right() + 2 * FreeSpace::boxGap + size.width() / 2,
                               target.y()));
        spot = box;
    }
    m_boxes[node] = *spot;
    m_changed[node] = true;
}

void LayoutUpdate::placeZone(qsizetype cluster)
{
    // Its members in a grid, framed, the frame put where a box would go.
    const QList<qsizetype> members = subtreeNodes(cluster);
    QSizeF cell;
    for (const qsizetype n : members)
        cell = cell.expandedTo(m_request.nodes[n].size);
    cell += QSizeF(FreeSpace::boxGap, FreeSpace::boxGap);
    const int columns = qMax(1, int(std::ceil(std::sqrt(qreal(members.size())))));
    const int rows = qMax(1, int((members.size() + columns - 1) / columns));
    const qreal title = m_tree.cluster(cluster).labelSize.height() + 2 * clusterLabelPadY;
    const QSizeF frameSize(qMax(columns * cell.width(),
                                m_tree.cluster(cluster).labelSize.width() + 2 * clusterLabelPadX)
                               + 2 * m_margin,
                           rows * cell.height() + qMax(m_margin, title) + m_margin);
    const qsizetype parent = m_tree.parentOf(cluster);
    QRectF region = parent >= 0 ? interior(parent) : QRectF();
    const QRectF bounds = drawingBounds();
    const QPointF target = neighbourCentre(members).value_or(
        region.isNull() ? QPointF(bounds.right(), bounds.top()) : region.center());
    std::optional<QRectF> spot
        = freeSpace(members).spotFor(frameSize, target, region, int(parent), reach);
    if (!spot && parent >= 0) {
        growFrame(parent, frameSize + QSizeF(2 * FreeSpace::boxGap, 2 * FreeSpace::boxGap));
        region = interior(parent);
        spot = freeSpace(members).spotFor(frameSize, target, region, int(parent), reach);
    }
    if (!spot)
        spot = QRectF(QPointF(drawingBounds().right() + 2 * FreeSpace::frameGap, target.y()),
                      frameSize);
    m_frames[cluster].box = *spot;
    m_frameChanged[cluster] = true;
    const QPointF origin = spot->topLeft() + QPointF(m_margin, qMax(m_margin, title));
    for (qsizetype i = 0; i < members.size(); ++i) {
        QRectF box(QPointF(), m_request.nodes[members[i]].size);
        box.moveCenter(
            origin
            + QPointF((i % columns + 0.5) * cell.width(), (i / columns + 0.5) * cell.height()));
        m_boxes[members[i]] = box;
        m_changed[members[i]] = true;
    }
}

} // namespace Portolan
