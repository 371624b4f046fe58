#include "layout/gvroutes.h"

#include <QLineF>

#include <cmath>

namespace Portolan {

QRectF boxAt(QPointF centre, const QSizeF &size)
{
    QRectF box(QPointF(), size);
    box.moveCenter(centre);
    return box;
}

QPointF borderPoint(const QRectF &box, QPointF towards)
{
    const QPointF centre = box.center();
    const QPointF d = towards - centre;
    if (d.isNull() || box.isEmpty())
        return centre;
    // Scale the direction until it touches the nearer of the two sides.
    const qreal sx = d.x() == 0 ? qInf() : (box.width() / 2) / std::abs(d.x());
    const qreal sy = d.y() == 0 ? qInf() : (box.height() / 2) / std::abs(d.y());
    return centre + d * qMin(sx, sy);
}

void appendLine(QList<QPointF> &path, QPointF from, QPointF to)
{
    if (path.isEmpty())
        path.append(from);
    path.append(from + (to - from) / 3);
    path.append(from + (to - from) * 2 / 3);
    path.append(to);
}

EdgeGeometry straightEdge(const QString &key, const QRectF &source, const QRectF &target)
{
    EdgeGeometry edge;
    edge.key = key;
    if (source == target) {
        // A loop leaving the right side above the middle and coming back
        // below it, wide enough to be seen next to the box.
        const qreal reach = qMax<qreal>(24, source.height() / 2);
        const qreal dy = source.height() / 4;
        const QPointF start(source.right(), source.center().y() - dy);
        const QPointF end(source.right(), source.center().y() + dy);
        edge.path = { start, start + QPointF(reach, -dy), end + QPointF(reach + arrowLength, dy),
                      end + QPointF(arrowLength, 0) };
        edge.arrowTip = end;
        return edge;
    }
    const QPointF from = borderPoint(source, target.center());
    const QPointF to = borderPoint(target, source.center());
    appendLine(edge.path, from, to);
    makeArrowRoom(edge);
    return edge;
}

EdgeGeometry bracketEdge(const QString &key, const QRectF &source, const QRectF &target,
                         qreal reach)
{
    EdgeGeometry edge;
    edge.key = key;
    const qreal x = qMax(source.right(), target.right()) + reach;
    const QPointF start(source.right(), source.center().y());
    const QPointF end(target.right(), target.center().y());
    appendLine(edge.path, start, QPointF(x, start.y()));
    appendLine(edge.path, QPointF(x, start.y()), QPointF(x, end.y()));
    appendLine(edge.path, QPointF(x, end.y()), end);
    makeArrowRoom(edge);
    return edge;
}

void makeArrowRoom(EdgeGeometry &edge)
{
    if (edge.path.size() < 4)
        return;
    const QPointF tip = edge.path.last();
    const QPointF before = edge.path[edge.path.size() - 4];
    const QLineF last(before, tip);
    edge.arrowTip = tip;
    if (last.length() <= arrowLength) {
        // Too short to shorten: the head covers the whole piece.
        return;
    }
    const QPointF end = last.pointAt(1 - arrowLength / last.length());
    // The last piece is rebuilt as a straight run to the new end; it was
    // straight already for every caller (fallback and lost edges).
    edge.path.resize(edge.path.size() - 3);
    appendLine(edge.path, before, end);
}

QRectF resultBounds(const LayoutResult &result)
{
    // Points have no size, so QRectF::united() would ignore them.
    qreal left = qInf(), top = qInf(), right = -qInf(), bottom = -qInf();
    const auto addPoint = [&](QPointF p) {
        left = qMin(left, p.x());
        top = qMin(top, p.y());
        right = qMax(right, p.x());
        bottom = qMax(bottom, p.y());
    };
    const auto addBox = [&](const QRectF &box) {
        if (box.isNull())
            return;
        addPoint(box.topLeft());
        addPoint(box.bottomRight());
    };
    for (const NodeGeometry &node : result.nodes)
        addBox(node.box);
    for (const ClusterGeometry &cluster : result.clusters) {
        addBox(cluster.box);
        addBox(cluster.labelBox);
    }
    for (const EdgeGeometry &edge : result.edges) {
        for (const QPointF &p : edge.path)
            addPoint(p);
        if (!edge.path.isEmpty())
            addPoint(edge.arrowTip);
        addBox(edge.labelBox);
    }
    if (left > right)
        return QRectF();
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

} // namespace Portolan
