#pragma once
// Private to the layout module: room made in a finished drawing by
// inserting space along lines. Everything beyond a line moves by the
// amount inserted there; a frame across the line grows instead, so that
// nothing that did not overlap comes to overlap, and right-angled routes
// stay right-angled (a run across the line grows longer).

#include <QList>
#include <QPointF>
#include <QRectF>

namespace Portolan {

class SpaceInsertion
{
public:
    // Space of `amount` points at x = `at` (Qt::Horizontal: everything right
    // of it moves right) or at y = `at` (Qt::Vertical: everything below it).
    void add(Qt::Orientation orientation, qreal at, qreal amount);
    bool isEmpty() const { return m_columns.isEmpty() && m_rows.isEmpty(); }

    QPointF map(QPointF point) const;
    // A box keeps its size and moves with its centre.
    QRectF moved(const QRectF &box) const;
    // A frame's sides move on their own: it grows across the lines inside it.
    QRectF stretched(const QRectF &frame) const;

private:
    struct Line
    {
        qreal at;
        qreal amount;
    };
    static qreal shift(const QList<Line> &lines, qreal value);

    QList<Line> m_columns;
    QList<Line> m_rows;
};

} // namespace Portolan
