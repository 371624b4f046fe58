#include "displaylistpainter.h"

#include <QPainter>

#include <algorithm>
#include <initializer_list>

namespace Portolan {

namespace {

QRectF extentOf(std::initializer_list<QPointF> points)
{
    qreal left = points.begin()->x(), right = left;
    qreal top = points.begin()->y(), bottom = top;
    for (const QPointF &p : points) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

// One run of a path: a line, or a curve (starting at element `index`),
// from one point to the next, with the rectangle it stays within.
struct Run
{
    int index;
    bool curve;
    bool afterMove; // the first run after a move: not joined to the one before
    QPointF from;
    QPointF to;
    QRectF extent;
};

// Calls `visit(run)` for each run of `path` in order, until it returns false.
template<typename Visit> void forEachRun(const QPainterPath &path, Visit visit)
{
    QPointF last;
    bool moved = false;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        if (element.isMoveTo()) {
            last = element;
            moved = true;
            continue;
        }
        const bool curve = element.isCurveTo() && i + 2 < path.elementCount();
        const QPointF end = curve ? QPointF(path.elementAt(i + 2)) : QPointF(element);
        // A curve stays within its control points.
        const QRectF extent = curve ? extentOf({ last, element, path.elementAt(i + 1), end })
                                    : extentOf({ last, end });
        if (!visit(Run { i, curve, moved, last, end, extent }))
            return;
        moved = false;
        last = end;
        if (curve)
            i += 2;
    }
}

// Only a solid, unfilled line reaching well beyond the visible part is
// worth cutting (a dash pattern would restart at each cut), and only when
// wider than a pixel: the raster engine draws thinner strokes with its
// cosmetic stroker, which passes over what lies outside the clip at once.
bool worthCutting(const Primitive &primitive, qreal pixelsPerPoint, const QRectF &visible)
{
    return !visible.isEmpty() && !primitive.fill.isValid() && primitive.stroke.isValid()
        && primitive.strokeStyle == Qt::SolidLine && primitive.path.elementCount() > 2
        && !(pixelsPerPoint > 0 && primitive.strokeWidth * pixelsPerPoint <= 1)
        && !visible.contains(primitive.path.controlPointRect());
}

void paintShape(QPainter *painter, const Primitive &primitive, qreal pixelsPerPoint,
                const QRectF &visible)
{
    if (primitive.stroke.isValid()) {
        QPen pen(primitive.stroke, primitive.strokeWidth, primitive.strokeStyle);
        // Round ends and joins: icons and arrow-side line ends look drawn,
        // not cut, at every zoom.
        pen.setCapStyle(primitive.strokeStyle == Qt::SolidLine ? Qt::RoundCap : Qt::FlatCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(pen);
    } else {
        painter->setPen(Qt::NoPen);
    }
    painter->setBrush(primitive.fill.isValid() ? QBrush(primitive.fill) : QBrush(Qt::NoBrush));
    if (worthCutting(primitive, pixelsPerPoint, visible)) {
        // Beyond a stroke's width and its round ends, nothing of a cut run shows.
        const qreal margin = primitive.strokeWidth * 2 + 1;
        painter->drawPath(
            pathNear(primitive.path, visible.adjusted(-margin, -margin, margin, margin)));
    } else {
        painter->drawPath(primitive.path);
    }
}

void paintText(QPainter *painter, const Primitive &primitive)
{
    painter->setFont(primitive.font);
    painter->setPen(primitive.color);
    painter->drawText(primitive.origin, primitive.text);
}

bool readable(const Primitive &primitive, qreal pixelsPerPoint)
{
    if (pixelsPerPoint <= 0)
        return true;
    if (primitive.kind == Primitive::Kind::Text) {
        const qreal points = primitive.font.pixelSize() > 0 ? primitive.font.pixelSize()
                                                            : primitive.font.pointSizeF();
        return points * pixelsPerPoint >= minimumTextPixels;
    }
    const QRectF extent = primitive.path.controlPointRect();
    return qMax(extent.width(), extent.height()) * pixelsPerPoint >= minimumShapePixels;
}

// Whether anything of a shape can show in `visible`: its control points,
// and for an unfilled line each run of it, grown by the stroke's reach. An
// edge whose bounds cross the visible part most often runs round it.
bool reaches(const Primitive &primitive, const QRectF &visible)
{
    const qreal margin = primitive.stroke.isValid() ? primitive.strokeWidth * 2 + 1 : 1;
    const QRectF near = visible.adjusted(-margin, -margin, margin, margin);
    const QPainterPath &path = primitive.path;
    if (!meets(path.controlPointRect(), near))
        return false;
    if (primitive.fill.isValid() || path.elementCount() <= 2)
        return true;
    bool found = false;
    forEachRun(path, [&](const Run &run) {
        found = meets(run.extent, near);
        return !found;
    });
    return found;
}

} // namespace

bool meets(const QRectF &extent, const QRectF &area)
{
    return extent.left() <= area.right() && extent.right() >= area.left()
        && extent.top() <= area.bottom() && extent.bottom() >= area.top();
}

QPainterPath pathNear(const QPainterPath &path, const QRectF &area)
{
    QPainterPath near;
    bool joined = false; // the last segment was kept: go on from its end
    forEachRun(path, [&](const Run &run) {
        if (meets(run.extent, area)) {
            if (!joined || run.afterMove)
                near.moveTo(run.from);
            if (run.curve)
                near.cubicTo(path.elementAt(run.index), path.elementAt(run.index + 1), run.to);
            else
                near.lineTo(run.to);
            joined = true;
        } else {
            joined = false;
        }
        return true;
    });
    return near;
}

QList<QRectF> footprintOf(const DisplayElement &element)
{
    constexpr qsizetype mostAreas = 64;
    QList<QRectF> areas;
    for (const Primitive &primitive : element.primitives) {
        if (primitive.kind != Primitive::Kind::Shape)
            return { element.bounds };
        // A stroke's width and its round ends reach beyond the path.
        const qreal margin = primitive.stroke.isValid() ? primitive.strokeWidth * 2 + 1 : 1;
        const auto add = [&areas, margin](const QRectF &extent) {
            areas.append(extent.adjusted(-margin, -margin, margin, margin));
        };
        const QPainterPath &path = primitive.path;
        if (primitive.fill.isValid() || path.elementCount() <= 2) {
            add(path.controlPointRect());
        } else {
            forEachRun(path, [&add](const Run &run) {
                add(run.extent);
                return true;
            });
        }
        if (areas.size() > mostAreas)
            return { element.bounds };
    }
    return areas;
}

void paintPrimitives(QPainter *painter, const QList<Primitive> &primitives, qreal pixelsPerPoint,
                     const QRectF &visible)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    paintPrimitivesInPlace(painter, primitives, pixelsPerPoint, visible);
    painter->restore();
}

void paintPrimitivesInPlace(QPainter *painter, const QList<Primitive> &primitives,
                            qreal pixelsPerPoint, const QRectF &visible)
{
    for (const Primitive &primitive : primitives) {
        if (!readable(primitive, pixelsPerPoint))
            continue;
        if (primitive.kind == Primitive::Kind::Shape) {
            if (visible.isEmpty() || reaches(primitive, visible))
                paintShape(painter, primitive, pixelsPerPoint, visible);
        } else
            paintText(painter, primitive);
    }
}

void paintDisplayList(QPainter *painter, const DisplayList &list)
{
    if (list.background.isValid() && list.background.alpha() > 0)
        painter->fillRect(list.bounds, list.background);
    for (const DisplayElement &element : list.elements)
        paintPrimitives(painter, element.primitives);
}

} // namespace Portolan
