#include "layout/updatelayout.h"

#include "layout/freespace.h"
#include "layout/gvclustertree.h"
#include "layout/gvroutes.h"
#include "layout/labelplacement.h"
#include "layout/mazerouter.h"
#include "layout/orthogonallayout.h"
#include "layout/routinggrid.h"
#include "layout/spaceinsertion.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace Portolan {

namespace {

// How far from the boxes it has edges with a new box may go before its
// zone is made larger instead.
constexpr qreal reach = 900;

qreal roundUp(qreal value)
{
    const qreal pitch = RoutingSpacing().pitch;
    return std::ceil(value / pitch) * pitch;
}

template<typename T> QHash<QString, const T *> byKey(const QList<T> &items)
{
    QHash<QString, const T *> map;
    for (const T &item : items)
        map.insert(item.key, &item);
    return map;
}

class Update
{
public:
    Update(const LayoutRequest &request, const LayoutResult &previous);
    LayoutResult run();

private:
    void insert(const SpaceInsertion &insertion);
    QRectF interior(qsizetype cluster) const;
    FreeSpace freeSpace(const QList<qsizetype> &except) const;
    qsizetype clusterOf(qsizetype node) const;
    // Whether cluster `inner` is `outer` or lies in it.
    bool holds(qsizetype outer, qsizetype inner) const;
    QList<qsizetype> subtreeNodes(qsizetype cluster) const;
    std::optional<QPointF> neighbourCentre(const QList<qsizetype> &nodes) const;
    QRectF drawingBounds() const;
    void resize(qsizetype node, const QSizeF &size);
    void pin(qsizetype node, QPointF centre);
    void place(qsizetype node);
    void placeZone(qsizetype cluster);
    // Makes `room` more space in a frame; says which way it grew.
    Qt::Orientation growFrame(qsizetype cluster, const QSizeF &room);
    void fitFrames();
    QList<EdgeGeometry> keptEdges() const;

    const LayoutRequest &m_request;
    const LayoutResult &m_previous;
    ClusterTree m_tree;
    qreal m_margin;
    QList<qsizetype> m_first; // per node: the first node with its key
    QList<QRectF> m_boxes; // per node; null: none yet
    QList<bool> m_changed; // per node: new, moved or resized
    QList<ClusterGeometry> m_frames; // per cluster; null box: none yet
    QList<bool> m_frameChanged;
    QList<EdgeGeometry> m_edges; // per edge: the previous geometry, if any
};

Update::Update(const LayoutRequest &request, const LayoutResult &previous)
    : m_request(request)
    , m_previous(previous)
    , m_tree(request)
    , m_margin(request.options.clusterMargin)
{
    const auto nodes = byKey(previous.nodes);
    const auto clusters = byKey(previous.clusters);
    const auto edges = byKey(previous.edges);
    QHash<QString, qsizetype> first;
    for (qsizetype n = 0; n < request.nodes.size(); ++n) {
        const QString &key = request.nodes[n].key;
        m_first.append(first.contains(key) ? first.value(key) : (first.insert(key, n), n));
        const NodeGeometry *kept = nodes.value(key);
        m_boxes.append(kept ? kept->box : QRectF());
        m_changed.append(false);
    }
    for (qsizetype c = 0; c < m_tree.clusterCount(); ++c) {
        const ClusterGeometry *kept = clusters.value(m_tree.cluster(c).key);
        m_frames.append(kept && !kept->box.isEmpty()
                            ? *kept
                            : ClusterGeometry { m_tree.cluster(c).key, QRectF(), QRectF() });
        m_frameChanged.append(!kept || kept->box.isEmpty());
    }
    for (const LayoutEdge &edge : request.edges) {
        const EdgeGeometry *kept = edges.value(edge.key);
        m_edges.append(kept ? *kept : EdgeGeometry { edge.key, {}, {}, {} });
    }
}

void Update::insert(const SpaceInsertion &insertion)
{
    for (QRectF &box : m_boxes)
        box = insertion.moved(box);
    for (qsizetype c = 0; c < m_frames.size(); ++c) {
        ClusterGeometry &frame = m_frames[c];
        if (frame.box.isNull())
            continue;
        const QRectF stretched = insertion.stretched(frame.box);
        m_frameChanged[c] = m_frameChanged[c] || stretched != frame.box;
        frame.labelBox.translate(stretched.topLeft() - frame.box.topLeft());
        frame.box = stretched;
    }
    for (EdgeGeometry &edge : m_edges) {
        for (QPointF &p : edge.path)
            p = insertion.map(p);
        edge.arrowTip = insertion.map(edge.arrowTip);
        edge.labelBox = insertion.moved(edge.labelBox);
    }
}

bool Update::holds(qsizetype outer, qsizetype inner) const
{
    for (qsizetype c = inner; c >= 0; c = m_tree.parentOf(c)) {
        if (c == outer)
            return true;
    }
    return false;
}

qsizetype Update::clusterOf(qsizetype node) const
{
    return m_tree.indexOf(m_request.nodes[node].cluster);
}

QRectF Update::interior(qsizetype cluster) const
{
    const QRectF frame = m_frames[cluster].box;
    if (frame.isNull())
        return {};
    const qreal title = m_tree.cluster(cluster).labelSize.height() + 2 * clusterLabelPadY;
    return frame.adjusted(m_margin, qMax(m_margin, title), -m_margin, -m_margin);
}

QList<qsizetype> Update::subtreeNodes(qsizetype cluster) const
{
    QList<qsizetype> nodes;
    QList<qsizetype> pending { cluster };
    for (qsizetype i = 0; i < pending.size(); ++i) {
        pending.append(m_tree.children(pending[i]));
        for (const qsizetype n : m_tree.members(pending[i])) {
            if (m_first[n] == n)
                nodes.append(n);
        }
    }
    return nodes;
}

FreeSpace Update::freeSpace(const QList<qsizetype> &except) const
{
    FreeSpace space;
    for (qsizetype n = 0; n < m_boxes.size(); ++n) {
        if (m_first[n] == n && !m_boxes[n].isNull() && !except.contains(n))
            space.addBox(m_boxes[n]);
    }
    QList<FreeSpace::Frame> frames;
    for (qsizetype c = 0; c < m_frames.size(); ++c) {
        frames.append({ m_frames[c].box, int(m_tree.parentOf(c)) });
        if (!m_frames[c].box.isNull())
            space.addTitle(clusterLabelBox(m_frames[c].box, m_tree.cluster(c).labelSize));
    }
    space.setFrames(frames);
    for (const EdgeGeometry &edge : m_edges) {
        if (!edge.labelBox.isEmpty())
            space.addLabel(edge.labelBox);
        QList<QPointF> corners;
        for (qsizetype i = 0; i < edge.path.size(); i += 3)
            corners.append(edge.path[i]);
        if (!edge.path.isEmpty())
            corners.append(edge.arrowTip);
        space.addRoute(corners);
    }
    return space;
}

std::optional<QPointF> Update::neighbourCentre(const QList<qsizetype> &nodes) const
{
    QSet<QString> keys;
    for (const qsizetype n : nodes)
        keys.insert(m_request.nodes[n].key);
    QHash<QString, qsizetype> index;
    for (qsizetype n = 0; n < m_request.nodes.size(); ++n)
        index.insert(m_request.nodes[n].key, m_first[n]);
    QPointF sum;
    int count = 0;
    for (const LayoutEdge &edge : m_request.edges) {
        const bool fromHere = keys.contains(edge.source), toHere = keys.contains(edge.target);
        if (fromHere == toHere)
            continue;
        const qsizetype other = index.value(fromHere ? edge.target : edge.source, -1);
        if (other >= 0 && !m_boxes[other].isNull() && !nodes.contains(other)) {
            sum += m_boxes[other].center();
            ++count;
        }
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

QRectF Update::drawingBounds() const
{
    QRectF bounds;
    for (const QRectF &box : m_boxes)
        bounds |= box;
    for (const ClusterGeometry &frame : m_frames)
        bounds |= frame.box;
    return bounds;
}

void Update::resize(qsizetype node, const QSizeF &size)
{
    const QRectF old = m_boxes[node];
    const QRectF grown(old.topLeft(), size);
    const qsizetype cluster = clusterOf(node);
    const QRectF region = cluster >= 0 ? interior(cluster) : QRectF();
    const FreeSpace space = freeSpace({ node });
    if (space.isFree(grown, int(cluster)) && (region.isNull() || region.contains(grown))) {
        m_boxes[node] = grown;
    } else {
        // Room beside it, as wide and as high as it grew: what lies beyond
        // its middle moves on, frames across it grow.
        SpaceInsertion room;
        if (size.width() > old.width())
            room.add(Qt::Horizontal, old.center().x(), roundUp(size.width() - old.width()));
        if (size.height() > old.height())
            room.add(Qt::Vertical, old.center().y(), roundUp(size.height() - old.height()));
        insert(room);
        m_boxes[node] = QRectF(m_boxes[node].topLeft(), size);
    }
    m_changed[node] = true;
}

void Update::pin(qsizetype node, QPointF centre)
{
    QRectF box(QPointF(), m_request.nodes[node].size);
    box.moveCenter(centre);
    const qsizetype cluster = clusterOf(node);
    const QRectF region = cluster >= 0 ? interior(cluster) : QRectF();
    if (!region.isNull() && !region.contains(box)) {
        // A component stays inside its zone: as near the drop as fits.
        box.moveLeft(qBound(region.left(), box.left(), qMax(region.left(), region.right() - box.width())));
        box.moveTop(qBound(region.top(), box.top(), qMax(region.top(), region.bottom() - box.height())));
    }
    const FreeSpace space = freeSpace({ node });
    if (!space.isFree(box, int(cluster))) {
        if (const auto spot = space.spotFor(box.size(), box.center(), region, int(cluster), reach))
            box = *spot;
    }
    m_boxes[node] = box;
    m_changed[node] = true;
}

Qt::Orientation Update::growFrame(qsizetype cluster, const QSizeF &room)
{
    // Along its longer side, where its members line up: inside its bottom
    // (or right) side, so that what lies beyond moves on and frames across
    // the line grow.
    const QRectF frame = m_frames[cluster].box;
    const Qt::Orientation along = frame.height() > frame.width() ? Qt::Vertical : Qt::Horizontal;
    SpaceInsertion space;
    if (along == Qt::Vertical)
        space.add(Qt::Vertical, frame.bottom() - m_margin + 0.5, roundUp(room.height()));
    else
        space.add(Qt::Horizontal, frame.right() - m_margin + 0.5, roundUp(room.width()));
    insert(space);
    return along;
}

void Update::place(qsizetype node)
{
    const QSizeF size = m_request.nodes[node].size;
    const qsizetype cluster = clusterOf(node);
    QRectF region = cluster >= 0 ? interior(cluster) : QRectF();
    const QRectF bounds = drawingBounds();
    QPointF target = neighbourCentre({ node })
                         .value_or(region.isNull() ? QPointF(bounds.right(), bounds.top())
                                                   : region.center());
    std::optional<QRectF> spot
        = freeSpace({ node }).spotFor(size, target, region, int(cluster), reach);
    if (!spot && cluster >= 0) {
        const QSizeF strip = size + QSizeF(2 * FreeSpace::boxGap, 2 * FreeSpace::boxGap);
        if (growFrame(cluster, strip) == Qt::Vertical)
            target.setY(interior(cluster).bottom() - strip.height() / 2);
        else
            target.setX(interior(cluster).right() - strip.width() / 2);
        region = interior(cluster);
        spot = freeSpace({ node }).spotFor(size, target, region, int(cluster), reach);
    }
    if (!spot) {
        // Nothing free nearby: beside everything, at the target's height.
        QRectF box(QPointF(), size);
        box.moveCenter(QPointF(drawingBounds().right() + 2 * FreeSpace::boxGap + size.width() / 2,
                               target.y()));
        spot = box;
    }
    m_boxes[node] = *spot;
    m_changed[node] = true;
}

void Update::placeZone(qsizetype cluster)
{
    // Its members in a grid, framed, the frame put where a box would go.
    const QList<qsizetype> members = subtreeNodes(cluster);
    QSizeF cell;
    for (const qsizetype n : members)
        cell = cell.expandedTo(m_request.nodes[n].size);
    cell += QSizeF(FreeSpace::boxGap, FreeSpace::boxGap);
    const int columns = qMax(1, int(std::ceil(std::sqrt(qreal(members.size())))));
    const int rows = qMax(1, int((members.size() + columns - 1) / columns));
    const qreal title = m_tree.cluster(cluster).labelSize.height() + 2 * clusterLabelPadY;
    const QSizeF frameSize(qMax(columns * cell.width(), m_tree.cluster(cluster).labelSize.width()
                                    + 2 * clusterLabelPadX) + 2 * m_margin,
                           rows * cell.height() + qMax(m_margin, title) + m_margin);
    const qsizetype parent = m_tree.parentOf(cluster);
    QRectF region = parent >= 0 ? interior(parent) : QRectF();
    const QRectF bounds = drawingBounds();
    const QPointF target = neighbourCentre(members).value_or(
        region.isNull() ? QPointF(bounds.right(), bounds.top()) : region.center());
    std::optional<QRectF> spot
        = freeSpace(members).spotFor(frameSize, target, region, int(parent), reach);
    if (!spot && parent >= 0) {
        growFrame(parent, frameSize + QSizeF(2 * FreeSpace::boxGap, 2 * FreeSpace::boxGap));
        region = interior(parent);
        spot = freeSpace(members).spotFor(frameSize, target, region, int(parent), reach);
    }
    if (!spot)
        spot = QRectF(QPointF(drawingBounds().right() + 2 * FreeSpace::frameGap, target.y()),
                      frameSize);
    m_frames[cluster].box = *spot;
    m_frameChanged[cluster] = true;
    const QPointF origin = spot->topLeft() + QPointF(m_margin, qMax(m_margin, title));
    for (qsizetype i = 0; i < members.size(); ++i) {
        QRectF box(QPointF(), m_request.nodes[members[i]].size);
        box.moveCenter(origin
                       + QPointF((i % columns + 0.5) * cell.width(), (i / columns + 0.5) * cell.height()));
        m_boxes[members[i]] = box;
        m_changed[members[i]] = true;
    }
}

void Update::fitFrames()
{
    for (const qsizetype c : m_tree.childrenFirst()) {
        if (m_frames[c].box.isNull())
            continue;
        const qreal title = m_tree.cluster(c).labelSize.height() + 2 * clusterLabelPadY;
        QRectF need;
        for (const qsizetype n : m_tree.members(c)) {
            if (!m_boxes[m_first[n]].isNull())
                need |= m_boxes[m_first[n]].adjusted(-m_margin, -qMax(m_margin, title), m_margin,
                                                     m_margin);
        }
        for (const qsizetype child : m_tree.children(c)) {
            if (!m_frames[child].box.isNull())
                need |= m_frames[child].box.adjusted(-m_margin, -qMax(m_margin, title), m_margin,
                                                     m_margin);
        }
        const qreal titleWidth = m_tree.cluster(c).labelSize.width() + 2 * clusterLabelPadX;
        if (m_frames[c].box.width() < titleWidth) {
            SpaceInsertion space;
            space.add(Qt::Horizontal, m_frames[c].box.right() - m_margin + 0.5,
                      roundUp(titleWidth - m_frames[c].box.width()));
            insert(space);
        }
        const QRectF grown = m_frames[c].box | need;
        if (grown != m_frames[c].box) {
            m_frames[c].box = grown;
            m_frameChanged[c] = true;
        }
        m_frames[c].labelBox = clusterLabelBox(m_frames[c].box, m_tree.cluster(c).labelSize);
    }
}

QList<EdgeGeometry> Update::keptEdges() const
{
    QHash<QString, qsizetype> nodeIndex;
    for (qsizetype n = m_request.nodes.size() - 1; n >= 0; --n)
        nodeIndex.insert(m_request.nodes[n].key, m_first[n]);
    QList<QRectF> moved;
    for (qsizetype n = 0; n < m_boxes.size(); ++n) {
        if (m_changed[n] && m_first[n] == n) {
            const qreal room = RoutingSpacing().nodeClearance;
            moved.append(m_boxes[n].adjusted(-room, -room, room, room));
        }
    }
    for (qsizetype c = 0; c < m_frames.size(); ++c) {
        if (m_frameChanged[c] && !m_frames[c].box.isNull())
            moved.append(m_frames[c].labelBox);
    }
    const auto endChanged = [&](const QString &key) {
        if (const qsizetype n = nodeIndex.value(key, -1); n >= 0)
            return bool(m_changed[n]);
        const qsizetype c = m_tree.indexOf(key);
        return c >= 0 && m_frameChanged[c];
    };
    QList<EdgeGeometry> kept = m_edges;
    for (qsizetype e = 0; e < kept.size(); ++e) {
        const LayoutEdge &edge = m_request.edges[e];
        EdgeGeometry &geometry = kept[e];
        bool reroute = geometry.path.isEmpty() || endChanged(edge.source)
            || endChanged(edge.target);
        const QSizeF wanted = edge.labelSize.isEmpty() ? QSizeF() : edge.labelSize;
        const QSizeF had = geometry.labelBox.isEmpty() ? QSizeF() : geometry.labelBox.size();
        reroute = reroute || qAbs(wanted.width() - had.width()) > 0.5
            || qAbs(wanted.height() - had.height()) > 0.5;
        for (qsizetype i = 3; !reroute && i < geometry.path.size(); i += 3) {
            const QRectF piece = QRectF(geometry.path[i - 3], geometry.path[i]).normalized();
            for (const QRectF &box : std::as_const(moved)) {
                if (piece.adjusted(-0.1, -0.1, 0.1, 0.1).intersects(box)) {
                    reroute = true;
                    break;
                }
            }
        }
        if (reroute)
            geometry = EdgeGeometry { edge.key, {}, {}, {} };
    }
    return kept;
}

LayoutResult Update::run()
{
    // Boxes kept: resized, dragged, or out of the zone they now belong to.
    QList<qsizetype> toPlace;
    for (qsizetype n = 0; n < m_boxes.size(); ++n) {
        if (m_first[n] != n)
            continue;
        const LayoutNode &node = m_request.nodes[n];
        const qsizetype cluster = clusterOf(n);
        if (cluster >= 0 && m_frames[cluster].box.isNull())
            continue; // a new zone: placed with its frame below
        if (m_boxes[n].isNull()) {
            if (node.pinned)
                pin(n, *node.pinned);
            else
                toPlace.append(n);
            continue;
        }
        // Taller than its text needs is kept (room for the ends of its edges).
        if (qAbs(m_boxes[n].width() - node.size.width()) > 0.5
            || m_boxes[n].height() < node.size.height() - 0.5)
            resize(n, node.size.expandedTo(QSizeF(0, m_boxes[n].height())));
        if (node.pinned && (m_boxes[n].center() - *node.pinned).manhattanLength() > 0.5)
            pin(n, *node.pinned);
        const QRectF region = cluster >= 0 ? interior(cluster) : QRectF();
        bool misplaced = !region.isNull() && !region.contains(m_boxes[n]);
        for (qsizetype c = 0; c < m_frames.size() && !misplaced; ++c)
            misplaced = !holds(c, cluster) && m_frames[c].box.intersects(m_boxes[n]);
        if (misplaced) {
            m_boxes[n] = QRectF();
            toPlace.append(n);
        }
    }
    for (const qsizetype n : std::as_const(toPlace))
        place(n);
    // New zones, parents first.
    QList<qsizetype> pending = m_tree.children(-1);
    for (qsizetype i = 0; i < pending.size(); ++i) {
        pending.append(m_tree.children(pending[i]));
        if (m_frames[pending[i]].box.isNull() && m_tree.hasNodes(pending[i]))
            placeZone(pending[i]);
    }
    fitFrames();

    OrthogonalPlacement placement;
    for (qsizetype n = 0; n < m_boxes.size(); ++n)
        placement.nodes.append(m_boxes[m_first[n]]);
    placement.clusters = m_frames;
    const QList<EdgeGeometry> kept = keptEdges();
    LayoutResult result;
    if (routesOrthogonally(m_request)) {
        result = rerouteOrthogonally(m_request, m_tree, placement, kept);
    } else {
        result.clusters = placement.clusters;
        for (qsizetype n = 0; n < m_request.nodes.size(); ++n)
            result.nodes.append({ m_request.nodes[n].key, placement.nodes[n] });
        const qreal clearance = qMax<qreal>(4, m_request.options.nodeSpacing / 3);
        const MazeRouter router(placement.nodes, clearance);
        QHash<QString, qsizetype> index;
        for (qsizetype n = m_request.nodes.size() - 1; n >= 0; --n)
            index.insert(m_request.nodes[n].key, n);
        LayoutRequest labels = m_request;
        labels.edges.clear();
        LayoutResult routed = result;
        for (qsizetype e = 0; e < kept.size(); ++e) {
            if (!kept[e].path.isEmpty()) {
                result.edges.append(kept[e]);
                continue;
            }
            const LayoutEdge &edge = m_request.edges[e];
            const qsizetype a = index.value(edge.source, -1), b = index.value(edge.target, -1);
            EdgeGeometry geometry { edge.key, {}, {}, {} };
            if (a >= 0 && b >= 0 && a != b) {
                const QList<QPointF> points = router.route(a, b);
                geometry.arrowTip = points.last();
                for (qsizetype i = 1; i < points.size(); ++i)
                    appendLine(geometry.path, points[i - 1], points[i]);
                makeArrowRoom(geometry);
            } else {
                const QRectF box = a >= 0 ? placement.nodes[a] : QRectF();
                geometry = straightEdge(edge.key, box, box);
            }
            result.edges.append(geometry);
            labels.edges.append(edge);
            routed.edges.append(geometry);
        }
        placeEdgeLabels(labels, routed);
        for (const EdgeGeometry &geometry : std::as_const(routed.edges)) {
            for (EdgeGeometry &edge : result.edges) {
                if (edge.key == geometry.key)
                    edge.labelBox = geometry.labelBox;
            }
        }
    }
    result.bounds = resultBounds(result);
    return result;
}

} // namespace

LayoutResult updateLayout(const LayoutRequest &request, const LayoutResult &previous)
{
    return Update(request, previous).run();
}

} // namespace Portolan
