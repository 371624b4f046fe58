#pragma once
// Private to the layout module: right-angled routes on a RoutingGrid. Each
// route leaves its source square to one of its sides and enters its target
// square to one of its sides, on a track of its own: routes that run side
// by side are a track apart, and where several meet one side their ends
// are spread along it. A route never runs through a box, through a zone
// frame that holds neither of its ends, along a frame's border or over a
// zone title; it crosses other routes only where it must (a best-first
// search over the grid that charges length, bends and crossings). Each
// label sits on a straight run of its own route, with no other route as
// near to it. Plain geometry: no Graphviz here.

#include "layout/routinggrid.h"

#include <QList>
#include <QRect>
#include <QRectF>
#include <QSizeF>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace Portolan {

// One end of a route: a box of the grid, or a zone frame (an edge that
// stands for the flows of a whole zone starts or ends on its frame).
struct RouteEnd
{
    int node = -1; // index into the grid's nodes
    int frame = -1; // index into the grid's frames, when node is -1
};

struct RouteRequest
{
    RouteEnd source;
    RouteEnd target;
    QSizeF labelSize; // empty: no label
};

struct Route
{
    QList<QPointF> points; // corners, from the source's border to the target's border
    QRectF label; // empty: none
    int crossings = 0;
    int overlaps = 0; // grid points where it runs along another route's track
    bool forced = false; // no clean way: through a box, a foreign frame, a title or a label
    bool labelForced = false; // the label found no free spot

    std::vector<int> violations; // grid points where it is forced or overlaps
    std::vector<int> cells; // grid points along the route, for releasing it
    std::vector<std::uint8_t> axes; // per cell: 1 horizontal, 2 vertical, 3 both
};

struct RoutingCosts
{
    float bend = 12;
    // A crossing is worth a detour of 25 tracks: fewer lines crossing read
    // better than shorter ones (measured on the sample: 10 crossings at 40,
    // 7 at 150, with long bundles round the drawing from 300 on).
    float crossing = 150;
    float forbidden = 5000; // a box, a foreign frame, a title, a label's room
    float overlap = 800; // running along another route's track
    // Weight of the remaining distance in the search: above 1 it heads for
    // the target instead of weighing every detour that costs no more.
    float greed = 2.0f;
    // The search's estimate, when guideStep > 0 (else the distance left,
    // times greed): the cheapest way to the target along every
    // guideStep-th track (without bends), found backwards from the target
    // first. Unlike the distance, it knows where the straight way crosses
    // a bundle or a zone, so the search goes along the cheap way instead
    // of widening through every detour as dear as the straight one.
    // Weighted above 1 so that, of ways alike, the search follows one.
    // Measured on the sample, S and M (docs/diagram.md).
    int guideStep = 4;
    float guideWeight = 1.3f;
};

class OrthoRouter
{
public:
    explicit OrthoRouter(RoutingGrid &grid, const RoutingCosts &costs = {});
    ~OrthoRouter();
    OrthoRouter(const OrthoRouter &) = delete;
    OrthoRouter &operator=(const OrthoRouter &) = delete;

    // Routes edge `id`, and claims its tracks and the room of its label.
    Route route(int id, const RouteRequest &request);
    // Gives back the tracks and label room of a route made by route(), and
    // claims them again (to put back a route that a second try did not beat).
    void release(int id, const Route &route);
    void claim(int id, const Route &route);
    void setCosts(const RoutingCosts &costs);
    const RoutingCosts &costs() const { return m_costs; }
    // Takes the tracks of a route kept from an earlier layout (its corners,
    // border to border); pieces off the tracks or the grid are passed over.
    void occupy(const QList<QPointF> &corners);
    // States the searches have expanded so far: their work, for tests.
    qint64 expansions() const { return m_expansions; }

private:
    struct Search;
    struct Ends;
    Ends endsOf(const RouteEnd &end, const RouteEnd &other, bool source) const;
    QRectF endBox(const RouteEnd &end) const;
    std::vector<char> allowedFrames(const RouteRequest &request) const;
    // The cells of the cheapest way from `from` to `to`, both included.
    bool findPath(const std::vector<char> &allowed, const Ends &from, const Ends &to,
                  const QRect &window, std::vector<int> &cells);
    // The grid columns and rows a search keeps to: near the ends, or all.
    QRect window(const RouteRequest &request, bool whole) const;
    // Cells of a route within `area`; false when none.
    bool search(const RouteRequest &request, const std::vector<char> &allowed, const QRect &area,
                Route &route);
    float enterCost(const std::vector<char> &allowed, int point, int direction,
                    const RouteEnd *portOf) const;
    void assess(const std::vector<char> &allowed, const RouteRequest &request, Route &route) const;
    // A free spot for a label beside a straight run of `route`; when there
    // is none, `leastBad` (if given) gets the spot beside a run with the
    // least in its way, or stays as it was when every spot is barred.
    std::optional<QRectF> labelOnRoute(const Route &route, const QSizeF &size,
                                       QRectF *leastBad = nullptr);
    // What is in the way of a label at `label`: 0 nothing, -1 barred (off
    // the grid, on a box, on another label's room or a title), else a
    // count: 100 for each point of another route under it, 10 near it; `firstOnly`
    // stops at the first thing in the way.
    int labelRoomCost(const QRectF &label, bool firstOnly) const;
    void commit(int id, const Route &route, int delta);
    void finish(Route &route, const RouteRequest &request) const;
    // Fills m_guide: the cost to `to` from the net's points of `window`
    // that lie near the cheap way from `from`.
    void guide(const std::vector<char> &allowed, const Ends &from, const Ends &to,
               const QRect &window);
    // The guide's estimate at a grid point; unreached when it has none.
    float guideAt(int column, int row) const;
    // Points from a grid point to a box (0 inside it).
    float distanceTo(const QRectF &box, int column, int row) const;

    RoutingGrid &m_grid;
    RoutingCosts m_costs;
    std::unique_ptr<Search> m_search;
    struct Guide
    {
        int column0 = 0, row0 = 0, columns = 0, rows = 0, step = 0;
        float cutoff = 0; // settled up to here (cost + distance to the source)
        QRectF source;
        std::vector<char> settled; // per point: its cost is final
        std::vector<float> cost;
        std::vector<std::pair<float, int>> heap;
    };
    Guide m_guide;
    qint64 m_expansions = 0;
};

} // namespace Portolan
