#include "layout/orthogonallayout.h"

#include "layout/gvroutes.h"
#include "layout/orthorouter.h"
#include "layout/spaceinsertion.h"

#include <QHash>
#include <QLineF>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Portolan {

namespace {

const RoutingSpacing spacing;

// Room around the drawing for routes that go round the outside.
constexpr qreal outerRoom = 60;
// Rip-up passes over the routes that cross others or had to break a rule.
constexpr int improvementPasses = 1;
// Rounds of making room where routes had to share a track or break a rule,
// each followed by routing everything again.
constexpr int roomRounds = 2;
// Made at each spot where a route had to share a track or break a rule.
const qreal roomPerSpot = 2 * spacing.pitch;

EdgeGeometry geometryOf(const QString &key, const Route &route)
{
    EdgeGeometry edge;
    edge.key = key;
    QList<QPointF> points = route.points;
    if (points.size() < 2)
        return edge;
    edge.arrowTip = points.last();
    const QLineF last(points[points.size() - 2], points.last());
    if (last.length() > arrowLength)
        points.last() = last.pointAt(1 - arrowLength / last.length());
    for (qsizetype i = 1; i < points.size(); ++i)
        appendLine(edge.path, points[i - 1], points[i]);
    edge.labelBox = route.label;
    return edge;
}

// Which of two routes of one edge is better: fewer broken rules, then fewer
// crossings, then shorter.
bool better(const Route &a, const Route &b)
{
    const auto length = [](const Route &r) {
        qreal total = 0;
        for (qsizetype i = 1; i < r.points.size(); ++i)
            total += QLineF(r.points[i - 1], r.points[i]).length();
        return total;
    };
    if (a.forced != b.forced)
        return !a.forced;
    if (a.overlaps != b.overlaps)
        return a.overlaps < b.overlaps;
    if (a.labelForced != b.labelForced)
        return !a.labelForced;
    if (a.crossings != b.crossings)
        return a.crossings < b.crossings;
    return length(a) < length(b) - 0.5;
}

// Whether edge `e` keeps the route it has (`kept` as Routing takes it).
bool isKept(const QList<EdgeGeometry> &kept, qsizetype e)
{
    return e < kept.size() && !kept[e].path.isEmpty();
}

// Every edge of a request routed once over one placement.
class Routing
{
public:
    // `kept`: per request edge, a route kept as it is (its tracks and label
    // taken, not routed again); `window`: the part of the drawing routes
    // may use (null: all of it).
    Routing(const LayoutRequest &request, const ClusterTree &tree,
            const OrthogonalPlacement &placement, const QList<EdgeGeometry> &kept = {},
            const QRectF &window = {});

    // `retryCrossing`: the rip-up pass also tries again the routes that
    // only cross others (else only those that broke a rule or overlap).
    // Routing again near an edit, it does not: the routes kept were all in
    // place when the few new ones were routed, so a second try found the
    // same way (S, every component dragged by 18 pt and by three larger
    // moves: the same crossings and bends either way), and it cost a drag
    // at S 3 to 5 of its 21 ms.
    void routeAll(const RoutingCosts &costs, bool retryCrossing = true);
    // The edges routed whose route or label was forced.
    QList<qsizetype> forcedEdges() const;
    bool anyRouteForced() const;
    // Where routes had to share a track or break a rule.
    QList<QPointF> trouble() const;
    LayoutResult result(const OrthogonalPlacement &placement, OrthogonalStats *stats) const;

private:
    std::optional<RouteEnd> endOf(const QString &key) const;
    QRectF boxOf(const RouteEnd &end) const
    {
        return end.node >= 0 ? m_boxes[end.node] : m_frames[end.frame].box;
    }

    const LayoutRequest &m_request;
    QHash<QString, int> m_nodeIndex;
    QHash<QString, int> m_frameIndex;
    QList<QRectF> m_boxes;
    QList<RoutingFrame> m_frames;
    std::unique_ptr<RoutingGrid> m_grid;
    std::unique_ptr<OrthoRouter> m_router;
    QList<RouteRequest> m_requests;
    QList<bool> m_known; // both ends found, and not kept
    QList<Route> m_routes;
    QList<EdgeGeometry> m_kept;
};

Routing::Routing(const LayoutRequest &request, const ClusterTree &tree,
                 const OrthogonalPlacement &placement, const QList<EdgeGeometry> &kept,
                 const QRectF &window)
    : m_request(request)
    , m_kept(kept)
{
    QRectF area;
    // Grid nodes: one per distinct node key.
    for (qsizetype n = 0; n < request.nodes.size() && n < placement.nodes.size(); ++n) {
        if (m_nodeIndex.contains(request.nodes[n].key))
            continue;
        m_nodeIndex.insert(request.nodes[n].key, int(m_boxes.size()));
        m_boxes.append(placement.nodes[n]);
        area |= placement.nodes[n];
    }
    // Frames: the clusters that were drawn, parents first.
    QList<int> frameOf(tree.clusterCount(), -1);
    QList<qsizetype> pending = tree.children(-1);
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const qsizetype c = pending[i];
        pending.append(tree.children(c));
        if (c >= placement.clusters.size() || placement.clusters[c].box.isEmpty())
            continue;
        int parent = -1;
        for (qsizetype p = tree.parentOf(c); p >= 0 && parent < 0; p = tree.parentOf(p))
            parent = frameOf[p];
        frameOf[c] = int(m_frames.size());
        m_frameIndex.insert(tree.cluster(c).key, int(m_frames.size()));
        m_frames.append({ placement.clusters[c].box, placement.clusters[c].labelBox, parent });
        area |= placement.clusters[c].box;
    }
    area.adjust(-outerRoom, -outerRoom, outerRoom, outerRoom);
    if (!window.isNull())
        area &= window;
    m_grid = std::make_unique<RoutingGrid>(area, m_boxes, m_frames, spacing);
    m_router = std::make_unique<OrthoRouter>(*m_grid);
    for (qsizetype e = 0; e < m_kept.size(); ++e) {
        const EdgeGeometry &edge = m_kept[e];
        if (edge.path.isEmpty())
            continue;
        QList<QPointF> corners;
        for (qsizetype i = 0; i < edge.path.size(); i += 3)
            corners.append(edge.path[i]);
        corners.append(edge.arrowTip);
        m_router->occupy(corners);
        if (!edge.labelBox.isEmpty())
            m_grid->reserveLabel(edge.labelBox, int(e));
    }

    const qsizetype count = request.edges.size();
    m_requests.resize(count);
    m_known.fill(false, count);
    m_routes.resize(count);
    for (qsizetype e = 0; e < count; ++e) {
        const LayoutEdge &edge = request.edges[e];
        const auto source = endOf(edge.source);
        const auto target = endOf(edge.target);
        if (!source || !target || isKept(m_kept, e))
            continue;
        m_known[e] = true;
        RouteRequest &r = m_requests[e];
        r.source = *source;
        r.target = *target;
        r.labelSize = edge.labelSize;
    }
}

std::optional<RouteEnd> Routing::endOf(const QString &key) const
{
    if (const auto n = m_nodeIndex.constFind(key); n != m_nodeIndex.cend())
        return RouteEnd { *n, -1 };
    if (const auto f = m_frameIndex.constFind(key); f != m_frameIndex.cend())
        return RouteEnd { -1, *f };
    return std::nullopt;
}

void Routing::routeAll(const RoutingCosts &costs, bool retryCrossing)
{
    m_router->setCosts(costs);
    const qsizetype count = m_requests.size();
    // Short edges first: they take the direct tracks, long ones go round.
    QList<qsizetype> order;
    for (qsizetype e = 0; e < count; ++e) {
        if (m_known[e])
            order.append(e);
    }
    const auto span = [&](qsizetype e) {
        const QPointF d
            = boxOf(m_requests[e].source).center() - boxOf(m_requests[e].target).center();
        return qAbs(d.x()) + qAbs(d.y());
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return span(a) < span(b); });
    for (const qsizetype e : std::as_const(order))
        m_routes[e] = m_router->route(int(e), m_requests[e]);

    for (int pass = 0; pass < improvementPasses; ++pass) {
        QList<qsizetype> retry;
        for (const qsizetype e : std::as_const(order)) {
            const Route &r = m_routes[e];
            if (r.forced || r.labelForced || r.overlaps > 0 || (retryCrossing && r.crossings > 0))
                retry.append(e);
        }
        if (retry.isEmpty())
            break;
        std::stable_sort(retry.begin(), retry.end(), [&](qsizetype a, qsizetype b) {
            return m_routes[a].crossings > m_routes[b].crossings;
        });
        for (const qsizetype e : std::as_const(retry)) {
            m_router->release(int(e), m_routes[e]);
            Route second = m_router->route(int(e), m_requests[e]);
            if (better(second, m_routes[e])) {
                m_routes[e] = std::move(second);
            } else {
                m_router->release(int(e), second);
                m_router->claim(int(e), m_routes[e]);
            }
        }
    }
}

bool Routing::anyRouteForced() const
{
    return std::any_of(m_routes.cbegin(), m_routes.cend(), [](const Route &r) { return r.forced; });
}

QList<qsizetype> Routing::forcedEdges() const
{
    QList<qsizetype> edges;
    for (qsizetype e = 0; e < m_routes.size(); ++e) {
        if (m_known[e] && (m_routes[e].forced || m_routes[e].labelForced))
            edges.append(e);
    }
    return edges;
}

QList<QPointF> Routing::trouble() const
{
    QList<QPointF> spots;
    for (qsizetype e = 0; e < m_routes.size(); ++e) {
        const Route &r = m_routes[e];
        for (const int cell : r.violations)
            spots.append(m_grid->position(cell));
        if (r.labelForced && !r.points.isEmpty())
            spots.append(r.points.first());
    }
    return spots;
}

LayoutResult Routing::result(const OrthogonalPlacement &placement, OrthogonalStats *stats) const
{
    LayoutResult result;
    for (qsizetype n = 0; n < m_request.nodes.size() && n < placement.nodes.size(); ++n)
        result.nodes.append(NodeGeometry { m_request.nodes[n].key, placement.nodes[n] });
    result.clusters = placement.clusters;
    OrthogonalStats totals;
    for (qsizetype e = 0; e < m_routes.size(); ++e) {
        const LayoutEdge &edge = m_request.edges[e];
        if (isKept(m_kept, e)) {
            result.edges.append(m_kept[e]);
            continue;
        }
        if (!m_known[e]) {
            const int n = m_nodeIndex.value(edge.source, -1);
            const QRectF box = n >= 0 ? m_boxes[n] : QRectF();
            result.edges.append(straightEdge(edge.key, box, box));
            continue;
        }
        const Route &r = m_routes[e];
        totals.forced += r.forced ? 1 : 0;
        totals.labelsForced += r.labelForced ? 1 : 0;
        totals.overlaps += r.overlaps;
        totals.crossings += r.crossings;
        result.edges.append(geometryOf(edge.key, r));
    }
    if (stats)
        *stats = totals;
    return result;
}

// Room at the spots in trouble: a line of space through each, across both
// axes; spots close together share one.
SpaceInsertion roomAt(QList<QPointF> spots)
{
    SpaceInsertion insertion;
    for (const Qt::Orientation orientation : { Qt::Horizontal, Qt::Vertical }) {
        QList<qreal> at;
        for (const QPointF &p : std::as_const(spots))
            at.append(orientation == Qt::Horizontal ? p.x() : p.y());
        std::sort(at.begin(), at.end());
        qreal last = -qInf();
        for (const qreal value : std::as_const(at)) {
            if (value - last < 4 * spacing.pitch)
                continue;
            // Half a track off the spot: the line runs between tracks.
            insertion.add(orientation, value - spacing.pitch / 2, roomPerSpot);
            last = value;
        }
    }
    return insertion;
}

} // namespace

LayoutResult routeOrthogonally(const LayoutRequest &request, const ClusterTree &tree,
                               const OrthogonalPlacement &placement, OrthogonalStats *stats)
{
    OrthogonalPlacement current = placement;
    // Rounds before the last accept a rule broken sooner than a long detour:
    // where they break one, room is made and everything is routed again.
    RoutingCosts lenient;
    lenient.forbidden = 400;
    for (int round = 0;; ++round) {
        Routing routing(request, tree, current);
        const bool last = round == roomRounds;
        routing.routeAll(last ? RoutingCosts() : lenient);
        const QList<QPointF> spots = last ? QList<QPointF>() : routing.trouble();
        if (spots.isEmpty())
            return routing.result(current, stats);
        applyInsertion(roomAt(spots), current);
    }
}

LayoutResult rerouteOrthogonally(const LayoutRequest &request, const ClusterTree &tree,
                                 const OrthogonalPlacement &placement,
                                 const QList<EdgeGeometry> &kept, OrthogonalStats *stats)
{
    // Near the edges to route first: a grid over the whole drawing costs
    // more to make than the routes do.
    const QHash<QString, QRectF> boxes = boxesByKey(request, tree, placement);
    QList<EdgeGeometry> keep = kept;
    for (int attempt = 0; attempt < 2; ++attempt) {
        QRectF near;
        for (qsizetype e = 0; e < request.edges.size(); ++e) {
            if (!isKept(keep, e))
                near |= boxes.value(request.edges[e].source) | boxes.value(request.edges[e].target);
        }
        if (near.isNull())
            return Routing(request, tree, placement, keep).result(placement, stats);
        const qreal margin = qMax<qreal>(300, qMax(near.width(), near.height()) / 2);
        Routing local(request, tree, placement, keep,
                      near.adjusted(-margin, -margin, margin, margin));
        local.routeAll(RoutingCosts(), false);
        const QList<qsizetype> forced = local.forcedEdges();
        // Clean; or, with the siblings routed again too, every route clean
        // and only a label without a free spot (it sits where the least is
        // in its way): routing over the whole drawing would not find it one.
        if (forced.isEmpty() || (attempt == 1 && !local.anyRouteForced()))
            return local.result(placement, stats);
        // A route or label that found no clean way among the routes kept:
        // route again, with them, the kept routes that share an end with it
        // (a label beside a box's port often has a sibling route on the
        // next tracks, and only moving that one makes room).
        QSet<QString> ends;
        for (const qsizetype e : forced)
            ends << request.edges[e].source << request.edges[e].target;
        bool freed = false;
        for (qsizetype e = 0; e < keep.size(); ++e) {
            if (isKept(keep, e)
                && (ends.contains(request.edges[e].source)
                    || ends.contains(request.edges[e].target))) {
                keep[e] = EdgeGeometry();
                freed = true;
            }
        }
        if (!freed)
            break;
    }
    Routing whole(request, tree, placement, kept);
    whole.routeAll(RoutingCosts());
    return whole.result(placement, stats);
}

} // namespace Portolan
