#pragma once
// Geometry checks on a finished layout, shared by the layout tests (and the
// benchmark): each returns the problems found, as readable lines, so that
// a failing test says what is wrong where.

#include "layout/labelplacement.h"
#include "layout/layouttypes.h"

#include <QHash>
#include <QLineF>
#include <QStringList>

#include <cmath>

namespace Portolan::Testing {

// Distance from a point to a box (0 inside).
inline qreal distanceToBox(QPointF p, const QRectF &box)
{
    const qreal dx = qMax<qreal>(0, qMax(box.left() - p.x(), p.x() - box.right()));
    const qreal dy = qMax<qreal>(0, qMax(box.top() - p.y(), p.y() - box.bottom()));
    return std::hypot(dx, dy);
}

// Distance from a point to the outline of a box (inside or out).
inline qreal distanceToBorder(QPointF p, const QRectF &box)
{
    if (!box.contains(p))
        return distanceToBox(p, box);
    return qMin(qMin(p.x() - box.left(), box.right() - p.x()),
                qMin(p.y() - box.top(), box.bottom() - p.y()));
}

inline QStringList nodeOverlaps(const LayoutResult &result)
{
    QStringList problems;
    for (qsizetype i = 0; i < result.nodes.size(); ++i) {
        for (qsizetype j = i + 1; j < result.nodes.size(); ++j) {
            const QRectF common = result.nodes[i].box & result.nodes[j].box;
            if (common.width() > 0.01 && common.height() > 0.01)
                problems << QStringLiteral("nodes %1 and %2 overlap")
                                .arg(result.nodes[i].key, result.nodes[j].key);
        }
    }
    return problems;
}

inline QStringList labelOverlapProblems(const LayoutResult &result)
{
    const LabelOverlaps overlaps = countLabelOverlaps(result);
    if (overlaps.total() == 0)
        return {};
    return { QStringLiteral("label overlaps: %1 with nodes, %2 with labels, %3 with zone titles")
                 .arg(overlaps.labelNode)
                 .arg(overlaps.labelLabel)
                 .arg(overlaps.labelClusterLabel) };
}

// Every request edge is in the result, in order, as cubic pieces that
// start at the source box and end with an arrow tip on the target's border.
inline QStringList edgeProblems(const LayoutRequest &request, const LayoutResult &result,
                                qreal tolerance = 2)
{
    QStringList problems;
    if (result.edges.size() != request.edges.size())
        return { QStringLiteral("%1 edges requested, %2 laid out")
                     .arg(request.edges.size())
                     .arg(result.edges.size()) };
    // An end is a node's box, or a zone's frame (an edge for a whole zone).
    QHash<QString, QRectF> boxes;
    for (const ClusterGeometry &cluster : result.clusters)
        boxes.insert(cluster.key, cluster.box);
    for (const NodeGeometry &node : result.nodes)
        boxes.insert(node.key, node.box);
    for (qsizetype e = 0; e < request.edges.size(); ++e) {
        const LayoutEdge &edge = request.edges[e];
        const EdgeGeometry &geometry = result.edges[e];
        const QString name
            = QStringLiteral("edge %1 (%2 → %3)").arg(edge.key, edge.source, edge.target);
        if (geometry.key != edge.key)
            problems << name + QStringLiteral(": key %1").arg(geometry.key);
        if (geometry.path.size() < 4 || (geometry.path.size() - 1) % 3 != 0) {
            problems << name + QStringLiteral(": %1 path points").arg(geometry.path.size());
            continue;
        }
        const qreal start = distanceToBox(geometry.path.first(), boxes.value(edge.source));
        if (start > tolerance)
            problems << name + QStringLiteral(": starts %1 pt from its source").arg(start);
        const qreal tip = distanceToBorder(geometry.arrowTip, boxes.value(edge.target));
        if (tip > tolerance)
            problems << name + QStringLiteral(": arrow tip %1 pt off its target's border").arg(tip);
        const qreal head = QLineF(geometry.path.last(), geometry.arrowTip).length();
        if (head < 1 || head > 20)
            problems << name + QStringLiteral(": arrow head %1 pt long").arg(head);
    }
    return problems;
}

// Zone frames hold their members, their child zones and their title.
inline QStringList clusterProblems(const LayoutRequest &request, const LayoutResult &result)
{
    QStringList problems;
    QHash<QString, QRectF> frames;
    for (const ClusterGeometry &cluster : result.clusters) {
        frames.insert(cluster.key, cluster.box);
        if (!cluster.labelBox.isEmpty() && !cluster.box.contains(cluster.labelBox))
            problems << QStringLiteral("zone %1: title outside the frame").arg(cluster.key);
    }
    for (const LayoutCluster &cluster : request.clusters) {
        if (!frames.contains(cluster.key))
            problems << QStringLiteral("zone %1 missing").arg(cluster.key);
        else if (!cluster.parent.isEmpty()
                 && !frames.value(cluster.parent).contains(frames.value(cluster.key)))
            problems << QStringLiteral("zone %1 not inside %2").arg(cluster.key, cluster.parent);
    }
    for (qsizetype n = 0; n < request.nodes.size() && n < result.nodes.size(); ++n) {
        const QString &zone = request.nodes[n].cluster;
        if (!zone.isEmpty() && !frames.value(zone).contains(result.nodes[n].box))
            problems << QStringLiteral("node %1 outside zone %2").arg(request.nodes[n].key, zone);
    }
    return problems;
}

// Labels sit by their own path: within `heights` label heights of it.
inline QStringList labelDistanceProblems(const LayoutResult &result, qreal heights = 2.5)
{
    QStringList problems;
    for (const EdgeGeometry &edge : result.edges) {
        if (edge.labelBox.isEmpty())
            continue;
        qreal nearest = qInf();
        for (qsizetype i = 0; i + 3 < edge.path.size(); i += 3) {
            // Samples about 2 pt apart along the control polygon.
            const qreal reach = QLineF(edge.path[i], edge.path[i + 1]).length()
                + QLineF(edge.path[i + 1], edge.path[i + 2]).length()
                + QLineF(edge.path[i + 2], edge.path[i + 3]).length();
            const int samples = qBound(16, int(reach / 2), 20000);
            for (int k = 0; k <= samples; ++k) {
                const qreal t = qreal(k) / samples, u = 1 - t;
                const QPointF p = u * u * u * edge.path[i] + 3 * u * u * t * edge.path[i + 1]
                    + 3 * u * t * t * edge.path[i + 2] + t * t * t * edge.path[i + 3];
                nearest = qMin(nearest, distanceToBox(p, edge.labelBox));
            }
        }
        if (nearest > heights * edge.labelBox.height())
            problems
                << QStringLiteral("label of %1 is %2 pt from its path").arg(edge.key).arg(nearest);
    }
    return problems;
}

// Whether a path of cubic pieces passes through `box` (32 samples a piece).
inline bool pathEnters(const QList<QPointF> &path, const QRectF &box)
{
    for (qsizetype i = 0; i + 3 < path.size(); i += 3) {
        for (int k = 0; k <= 32; ++k) {
            const qreal t = k / 32.0, u = 1 - t;
            if (box.contains(u * u * u * path[i] + 3 * u * u * t * path[i + 1]
                             + 3 * u * t * t * path[i + 2] + t * t * t * path[i + 3]))
                return true;
        }
    }
    return false;
}

// Edges whose line runs through a node other than their two ends (inside
// its box by more than `depth` points).
inline QStringList edgesThroughNodes(const LayoutRequest &request, const LayoutResult &result,
                                     qreal depth = 1)
{
    QStringList problems;
    for (qsizetype e = 0; e < request.edges.size() && e < result.edges.size(); ++e) {
        const LayoutEdge &edge = request.edges[e];
        const QList<QPointF> &path = result.edges[e].path;
        for (const NodeGeometry &node : result.nodes) {
            if (node.key == edge.source || node.key == edge.target)
                continue;
            if (pathEnters(path, node.box.adjusted(depth, depth, -depth, -depth)))
                problems << QStringLiteral("edge %1 (%2 → %3) runs through %4")
                                .arg(edge.key, edge.source, edge.target, node.key);
        }
    }
    return problems;
}

// Edges that run through a top-level zone holding neither of their ends
// (inside its frame by more than `depth` points).
inline QStringList foreignZoneCrossings(const LayoutRequest &request, const LayoutResult &result,
                                        qreal depth = 2)
{
    QHash<QString, QString> parents, topOfNode;
    for (const LayoutCluster &cluster : request.clusters)
        parents.insert(cluster.key, cluster.parent);
    const auto top = [&](QString zone) {
        for (int guard = 0; guard < 100 && !parents.value(zone).isEmpty(); ++guard)
            zone = parents.value(zone);
        return zone;
    };
    for (const LayoutNode &node : request.nodes)
        topOfNode.insert(node.key, top(node.cluster));
    QList<std::pair<QString, QRectF>> frames;
    for (const ClusterGeometry &cluster : result.clusters) {
        if (parents.value(cluster.key).isEmpty() && !cluster.box.isEmpty())
            frames.append({ cluster.key, cluster.box.adjusted(depth, depth, -depth, -depth) });
    }
    QStringList problems;
    for (qsizetype e = 0; e < request.edges.size() && e < result.edges.size(); ++e) {
        const LayoutEdge &edge = request.edges[e];
        const QList<QPointF> &path = result.edges[e].path;
        const QString ends[2] = { topOfNode.value(edge.source), topOfNode.value(edge.target) };
        for (const auto &[zone, frame] : frames) {
            if (zone == ends[0] || zone == ends[1])
                continue;
            if (pathEnters(path, frame))
                problems << QStringLiteral("edge %1 (%2 → %3) crosses zone %4")
                                .arg(edge.key, edge.source, edge.target, zone);
        }
    }
    return problems;
}

inline QStringList allProblems(const LayoutRequest &request, const LayoutResult &result)
{
    return nodeOverlaps(result) + labelOverlapProblems(result) + edgeProblems(request, result)
        + clusterProblems(request, result) + labelDistanceProblems(result);
}

} // namespace Portolan::Testing
