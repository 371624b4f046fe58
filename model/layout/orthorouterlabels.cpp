#include "layout/orthorouterparts.h"

#include "layout/gvroutes.h"

#include <QLineF>

namespace Portolan {

using namespace OrthoParts;

bool OrthoRouter::labelRoomFree(const QRectF &label) const
{
    const QRectF area(m_grid.position(0), m_grid.position(m_grid.size() - 1));
    if (!area.contains(label))
        return false;
    const Search &s = *m_search;
    const qreal room = m_grid.spacing().labelClearance;
    const RoutingGrid::Span around = m_grid.inside(label.adjusted(-room, -room, room, room));
    for (int r = around.row0; r <= around.row1; ++r) {
        for (int c = around.column0; c <= around.column1; ++c) {
            const int p = m_grid.index(c, r);
            const bool own = s.own[std::size_t(p)] == s.ownRound;
            if ((!own && !m_grid.unused(p)) || m_grid.label(p) != -1
                || (m_grid.flags(p) & RoutingGrid::Title))
                return false;
        }
    }
    // The label itself keeps a lead away from every box (where ports are)
    // and off every frame's border.
    const RoutingGrid::Span under = m_grid.inside(label);
    for (int r = under.row0; r <= under.row1; ++r) {
        for (int c = under.column0; c <= under.column1; ++c) {
            const int p = m_grid.index(c, r);
            if (m_grid.flags(p) & (RoutingGrid::NearNode | RoutingGrid::BandH | RoutingGrid::BandV))
                return false;
        }
    }
    for (const QRectF &box : m_grid.nodes()) {
        if (box.intersects(label))
            return false;
    }
    return true;
}

std::optional<QRectF> OrthoRouter::labelOnRoute(const Route &route, const QSizeF &size)
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
    // Straight runs in order from the source: horizontal ones first, then
    // vertical ones; along each, the spots nearest its start first.
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
                QList<QRectF> boxes;
                if (horizontal)
                    boxes = { QRectF(low.x(), a.y() - gap - h, w, h),
                              QRectF(low.x(), a.y() + gap, w, h) };
                else
                    boxes = { QRectF(a.x() + gap, low.y(), w, h),
                              QRectF(a.x() - gap - w, low.y(), w, h) };
                for (const QRectF &box : std::as_const(boxes)) {
                    if (labelRoomFree(box))
                        return box;
                }
            }
        }
    }
    return std::nullopt;
}

} // namespace Portolan
