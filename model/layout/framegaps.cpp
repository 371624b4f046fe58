// widenFrameGaps: room for the routes that leave a zone. dot packs sibling
// frames a few points apart, but a route may not run through a frame that
// holds neither of its ends, nor along a frame's border: the routes that
// leave a zone need a channel of their own beside it, a track each.
#include "layout/orthogonallayout.h"

#include "layout/routinggrid.h"
#include "layout/spaceinsertion.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>

namespace Portolan {

namespace {

// A line of space and the free interval it widens: lines in one interval
// share it (the largest amount), instead of adding up.
struct GapLine
{
    qreal from, to; // the free interval, along the axis
    qreal amount;
};

void addMerged(QList<GapLine> &lines, const GapLine &line)
{
    for (GapLine &other : lines) {
        if (line.from < other.to + 0.5 && other.from < line.to + 0.5) {
            other.amount = qMax(other.amount, line.amount);
            return;
        }
    }
    lines.append(line);
}

// Whether a and b overlap across the axis (y for Qt::Horizontal).
bool facing(const QRectF &a, const QRectF &b, Qt::Orientation orientation)
{
    return orientation == Qt::Horizontal ? (a.top() < b.bottom() && b.top() < a.bottom())
                                         : (a.left() < b.right() && b.left() < a.right());
}

} // namespace

void widenFrameGaps(const LayoutRequest &request, const ClusterTree &tree,
                    OrthogonalPlacement &placement)
{
    const RoutingSpacing spacing;
    QList<QRectF> frames;
    for (const ClusterGeometry &cluster : std::as_const(placement.clusters))
        frames.append(cluster.box);
    if (frames.isEmpty())
        return;

    const QHash<QString, QRectF> boxOf = boxesByKey(request, tree, placement);

    // Per frame and side (Compass order), the routes that leave it that way.
    QList<std::array<int, 4>> demand(frames.size(), std::array<int, 4> {});
    for (const LayoutEdge &edge : request.edges) {
        const QRectF source = boxOf.value(edge.source), target = boxOf.value(edge.target);
        if (source.isNull() || target.isNull())
            continue;
        for (qsizetype f = 0; f < frames.size(); ++f) {
            const QRectF &frame = frames[f];
            if (frame.isEmpty())
                continue;
            const bool in = frame.contains(source.center()), out = frame.contains(target.center());
            if (in == out)
                continue;
            const QPointF other = in ? target.center() : source.center();
            const qreal dx = other.x() - std::clamp(other.x(), frame.left(), frame.right());
            const qreal dy = other.y() - std::clamp(other.y(), frame.top(), frame.bottom());
            using namespace Compass;
            const int side
                = std::abs(dx) >= std::abs(dy) ? (dx > 0 ? East : West) : (dy > 0 ? South : North);
            ++demand[f][side];
        }
    }

    // Everything a channel beside a frame ends at: boxes and frames that are
    // neither inside it nor around it.
    QList<QRectF> obstacles = placement.nodes;
    obstacles.append(frames);
    constexpr int mostTracks = 40;
    QList<GapLine> columns, rows;
    for (qsizetype f = 0; f < frames.size(); ++f) {
        const QRectF &frame = frames[f];
        if (frame.isEmpty())
            continue;
        for (int side = 0; side < 4; ++side) {
            const int tracks = std::min(demand[f][side], mostTracks);
            if (tracks == 0)
                continue;
            using namespace Compass;
            const Qt::Orientation orientation = horizontal(side) ? Qt::Horizontal : Qt::Vertical;
            const bool after = side == East || side == South;
            const qreal edge = side == East ? frame.right()
                : side == West              ? frame.left()
                : side == South             ? frame.bottom()
                                            : frame.top();
            qreal gap = qInf();
            for (const QRectF &o : std::as_const(obstacles)) {
                if (o.isEmpty() || o.contains(frame) || frame.contains(o)
                    || !facing(frame, o, orientation))
                    continue;
                const qreal near = side == East ? o.left()
                    : side == West              ? o.right()
                    : side == South             ? o.top()
                                                : o.bottom();
                const qreal distance = after ? near - edge : edge - near;
                if (distance >= -0.5)
                    gap = qMin(gap, qMax<qreal>(0, distance));
            }
            if (std::isinf(gap))
                continue; // open space beside it
            const qreal needed = 2 * spacing.frameClearance + (tracks + 1) * spacing.pitch;
            if (gap >= needed)
                continue;
            const qreal amount = std::ceil((needed - gap) / spacing.pitch) * spacing.pitch;
            const GapLine line = after ? GapLine { edge, edge + gap, amount }
                                       : GapLine { edge - gap, edge, amount };
            addMerged(orientation == Qt::Horizontal ? columns : rows, line);
        }
    }
    if (columns.isEmpty() && rows.isEmpty())
        return;
    SpaceInsertion insertion;
    for (const GapLine &line : std::as_const(columns))
        insertion.add(Qt::Horizontal, (line.from + line.to) / 2, line.amount);
    for (const GapLine &line : std::as_const(rows))
        insertion.add(Qt::Vertical, (line.from + line.to) / 2, line.amount);
    applyInsertion(insertion, placement);
}

} // namespace Portolan
