#pragma once
// Private to the layout module: edges between boxes that stay where they
// are, routed around the other boxes without Graphviz. Graphviz's router
// for fixed positions builds a visibility graph over every box corner and
// takes seconds from about 150 boxes on; this one searches a grid of
// cells (A*, eight directions) and then pulls the path straight wherever
// nothing is in the way, so an edge is a polyline of a few pieces.

#include "layout/layouttypes.h"

#include <QList>
#include <QPointF>
#include <QRectF>

#include <vector>

namespace Portolan {

class MazeRouter
{
public:
    // `clearance`: room kept between a route and the boxes it passes.
    MazeRouter(const QList<QRectF> &boxes, qreal clearance);

    // A polyline from the border of box `from` to the border of box `to`
    // that enters no other box. When there is no such way (a box walled in
    // or covered by others) it crosses as few boxes as it can; a box to
    // itself gets a straight line.
    QList<QPointF> route(qsizetype from, qsizetype to) const;

private:
    int cellAt(QPointF p) const;
    QPointF centreOf(int cell) const;
    bool passable(int cell, qsizetype from, qsizetype to) const;
    bool clearLine(QPointF a, QPointF b, qsizetype from, qsizetype to) const;
    // `soft`: cells inside other boxes may be crossed, at a high cost.
    QList<int> search(int start, int goal, qsizetype from, qsizetype to, bool soft) const;

    QList<QRectF> m_boxes;
    QRectF m_area;
    qreal m_cell = 1;
    int m_columns = 1;
    int m_rows = 1;
    // Per cell: -1 free, -2 more than one box, else the box covering it.
    std::vector<int> m_owner;
    // Scratch for search(), stamped so that it need not be cleared.
    mutable std::vector<unsigned> m_stamp;
    mutable std::vector<float> m_cost;
    mutable std::vector<int> m_came;
    mutable unsigned m_round = 0;
};

} // namespace Portolan
