#include "geometrycounts.h"

#include <QLineF>
#include <QSet>

#include <algorithm>

namespace Portolan::Bench {

namespace {

struct Box
{
    QRectF rect;
    bool label = false;
};

// Overlap beyond rounding: boxes that merely touch do not count.
bool overlaps(const QRectF &a, const QRectF &b)
{
    constexpr qreal slack = 0.01;
    return a.left() + slack < b.right() && b.left() + slack < a.right()
        && a.top() + slack < b.bottom() && b.top() + slack < a.bottom();
}

// Distance from a point to segment ab.
qreal distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const qreal length2 = QPointF::dotProduct(d, d);
    const qreal t = length2 > 0 ? qBound<qreal>(0, QPointF::dotProduct(p - a, d) / length2, 1) : 0;
    const QPointF nearest = a + t * d;
    return QLineF(p, nearest).length();
}

// How far a label box is from its edge's line: the distance from the
// nearest of its corners and side midpoints to the drawn path (Bézier
// pieces followed in small steps, the arrow head included).
qreal labelDistance(const EdgeGeometry &edge)
{
    QList<QPointF> line;
    for (qsizetype i = 0; i + 3 < edge.path.size(); i += 3) {
        const QPointF p0 = edge.path[i], p1 = edge.path[i + 1], p2 = edge.path[i + 2],
                      p3 = edge.path[i + 3];
        for (int k = (i == 0 ? 0 : 1); k <= 8; ++k) {
            const qreal t = k / 8.0, u = 1 - t;
            line.append(u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3);
        }
    }
    line.append(edge.arrowTip);
    const QRectF &box = edge.labelBox;
    if (line.size() < 2)
        return 0;
    qreal best = qInf();
    for (qsizetype i = 1; i < line.size(); ++i) {
        if (QLineF(line[i - 1], line[i]).length() > 0 && box.contains(line[i]))
            return 0;
        for (const QPointF &p :
             { box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight(),
               QPointF(box.center().x(), box.top()), QPointF(box.center().x(), box.bottom()),
               QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()) })
            best = qMin(best, distanceToSegment(p, line[i - 1], line[i]));
    }
    return best;
}

} // namespace

GeometryCounts countGeometry(const LayoutRequest &request, const LayoutResult &result)
{
    GeometryCounts counts;
    QList<Box> boxes;
    for (const NodeGeometry &node : result.nodes)
        boxes.append({ node.box, false });
    QSet<QString> routed;
    for (const EdgeGeometry &edge : result.edges) {
        if (edge.path.size() >= 2)
            routed.insert(edge.key);
        if (!edge.labelBox.isEmpty()) {
            boxes.append({ edge.labelBox, true });
            const qreal distance = labelDistance(edge);
            counts.farthestLabel = qMax(counts.farthestLabel, distance);
            counts.farLabels += distance > farLabelDistance ? 1 : 0;
        }
    }
    for (const LayoutEdge &edge : request.edges)
        counts.unrouted += routed.contains(edge.key) ? 0 : 1;

    // Sweep from left to right: only boxes whose spans in x meet are compared.
    std::sort(boxes.begin(), boxes.end(),
              [](const Box &a, const Box &b) { return a.rect.left() < b.rect.left(); });
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        for (qsizetype j = i + 1; j < boxes.size() && boxes[j].rect.left() < boxes[i].rect.right();
             ++j) {
            if (!overlaps(boxes[i].rect, boxes[j].rect))
                continue;
            if (boxes[i].label && boxes[j].label)
                ++counts.labelOnLabel;
            else if (boxes[i].label || boxes[j].label)
                ++counts.labelOnNode;
            else
                ++counts.nodeOnNode;
        }
    }
    return counts;
}

} // namespace Portolan::Bench
