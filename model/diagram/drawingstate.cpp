#include "drawingstate.h"

#include "extent.h"

#include <QSet>

#include <cmath>

namespace Portolan {

namespace {

bool sameSize(const QSizeF &a, const QSizeF &b)
{
    return qAbs(a.width() - b.width()) < 0.5 && qAbs(a.height() - b.height()) < 0.5;
}

// A box may be taller than its text needs (room for the ends of its edges),
// and wider when its node widens (LayoutNode::widens).
bool fits(const QSizeF &box, const LayoutNode &node)
{
    const qreal width = box.width() - node.size.width();
    return (node.widens ? width > -0.5 : qAbs(width) < 0.5)
        && box.height() > node.size.height() - 0.5;
}

// Points kept to hundredths, as the file keeps paths (domain/drawnitem.h):
// what is stored is exactly what was drawn.
qreal hundredths(qreal value)
{
    return std::round(value * 100) / 100;
}

QPointF rounded(QPointF p)
{
    return { hundredths(p.x()), hundredths(p.y()) };
}

QRectF rounded(const QRectF &r)
{
    if (r.isNull())
        return r;
    return QRectF(rounded(r.topLeft()), rounded(r.bottomRight()));
}

DrawnItem nodeItem(const NodeGeometry &node)
{
    return { node.key, rounded(node.box), {}, {} };
}

DrawnItem clusterItem(const ClusterGeometry &cluster)
{
    return { cluster.key, rounded(cluster.box), rounded(cluster.labelBox), {} };
}

DrawnItem edgeItem(const EdgeGeometry &edge)
{
    DrawnItem item { edge.key, {}, rounded(edge.labelBox), {} };
    item.path.reserve(edge.path.size() + 1);
    for (const QPointF &p : edge.path)
        item.path.append(rounded(p));
    item.path.append(rounded(edge.arrowTip));
    return item;
}

// Whether a stored point is `p` as the file keeps it. Stored points are
// hundredths already, so one equal to `p` is (an edge kept from the stored
// drawing, as most are) without rounding `p`.
bool storedAs(QPointF stored, QPointF p)
{
    return stored == p || stored == rounded(p);
}

// Whether `stored` is edgeItem(edge), compared without making it.
bool isEdgeItem(const DrawnItem &stored, const EdgeGeometry &edge)
{
    if (stored.path.size() != edge.path.size() + 1 || !(stored.box == QRectF())
        || !(stored.label == rounded(edge.labelBox))
        || !storedAs(stored.path.last(), edge.arrowTip))
        return false;
    for (qsizetype i = 0; i < edge.path.size(); ++i) {
        if (!storedAs(stored.path.at(i), edge.path.at(i)))
            return false;
    }
    return true;
}

} // namespace

namespace {

// What coversRequest asks of each stored item.
bool covers(const DrawnItem &item, const LayoutNode &node)
{
    return fits(item.box.size(), node)
        && (!node.pinned || (item.box.center() - *node.pinned).manhattanLength() <= 0.5);
}

bool covers(const DrawnItem &item, const LayoutCluster &cluster)
{
    return !item.box.isEmpty() && sameSize(item.label.size(), cluster.labelSize);
}

bool covers(const DrawnItem &item, const LayoutEdge &edge)
{
    return item.path.size() >= 5
        && sameSize(item.label.size(), edge.labelSize.isEmpty() ? QSizeF() : edge.labelSize);
}

} // namespace

LayoutResult storedLayout(const QHash<QString, DrawnItem> &drawing, const LayoutRequest &request,
                          bool *coversIt)
{
    LayoutResult result;
    result.nodes.reserve(request.nodes.size());
    result.clusters.reserve(request.clusters.size());
    result.edges.reserve(request.edges.size());
    bool all = true;
    Extent boxes; // of boxes and labels
    Extent points; // of paths, each point as a hundredth-wide square
    for (const LayoutNode &node : request.nodes) {
        const auto it = drawing.constFind(node.key);
        all = all && it != drawing.cend() && covers(*it, node);
        if (it != drawing.cend() && !it->box.isEmpty()) {
            result.nodes.append({ node.key, it->box });
            boxes.add(it->box);
        }
    }
    for (const LayoutCluster &cluster : request.clusters) {
        const auto it = drawing.constFind(cluster.key);
        all = all && it != drawing.cend() && covers(*it, cluster);
        if (it != drawing.cend() && !it->box.isEmpty()) {
            result.clusters.append({ cluster.key, it->box, it->label });
            boxes.add(it->box);
        }
    }
    for (const LayoutEdge &edge : request.edges) {
        const auto it = drawing.constFind(edge.key);
        all = all && it != drawing.cend() && covers(*it, edge);
        if (it == drawing.cend() || it->path.size() < 5)
            continue;
        EdgeGeometry geometry;
        geometry.key = edge.key;
        geometry.path = it->path.first(it->path.size() - 1);
        geometry.arrowTip = it->path.last();
        geometry.labelBox = it->label;
        for (const QPointF &p : std::as_const(it->path))
            points.add(p);
        boxes.add(it->label);
        result.edges.append(std::move(geometry));
    }
    result.bounds = boxes.rect();
    const QRectF around = points.rect();
    if (!result.edges.isEmpty())
        result.bounds |= around.adjusted(0, 0, 0.01, 0.01);
    if (coversIt)
        *coversIt = all;
    return result;
}

bool coversRequest(const QHash<QString, DrawnItem> &drawing, const LayoutRequest &request)
{
    for (const LayoutNode &node : request.nodes) {
        const auto it = drawing.constFind(node.key);
        if (it == drawing.cend() || !covers(*it, node))
            return false;
    }
    for (const LayoutCluster &cluster : request.clusters) {
        const auto it = drawing.constFind(cluster.key);
        if (it == drawing.cend() || !covers(*it, cluster))
            return false;
    }
    for (const LayoutEdge &edge : request.edges) {
        const auto it = drawing.constFind(edge.key);
        if (it == drawing.cend() || !covers(*it, edge))
            return false;
    }
    return true;
}

QList<DrawnItem> drawnItems(const LayoutResult &layout)
{
    QList<DrawnItem> items;
    for (const NodeGeometry &node : layout.nodes)
        items.append(nodeItem(node));
    for (const ClusterGeometry &cluster : layout.clusters) {
        if (!cluster.box.isEmpty())
            items.append(clusterItem(cluster));
    }
    for (const EdgeGeometry &edge : layout.edges) {
        if (!edge.path.isEmpty())
            items.append(edgeItem(edge));
    }
    return items;
}

QList<DrawnChange> layoutChanges(const QHash<QString, DrawnItem> &stored,
                                 const LayoutResult &layout, Id view)
{
    // A layout's keys are unique (one per node, cluster and edge of its
    // request): when as many stored items are found as there are, none goes.
    QList<DrawnChange> changes;
    qsizetype found = 0;
    const auto compare = [&](const QString &key, auto same, auto item) {
        const auto from = stored.constFind(key);
        if (from == stored.cend()) {
            changes.append({ key, std::nullopt, item(), view });
            return;
        }
        ++found;
        if (!same(*from))
            changes.append({ key, *from, item(), view });
    };
    for (const NodeGeometry &node : layout.nodes)
        compare(
            node.key, [&node](const DrawnItem &s) { return s == nodeItem(node); },
            [&node] { return nodeItem(node); });
    for (const ClusterGeometry &cluster : layout.clusters) {
        if (!cluster.box.isEmpty())
            compare(
                cluster.key, [&cluster](const DrawnItem &s) { return s == clusterItem(cluster); },
                [&cluster] { return clusterItem(cluster); });
    }
    for (const EdgeGeometry &edge : layout.edges) {
        if (!edge.path.isEmpty())
            compare(
                edge.key, [&edge](const DrawnItem &s) { return isEdgeItem(s, edge); },
                [&edge] { return edgeItem(edge); });
    }
    if (found != stored.size()) {
        QSet<QString> wanted;
        for (const NodeGeometry &node : layout.nodes)
            wanted.insert(node.key);
        for (const ClusterGeometry &cluster : layout.clusters) {
            if (!cluster.box.isEmpty())
                wanted.insert(cluster.key);
        }
        for (const EdgeGeometry &edge : layout.edges) {
            if (!edge.path.isEmpty())
                wanted.insert(edge.key);
        }
        addRemovals(changes, stored, wanted, view);
    }
    sortChanges(changes);
    return changes;
}

} // namespace Portolan
