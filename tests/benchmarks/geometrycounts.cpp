#include "geometrycounts.h"

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
        if (!edge.labelBox.isEmpty())
            boxes.append({ edge.labelBox, true });
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
