#pragma once
// The rectangle round points and boxes, grown one at a time with min and
// max: at XL a layout's bounds take some 50,000 points, and uniting
// QRectFs checks each for being null and normalised first.

#include <QRectF>

#include <algorithm>
#include <limits>

namespace Portolan {

class Extent
{
public:
    void add(QPointF p)
    {
        m_left = std::min(m_left, p.x());
        m_right = std::max(m_right, p.x());
        m_top = std::min(m_top, p.y());
        m_bottom = std::max(m_bottom, p.y());
    }
    void add(const QRectF &r)
    {
        if (r.isNull())
            return;
        add(r.topLeft());
        add(r.bottomRight());
    }
    QRectF rect() const
    {
        if (m_left > m_right)
            return {};
        return QRectF(QPointF(m_left, m_top), QPointF(m_right, m_bottom));
    }

private:
    qreal m_left = std::numeric_limits<qreal>::max();
    qreal m_right = std::numeric_limits<qreal>::lowest();
    qreal m_top = std::numeric_limits<qreal>::max();
    qreal m_bottom = std::numeric_limits<qreal>::lowest();
};

} // namespace Portolan
