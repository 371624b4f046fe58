#pragma once
// Private to OrthoRouter's own sources: the search's scratch, the ports of
// a route's ends, and small helpers they share.

#include "layout/orthorouter.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <limits>
#include <new>

namespace Portolan {

namespace OrthoParts {

constexpr float unreached = std::numeric_limits<float>::infinity();
// Ports stay this far from a side's corners.
constexpr qreal cornerRoom = 3;

inline bool same(qreal a, qreal b)
{
    return std::abs(a - b) < 1e-6;
}

// How far `p` lies outside `box` along each axis (0 inside).
inline QPointF outside(const QRectF &box, QPointF p)
{
    return { qMax<qreal>(0, qMax(box.left() - p.x(), p.x() - box.right())),
             qMax<qreal>(0, qMax(box.top() - p.y(), p.y() - box.bottom())) };
}

inline int axisOf(const RoutingGrid &grid, int from, int to)
{
    return grid.row(from) == grid.row(to) ? 1 : 2; // 1 horizontal, 2 vertical
}

// An array whose elements start as all-zero bytes, allocated with calloc:
// the system hands out zeroed pages only when they are first touched, so
// a search that visits a small part of a large grid pays for that part
// only (a vector zeroed the whole state array, 150 MB at M, on every
// router). T must be an aggregate that all-zero bytes make valid.
template<typename T> class ZeroedArray
{
public:
    explicit ZeroedArray(std::size_t count)
        : m_data(static_cast<T *>(std::calloc(qMax<std::size_t>(count, 1), sizeof(T))))
        , m_count(count)
    {
        if (!m_data)
            throw std::bad_alloc();
    }
    ~ZeroedArray() { std::free(m_data); }
    ZeroedArray(const ZeroedArray &) = delete;
    ZeroedArray &operator=(const ZeroedArray &) = delete;

    T &operator[](std::size_t i) { return m_data[i]; }
    const T &operator[](std::size_t i) const { return m_data[i]; }
    std::size_t size() const { return m_count; }
    void clear() { std::memset(static_cast<void *>(m_data), 0, m_count * sizeof(T)); }

private:
    T *m_data;
    std::size_t m_count;
};

} // namespace OrthoParts

// Scratch of the best-first search, kept between searches; entries are valid
// only where their stamp is the current round's.
struct OrthoRouter::Search
{
    // One entry per state, together, so that a state costs one cache line;
    // all zero until a round stamps it.
    struct Entry
    {
        float cost;
        int came;
        unsigned stamp; // the round `cost` and `came` belong to
        unsigned closed; // the round it was expanded in
    };
    OrthoParts::ZeroedArray<Entry> states; // per state: point * 4 + direction of arrival
    unsigned round = 0;
    std::vector<std::pair<float, int>> heap;
    OrthoParts::ZeroedArray<unsigned> own; // per point: on the route whose label is placed
    unsigned ownRound = 0;

    explicit Search(int points)
        : states(std::size_t(points) * 4)
        , own(std::size_t(points))
    { }

    void begin()
    {
        if (++round == 0) { // wrapped: forget every stamp
            states.clear();
            round = 1;
        }
        heap.clear();
    }
    float at(int state) const
    {
        const Entry &e = states[std::size_t(state)];
        return e.stamp == round ? e.cost : OrthoParts::unreached;
    }
    int came(int state) const { return states[std::size_t(state)].came; }
    bool isClosed(int state) const { return states[std::size_t(state)].closed == round; }
    void close(int state) { states[std::size_t(state)].closed = round; }
    void set(int state, float value, int from)
    {
        Entry &e = states[std::size_t(state)];
        e.stamp = round;
        e.cost = value;
        e.came = from;
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

// What entering grid point q in direction d costs, besides its length:
// the search's inner loop, so inline.
inline float OrthoRouter::enterCost(const std::vector<char> &allowed, int q, int d,
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

} // namespace Portolan
