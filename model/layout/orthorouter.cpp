#include "layout/orthorouter.h"

#include "layout/gvroutes.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Portolan {

namespace {

constexpr float unreached = std::numeric_limits<float>::infinity();
// Ports stay this far from a side's corners.
constexpr qreal cornerRoom = 3;

bool same(qreal a, qreal b)
{
    return std::abs(a - b) < 1e-6;
}

int axisOf(const RoutingGrid &grid, int from, int to)
{
    return grid.row(from) == grid.row(to) ? 1 : 2; // 1 horizontal, 2 vertical
}

} // namespace

// Scratch of the best-first search, kept between searches; entries are valid
// only where their stamp is the current round's.
struct OrthoRouter::Search
{
    std::vector<float> cost; // per state: point * 4 + direction of arrival
    std::vector<int> came;
    std::vector<unsigned> stamp;
    std::vector<unsigned> closed; // per state: expanded in this round
    unsigned round = 0;
    std::vector<std::pair<float, int>> heap;
    std::vector<unsigned> own; // per point: on the route whose label is placed
    unsigned ownRound = 0;

    explicit Search(int points)
        : cost(std::size_t(points) * 4, unreached)
        , came(std::size_t(points) * 4, -1)
        , stamp(std::size_t(points) * 4, 0)
        , closed(std::size_t(points) * 4, 0)
        , own(std::size_t(points), 0)
    { }

    void begin()
    {
        if (++round == 0) { // wrapped: forget every stamp
            std::fill(stamp.begin(), stamp.end(), 0);
            std::fill(closed.begin(), closed.end(), 0);
            round = 1;
        }
        heap.clear();
    }
    float at(int state) const { return stamp[std::size_t(state)] == round ? cost[std::size_t(state)] : unreached; }
    void set(int state, float value, int from)
    {
        stamp[std::size_t(state)] = round;
        cost[std::size_t(state)] = value;
        came[std::size_t(state)] = from;
    }
    void push(float priority, int state)
    {
        heap.emplace_back(priority, state);
        std::push_heap(heap.begin(), heap.end(), std::greater<>());
    }
    std::pair<float, int> pop()
    {
        std::pop_heap(heap.begin(), heap.end(), std::greater<>());
        const auto top = heap.back();
        heap.pop_back();
        return top;
    }
};

// Where routes may leave or enter an end: per side, the tracks along it and
// the grid line `lead` points out, where the first bend may be.
struct OrthoRouter::Ends
{
    QRectF box;
    RouteEnd end;
    struct Side
    {
        int track0 = 0, track1 = -1; // rows (east, west) or columns (south, north)
        int lead = 0; // column (east, west) or row (south, north) of the lead points
    };
    Side sides[4];

    // The lead point of `side` on `track`.
    int leadPoint(const RoutingGrid &grid, int side, int track) const
    {
        return Compass::horizontal(side) ? grid.index(sides[side].lead, track)
                                         : grid.index(track, sides[side].lead);
    }
};

OrthoRouter::OrthoRouter(RoutingGrid &grid, const RoutingCosts &costs)
    : m_grid(grid)
    , m_costs(costs)
    , m_search(std::make_unique<Search>(grid.size()))
{
    setCosts(costs);
}

void OrthoRouter::setCosts(const RoutingCosts &costs)
{
    m_costs = costs;
}

OrthoRouter::~OrthoRouter() = default;

QRectF OrthoRouter::endBox(const RouteEnd &end) const
{
    if (end.node >= 0)
        return m_grid.nodes().value(end.node);
    return end.frame >= 0 ? m_grid.frames().value(end.frame).box : QRectF();
}

OrthoRouter::Ends OrthoRouter::endsOf(const RouteEnd &end, const RouteEnd &other,
                                      bool source) const
{
    Ends ends;
    ends.end = end;
    ends.box = endBox(end);
    const QRectF b = ends.box;
    const qreal lead = m_grid.spacing().lead;
    using namespace Compass;
    ends.sides[East] = { m_grid.rowFrom(b.top() + cornerRoom), m_grid.rowUpTo(b.bottom() - cornerRoom),
                         m_grid.columnFrom(b.right() + lead) };
    ends.sides[West] = { ends.sides[East].track0, ends.sides[East].track1,
                         m_grid.columnUpTo(b.left() - lead) };
    ends.sides[South] = { m_grid.columnFrom(b.left() + cornerRoom),
                          m_grid.columnUpTo(b.right() - cornerRoom), m_grid.rowFrom(b.bottom() + lead) };
    ends.sides[North] = { ends.sides[South].track0, ends.sides[South].track1,
                          m_grid.rowUpTo(b.top() - lead) };
    if (end.node == other.node && end.frame == other.frame) {
        // A loop: out of the right side and back into the top, round the
        // corner, so that it is seen beside the box.
        for (int side = 0; side < 4; ++side) {
            if (side != (source ? East : North))
                ends.sides[side].track1 = ends.sides[side].track0 - 1;
        }
    }
    return ends;
}

struct OrthoRouter::Terminal
{
    const Ends *ends = nullptr; // a box's ports
    int point = -1; // or one grid point, left or entered in one direction
    int direction = -1;
};

std::vector<char> OrthoRouter::allowedFrames(const RouteRequest &request) const
{
    const QList<RoutingFrame> &frames = m_grid.frames();
    std::vector<char> allowed(std::size_t(frames.size()), 0);
    const auto allowChain = [&](int frame) {
        for (int f = frame; f >= 0; f = frames[f].parent)
            allowed[std::size_t(f)] = 1;
    };
    for (const RouteEnd &end : { request.source, request.target }) {
        if (end.node >= 0) {
            // The innermost frame holding the box, and every frame around it.
            const QRectF box = m_grid.nodes()[end.node];
            int innermost = -1;
            for (qsizetype f = 0; f < frames.size(); ++f) {
                if (frames[f].box.contains(box))
                    innermost = int(f); // parents come first: the last is the innermost
            }
            allowChain(innermost);
        } else if (end.frame >= 0) {
            allowChain(frames[end.frame].parent); // around the frame, never into it
        }
    }
    return allowed;
}

float OrthoRouter::enterCost(const std::vector<char> &allowed, int q, int d,
                             const RouteEnd *portOf) const
{
    using namespace Compass;
    float cost = 0;
    const int node = m_grid.node(q);
    if (node != -1 && !(portOf && node == portOf->node))
        cost += m_costs.forbidden;
    const int frame = m_grid.frame(q);
    if (frame >= 0 && !allowed[std::size_t(frame)] && !(portOf && frame == portOf->frame))
        cost += m_costs.forbidden;
    const std::uint8_t flags = m_grid.flags(q);
    if ((flags & RoutingGrid::Title) || (horizontal(d) && (flags & RoutingGrid::BandH))
        || (!horizontal(d) && (flags & RoutingGrid::BandV)))
        cost += m_costs.forbidden;
    if (m_grid.label(q) != -1)
        cost += m_costs.forbidden;
    const int along = horizontal(d) ? m_grid.horizontalUse(q) : m_grid.verticalUse(q);
    const int across = horizontal(d) ? m_grid.verticalUse(q) : m_grid.horizontalUse(q);
    if (along > 0)
        cost += m_costs.overlap;
    if (across > 0)
        cost += portOf ? m_costs.overlap : m_costs.crossing;
    return cost;
}

namespace {

// The cells of an end's port line on `track` of `side`: from the lead point
// in towards the box, up to the last cell outside it.
template<typename Ends>
std::vector<int> portLineCells(const RoutingGrid &grid, const Ends &ends, int side, int track)
{
    std::vector<int> line;
    const int inward = Compass::opposite(side);
    int p = ends.leadPoint(grid, side, track);
    while (p >= 0) {
        line.push_back(p);
        const int next = grid.step(p, inward);
        if (next < 0)
            break;
        const QPointF at = grid.position(next);
        const QRectF &b = ends.box;
        if (at.x() <= b.right() + 0.5 && at.x() >= b.left() - 0.5 && at.y() <= b.bottom() + 0.5
            && at.y() >= b.top() - 0.5)
            break;
        p = next;
    }
    return line;
}

} // namespace

bool OrthoRouter::findPath(const std::vector<char> &allowed, const Terminal &from,
                           const Terminal &to, const QRect &window, std::vector<int> &cells)
{
    using namespace Compass;
    Search &s = *m_search;
    s.begin();
    const float pitch = float(m_grid.spacing().pitch);
    const auto lineCost = [&](const Ends &ends, int side, const std::vector<int> &line) {
        float cost = pitch * float(line.size());
        const int inward = opposite(side);
        for (std::size_t i = 0; i < line.size(); ++i)
            cost += enterCost(allowed, line[i], i == 0 ? side : inward, &ends.end);
        return cost;
    };

    QRectF goalBox;
    if (to.ends) {
        const qreal lead = m_grid.spacing().lead;
        goalBox = to.ends->box.adjusted(-lead, -lead, lead, lead);
    } else {
        goalBox = QRectF(m_grid.position(to.point), QSizeF(0, 0));
    }
    // Distance to the goal, weighted: the search heads for the target
    // rather than trying every detour as cheap as the best way.
    const auto heuristic = [&](int p) -> float {
        const QPointF at = m_grid.position(p);
        const qreal dx = qMax<qreal>(0, qMax(goalBox.left() - at.x(), at.x() - goalBox.right()));
        const qreal dy = qMax<qreal>(0, qMax(goalBox.top() - at.y(), at.y() - goalBox.bottom()));
        return float(dx + dy) * m_costs.greed;
    };
    // The side of the target that arriving at p in direction d enters, or -1.
    const auto goalSide = [&](int p, int d) -> int {
        if (!to.ends)
            return (p == to.point && d == to.direction) ? 0 : -1;
        const int side = opposite(d);
        const auto &sd = to.ends->sides[side];
        const int track = horizontal(side) ? m_grid.row(p) : m_grid.column(p);
        const int lead = horizontal(side) ? m_grid.column(p) : m_grid.row(p);
        return (lead == sd.lead && track >= sd.track0 && track <= sd.track1) ? side : -1;
    };

    if (from.ends) {
        const Ends &ends = *from.ends;
        for (int side = 0; side < 4; ++side) {
            const auto &sd = ends.sides[side];
            const qreal centre = horizontal(side) ? ends.box.center().y() : ends.box.center().x();
            for (int t = sd.track0; t <= sd.track1; ++t) {
                const std::vector<int> line = portLineCells(m_grid, ends, side, t);
                const qreal offset = std::abs((horizontal(side) ? m_grid.y(t) : m_grid.x(t)) - centre);
                // Ports near the middle of a side are slightly preferred.
                const float g = lineCost(ends, side, line) + float(offset) * 0.05f;
                const int state = line.front() * 4 + side;
                if (g < s.at(state)) {
                    s.set(state, g, -1);
                    s.push(g + heuristic(line.front()), state);
                }
            }
        }
    } else {
        const int state = from.point * 4 + from.direction;
        s.set(state, 0, -1);
        s.push(heuristic(from.point), state);
    }

    int found = -1;
    float foundCost = unreached;
    std::vector<int> goalLine;
    while (!s.heap.empty()) {
        const auto [priority, state] = s.pop();
        const int p = state / 4, d = state % 4;
        const float g = s.at(state);
        if (s.closed[std::size_t(state)] == s.round)
            continue; // expanded already: a weighted search does not reopen states
        s.closed[std::size_t(state)] = s.round;
        if (priority >= foundCost)
            break;
        if (const int side = goalSide(p, d); side >= 0) {
            float total = g;
            std::vector<int> line;
            if (to.ends) {
                const int track = horizontal(side) ? m_grid.row(p) : m_grid.column(p);
                line = portLineCells(m_grid, *to.ends, side, track);
                total += lineCost(*to.ends, side, line) - pitch
                    - enterCost(allowed, p, d, &to.ends->end); // p itself is paid for
            }
            if (total < foundCost) {
                foundCost = total;
                found = state;
                goalLine = std::move(line);
            }
            continue;
        }
        const bool canTurn
            = m_grid.unused(p) && !(m_grid.flags(p) & (RoutingGrid::BandH | RoutingGrid::BandV));
        for (const int nd : { d, (d + 1) % 4, (d + 3) % 4 }) {
            const int q = m_grid.step(p, nd);
            if (q < 0 || !window.contains(m_grid.column(q), m_grid.row(q)))
                continue;
            float next = g + pitch + enterCost(allowed, q, nd, nullptr);
            if (nd != d)
                next += m_costs.bend + (canTurn ? 0.f : m_costs.overlap);
            const int nextState = q * 4 + nd;
            if (s.closed[std::size_t(nextState)] != s.round && next < s.at(nextState)) {
                s.set(nextState, next, state);
                s.push(next + heuristic(q), nextState);
            }
        }
    }
    if (found < 0)
        return false;

    std::vector<int> path;
    int first = found;
    for (int state = found; state >= 0; state = s.came[std::size_t(state)]) {
        path.push_back(state / 4);
        first = state;
    }
    std::reverse(path.begin(), path.end());
    cells.clear();
    if (from.ends) {
        const int side = first % 4;
        const int p = first / 4;
        const int track = horizontal(side) ? m_grid.row(p) : m_grid.column(p);
        const std::vector<int> line = portLineCells(m_grid, *from.ends, side, track);
        cells.assign(line.rbegin(), line.rend() - 1); // border side first, without the lead point
    }
    cells.insert(cells.end(), path.begin(), path.end());
    if (goalLine.size() > 1)
        cells.insert(cells.end(), goalLine.begin() + 1, goalLine.end());
    return true;
}

void OrthoRouter::assess(const std::vector<char> &allowed, const RouteRequest &request,
                         Route &route) const
{
    const std::vector<int> &cells = route.cells;
    route.axes.assign(cells.size(), 0);
    route.crossings = 0;
    route.overlaps = 0;
    route.violations.clear();
    route.forced = false;
    const QRectF sourceBox = endBox(request.source), targetBox = endBox(request.target);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            route.axes[i] |= std::uint8_t(axisOf(m_grid, cells[i - 1], cells[i]));
        if (i + 1 < cells.size())
            route.axes[i] |= std::uint8_t(axisOf(m_grid, cells[i], cells[i + 1]));
        if (i == 0)
            continue;
        const bool h = axisOf(m_grid, cells[i - 1], cells[i]) == 1;
        const int d = h ? (m_grid.column(cells[i]) > m_grid.column(cells[i - 1]) ? Compass::East
                                                                                : Compass::West)
                        : (m_grid.row(cells[i]) > m_grid.row(cells[i - 1]) ? Compass::South
                                                                          : Compass::North);
        // Near its own ends a route may pass its ends' own room.
        const QPointF at = m_grid.position(cells[i]);
        const qreal lead = m_grid.spacing().lead + m_grid.spacing().pitch;
        const RouteEnd *own = nullptr;
        if (sourceBox.adjusted(-lead, -lead, lead, lead).contains(at))
            own = &request.source;
        else if (targetBox.adjusted(-lead, -lead, lead, lead).contains(at))
            own = &request.target;
        const bool inRun = request.run && m_grid.row(cells[i]) == request.run->row
            && m_grid.label(cells[i]) != -1;
        if (!inRun) {
            const float cost = enterCost(allowed, cells[i], d, own);
            if (cost >= m_costs.forbidden) {
                route.forced = true;
                route.violations.push_back(cells[i]);
            } else if ((h ? m_grid.horizontalUse(cells[i]) : m_grid.verticalUse(cells[i])) > 0) {
                ++route.overlaps;
                route.violations.push_back(cells[i]);
            }
        }
        if ((h ? m_grid.verticalUse(cells[i]) : m_grid.horizontalUse(cells[i])) > 0)
            ++route.crossings;
    }
}

void OrthoRouter::commit(int id, const Route &route, int delta)
{
    for (std::size_t i = 0; i < route.cells.size(); ++i) {
        if (route.axes[i] & 1)
            m_grid.use(route.cells[i], true, delta);
        if (route.axes[i] & 2)
            m_grid.use(route.cells[i], false, delta);
    }
    if (!route.label.isEmpty()) {
        if (delta > 0)
            m_grid.reserveLabel(route.label, id);
        else
            m_grid.releaseLabel(route.label, id);
    }
}

void OrthoRouter::occupy(const QList<QPointF> &corners)
{
    const qreal pitch = m_grid.spacing().pitch;
    const auto onTrack = [&](qreal value, qreal origin) {
        const qreal t = (value - origin) / pitch;
        return std::abs(t - std::round(t)) < 0.05;
    };
    const QPointF origin = m_grid.position(0);
    const QPointF last = m_grid.position(m_grid.size() - 1);
    for (qsizetype i = 1; i < corners.size(); ++i) {
        const QPointF a = corners[i - 1], b = corners[i];
        const bool horizontal = same(a.y(), b.y());
        if (!horizontal && !same(a.x(), b.x()))
            continue; // not a right-angled piece
        const qreal across = horizontal ? a.y() : a.x();
        if (!onTrack(across, horizontal ? origin.y() : origin.x())
            || across < (horizontal ? origin.y() : origin.x()) - 0.5
            || across > (horizontal ? last.y() : last.x()) + 0.5)
            continue;
        const qreal from = horizontal ? qMin(a.x(), b.x()) : qMin(a.y(), b.y());
        const qreal to = horizontal ? qMax(a.x(), b.x()) : qMax(a.y(), b.y());
        if (horizontal) {
            const int r = m_grid.rowFrom(across - 0.5);
            for (int c = m_grid.columnFrom(from); c <= m_grid.columnUpTo(to); ++c) {
                if (m_grid.x(c) >= from - 0.5 && m_grid.x(c) <= to + 0.5)
                    m_grid.use(m_grid.index(c, r), true, +1);
            }
        } else {
            const int c = m_grid.columnFrom(across - 0.5);
            for (int r = m_grid.rowFrom(from); r <= m_grid.rowUpTo(to); ++r) {
                if (m_grid.y(r) >= from - 0.5 && m_grid.y(r) <= to + 0.5)
                    m_grid.use(m_grid.index(c, r), false, +1);
            }
        }
    }
}

void OrthoRouter::reserve(int id, const LabelRun &run)
{
    m_grid.reserveLabel(run.label, id);
}

void OrthoRouter::release(int id, const Route &route)
{
    commit(id, route, -1);
}

void OrthoRouter::claim(int id, const Route &route)
{
    commit(id, route, +1);
}

bool OrthoRouter::labelRoomFree(const QRectF &label) const
{
    const QRectF area(m_grid.position(0), m_grid.position(m_grid.size() - 1));
    if (!area.contains(label))
        return false;
    const Search &s = *m_search;
    const qreal room = m_grid.spacing().labelClearance;
    const RoutingGrid::Span around = m_grid.inside(label.adjusted(-room, -room, room, room));
    for (int r = around.row0; r <= around.row1; ++r) {
        for (int c = around.column0; c <= around.column1; ++c) {
            const int p = m_grid.index(c, r);
            const bool own = s.own[std::size_t(p)] == s.ownRound;
            if ((!own && !m_grid.unused(p)) || m_grid.label(p) != -1
                || (m_grid.flags(p) & RoutingGrid::Title))
                return false;
        }
    }
    // The label itself keeps a lead away from every box (where ports are)
    // and off every frame's border.
    const RoutingGrid::Span under = m_grid.inside(label);
    for (int r = under.row0; r <= under.row1; ++r) {
        for (int c = under.column0; c <= under.column1; ++c) {
            const int p = m_grid.index(c, r);
            if (m_grid.flags(p) & (RoutingGrid::NearNode | RoutingGrid::BandH | RoutingGrid::BandV))
                return false;
        }
    }
    for (const QRectF &box : m_grid.nodes()) {
        if (box.intersects(label))
            return false;
    }
    return true;
}

std::optional<QRectF> OrthoRouter::labelOnRoute(const Route &route, const QSizeF &size)
{
    Search &s = *m_search;
    if (++s.ownRound == 0) {
        std::fill(s.own.begin(), s.own.end(), 0);
        s.ownRound = 1;
    }
    for (const int cell : route.cells)
        s.own[std::size_t(cell)] = s.ownRound;
    const QList<QPointF> &pts = route.points;
    const qreal gap = m_grid.spacing().labelGap;
    const qreal pitch = m_grid.spacing().pitch;
    const qreal w = size.width(), h = size.height();
    // Straight runs in order from the source: horizontal ones first, then
    // vertical ones; along each, the spots nearest its start first.
    for (const bool wantHorizontal : { true, false }) {
        for (qsizetype i = 1; i < pts.size(); ++i) {
            const QPointF a = pts[i - 1];
            QPointF b = pts[i];
            const bool horizontal = same(a.y(), b.y());
            if (horizontal != wantHorizontal)
                continue;
            if (i == pts.size() - 1) { // keep the arrow head clear
                const QPointF along = (b - a) / qMax<qreal>(1e-9, QLineF(a, b).length());
                b -= along * (arrowLength + 3);
            }
            const qreal length = QLineF(a, b).length();
            const qreal need = horizontal ? w : h;
            if (length < need + 2)
                continue;
            const QPointF along = (b - a) / length;
            for (qreal t = 1; t + need <= length - 1; t += pitch) {
                const QPointF start = a + along * t;
                const QPointF end = a + along * (t + need);
                const QPointF low(qMin(start.x(), end.x()), qMin(start.y(), end.y()));
                QList<QRectF> boxes;
                if (horizontal)
                    boxes = { QRectF(low.x(), a.y() - gap - h, w, h),
                              QRectF(low.x(), a.y() + gap, w, h) };
                else
                    boxes = { QRectF(a.x() + gap, low.y(), w, h),
                              QRectF(a.x() - gap - w, low.y(), w, h) };
                for (const QRectF &box : std::as_const(boxes)) {
                    if (labelRoomFree(box))
                        return box;
                }
            }
        }
    }
    return std::nullopt;
}

void OrthoRouter::finish(Route &route, const RouteRequest &request) const
{
    route.points.clear();
    const std::vector<int> &cells = route.cells;
    if (cells.empty())
        return;
    QList<QPointF> pts;
    pts.reserve(qsizetype(cells.size()) + 2);
    for (const int cell : cells)
        pts.append(m_grid.position(cell));
    // The exact border points, where the first and last cells' line meets the box.
    const QRectF sourceBox = endBox(request.source), targetBox = endBox(request.target);
    const auto border = [](const QRectF &box, QPointF p, bool horizontalLine) {
        if (horizontalLine)
            return QPointF(p.x() < box.center().x() ? box.left() : box.right(), p.y());
        return QPointF(p.x(), p.y() < box.center().y() ? box.top() : box.bottom());
    };
    const bool firstHorizontal = pts.size() < 2 || same(pts[0].y(), pts[1].y());
    const bool lastHorizontal
        = pts.size() < 2 || same(pts[pts.size() - 1].y(), pts[pts.size() - 2].y());
    pts.prepend(border(sourceBox, pts.first(), firstHorizontal));
    pts.append(border(targetBox, pts.last(), lastHorizontal));
    // Only the corners.
    QList<QPointF> corners { pts.first() };
    for (qsizetype i = 1; i + 1 < pts.size(); ++i) {
        const QPointF a = corners.last(), b = pts[i], c = pts[i + 1];
        const bool collinear = (same(a.x(), b.x()) && same(b.x(), c.x()))
            || (same(a.y(), b.y()) && same(b.y(), c.y()));
        if (!collinear && b != a)
            corners.append(b);
    }
    corners.append(pts.last());
    route.points = corners;
}

QRect OrthoRouter::window(const RouteRequest &request, bool whole) const
{
    if (whole)
        return QRect(0, 0, m_grid.columns(), m_grid.rows());
    QRectF area = endBox(request.source) | endBox(request.target);
    if (request.run)
        area |= request.run->label;
    const qreal margin = qMax<qreal>(240, qMax(area.width(), area.height()) / 2);
    area.adjust(-margin, -margin, margin, margin);
    const int c0 = m_grid.columnFrom(area.left()), c1 = m_grid.columnUpTo(area.right());
    const int r0 = m_grid.rowFrom(area.top()), r1 = m_grid.rowUpTo(area.bottom());
    return QRect(QPoint(c0, r0), QPoint(c1, r1));
}

bool OrthoRouter::search(const RouteRequest &request, const std::vector<char> &allowed,
                         const QRect &area, Route &route)
{
    using namespace Compass;
    const Ends from = endsOf(request.source, request.target, true);
    const Ends to = endsOf(request.target, request.source, false);
    route.cells.clear();
    if (!request.run)
        return findPath(allowed, Terminal { &from, -1, -1 }, Terminal { &to, -1, -1 }, area,
                        route.cells);
    const LabelRun &run = *request.run;
    const int direction = run.column1 >= run.column0 ? East : West;
    const int start = m_grid.index(run.column0, run.row);
    const int end = m_grid.index(run.column1, run.row);
    std::vector<int> first, second;
    if (!findPath(allowed, Terminal { &from, -1, -1 }, Terminal { nullptr, start, direction }, area,
                  first)
        || !findPath(allowed, Terminal { nullptr, end, direction }, Terminal { &to, -1, -1 }, area,
                     second))
        return false;
    route.cells = first;
    const int stride = direction == East ? 1 : -1;
    for (int c = run.column0 + stride; c != run.column1; c += stride)
        route.cells.push_back(m_grid.index(c, run.row));
    route.cells.insert(route.cells.end(), second.begin(), second.end());
    route.label = run.label;
    return true;
}

Route OrthoRouter::route(int id, const RouteRequest &request)
{
    Route route;
    const std::vector<char> allowed = allowedFrames(request);
    if (request.run)
        reserve(id, *request.run);
    // Near the ends first; the whole plane only when nothing is near.
    bool ok = search(request, allowed, window(request, false), route)
        || search(request, allowed, window(request, true), route);
    if (ok)
        assess(allowed, request, route);
    if (!ok || route.cells.size() < 2) {
        // Walled in on every side: a plain corner between the two boxes.
        const QRectF a = endBox(request.source), b = endBox(request.target);
        route.cells.clear();
        route.axes.clear();
        route.points = { QPointF(a.right(), a.center().y()), QPointF(b.center().x(), a.center().y()),
                         QPointF(b.center().x(), b.top()) };
        route.forced = true;
        route.label = request.run ? request.run->label : QRectF();
        return route;
    }
    finish(route, request);
    commit(id, route, +1);
    if (!request.run && !request.labelSize.isEmpty()) {
        if (const auto label = labelOnRoute(route, request.labelSize)) {
            route.label = *label;
        } else {
            // No free spot: beside the middle of the longest run.
            route.labelForced = true;
            const QPointF mid = (route.points.first() + route.points.last()) / 2;
            route.label = QRectF(mid, request.labelSize);
        }
        m_grid.reserveLabel(route.label, id);
    }
    return route;
}

} // namespace Portolan
