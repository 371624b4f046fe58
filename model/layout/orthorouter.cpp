#include "layout/orthorouterparts.h"

namespace Portolan {

using namespace OrthoParts;

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

bool OrthoRouter::findPath(const std::vector<char> &allowed, const Ends &from, const Ends &to,
                           const QRect &window, std::vector<int> &cells)
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

    const qreal margin = m_grid.spacing().lead;
    const QRectF goalBox = to.box.adjusted(-margin, -margin, margin, margin);
    // The estimate of the cost left: the guide's, or else the distance to
    // the goal, weighted so that the search heads for the target rather
    // than trying every detour as cheap as the best way.
    // (Columns and rows are passed along with points: the search is the
    // layout's inner loop, and a point's column and row cost a division.)
    const bool guided = m_costs.guideStep > 0;
    if (guided)
        guide(allowed, from, to, window);
    const auto heuristicAt = [&](int column, int row) -> float {
        if (guided) {
            if (const float g = guideAt(column, row); g < unreached)
                return g * m_costs.guideWeight;
        }
        const QPointF d = outside(goalBox, QPointF(m_grid.x(column), m_grid.y(row)));
        return float(d.x() + d.y()) * m_costs.greed;
    };
    const auto heuristic = [&](int p) { return heuristicAt(m_grid.column(p), m_grid.row(p)); };
    // The side of the target that arriving at (column, row) in direction d
    // enters, or -1.
    const auto goalSide = [&](int column, int row, int d) -> int {
        const int side = opposite(d);
        const auto &sd = to.sides[side];
        const int track = horizontal(side) ? row : column;
        const int out = horizontal(side) ? column : row;
        return (out == sd.lead && track >= sd.track0 && track <= sd.track1) ? side : -1;
    };
    const int columns = m_grid.columns();
    const int left = window.left(), right = window.right();
    const int top = window.top(), bottom = window.bottom();

    for (int side = 0; side < 4; ++side) {
        const auto &sd = from.sides[side];
        const qreal centre = horizontal(side) ? from.box.center().y() : from.box.center().x();
        for (int t = sd.track0; t <= sd.track1; ++t) {
            const std::vector<int> line = portLineCells(m_grid, from, side, t);
            const qreal offset = std::abs((horizontal(side) ? m_grid.y(t) : m_grid.x(t)) - centre);
            // Ports near the middle of a side are slightly preferred.
            const float g = lineCost(from, side, line) + float(offset) * 0.05f;
            const int state = line.front() * 4 + side;
            if (g < s.at(state)) {
                s.set(state, g, -1);
                s.push(g + heuristic(line.front()), state);
            }
        }
    }

    int found = -1;
    float foundCost = unreached;
    std::vector<int> goalLine;
    while (!s.heap.empty()) {
        const auto [priority, state] = s.pop();
        const int p = state / 4, d = state % 4;
        const float g = s.at(state);
        if (s.isClosed(state))
            continue; // expanded already: a weighted search does not reopen states
        s.close(state);
        ++m_expansions;
        if (priority >= foundCost)
            break;
        const int column = p % columns, row = p / columns;
        if (const int side = goalSide(column, row, d); side >= 0) {
            const int track = horizontal(side) ? row : column;
            std::vector<int> line = portLineCells(m_grid, to, side, track);
            const float total = g + lineCost(to, side, line) - pitch
                - enterCost(allowed, p, d, &to.end); // p itself is paid for
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
            int qc = column, qr = row;
            switch (nd) {
            case East:
                ++qc;
                break;
            case West:
                --qc;
                break;
            case South:
                ++qr;
                break;
            default:
                --qr;
                break;
            }
            if (qc < left || qc > right || qr < top || qr > bottom)
                continue; // off the window (which lies within the grid)
            const int q = qr * columns + qc;
            const int nextState = q * 4 + nd;
            if (s.isClosed(nextState))
                continue;
            float next = g + pitch + enterCost(allowed, q, nd, nullptr);
            if (nd != d)
                next += m_costs.bend + (canTurn ? 0.f : m_costs.overlap);
            if (next < s.at(nextState)) {
                s.set(nextState, next, state);
                s.push(next + heuristicAt(qc, qr), nextState);
            }
        }
    }
    if (found < 0)
        return false;

    std::vector<int> path;
    int first = found;
    for (int state = found; state >= 0; state = s.came(state)) {
        path.push_back(state / 4);
        first = state;
    }
    std::reverse(path.begin(), path.end());
    cells.clear();
    const int side = first % 4;
    const int p = first / 4;
    const int track = horizontal(side) ? m_grid.row(p) : m_grid.column(p);
    const std::vector<int> line = portLineCells(m_grid, from, side, track);
    cells.assign(line.rbegin(), line.rend() - 1); // border side first, without the lead point
    cells.insert(cells.end(), path.begin(), path.end());
    if (goalLine.size() > 1)
        cells.insert(cells.end(), goalLine.begin() + 1, goalLine.end());
    return true;
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

void OrthoRouter::release(int id, const Route &route)
{
    commit(id, route, -1);
}

void OrthoRouter::claim(int id, const Route &route)
{
    commit(id, route, +1);
}

QRect OrthoRouter::window(const RouteRequest &request, bool whole) const
{
    if (whole)
        return QRect(0, 0, m_grid.columns(), m_grid.rows());
    QRectF area = endBox(request.source) | endBox(request.target);
    const qreal margin = qMax<qreal>(240, qMax(area.width(), area.height()) / 2);
    area.adjust(-margin, -margin, margin, margin);
    const int c0 = m_grid.columnFrom(area.left()), c1 = m_grid.columnUpTo(area.right());
    const int r0 = m_grid.rowFrom(area.top()), r1 = m_grid.rowUpTo(area.bottom());
    return QRect(QPoint(c0, r0), QPoint(c1, r1));
}

bool OrthoRouter::search(const RouteRequest &request, const std::vector<char> &allowed,
                         const QRect &area, Route &route)
{
    const Ends from = endsOf(request.source, request.target, true);
    const Ends to = endsOf(request.target, request.source, false);
    route.cells.clear();
    return findPath(allowed, from, to, area, route.cells);
}

Route OrthoRouter::route(int id, const RouteRequest &request)
{
    Route route;
    const std::vector<char> allowed = allowedFrames(request);
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
        route.points
            = { QPointF(a.right(), a.center().y()), QPointF(b.center().x(), a.center().y()),
                QPointF(b.center().x(), b.top()) };
        route.forced = true;
        return route;
    }
    finish(route, request);
    commit(id, route, +1);
    if (!request.labelSize.isEmpty()) {
        QRectF leastBad;
        if (const auto label = labelOnRoute(route, request.labelSize, &leastBad)) {
            route.label = *label;
        } else {
            // No free spot: the spot beside its own route with the least in
            // its way, else between the ends (every spot barred).
            route.labelForced = true;
            const QPointF mid = (route.points.first() + route.points.last()) / 2;
            route.label = leastBad.isNull() ? QRectF(mid, request.labelSize) : leastBad;
        }
        m_grid.reserveLabel(route.label, id);
    }
    return route;
}

} // namespace Portolan
