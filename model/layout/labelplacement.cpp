#include "layout/labelplacement.h"

#include "layout/spatialindex.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace Portolan {

namespace {

using SpatialIndex::BoxIndex;
using SpatialIndex::SegmentIndex;

constexpr qreal crossingCost = 1.5; // per other edge a label covers
constexpr qreal frameCost = 1.0; // per zone frame it straddles
constexpr qreal obstacleGap = 2; // kept free around nodes, titles and labels
constexpr qreal pathGap = 3; // between a path and a label beside it
constexpr qreal onPathCost = 0.35; // a label on its line hides a bit of it

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
    LabelPlacer(const LayoutRequest &request, LayoutResult &result, const QRectF &within)
        : m_request(request)
        , m_result(result)
        , m_edgeCount(qMin(request.edges.size(), result.edges.size()))
        , m_largest(largestLabel())
        , m_area(within.isNull() ? workArea(result, m_largest)
                                 : workArea(result, m_largest).intersected(within))
        , m_obstacles(m_area, qBound<qreal>(32, m_largest.height() * 4, 128))
        , m_lines(m_area, qBound<qreal>(24, m_largest.height() * 2, 64),
                  m_edgeCount + result.clusters.size(), crossingCost, frameCost)
    {
        // What lies outside the area meets no spot tried.
        for (const NodeGeometry &node : result.nodes) {
            if (padded(node.box).intersects(m_area))
                m_obstacles.add(padded(node.box));
        }
        for (const ClusterGeometry &cluster : result.clusters) {
            if (cluster.labelBox.intersects(m_area))
                m_obstacles.add(cluster.labelBox);
        }
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

QRectF labelReach(const QList<EdgeGeometry> &edges, const QList<LayoutEdge> &requested)
{
    QRectF paths;
    for (const EdgeGeometry &edge : edges) {
        for (const QPointF &p : edge.path)
            paths |= QRectF(p, QSizeF(1, 1));
        paths |= QRectF(edge.arrowTip, QSizeF(1, 1));
    }
    QSizeF largest(1, 1);
    for (const LayoutEdge &edge : requested)
        largest = largest.expandedTo(edge.labelSize);
    // Spots beside a path reach a label width and a few heights from it,
    // the farthest spot (farSpot) one and a half widths and four and a half
    // heights: twice that, and the gap kept round obstacles.
    const qreal reach = 2 * (largest.width() + 5 * largest.height()) + 4 * obstacleGap;
    return paths.adjusted(-reach, -reach, reach, reach);
}

void placeEdgeLabels(const LayoutRequest &request, LayoutResult &result, const QRectF &within)
{
    LabelPlacer(request, result, within).placeAll();
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
