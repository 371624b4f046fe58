#pragma once
// Private to the layout module: the plane the orthogonal router searches,
// as a grid of tracks `pitch` points apart. Every grid point knows what
// covers it — a box with the room kept around it, the innermost zone frame,
// a zone title, the band along a frame's border, the room of an edge label —
// and how many routes already pass it horizontally and vertically. A route
// runs from grid point to grid point, so two routes that run side by side
// are at least a pitch apart. Plain geometry: no Graphviz here.

#include <QList>
#include <QPointF>
#include <QRectF>

#include <cstdint>
#include <vector>

namespace Portolan {

struct RoutingFrame
{
    QRectF box;
    QRectF title; // empty: none
    int parent = -1; // index of the enclosing frame; parents come before children
};

struct RoutingSpacing
{
    qreal pitch = 6; // between neighbouring tracks: parallel runs keep this apart
    qreal nodeClearance = 6; // kept free around a box
    qreal frameClearance = 6; // band along a frame's border: crossed, never followed
    qreal titleClearance = 3;
    // Kept free of other edges around a label: more than its own edge's
    // distance (labelGap) + 3 pt, so that no other edge is as near.
    qreal labelClearance = 6;
    qreal labelGap = 1.5; // between a label and the run it sits on
    qreal lead = 12; // straight run out of a box before the first bend (an arrow head is 10)
};

namespace Compass {
enum Direction : std::uint8_t { East, South, West, North };
inline bool horizontal(int d)
{
    return d == East || d == West;
}
inline int opposite(int d)
{
    return (d + 2) % 4;
}
} // namespace Compass

class RoutingGrid
{
public:
    enum Flag : std::uint8_t {
        Title = 1, // over a zone title: no route
        BandH = 2, // near a horizontal border: only crossed vertically
        BandV = 4, // near a vertical border: only crossed horizontally
        NearNode = 8, // within a lead of a box: where its ports are, no label
    };

    RoutingGrid(const QRectF &area, const QList<QRectF> &nodes, const QList<RoutingFrame> &frames,
                const RoutingSpacing &spacing);

    const RoutingSpacing &spacing() const { return m_spacing; }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    int size() const { return m_columns * m_rows; }
    int index(int column, int row) const { return row * m_columns + column; }
    int column(int point) const { return point % m_columns; }
    int row(int point) const { return point / m_columns; }
    qreal x(int column) const { return m_origin.x() + column * m_spacing.pitch; }
    qreal y(int row) const { return m_origin.y() + row * m_spacing.pitch; }
    QPointF position(int point) const { return { x(column(point)), y(row(point)) }; }
    // The first track at or after / at or before a coordinate, clamped to the grid.
    int columnFrom(qreal x) const;
    int columnUpTo(qreal x) const;
    int rowFrom(qreal y) const;
    int rowUpTo(qreal y) const;
    // The neighbour one track away, -1 off the grid.
    int step(int point, int direction) const;
    bool contains(QPointF p) const;

    const QList<QRectF> &nodes() const { return m_nodes; }
    const QList<RoutingFrame> &frames() const { return m_frames; }

    int node(int point) const { return m_points[point].node; } // -1 none, -2 several
    int frame(int point) const { return m_points[point].frame; } // innermost, -1 none
    std::uint8_t flags(int point) const { return m_points[point].flags; }
    int label(int point) const { return m_points[point].label; } // edge whose label room covers it
    int horizontalUse(int point) const { return m_points[point].horizontal; }
    int verticalUse(int point) const { return m_points[point].vertical; }
    bool unused(int point) const
    {
        return m_points[point].horizontal == 0 && m_points[point].vertical == 0;
    }

    // Whether `inner` is `outer` or lies in it.
    bool frameWithin(int inner, int outer) const;

    // Reserves the room of a label (its box plus labelClearance) for `edge`;
    // grid points already reserved keep their owner.
    void reserveLabel(const QRectF &labelBox, int edge);
    void releaseLabel(const QRectF &labelBox, int edge);
    // Counts a route passing `point` horizontally / vertically (delta +1 or -1).
    void use(int point, bool horizontal, int delta);

    // Grid points whose position lies strictly inside `box` (rows and
    // columns, empty ranges when none).
    struct Span
    {
        int column0, column1, row0, row1;
        bool isEmpty() const { return column0 > column1 || row0 > row1; }
    };
    Span inside(const QRectF &box) const;

private:
    void rasterise();

    RoutingSpacing m_spacing;
    QPointF m_origin;
    int m_columns = 1;
    int m_rows = 1;
    QList<QRectF> m_nodes;
    QList<RoutingFrame> m_frames;
    // What a search reads of a point, together (the router's inner loop).
    struct Point
    {
        std::int32_t node = -1;
        std::int32_t label = -1;
        std::int16_t frame = -1;
        std::uint8_t flags = 0;
        std::uint8_t horizontal = 0;
        std::uint8_t vertical = 0;
    };
    std::vector<Point> m_points;
};

} // namespace Portolan
