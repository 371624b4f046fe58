#pragma once
// Private to the layout module: the one place where Graphviz coordinates
// (points, y growing upwards, origin where the layout put it) become
// layout coordinates (points, y growing downwards) and back.

#include <graphviz/types.h>

#include <QPointF>
#include <QRectF>

namespace Portolan {

class GvCoordinates
{
public:
    // Flips y about `top`: Graphviz's y == top lands on layout y == 0.
    explicit GvCoordinates(qreal top = 0, qreal shiftX = 0)
        : m_top(top)
        , m_shiftX(shiftX)
    { }
    // The converter that maps the Graphviz point `graphviz` onto `layout`
    // (after a layout engine moved the drawing to its own origin).
    static GvCoordinates matching(pointf graphviz, QPointF layout)
    {
        return GvCoordinates(layout.y() + graphviz.y, layout.x() - graphviz.x);
    }

    QPointF toLayout(pointf p) const { return QPointF(p.x + m_shiftX, m_top - p.y); }
    QRectF toLayout(boxf box) const
    {
        return QRectF(toLayout(pointf { box.LL.x, box.UR.y }),
                      toLayout(pointf { box.UR.x, box.LL.y }));
    }
    pointf toGraphviz(QPointF p) const { return pointf { p.x() - m_shiftX, m_top - p.y() }; }

private:
    qreal m_top;
    qreal m_shiftX;
};

} // namespace Portolan
