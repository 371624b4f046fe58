#include "layout/orthorouterparts.h"

#include <QLineF>

namespace Portolan {

using namespace OrthoParts;

QRectF OrthoRouter::endBox(const RouteEnd &end) const
{
    if (end.node >= 0)
        return m_grid.nodes().value(end.node);
    return end.frame >= 0 ? m_grid.frames().value(end.frame).box : QRectF();
}

OrthoRouter::Ends OrthoRouter::endsOf(const RouteEnd &end, const RouteEnd &other, bool source) const
{
    Ends ends;
    ends.end = end;
    ends.box = endBox(end);
    const QRectF b = ends.box;
    const qreal lead = m_grid.spacing().lead;
    using namespace Compass;
    ends.sides[East]
        = { m_grid.rowFrom(b.top() + cornerRoom), m_grid.rowUpTo(b.bottom() - cornerRoom),
            m_grid.columnFrom(b.right() + lead) };
    ends.sides[West]
        = { ends.sides[East].track0, ends.sides[East].track1, m_grid.columnUpTo(b.left() - lead) };
    ends.sides[South]
        = { m_grid.columnFrom(b.left() + cornerRoom), m_grid.columnUpTo(b.right() - cornerRoom),
            m_grid.rowFrom(b.bottom() + lead) };
    ends.sides[North]
        = { ends.sides[South].track0, ends.sides[South].track1, m_grid.rowUpTo(b.top() - lead) };
    if (end.node == other.node && end.frame == other.frame) {
        // A loop: out of the right side and back into the top, round the
        // corner, so that it is seen beside the box.
        for (int side = 0; side < 4; ++side) {
            if (side != (source ? East : North))
                ends.sides[side].track1 = ends.sides[side].track0 - 1;
        }
    }
    return ends;
}

std::vector<char> OrthoRouter::allowedFrames(const RouteRequest &request) const
{
    const QList<RoutingFrame> &frames = m_grid.frames();
    std::vector<char> allowed(std::size_t(frames.size()), 0);
    const auto allowChain = [&](int frame) {
        for (int f = frame; f >= 0; f = frames[f].parent)
            allowed[std::size_t(f)] = 1;
    };
    for (const RouteEnd &end : { request.source, request.target }) {
        if (end.node >= 0) {
            // The innermost frame holding the box, and every frame around it.
            const QRectF box = m_grid.nodes()[end.node];
            int innermost = -1;
            for (qsizetype f = 0; f < frames.size(); ++f) {
                if (frames[f].box.contains(box))
                    innermost = int(f); // parents come first: the last is the innermost
            }
            allowChain(innermost);
        } else if (end.frame >= 0) {
            allowChain(frames[end.frame].parent); // around the frame, never into it
        }
    }
    return allowed;
}

void OrthoRouter::assess(const std::vector<char> &allowed, const RouteRequest &request,
                         Route &route) const
{
    const std::vector<int> &cells = route.cells;
    route.axes.assign(cells.size(), 0);
    route.crossings = 0;
    route.overlaps = 0;
    route.violations.clear();
    route.forced = false;
    const QRectF sourceBox = endBox(request.source), targetBox = endBox(request.target);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            route.axes[i] |= std::uint8_t(axisOf(m_grid, cells[i - 1], cells[i]));
        if (i + 1 < cells.size())
            route.axes[i] |= std::uint8_t(axisOf(m_grid, cells[i], cells[i + 1]));
        if (i == 0)
            continue;
        const bool h = axisOf(m_grid, cells[i - 1], cells[i]) == 1;
        const int d = h
            ? (m_grid.column(cells[i]) > m_grid.column(cells[i - 1]) ? Compass::East
                                                                     : Compass::West)
            : (m_grid.row(cells[i]) > m_grid.row(cells[i - 1]) ? Compass::South : Compass::North);
        // Near its own ends a route may pass its ends' own room.
        const QPointF at = m_grid.position(cells[i]);
        const qreal lead = m_grid.spacing().lead + m_grid.spacing().pitch;
        const RouteEnd *own = nullptr;
        if (sourceBox.adjusted(-lead, -lead, lead, lead).contains(at))
            own = &request.source;
        else if (targetBox.adjusted(-lead, -lead, lead, lead).contains(at))
            own = &request.target;
        const float cost = enterCost(allowed, cells[i], d, own);
        if (cost >= m_costs.forbidden) {
            route.forced = true;
            route.violations.push_back(cells[i]);
        } else if ((h ? m_grid.horizontalUse(cells[i]) : m_grid.verticalUse(cells[i])) > 0) {
            ++route.overlaps;
            route.violations.push_back(cells[i]);
        }
        if ((h ? m_grid.verticalUse(cells[i]) : m_grid.horizontalUse(cells[i])) > 0)
            ++route.crossings;
    }
}

void OrthoRouter::occupy(const QList<QPointF> &corners)
{
    const qreal pitch = m_grid.spacing().pitch;
    const auto onTrack = [&](qreal value, qreal origin) {
        const qreal t = (value - origin) / pitch;
        return std::abs(t - std::round(t)) < 0.05;
    };
    const QPointF origin = m_grid.position(0);
    const QPointF last = m_grid.position(m_grid.size() - 1);
    for (qsizetype i = 1; i < corners.size(); ++i) {
        const QPointF a = corners[i - 1], b = corners[i];
        const bool horizontal = same(a.y(), b.y());
        if (!horizontal && !same(a.x(), b.x()))
            continue; // not a right-angled piece
        const qreal across = horizontal ? a.y() : a.x();
        if (!onTrack(across, horizontal ? origin.y() : origin.x())
            || across < (horizontal ? origin.y() : origin.x()) - 0.5
            || across > (horizontal ? last.y() : last.x()) + 0.5)
            continue;
        const qreal from = horizontal ? qMin(a.x(), b.x()) : qMin(a.y(), b.y());
        const qreal to = horizontal ? qMax(a.x(), b.x()) : qMax(a.y(), b.y());
        if (horizontal) {
            const int r = m_grid.rowFrom(across - 0.5);
            for (int c = m_grid.columnFrom(from); c <= m_grid.columnUpTo(to); ++c) {
                if (m_grid.x(c) >= from - 0.5 && m_grid.x(c) <= to + 0.5)
                    m_grid.use(m_grid.index(c, r), true, +1);
            }
        } else {
            const int c = m_grid.columnFrom(across - 0.5);
            for (int r = m_grid.rowFrom(from); r <= m_grid.rowUpTo(to); ++r) {
                if (m_grid.y(r) >= from - 0.5 && m_grid.y(r) <= to + 0.5)
                    m_grid.use(m_grid.index(c, r), false, +1);
            }
        }
    }
}

void OrthoRouter::finish(Route &route, const RouteRequest &request) const
{
    route.points.clear();
    const std::vector<int> &cells = route.cells;
    if (cells.empty())
        return;
    QList<QPointF> pts;
    pts.reserve(qsizetype(cells.size()) + 2);
    for (const int cell : cells)
        pts.append(m_grid.position(cell));
    // The exact border points, where the first and last cells' line meets the box.
    const QRectF sourceBox = endBox(request.source), targetBox = endBox(request.target);
    const auto border = [](const QRectF &box, QPointF p, bool horizontalLine) {
        if (horizontalLine)
            return QPointF(p.x() < box.center().x() ? box.left() : box.right(), p.y());
        return QPointF(p.x(), p.y() < box.center().y() ? box.top() : box.bottom());
    };
    const bool firstHorizontal = pts.size() < 2 || same(pts[0].y(), pts[1].y());
    const bool lastHorizontal
        = pts.size() < 2 || same(pts[pts.size() - 1].y(), pts[pts.size() - 2].y());
    pts.prepend(border(sourceBox, pts.first(), firstHorizontal));
    pts.append(border(targetBox, pts.last(), lastHorizontal));
    // Only the corners.
    QList<QPointF> corners { pts.first() };
    for (qsizetype i = 1; i + 1 < pts.size(); ++i) {
        const QPointF a = corners.last(), b = pts[i], c = pts[i + 1];
        const bool collinear = (same(a.x(), b.x()) && same(b.x(), c.x()))
            || (same(a.y(), b.y()) && same(b.y(), c.y()));
        if (!collinear && b != a)
            corners.append(b);
    }
    corners.append(pts.last());
    route.points = corners;
}

} // namespace Portolan
