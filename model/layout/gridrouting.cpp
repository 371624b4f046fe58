#include "layout/gridrouting.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <queue>
#include <set>
#include <utility>

namespace Portolan {

namespace {

// The order blocks are placed in: each next block is the one with the most
// routes to those already placed, starting from the most connected one.
QList<qsizetype> placementOrder(qsizetype count, const QList<GridRoute> &routes)
{
    QHash<qsizetype, QHash<qsizetype, int>> weight;
    QList<int> total(count, 0);
    for (const GridRoute &route : routes) {
        if (route.from == route.to)
            continue;
        ++weight[route.from][route.to];
        ++weight[route.to][route.from];
        ++total[route.from];
        ++total[route.to];
    }
    QList<qsizetype> order;
    QList<bool> placed(count, false);
    QList<int> toPlaced(count, 0); // routes to blocks already placed
    for (qsizetype step = 0; step < count; ++step) {
        qsizetype best = -1;
        for (qsizetype b = 0; b < count; ++b) {
            if (placed[b])
                continue;
            if (best < 0 || toPlaced[b] > toPlaced[best]
                || (toPlaced[b] == toPlaced[best] && total[b] > total[best]))
                best = b;
        }
        placed[best] = true;
        order.append(best);
        for (auto it = weight[best].cbegin(); it != weight[best].cend(); ++it)
            toPlaced[it.key()] += it.value();
    }
    return order;
}

struct Cell
{
    int row = 0;
    int column = 0;
};

// Rows filled alternately left to right and right to left, so that blocks
// next to each other in the order stay next to each other in the grid.
QList<Cell> cellsFor(const QList<qsizetype> &order, int columns)
{
    QList<Cell> cells(order.size());
    for (qsizetype i = 0; i < order.size(); ++i) {
        const int row = int(i / columns);
        const int offset = int(i % columns);
        cells[order[i]] = Cell { row, row % 2 == 0 ? offset : columns - 1 - offset };
    }
    return cells;
}

// The number of columns whose grid comes closest to the wanted aspect,
// counting every gap as wide as `gap`.
int chooseColumns(const QList<GridBlock> &blocks, const QList<qsizetype> &order, qreal gap,
                  qreal aspect)
{
    const int count = int(blocks.size());
    int best = 1;
    qreal bestScore = qInf();
    for (int columns = 1; columns <= count; ++columns) {
        const int rows = (count + columns - 1) / columns;
        QList<qreal> widths(columns, 0), heights(rows, 0);
        const QList<Cell> cells = cellsFor(order, columns);
        for (qsizetype b = 0; b < count; ++b) {
            widths[cells[b].column] = qMax(widths[cells[b].column], blocks[b].size.width());
            heights[cells[b].row] = qMax(heights[cells[b].row], blocks[b].size.height());
        }
        qreal width = gap * (columns + 1), height = gap * (rows + 1);
        for (qreal w : widths)
            width += w;
        for (qreal h : heights)
            height += h;
        const qreal score = std::abs(std::log(width / qMax<qreal>(1, height)) - std::log(aspect));
        if (score < bestScore) {
            bestScore = score;
            best = columns;
        }
    }
    return best;
}

// A stretch of a route along one gutter or channel, in "key" units: gutter
// or channel i is at 2i, the row or column i between them spans
// (2i, 2i + 2). Keys keep the order of the final coordinates, whatever
// widths the gutters get, so tracks can be assigned before those are known.
struct Run
{
    int lane; // gutter or channel index
    qreal lo, hi;
    int track = 0;
};

// Gives every run a track in its lane such that runs on the same track do
// not meet (interval partitioning); returns the tracks used per lane.
QList<int> assignTracks(QList<Run> &runs, int lanes)
{
    QList<QList<qsizetype>> byLane(lanes);
    for (qsizetype i = 0; i < runs.size(); ++i)
        byLane[runs[i].lane].append(i);
    QList<int> used(lanes, 0);
    for (int lane = 0; lane < lanes; ++lane) {
        QList<qsizetype> &list = byLane[lane];
        std::sort(list.begin(), list.end(),
                  [&](qsizetype a, qsizetype b) { return runs[a].lo < runs[b].lo; });
        using Busy = std::pair<qreal, int>; // until, track
        std::priority_queue<Busy, std::vector<Busy>, std::greater<>> busy;
        std::set<int> free;
        for (qsizetype i : list) {
            // Runs that only touch still need two tracks: they would share
            // a corner otherwise.
            while (!busy.empty() && busy.top().first < runs[i].lo) {
                free.insert(busy.top().second);
                busy.pop();
            }
            int track;
            if (free.empty()) {
                track = used[lane]++;
            } else {
                track = *free.begin();
                free.erase(free.begin());
            }
            runs[i].track = track;
            busy.push({ runs[i].hi, track });
        }
    }
    return used;
}

// Where each lane (gutter or channel) and each cell (column or row) begins
// along one axis: lanes and cells alternate, a lane first and last.
std::pair<QList<qreal>, QList<qreal>> lanesAndCells(const QList<int> &laneTracks,
                                                    const QList<qreal> &cellSizes,
                                                    const GridSpacing &spacing)
{
    QList<qreal> lanes, cells;
    qreal at = 0;
    for (qsizetype i = 0; i < laneTracks.size(); ++i) {
        lanes.append(at);
        at += 2 * spacing.margin + qMax(0, laneTracks[i] - 1) * spacing.track;
        if (i < cellSizes.size()) {
            cells.append(at);
            at += cellSizes[i];
        }
    }
    return { lanes, cells };
}

} // namespace

GridPlan planGrid(const QList<GridBlock> &blocks, const QList<GridRoute> &routes,
                  const GridSpacing &spacing)
{
    GridPlan plan;
    const qsizetype count = blocks.size();
    if (count == 0)
        return plan;
    const QList<qsizetype> order = placementOrder(count, routes);
    // A first guess of the gaps: three runs per route, spread over all lanes.
    const qreal guessGap = 2 * spacing.margin
        + spacing.track * qreal(3 * routes.size()) / qreal(2 * std::sqrt(qreal(count)) + 2);
    const int columns = chooseColumns(blocks, order, guessGap, spacing.aspect);
    const int rows = int((count + columns - 1) / columns);
    const QList<Cell> cells = cellsFor(order, columns);

    QList<qreal> columnWidth(columns, 0), rowHeight(rows, 0);
    for (qsizetype b = 0; b < count; ++b) {
        columnWidth[cells[b].column] = qMax(columnWidth[cells[b].column], blocks[b].size.width());
        rowHeight[cells[b].row] = qMax(rowHeight[cells[b].row], blocks[b].size.height());
    }
    // Where a port sits in its row, as a key (see Run).
    const auto portKey = [&](qsizetype block, const QPointF &port) {
        const int row = cells[block].row;
        const qreal fraction = rowHeight[row] > 0 ? port.y() / rowHeight[row] : 0.5;
        return 2 * row + 1 + (qBound<qreal>(0, fraction, 1) - 0.5) * 0.9;
    };

    // Each route: along the gutter right of its source block, then (unless
    // that is already the gutter left of the target) along a channel to the
    // gutter left of the target, and along that one to the in port.
    struct Plan
    {
        qsizetype first = -1, across = -1, last = -1; // indices into gutter/channel runs
    };
    QList<Run> gutterRuns, channelRuns;
    QList<Plan> plans(routes.size());
    for (qsizetype r = 0; r < routes.size(); ++r) {
        const GridRoute &route = routes[r];
        const Cell from = cells[route.from], to = cells[route.to];
        const qreal fromKey = portKey(route.from, blocks[route.from].outPort);
        const qreal toKey = portKey(route.to, blocks[route.to].inPort);
        const int outGutter = from.column + 1, inGutter = to.column;
        if (outGutter == inGutter) {
            plans[r].first = gutterRuns.size();
            gutterRuns.append({ outGutter, qMin(fromKey, toKey), qMax(fromKey, toKey) });
            continue;
        }
        // The channel next to the target's row, on the side the route comes from.
        int channel;
        if (to.row > from.row)
            channel = to.row;
        else if (to.row < from.row)
            channel = to.row + 1;
        else
            channel = (fromKey + toKey) / 2 > 2 * to.row + 1 ? to.row + 1 : to.row;
        const qreal channelKey = 2 * channel;
        plans[r].first = gutterRuns.size();
        gutterRuns.append({ outGutter, qMin(fromKey, channelKey), qMax(fromKey, channelKey) });
        plans[r].across = channelRuns.size();
        channelRuns.append({ channel, qreal(2 * qMin(outGutter, inGutter)),
                             qreal(2 * qMax(outGutter, inGutter)) });
        plans[r].last = gutterRuns.size();
        gutterRuns.append({ inGutter, qMin(channelKey, toKey), qMax(channelKey, toKey) });
    }
    const QList<int> gutterTracks = assignTracks(gutterRuns, columns + 1);
    const QList<int> channelTracks = assignTracks(channelRuns, rows + 1);

    const auto [gutterLeft, columnLeft] = lanesAndCells(gutterTracks, columnWidth, spacing);
    const auto [channelTop, rowTop] = lanesAndCells(channelTracks, rowHeight, spacing);

    plan.origins.resize(count);
    for (qsizetype b = 0; b < count; ++b)
        plan.origins[b] = QPointF(columnLeft[cells[b].column], rowTop[cells[b].row]);
    const auto gutterX = [&](const Run &run) {
        return gutterLeft[run.lane] + spacing.margin + run.track * spacing.track;
    };
    const auto channelY = [&](const Run &run) {
        return channelTop[run.lane] + spacing.margin + run.track * spacing.track;
    };
    plan.routes.resize(routes.size());
    for (qsizetype r = 0; r < routes.size(); ++r) {
        const QPointF start = plan.origins[routes[r].from] + blocks[routes[r].from].outPort;
        const QPointF end = plan.origins[routes[r].to] + blocks[routes[r].to].inPort;
        QList<QPointF> &points = plan.routes[r];
        const qreal firstX = gutterX(gutterRuns[plans[r].first]);
        points << start << QPointF(firstX, start.y());
        if (plans[r].across >= 0) {
            const qreal acrossY = channelY(channelRuns[plans[r].across]);
            const qreal lastX = gutterX(gutterRuns[plans[r].last]);
            points << QPointF(firstX, acrossY) << QPointF(lastX, acrossY)
                   << QPointF(lastX, end.y());
        } else {
            points << QPointF(firstX, end.y());
        }
        points << end;
    }
    return plan;
}

} // namespace Portolan
