#include "layout/orthorouterparts.h"

namespace Portolan {

using namespace OrthoParts;

namespace {

// The guide is settled up to this many points beyond the cheapest way it
// found from the source: room for the search to go its own way beside the
// guide's. Measured: 50 made the sample's searches six times longer; 400
// settles a quarter less at M than 1.25 times the cheapest way + 400, with
// the same routes on the sample and S and as many states expanded at M.
constexpr float settleSlack = 400;

} // namespace

float OrthoRouter::distanceTo(const QRectF &box, int column, int row) const
{
    const QPointF d = outside(box, QPointF(m_grid.x(column), m_grid.y(row)));
    return float(d.x() + d.y());
}

// A search whose estimate is the plain distance pays for every crossing
// it cannot avoid as a detour of many tracks, so it widens through the
// whole neighbourhood of each: where routes are dense, tens of thousands of
// states per route. The guide is the same cost on a coarse net (every
// step-th column and row, without bends), searched backwards from the
// target towards the source; as the estimate, it knows where the way is
// cheap, and the search goes along it.
void OrthoRouter::guide(const std::vector<char> &allowed, const Ends &from, const Ends &to,
                        const QRect &window)
{
    using namespace Compass;
    Guide &g = m_guide;
    g.step = m_costs.guideStep;
    g.column0 = window.left();
    g.row0 = window.top();
    g.columns = (window.right() - window.left()) / g.step + 1;
    g.rows = (window.bottom() - window.top()) / g.step + 1;
    g.cost.assign(std::size_t(g.columns) * std::size_t(g.rows), unreached);
    g.settled.assign(g.cost.size(), 0);
    g.heap.clear();
    g.source = from.box;
    g.cutoff = unreached;
    const float pitch = float(m_grid.spacing().pitch);
    const auto columnOf = [&](int i) { return g.column0 + i * g.step; };
    const auto rowOf = [&](int j) { return g.row0 + j * g.step; };
    // The estimate of this search: the distance left to the source.
    const auto toSource = [&](int i, int j) { return distanceTo(g.source, columnOf(i), rowOf(j)); };

    // Seeds: the net's points round the target, at their distance from it.
    const qreal reach = m_grid.spacing().lead + g.step * m_grid.spacing().pitch;
    const QRectF near = to.box.adjusted(-reach, -reach, reach, reach);
    const int i0 = qMax(0, (m_grid.columnFrom(near.left()) - g.column0) / g.step);
    const int i1 = qMin(g.columns - 1, (m_grid.columnUpTo(near.right()) - g.column0) / g.step + 1);
    const int j0 = qMax(0, (m_grid.rowFrom(near.top()) - g.row0) / g.step);
    const int j1 = qMin(g.rows - 1, (m_grid.rowUpTo(near.bottom()) - g.row0) / g.step + 1);
    for (int j = j0; j <= j1; ++j) {
        for (int i = i0; i <= i1; ++i) {
            const QPointF at(m_grid.x(columnOf(i)), m_grid.y(rowOf(j)));
            if (!near.contains(at) || to.box.contains(at))
                continue;
            const float cost = distanceTo(to.box, columnOf(i), rowOf(j));
            const int k = j * g.columns + i;
            g.cost[std::size_t(k)] = cost;
            g.heap.emplace_back(cost + toSource(i, j), k);
        }
    }
    std::make_heap(g.heap.begin(), g.heap.end(), std::greater<>());

    // The cost of moving from (column, row) one net step in direction d:
    // every grid point on the way entered in turn.
    const auto leg = [&](int column, int row, int d) {
        const int dc = d == East ? 1 : d == West ? -1 : 0;
        const int dr = d == South ? 1 : d == North ? -1 : 0;
        float cost = 0;
        for (int n = 0; n < g.step; ++n) {
            column += dc;
            row += dr;
            const int q = m_grid.index(column, row);
            cost += pitch + enterCost(allowed, q, d, nullptr);
            if (to.end.node >= 0 && m_grid.node(q) == to.end.node)
                cost -= m_costs.forbidden; // the target's own box
        }
        return cost;
    };

    const QRectF start = from.box.adjusted(-reach, -reach, reach, reach);
    while (!g.heap.empty()) {
        std::pop_heap(g.heap.begin(), g.heap.end(), std::greater<>());
        const auto [priority, k] = g.heap.back();
        g.heap.pop_back();
        if (g.settled[std::size_t(k)])
            continue; // reached more cheaply before
        if (priority > g.cutoff)
            break;
        g.settled[std::size_t(k)] = 1;
        const float cost = g.cost[std::size_t(k)];
        const int i = k % g.columns, j = k / g.columns;
        if (g.cutoff == unreached
            && start.contains(QPointF(m_grid.x(columnOf(i)), m_grid.y(rowOf(j)))))
            g.cutoff = priority + settleSlack;
        // Backwards: each neighbour reaches the target through this point.
        for (int d = 0; d < 4; ++d) {
            const int ni = i + (d == East ? 1 : d == West ? -1 : 0);
            const int nj = j + (d == South ? 1 : d == North ? -1 : 0);
            if (ni < 0 || nj < 0 || ni >= g.columns || nj >= g.rows)
                continue;
            const int nk = nj * g.columns + ni;
            if (g.settled[std::size_t(nk)])
                continue;
            const float reached = cost + leg(columnOf(ni), rowOf(nj), opposite(d));
            if (reached < g.cost[std::size_t(nk)]) {
                g.cost[std::size_t(nk)] = reached;
                g.heap.emplace_back(reached + toSource(ni, nj), nk);
                std::push_heap(g.heap.begin(), g.heap.end(), std::greater<>());
            }
        }
    }
}

float OrthoRouter::guideAt(int column, int row) const
{
    const Guide &g = m_guide;
    const int i0 = (column - g.column0) / g.step, j0 = (row - g.row0) / g.step;
    const float pitch = float(m_grid.spacing().pitch);
    float best = unreached;
    for (int j = j0; j <= j0 + 1 && j < g.rows; ++j) {
        for (int i = i0; i <= i0 + 1 && i < g.columns; ++i) {
            const std::size_t k = std::size_t(j * g.columns + i);
            const int column1 = g.column0 + i * g.step, row1 = g.row0 + j * g.step;
            // A point not settled is at least as far as the cut-off lies
            // beyond its distance from the source.
            const float at = g.settled[k] ? g.cost[k]
                : g.cutoff < unreached    ? g.cutoff - distanceTo(g.source, column1, row1)
                                          : unreached;
            const int off = std::abs(column - column1) + std::abs(row - row1);
            best = qMin(best, at + pitch * float(off));
        }
    }
    return best;
}

} // namespace Portolan
