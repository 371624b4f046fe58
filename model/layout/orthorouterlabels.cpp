#include "layout/orthorouterparts.h"

#include "layout/gvroutes.h"

#include <QLineF>

namespace Portolan {

using namespace OrthoParts;

int OrthoRouter::labelRoomCost(const QRectF &label, bool firstOnly) const
{
    const QRectF area(m_grid.position(0), m_grid.position(m_grid.size() - 1));
    if (!area.contains(label))
        return -1;
    const Search &s = *m_search;
    int cost = 0;
    const qreal room = m_grid.spacing().labelClearance;
    const RoutingGrid::Span around = m_grid.inside(label.adjusted(-room, -room, room, room));
    for (int r = around.row0; r <= around.row1; ++r) {
        for (int c = around.column0; c <= around.column1; ++c) {
            const int p = m_grid.index(c, r);
            const bool own = s.own[std::size_t(p)] == s.ownRound;
            const bool taken = m_grid.label(p) != -1 || (m_grid.flags(p) & RoutingGrid::Title);
            const bool under = label.contains(m_grid.position(p));
            if (taken && under)
                return -1; // on another label's room or a title
            if ((!own && !m_grid.unused(p)) || taken) {
                // Another route, label or title near; through the text, or
                // as near as its own route (+ 3 pt), is worse.
                const QPointF d = outside(label, m_grid.position(p));
                const bool asNear = qMax(d.x(), d.y()) <= m_grid.spacing().labelGap + 3;
                cost += under ? 100 : asNear ? 50 : 10;
                if (firstOnly)
                    return cost;
            }
        }
    }
    // The label itself keeps a lead away from every box (where ports are)
    // and off every frame's border.
    const RoutingGrid::Span under = m_grid.inside(label);
    for (int r = under.row0; r <= under.row1; ++r) {
        for (int c = under.column0; c <= under.column1; ++c) {
            const int p = m_grid.index(c, r);
            if (m_grid.flags(p)
                & (RoutingGrid::NearNode | RoutingGrid::BandH | RoutingGrid::BandV)) {
                ++cost;
                if (firstOnly)
                    return cost;
            }
        }
    }
    // Last: it is the dearest check, and most spots fail one before.
    for (const QRectF &box : m_grid.nodes()) {
        if (box.intersects(label))
            return -1;
    }
    return cost;
}

std::optional<QRectF> OrthoRouter::labelOnRoute(const Route &route, const QSizeF &size,
                                                QRectF *leastBad)
{
    Search &s = *m_search;
    if (++s.ownRound == 0) {
        s.own.clear();
        s.ownRound = 1;
    }
    for (const int cell : route.cells)
        s.own[std::size_t(cell)] = s.ownRound;
    const QList<QPointF> &pts = route.points;
    const qreal gap = m_grid.spacing().labelGap;
    const qreal pitch = m_grid.spacing().pitch;
    const qreal w = size.width(), h = size.height();
    // Every spot beside a straight run, in order from the source: horizontal
    // runs first, then vertical ones; along each, the spots nearest its
    // start first. `take` returns true to stop.
    const auto eachSpot = [&](const auto &take) {
        for (const bool wantHorizontal : { true, false }) {
            for (qsizetype i = 1; i < pts.size(); ++i) {
                const QPointF a = pts[i - 1];
                QPointF b = pts[i];
                const bool horizontal = same(a.y(), b.y());
                if (horizontal != wantHorizontal)
                    continue;
                if (i == pts.size() - 1) { // keep the arrow head clear
                    const QPointF along = (b - a) / qMax<qreal>(1e-9, QLineF(a, b).length());
                    b -= along * (arrowLength + 3);
                }
                const qreal length = QLineF(a, b).length();
                const qreal need = horizontal ? w : h;
                if (length < need + 2)
                    continue;
                const QPointF along = (b - a) / length;
                for (qreal t = 1; t + need <= length - 1; t += pitch) {
                    const QPointF start = a + along * t;
                    const QPointF end = a + along * (t + need);
                    const QPointF low(qMin(start.x(), end.x()), qMin(start.y(), end.y()));
                    const QRectF boxes[2] = {
                        horizontal ? QRectF(low.x(), a.y() - gap - h, w, h)
                                   : QRectF(a.x() + gap, low.y(), w, h),
                        horizontal ? QRectF(low.x(), a.y() + gap, w, h)
                                   : QRectF(a.x() - gap - w, low.y(), w, h),
                    };
                    for (const QRectF &box : boxes) {
                        if (take(box))
                            return;
                    }
                }
            }
        }
    };
    std::optional<QRectF> free;
    eachSpot([&](const QRectF &box) {
        if (labelRoomCost(box, true) == 0)
            free = box;
        return free.has_value();
    });
    if (free || !leastBad)
        return free;
    // No free spot: the one with the least in its way, still beside its own
    // run (after an edit, where nothing moves to make room).
    int best = -1;
    eachSpot([&](const QRectF &box) {
        const int cost = labelRoomCost(box, false);
        if (cost >= 0 && (best < 0 || cost < best)) {
            best = cost;
            *leastBad = box;
        }
        return false;
    });
    return std::nullopt;
}

} // namespace Portolan
