#include "layout/matrixlayout.h"

#include "layout/gvroutes.h"
#include "layout/routinggrid.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Portolan {

namespace {

const RoutingSpacing spacing;
// From a node's corner to its first track.
constexpr qreal sideMargin = 10;
// Between a label and its edge's corner.
constexpr qreal labelGap = 2;
// Between the contents of neighbouring rows and columns: more than a
// label's own distance to its edge (labelGap) + 3 pt, so that no edge of a
// neighbouring cell comes as near to it.
constexpr qreal bandGap = 16;

// One node's edges, each list farthest first.
struct Ends
{
    QList<qsizetype> right; // out of its right side, to the columns after it
    QList<qsizetype> left; // out of its left side, to the columns before it
    QList<qsizetype> above; // into its top, from the rows above it
    QList<qsizetype> below; // into its bottom, from the rows below it
};

// Where an edge meets its target's column, in its source's row; relative
// to the source's and the target's boxes until the bands are placed.
struct Corner
{
    qreal y = 0; // from the source's top
    qreal x = 0; // from the target's left
};

qreal spread(qsizetype tracks, qreal length)
{
    // The pitch that fits `tracks` tracks between the margins of a side.
    if (tracks < 2)
        return spacing.pitch;
    return qMin(spacing.pitch, (length - 2 * sideMargin) / qreal(tracks - 1));
}

qreal sideFor(qsizetype tracks)
{
    return 2 * sideMargin + qreal(qMax<qsizetype>(tracks, 1) - 1) * spacing.pitch;
}

} // namespace

bool prefersMatrixLayout(const LayoutRequest &request)
{
    const qsizetype n = request.nodes.size();
    if (!request.clusters.isEmpty() || routesOrthogonally(request) || n < 2
        || request.options.graphvizEdgeLabels || request.edges.size() <= 200
        || 2 * request.edges.size() <= n * (n - 1))
        return false;
    QSet<QString> keys;
    for (const LayoutNode &node : request.nodes) {
        if (node.pinned)
            return false;
        keys.insert(node.key);
    }
    QSet<QPair<QString, QString>> pairs;
    for (const LayoutEdge &edge : request.edges) {
        if (edge.source == edge.target || !keys.contains(edge.source)
            || !keys.contains(edge.target))
            return false;
        const QPair<QString, QString> pair(edge.source, edge.target);
        if (pairs.contains(pair))
            return false;
        pairs.insert(pair);
    }
    return true;
}

LayoutResult matrixLayout(const LayoutRequest &request)
{
    const qsizetype n = request.nodes.size();
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < n; ++i)
        index.insert(request.nodes[i].key, i);

    // Each edge as (source row, target column); loops and unknown ends
    // (which prefersMatrixLayout keeps out) are drawn straight.
    QList<qsizetype> from(request.edges.size(), -1), to(request.edges.size(), -1);
    QList<Ends> ends(n);
    for (qsizetype e = 0; e < request.edges.size(); ++e) {
        const qsizetype s = index.value(request.edges[e].source, -1);
        const qsizetype t = index.value(request.edges[e].target, -1);
        if (s < 0 || t < 0 || s == t)
            continue;
        from[e] = s;
        to[e] = t;
        (t > s ? ends[s].right : ends[s].left) << e;
        (s < t ? ends[t].above : ends[t].below) << e;
    }
    const auto sortBy = [](QList<qsizetype> &list, auto key) {
        std::stable_sort(list.begin(), list.end(),
                         [&](qsizetype a, qsizetype b) { return key(a) < key(b); });
    };
    for (Ends &node : ends) {
        sortBy(node.right, [&](qsizetype e) { return -to[e]; });
        sortBy(node.left, [&](qsizetype e) { return to[e]; });
        sortBy(node.above, [&](qsizetype e) { return from[e]; });
        sortBy(node.below, [&](qsizetype e) { return -from[e]; });
    }

    // Node sizes, then each edge's corner relative to its two boxes.
    QList<QSizeF> size(n);
    for (qsizetype i = 0; i < n; ++i) {
        const LayoutNode &node = request.nodes[i];
        const qreal tall = sideFor(qMax(ends[i].right.size(), ends[i].left.size()));
        const qreal wide = sideFor(qMax(ends[i].above.size(), ends[i].below.size()));
        size[i] = QSizeF(node.widens ? qMax(node.size.width(), wide) : node.size.width(),
                         qMax(node.size.height(), tall));
    }
    QList<Corner> corner(request.edges.size());
    for (qsizetype i = 0; i < n; ++i) {
        const Ends &node = ends[i];
        const qreal h = size[i].height(), w = size[i].width();
        for (qsizetype k = 0; k < node.right.size(); ++k)
            corner[node.right[k]].y = sideMargin + k * spacing.pitch;
        for (qsizetype k = 0; k < node.left.size(); ++k)
            corner[node.left[k]].y = h - sideMargin - k * spacing.pitch;
        const qreal pitchAbove = spread(node.above.size(), w);
        for (qsizetype k = 0; k < node.above.size(); ++k)
            corner[node.above[k]].x = w - sideMargin - k * pitchAbove;
        const qreal pitchBelow = spread(node.below.size(), w);
        for (qsizetype k = 0; k < node.below.size(); ++k)
            corner[node.below[k]].x = sideMargin + k * pitchBelow;
    }

    // How far each row reaches above and below its node's top, and each
    // column left and right of its node's left side, labels included.
    QList<qreal> above(n, 0), below(n, 0), leftOf(n, 0), rightOf(n, 0);
    for (qsizetype i = 0; i < n; ++i) {
        below[i] = size[i].height();
        rightOf[i] = size[i].width();
    }
    for (qsizetype e = 0; e < request.edges.size(); ++e) {
        const QSizeF label = request.edges[e].labelSize;
        if (from[e] < 0 || label.isEmpty())
            continue;
        const qsizetype s = from[e], t = to[e];
        const Corner c = corner[e];
        if (s < t) { // below and left of the corner
            below[s] = qMax(below[s], c.y + labelGap + label.height());
            leftOf[t] = qMax(leftOf[t], label.width() + labelGap - c.x);
        } else { // above and right of it
            above[s] = qMax(above[s], label.height() + labelGap - c.y);
            rightOf[t] = qMax(rightOf[t], c.x + labelGap + label.width());
        }
    }

    // The bands, one after the other; each node on the diagonal.
    LayoutResult result;
    QList<QRectF> box(n);
    qreal x = 0, y = 0;
    for (qsizetype i = 0; i < n; ++i) {
        x += bandGap / 2 + leftOf[i];
        y += bandGap / 2 + above[i];
        box[i] = QRectF(QPointF(x, y), size[i]);
        result.nodes.append({ request.nodes[i].key, box[i] });
        x += rightOf[i] + bandGap / 2;
        y += below[i] + bandGap / 2;
    }

    for (qsizetype e = 0; e < request.edges.size(); ++e) {
        const LayoutEdge &edge = request.edges[e];
        if (from[e] < 0) {
            const qsizetype s = index.value(edge.source, -1), t = index.value(edge.target, -1);
            if (s >= 0 && t >= 0)
                result.edges.append(straightEdge(edge.key, box[s], box[t]));
            continue;
        }
        const QRectF &source = box[from[e]], &target = box[to[e]];
        const bool down = from[e] < to[e];
        const QPointF bend(target.left() + corner[e].x, source.top() + corner[e].y);
        const QPointF start(down ? source.right() : source.left(), bend.y());
        const QPointF tip(bend.x(), down ? target.top() : target.bottom());
        EdgeGeometry geometry;
        geometry.key = edge.key;
        appendLine(geometry.path, start, bend);
        appendLine(geometry.path, bend, tip);
        geometry.arrowTip = tip;
        makeArrowRoom(geometry);
        if (!edge.labelSize.isEmpty()) {
            const QSizeF label = edge.labelSize;
            geometry.labelBox = down
                ? QRectF(QPointF(bend.x() - labelGap - label.width(), bend.y() + labelGap), label)
                : QRectF(QPointF(bend.x() + labelGap, bend.y() - labelGap - label.height()), label);
        }
        result.edges.append(geometry);
    }
    result.bounds = resultBounds(result);
    return result;
}

} // namespace Portolan
