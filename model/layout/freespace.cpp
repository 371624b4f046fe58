#include "layout/freespace.h"

#include <algorithm>
#include <cmath>

namespace Portolan {

namespace {

constexpr qreal step = 12;

bool meets(const QRectF &a, const QRectF &b)
{
    return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom()
        && b.top() < a.bottom();
}

bool lineMeets(const QLineF &line, const QRectF &box)
{
    const QRectF extent = QRectF(line.p1(), line.p2()).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
    return meets(extent, box);
}

} // namespace

void FreeSpace::addRoute(const QList<QPointF> &points)
{
    for (qsizetype i = 1; i < points.size(); ++i)
        m_routes.append(QLineF(points[i - 1], points[i]));
}

bool FreeSpace::frameWithin(int inner, int outer) const
{
    for (int f = inner; f >= 0; f = m_frames[f].parent) {
        if (f == outer)
            return true;
    }
    return false;
}

bool FreeSpace::free(const QRectF &box, int frame, bool avoidRoutes) const
{
    const QRectF spaced = box.adjusted(-boxGap, -boxGap, boxGap, boxGap);
    for (const QRectF &other : m_boxes) {
        if (meets(spaced, other))
            return false;
    }
    const QRectF near = box.adjusted(-6, -6, 6, 6);
    for (const QRectF &label : m_labels) {
        if (meets(near, label))
            return false;
    }
    for (const QRectF &title : m_titles) {
        if (meets(near, title))
            return false;
    }
    const QRectF framed = box.adjusted(-frameGap, -frameGap, frameGap, frameGap);
    for (qsizetype f = 0; f < m_frames.size(); ++f) {
        if (m_frames[f].box.isNull() || frameWithin(frame, int(f)))
            continue;
        if (meets(framed, m_frames[f].box))
            return false;
    }
    if (avoidRoutes) {
        for (const QLineF &line : m_routes) {
            if (lineMeets(line, near))
                return false;
        }
    }
    return true;
}

std::optional<QRectF> FreeSpace::spotFor(const QSizeF &size, QPointF target, const QRectF &region,
                                         int frame, qreal reach) const
{
    // Offsets from the target in rings, nearest first.
    const int rings = qMax(1, int(std::ceil(reach / step)));
    QList<QPoint> offsets;
    offsets.reserve((2 * rings + 1) * (2 * rings + 1));
    for (int dy = -rings; dy <= rings; ++dy) {
        for (int dx = -rings; dx <= rings; ++dx)
            offsets.append(QPoint(dx, dy));
    }
    std::stable_sort(offsets.begin(), offsets.end(), [](const QPoint &a, const QPoint &b) {
        return a.x() * a.x() + a.y() * a.y() < b.x() * b.x() + b.y() * b.y();
    });
    for (const bool avoidRoutes : { true, false }) {
        for (const QPoint &offset : std::as_const(offsets)) {
            QRectF box(QPointF(), size);
            box.moveCenter(target + QPointF(offset) * step);
            if (!region.isNull() && !region.contains(box))
                continue;
            if (free(box, frame, avoidRoutes))
                return box;
        }
    }
    return std::nullopt;
}

} // namespace Portolan
