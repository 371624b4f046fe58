#include "layout/updatelayout.h"

#include "layout/curvedreroute.h"
#include "layout/gvroutes.h"
#include "layout/layoutupdate.h"
#include "layout/orthogonallayout.h"
#include "layout/routinggrid.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace Portolan {

namespace {

template<typename T> QHash<QString, const T *> byKey(const QList<T> &items)
{
    QHash<QString, const T *> map;
    for (const T &item : items)
        map.insert(item.key, &item);
    return map;
}

} // namespace

qreal LayoutUpdate::roundUp(qreal value)
{
    const qreal pitch = RoutingSpacing().pitch;
    return std::ceil(value / pitch) * pitch;
}

LayoutUpdate::LayoutUpdate(const LayoutRequest &request, const LayoutResult &previous)
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

void LayoutUpdate::insert(const SpaceInsertion &insertion)
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

bool LayoutUpdate::holds(qsizetype outer, qsizetype inner) const
{
    for (qsizetype c = inner; c >= 0; c = m_tree.parentOf(c)) {
        if (c == outer)
            return true;
    }
    return false;
}

qsizetype LayoutUpdate::clusterOf(qsizetype node) const
{
    return m_tree.indexOf(m_request.nodes[node].cluster);
}

QRectF LayoutUpdate::interior(qsizetype cluster) const
{
    const QRectF frame = m_frames[cluster].box;
    if (frame.isNull())
        return {};
    const qreal title = m_tree.cluster(cluster).labelSize.height() + 2 * clusterLabelPadY;
    return frame.adjusted(m_margin, qMax(m_margin, title), -m_margin, -m_margin);
}

QList<qsizetype> LayoutUpdate::subtreeNodes(qsizetype cluster) const
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

FreeSpace LayoutUpdate::freeSpace(const QList<qsizetype> &except) const
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

std::optional<QPointF> LayoutUpdate::neighbourCentre(const QList<qsizetype> &nodes) const
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

QRectF LayoutUpdate::drawingBounds() const
{
    QRectF bounds;
    for (const QRectF &box : m_boxes)
        bounds |= box;
    for (const ClusterGeometry &frame : m_frames)
        bounds |= frame.box;
    return bounds;
}

void LayoutUpdate::fitFrames()
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

QList<EdgeGeometry> LayoutUpdate::keptEdges() const
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
        bool reroute
            = geometry.path.isEmpty() || endChanged(edge.source) || endChanged(edge.target);
        const QSizeF wanted = edge.labelSize.isEmpty() ? QSizeF() : edge.labelSize;
        const QSizeF had = geometry.labelBox.isEmpty() ? QSizeF() : geometry.labelBox.size();
        reroute = reroute || qAbs(wanted.width() - had.width()) > 0.5
            || qAbs(wanted.height() - had.height()) > 0.5;
        const QList<QPointF> &path = geometry.path; // read only: no copy of the points
        for (qsizetype i = 3; !reroute && i < path.size(); i += 3) {
            const QRectF piece = QRectF(path.at(i - 3), path.at(i)).normalized();
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

LayoutResult LayoutUpdate::run()
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
        result = rerouteCurved(m_request, placement, kept);
    }
    result.bounds = resultBounds(result);
    return result;
}

LayoutResult updateLayout(const LayoutRequest &request, const LayoutResult &previous)
{
    return LayoutUpdate(request, previous).run();
}

} // namespace Portolan
