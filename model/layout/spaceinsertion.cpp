#include "layout/spaceinsertion.h"

namespace Portolan {

void SpaceInsertion::add(Qt::Orientation orientation, qreal at, qreal amount)
{
    if (amount <= 0)
        return;
    (orientation == Qt::Horizontal ? m_columns : m_rows).append({ at, amount });
}

qreal SpaceInsertion::shift(const QList<Line> &lines, qreal value)
{
    qreal total = 0;
    for (const Line &line : lines) {
        if (line.at < value)
            total += line.amount;
    }
    return total;
}

QPointF SpaceInsertion::map(QPointF point) const
{
    return point + QPointF(shift(m_columns, point.x()), shift(m_rows, point.y()));
}

QRectF SpaceInsertion::moved(const QRectF &box) const
{
    if (box.isNull())
        return box;
    return box.translated(map(box.center()) - box.center());
}

QRectF SpaceInsertion::stretched(const QRectF &frame) const
{
    if (frame.isNull())
        return frame;
    return QRectF(map(frame.topLeft()), map(frame.bottomRight()));
}

} // namespace Portolan
