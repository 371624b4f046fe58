#include "layout/mazerouter.h"

#include "layout/gvroutes.h"

#include <QLineF>

#include <cmath>
#include <queue>

namespace Portolan {

namespace {

// Cells in the whole grid at most, and cells one search may visit.
constexpr qreal maxCells = 250000;
constexpr int minVisits = 20000;
constexpr int maxVisits = 200000;
constexpr float diagonal = 1.41421356f;
// The estimate counts this much more than the distance left: the search
// heads for the goal instead of widening evenly through open space. Paths
// come out a little longer than the shortest, which pulling them straight
// makes up for.
constexpr float greed = 1.5f;
// What a cell inside a box costs when no way round was found: the route
// then crosses as few boxes as it can.
constexpr float crossing = 25.0f;

} // namespace

MazeRouter::MazeRouter(const QList<QRectF> &boxes, qreal clearance)
    : m_boxes(boxes)
{
    for (const QRectF &box : boxes)
        m_area |= box;
    // Room around everything for routes that go round the outside.
    const qreal margin = 4 * qMax<qreal>(clearance, 8);
    m_area.adjust(-margin, -margin, margin, margin);
    // Cells about as fine as the clearance, coarser when the area is huge.
    m_cell
        = qMax(qMax<qreal>(clearance, 6), std::sqrt(m_area.width() * m_area.height() / maxCells));
    m_columns = qMax(1, int(std::ceil(m_area.width() / m_cell)));
    m_rows = qMax(1, int(std::ceil(m_area.height() / m_cell)));
    const size_t cells = size_t(m_columns) * size_t(m_rows);
    m_owner.assign(cells, -1);
    m_stamp.assign(cells, 0);
    m_cost.assign(cells, 0);
    m_came.assign(cells, -1);
    for (qsizetype b = 0; b < boxes.size(); ++b) {
        const QRectF padded = boxes[b].adjusted(-clearance, -clearance, clearance, clearance);
        const int c0 = qBound(0, int((padded.left() - m_area.left()) / m_cell), m_columns - 1);
        const int c1 = qBound(0, int((padded.right() - m_area.left()) / m_cell), m_columns - 1);
        const int r0 = qBound(0, int((padded.top() - m_area.top()) / m_cell), m_rows - 1);
        const int r1 = qBound(0, int((padded.bottom() - m_area.top()) / m_cell), m_rows - 1);
        for (int r = r0; r <= r1; ++r) {
            for (int c = c0; c <= c1; ++c) {
                int &owner = m_owner[size_t(r) * size_t(m_columns) + size_t(c)];
                owner = owner == -1 ? int(b) : -2;
            }
        }
    }
}

int MazeRouter::cellAt(QPointF p) const
{
    const int c = qBound(0, int((p.x() - m_area.left()) / m_cell), m_columns - 1);
    const int r = qBound(0, int((p.y() - m_area.top()) / m_cell), m_rows - 1);
    return r * m_columns + c;
}

QPointF MazeRouter::centreOf(int cell) const
{
    return m_area.topLeft()
        + QPointF((cell % m_columns + 0.5) * m_cell, (cell / m_columns + 0.5) * m_cell);
}

bool MazeRouter::passable(int cell, qsizetype from, qsizetype to) const
{
    const int owner = m_owner[size_t(cell)];
    return owner == -1 || owner == from || owner == to;
}

bool MazeRouter::clearLine(QPointF a, QPointF b, qsizetype from, qsizetype to) const
{
    const int steps = qMax(1, int(std::ceil(QLineF(a, b).length() / (m_cell / 3))));
    for (int k = 0; k <= steps; ++k) {
        if (!passable(cellAt(a + (b - a) * (qreal(k) / steps)), from, to))
            return false;
    }
    return true;
}

// A* over the cells; the cells from start to goal, or empty.
QList<int> MazeRouter::search(int start, int goal, qsizetype from, qsizetype to, bool soft) const
{
    if (++m_round == 0) { // the stamps wrapped: start them afresh
        std::fill(m_stamp.begin(), m_stamp.end(), 0u);
        m_round = 1;
    }
    const int goalColumn = goal % m_columns, goalRow = goal / m_columns;
    const auto estimate = [&](int cell) {
        const int dx = std::abs(cell % m_columns - goalColumn);
        const int dy = std::abs(cell / m_columns - goalRow);
        return greed * (float(qMax(dx, dy)) + (diagonal - 1) * float(qMin(dx, dy)));
    };
    using Entry = std::pair<float, int>; // estimated total, cell
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
    m_stamp[size_t(start)] = m_round;
    m_cost[size_t(start)] = 0;
    m_came[size_t(start)] = -1;
    open.push({ estimate(start), start });
    // A boxed-in target would make the search visit the whole grid.
    const int visitLimit = qBound(minVisits, int(60 * estimate(start)), maxVisits);
    int visits = 0;
    while (!open.empty() && visits < visitLimit) {
        const auto [total, cell] = open.top();
        open.pop();
        if (cell == goal) {
            QList<int> cells;
            for (int c = goal; c >= 0; c = m_came[size_t(c)])
                cells.prepend(c);
            return cells;
        }
        const float cost = m_cost[size_t(cell)];
        if (total > cost + estimate(cell) + 1e-3f)
            continue; // a stale entry: the cell was reached cheaper since
        ++visits;
        const int column = cell % m_columns, row = cell / m_columns;
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                const int c = column + dx, r = row + dy;
                if ((dx == 0 && dy == 0) || c < 0 || r < 0 || c >= m_columns || r >= m_rows)
                    continue;
                const int next = r * m_columns + c;
                const bool free = next == goal || passable(next, from, to);
                if (!free && !soft)
                    continue;
                const float step = ((dx != 0 && dy != 0) ? diagonal : 1.0f) * (free ? 1 : crossing);
                const float reached = cost + step;
                if (m_stamp[size_t(next)] == m_round && m_cost[size_t(next)] <= reached)
                    continue;
                m_stamp[size_t(next)] = m_round;
                m_cost[size_t(next)] = reached;
                m_came[size_t(next)] = cell;
                open.push({ reached + estimate(next), next });
            }
        }
    }
    return {};
}

QList<QPointF> MazeRouter::route(qsizetype from, qsizetype to) const
{
    const QRectF source = m_boxes.value(from), target = m_boxes.value(to);
    const QList<QPointF> straight { borderPoint(source, target.center()),
                                    borderPoint(target, source.center()) };
    if (from == to || from < 0 || to < 0 || from >= m_boxes.size() || to >= m_boxes.size())
        return straight;
    if (clearLine(source.center(), target.center(), from, to))
        return straight;
    const int start = cellAt(source.center()), goal = cellAt(target.center());
    QList<int> cells = search(start, goal, from, to, false);
    if (cells.isEmpty()) // walled in, or boxes on top of each other
        cells = search(start, goal, from, to, true);
    if (cells.isEmpty())
        return straight;
    // The cells where the path turns (a grid path runs straight between
    // them), between the two centres.
    QList<QPointF> corners { source.center() };
    for (qsizetype i = 1; i + 1 < cells.size(); ++i) {
        if (cells[i] - cells[i - 1] != cells[i + 1] - cells[i])
            corners.append(centreOf(cells[i]));
    }
    corners.append(target.center());
    // Pull the path straight: from each corner kept, on to the furthest
    // corner a straight line reaches without entering a box.
    QList<QPointF> waypoints { corners.first() };
    qsizetype at = 0;
    while (at < corners.size() - 1) {
        qsizetype far = at + 1;
        for (qsizetype next = corners.size() - 1; next > at + 1; --next) {
            if (clearLine(corners[at], corners[next], from, to)) {
                far = next;
                break;
            }
        }
        waypoints.append(corners[far]);
        at = far;
    }
    if (waypoints.size() < 2)
        return straight;
    // From border to border instead of centre to centre.
    waypoints.first() = borderPoint(source, waypoints[1]);
    waypoints.last() = borderPoint(target, waypoints[waypoints.size() - 2]);
    return waypoints;
}

} // namespace Portolan
