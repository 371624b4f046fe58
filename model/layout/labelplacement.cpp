#include "layout/labelplacement.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace Portolan {

namespace {

constexpr qreal obstacleGap = 2; // kept free around nodes, titles and labels
constexpr qreal pathGap = 3; // between a path and a label beside it
constexpr qreal crossingCost = 1.5; // per other edge a label covers
constexpr qreal frameCost = 1.0; // per zone frame it straddles
constexpr qreal onPathCost = 0.35; // a label on its line hides a bit of it
constexpr qreal epsilon = 0.01;

bool interiorsMeet(const QRectF &a, const QRectF &b)
{
    return a.left() < b.right() - epsilon && b.left() < a.right() - epsilon
        && a.top() < b.bottom() - epsilon && b.top() < a.bottom() - epsilon;
}

// Whether segment ab passes through the rectangle (Liang–Barsky clipping).
bool segmentMeetsRect(QPointF a, QPointF b, const QRectF &r)
{
    qreal t0 = 0, t1 = 1;
    const qreal dx = b.x() - a.x(), dy = b.y() - a.y();
    const qreal p[4] = { -dx, dx, -dy, dy };
    const qreal q[4] = { a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y() };
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
        } else {
            const qreal t = q[i] / p[i];
            if (p[i] < 0)
                t0 = qMax(t0, t);
            else
                t1 = qMin(t1, t);
            if (t0 > t1)
                return false;
        }
    }
    return true;
}

// A uniform grid over an area; every item is listed in each cell it
// touches. Items outside the area fall into the border cells.
class Grid
{
public:
    Grid(const QRectF &area, qreal cell)
        : m_area(area)
        , m_cell(cell)
        , m_columns(qMax(1, int(std::ceil(area.width() / cell))))
        , m_rows(qMax(1, int(std::ceil(area.height() / cell))))
        , m_cells(qsizetype(m_columns) * m_rows)
    { }

    void insert(const QRectF &box, int item)
    {
        forCells(box, [&](QList<int> &cell) { cell.append(item); });
    }
    template<typename F> void forCells(const QRectF &box, F f)
    {
        const int c0 = column(box.left()), c1 = column(box.right());
        const int r0 = row(box.top()), r1 = row(box.bottom());
        for (int r = r0; r <= r1; ++r) {
            for (int c = c0; c <= c1; ++c)
                f(m_cells[qsizetype(r) * m_columns + c]);
        }
    }

private:
    int column(qreal x) const
    {
        return qBound(0, int((x - m_area.left()) / m_cell), m_columns - 1);
    }
    int row(qreal y) const { return qBound(0, int((y - m_area.top()) / m_cell), m_rows - 1); }

    QRectF m_area;
    qreal m_cell;
    int m_columns;
    int m_rows;
    QList<QList<int>> m_cells;
};

// Boxes nothing may overlap; answers how much a box overlaps them.
class BoxIndex
{
public:
    BoxIndex(const QRectF &area, qreal cell)
        : m_grid(area, cell)
    { }
    void add(const QRectF &box)
    {
        if (box.isEmpty())
            return;
        m_grid.insert(box, int(m_boxes.size()));
        m_boxes.append(box);
        m_seen.append(0);
    }
    // Sum of the overlap areas (0: free), each box counted once.
    qreal overlap(const QRectF &box)
    {
        ++m_round;
        qreal area = 0;
        m_grid.forCells(box, [&](const QList<int> &cell) {
            for (int i : cell) {
                if (m_seen[i] == m_round || !interiorsMeet(box, m_boxes[i]))
                    continue;
                m_seen[i] = m_round;
                const QRectF common = box & m_boxes[i];
                area += qMax(common.width() * common.height(), epsilon);
            }
        });
        return area;
    }
    int count(const QRectF &box) { return overlap(box) > 0 ? overlapCount(box) : 0; }

private:
    int overlapCount(const QRectF &box)
    {
        ++m_round;
        int count = 0;
        m_grid.forCells(box, [&](const QList<int> &cell) {
            for (int i : cell) {
                if (m_seen[i] != m_round && interiorsMeet(box, m_boxes[i])) {
                    m_seen[i] = m_round;
                    ++count;
                }
            }
        });
        return count;
    }

    Grid m_grid;
    QList<QRectF> m_boxes;
    QList<int> m_seen;
    int m_round = 0;
};

// Line segments of paths and frames; answers which owners a box covers.
class SegmentIndex
{
public:
    SegmentIndex(const QRectF &area, qreal cell, qsizetype owners)
        : m_grid(area, cell)
        , m_cell(cell)
        , m_seen(owners, 0)
    { }
    void add(QPointF a, QPointF b, int owner)
    {
        // A long diagonal's bounding box covers many cells it never
        // crosses: list it in pieces about a cell long.
        const int pieces = qBound(1, int(QLineF(a, b).length() / m_cell) + 1, 100000);
        QPointF from = a;
        for (int k = 1; k <= pieces; ++k) {
            const QPointF to = k == pieces ? b : a + (b - a) * (qreal(k) / pieces);
            m_grid.insert(QRectF(from, to).normalized(), int(m_segments.size()));
            m_segments.append({ from, to, owner });
            from = to;
        }
    }
    // The cost of the distinct owners other than `own` with a segment
    // through the box: `edgeCost` per edge, `frameCost` per owner from
    // `frameOwners` on. Stops counting once the cost reaches `enough`.
    qreal coverCost(const QRectF &box, int own, int frameOwners, qreal enough)
    {
        ++m_round;
        qreal cost = 0;
        m_grid.forCells(box, [&](const QList<int> &cell) {
            for (int i : cell) {
                if (cost >= enough)
                    return;
                const Segment &s = m_segments[i];
                if (s.owner == own || m_seen[s.owner] == m_round
                    || !segmentMeetsRect(s.a, s.b, box))
                    continue;
                m_seen[s.owner] = m_round;
                cost += s.owner >= frameOwners ? frameCost : crossingCost;
            }
        });
        return cost;
    }

private:
    struct Segment
    {
        QPointF a, b;
        int owner;
    };
    Grid m_grid;
    qreal m_cell;
    QList<Segment> m_segments;
    QList<int> m_seen;
    int m_round = 0;
};

// An edge's path as a polyline with arc lengths, arrow head included.
class PathWalk
{
public:
    explicit PathWalk(const EdgeGeometry &edge)
    {
        const QList<QPointF> &path = edge.path;
        if (path.isEmpty())
            return;
        m_points.append(path.first());
        for (qsizetype i = 0; i + 3 < path.size(); i += 3) {
            const QPointF p0 = path[i], p1 = path[i + 1], p2 = path[i + 2], p3 = path[i + 3];
            const int steps = qBound(1, int(QLineF(p0, p3).length() / 24), 6);
            for (int k = 1; k <= steps; ++k) {
                const qreal t = qreal(k) / steps, u = 1 - t;
                m_points.append(u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2
                                + t * t * t * p3);
            }
        }
        m_points.append(edge.arrowTip);
        m_lengths.append(0);
        for (qsizetype i = 1; i < m_points.size(); ++i)
            m_lengths.append(m_lengths.last() + QLineF(m_points[i - 1], m_points[i]).length());
    }
    const QList<QPointF> &points() const { return m_points; }
    qreal length() const { return m_lengths.isEmpty() ? 0 : m_lengths.last(); }
    // The point at arc length s and the direction of the path there.
    std::pair<QPointF, QPointF> at(qreal s) const
    {
        if (m_points.size() < 2)
            return { m_points.value(0), QPointF(1, 0) };
        qsizetype i = std::upper_bound(m_lengths.begin(), m_lengths.end(), s) - m_lengths.begin();
        i = qBound<qsizetype>(1, i, m_points.size() - 1);
        // Skip zero-length steps so that the direction is defined.
        while (i + 1 < m_points.size() && m_lengths[i] == m_lengths[i - 1])
            ++i;
        const qreal span = m_lengths[i] - m_lengths[i - 1];
        const qreal t = span > 0 ? qBound<qreal>(0, (s - m_lengths[i - 1]) / span, 1) : 0;
        const QPointF d = m_points[i] - m_points[i - 1];
        return { m_points[i - 1] + t * d, span > 0 ? d / span : QPointF(1, 0) };
    }

private:
    QList<QPointF> m_points;
    QList<qreal> m_lengths;
};

struct Candidate
{
    QRectF box;
    qreal cost; // before what the box covers
};

// How hard to look for a spot: the first search is quick; a label that
// found no free spot looks again, finer along the path and further aside.
struct Search
{
    int stepsEachWay; // positions tried on each side of the middle
    int offsets; // distances beside the path, half a label height apart
};
constexpr Search quickSearch { 6, 2 };
constexpr Search thoroughSearch { 16, 4 };
// The last try walks the whole path in small steps.
Search exhaustiveSearch(qreal pathLength)
{
    return Search { qBound(16, int(pathLength / 12), 400), 4 };
}

// Spots for a label of `size` along `walk`, cheapest (nearest the middle,
// beside the path) first.
QList<Candidate> candidates(const PathWalk &walk, const QSizeF &size, const Search &search)
{
    QList<Candidate> list;
    const qreal length = walk.length();
    const qreal step = length / (2 * search.stepsEachWay + 2);
    const qreal w = size.width(), h = size.height();
    for (int k = -search.stepsEachWay; k <= search.stepsEachWay; ++k) {
        const auto [p, d] = walk.at(length / 2 + k * step);
        const qreal along = std::abs(k) / qreal(search.stepsEachWay + 1);
        const bool horizontal = std::abs(d.x()) >= std::abs(d.y());
        const auto add = [&](QPointF centre, qreal cost) {
            QRectF box(QPointF(), size);
            box.moveCenter(centre);
            list.append({ box, along + cost });
        };
        add(p, onPathCost);
        // Beside the path: above/below a horizontal run, left/right of a
        // vertical one, moving away up to about two label heights.
        for (int j = 0; j < search.offsets; ++j) {
            const qreal away = pathGap + j * h / 2;
            const qreal cost = 0.25 * j;
            if (horizontal) {
                add(p - QPointF(0, h / 2 + away), cost);
                add(p + QPointF(0, h / 2 + away), cost + 0.05);
            } else {
                add(p - QPointF(w / 2 + away, 0), cost);
                add(p + QPointF(w / 2 + away, 0), cost + 0.05);
            }
        }
        if (length == 0)
            break;
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const Candidate &a, const Candidate &b) { return a.cost < b.cost; });
    return list;
}

QRectF workArea(const LayoutResult &result, const QSizeF &largestLabel)
{
    QRectF area;
    for (const NodeGeometry &node : result.nodes)
        area |= node.box;
    for (const ClusterGeometry &cluster : result.clusters)
        area |= cluster.box;
    for (const EdgeGeometry &edge : result.edges) {
        for (const QPointF &p : edge.path)
            area |= QRectF(p, QSizeF(1, 1));
    }
    const qreal reach = largestLabel.width() + 3 * largestLabel.height();
    return area.adjusted(-reach, -reach, reach, reach);
}

// The placement of all labels of one result: obstacles (nodes, zone
// titles, labels placed so far) that no label may touch, and the lines
// (paths, zone frames) a label should rather not cover.
class LabelPlacer
{
public:
    LabelPlacer(const LayoutRequest &request, LayoutResult &result)
        : m_request(request)
        , m_result(result)
        , m_edgeCount(qMin(request.edges.size(), result.edges.size()))
        , m_largest(largestLabel())
        , m_area(workArea(result, m_largest))
        , m_obstacles(m_area, qBound<qreal>(32, m_largest.height() * 4, 128))
        , m_lines(m_area, qBound<qreal>(24, m_largest.height() * 2, 64),
                  m_edgeCount + result.clusters.size())
    {
        for (const NodeGeometry &node : result.nodes)
            m_obstacles.add(padded(node.box));
        for (const ClusterGeometry &cluster : result.clusters)
            m_obstacles.add(cluster.labelBox);
        m_walks.reserve(m_edgeCount);
        for (qsizetype e = 0; e < m_edgeCount; ++e) {
            m_walks.append(PathWalk(result.edges[e]));
            const QList<QPointF> &points = m_walks.last().points();
            for (qsizetype i = 1; i < points.size(); ++i)
                m_lines.add(points[i - 1], points[i], int(e));
        }
        for (qsizetype c = 0; c < result.clusters.size(); ++c) {
            const QRectF box = result.clusters[c].box;
            const int owner = frameOwner(c);
            m_lines.add(box.topLeft(), box.topRight(), owner);
            m_lines.add(box.topRight(), box.bottomRight(), owner);
            m_lines.add(box.bottomRight(), box.bottomLeft(), owner);
            m_lines.add(box.bottomLeft(), box.topLeft(), owner);
        }
    }

    void placeAll()
    {
        // Short edges have the fewest spots: they choose first.
        QList<qsizetype> order;
        for (qsizetype e = 0; e < m_edgeCount; ++e) {
            m_result.edges[e].labelBox = QRectF();
            if (!m_request.edges[e].labelSize.isEmpty())
                order.append(e);
        }
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return m_walks[a].length() < m_walks[b].length();
        });
        for (qsizetype e : order) {
            Spot spot = bestSpot(e, quickSearch);
            for (const Search &search : { thoroughSearch, exhaustiveSearch(m_walks[e].length()) }) {
                if (spot.free)
                    break;
                const Spot again = bestSpot(e, search);
                if (again.free || again.overlap < spot.overlap)
                    spot = again;
            }
            if (!spot.free)
                spot = farSpot(e, spot);
            m_result.edges[e].labelBox = spot.box;
            m_obstacles.add(spot.box);
        }
    }

private:
    struct Spot
    {
        QRectF box;
        bool free = false;
        qreal overlap = qInf(); // area covered, when not free
    };

    // The cheapest free spot; else the one that overlaps least.
    Spot bestSpot(qsizetype e, const Search &search)
    {
        const QList<Candidate> spots = candidates(m_walks[e], m_request.edges[e].labelSize, search);
        Spot best;
        qreal bestCost = qInf();
        for (const Candidate &candidate : spots) {
            if (candidate.cost >= bestCost)
                break; // sorted: nothing cheaper follows
            const qreal overlap = m_obstacles.overlap(padded(candidate.box));
            if (overlap > 0) {
                if (!best.free && overlap < best.overlap)
                    best = Spot { candidate.box, false, overlap };
                continue;
            }
            const qreal cost = candidate.cost
                + m_lines.coverCost(candidate.box, int(e), frameOwner(0),
                                    bestCost - candidate.cost);
            if (cost < bestCost) {
                bestCost = cost;
                best = Spot { candidate.box, true, 0 };
            }
        }
        return best;
    }

    // The last resort when every spot along the path is taken: the free
    // spot nearest the middle of the path, looking further away up to a
    // few label heights (a reader still finds its edge by its colour and
    // the hover highlight). Beyond that the least bad spot is kept.
    Spot farSpot(qsizetype e, const Spot &fallback)
    {
        const QSizeF size = m_request.edges[e].labelSize;
        const PathWalk &walk = m_walks[e];
        const QPointF middle = walk.at(walk.length() / 2).first;
        const qreal step = qMax<qreal>(4, size.height() / 2);
        // Further away than this a reader would not connect label and edge.
        const qreal farthest = qMax(4 * size.height(), size.width());
        for (qreal reach = step; reach <= farthest; reach += step) {
            // Around the middle on a square ring, its sides walked in steps.
            const int perSide = qMax(1, int(2 * reach / step));
            for (int k = 0; k <= perSide; ++k) {
                const qreal t = -reach + 2 * reach * k / perSide;
                for (const QPointF offset : { QPointF(t, -reach), QPointF(t, reach),
                                              QPointF(-reach, t), QPointF(reach, t) }) {
                    QRectF box(QPointF(), size);
                    box.moveCenter(middle + offset);
                    if (m_area.contains(box) && m_obstacles.overlap(padded(box)) == 0)
                        return Spot { box, true, 0 };
                }
            }
        }
        return fallback;
    }

    QSizeF largestLabel() const
    {
        QSizeF largest(1, 1);
        for (qsizetype e = 0; e < m_edgeCount; ++e)
            largest = largest.expandedTo(m_request.edges[e].labelSize);
        return largest;
    }
    int frameOwner(qsizetype cluster) const { return int(m_edgeCount + cluster); }
    static QRectF padded(const QRectF &box)
    {
        return box.adjusted(-obstacleGap, -obstacleGap, obstacleGap, obstacleGap);
    }

    const LayoutRequest &m_request;
    LayoutResult &m_result;
    const qsizetype m_edgeCount;
    const QSizeF m_largest;
    const QRectF m_area;
    BoxIndex m_obstacles;
    SegmentIndex m_lines;
    QList<PathWalk> m_walks;
};

} // namespace

void placeEdgeLabels(const LayoutRequest &request, LayoutResult &result)
{
    LabelPlacer(request, result).placeAll();
}

LabelOverlaps countLabelOverlaps(const LayoutResult &result)
{
    QRectF area;
    for (const NodeGeometry &node : result.nodes)
        area |= node.box;
    for (const EdgeGeometry &edge : result.edges)
        area |= edge.labelBox;
    BoxIndex nodes(area, 64), titles(area, 64), labels(area, 64);
    for (const NodeGeometry &node : result.nodes)
        nodes.add(node.box);
    for (const ClusterGeometry &cluster : result.clusters)
        titles.add(cluster.labelBox);
    LabelOverlaps overlaps;
    for (const EdgeGeometry &edge : result.edges) {
        if (edge.labelBox.isEmpty())
            continue;
        overlaps.labelNode += nodes.count(edge.labelBox);
        overlaps.labelClusterLabel += titles.count(edge.labelBox);
        overlaps.labelLabel += labels.count(edge.labelBox);
        labels.add(edge.labelBox);
    }
    return overlaps;
}

} // namespace Portolan
