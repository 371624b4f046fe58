#include "displaylistpainter.h"

#include <QPainter>

namespace Portolan {

namespace {

void paintShape(QPainter *painter, const Primitive &primitive)
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
    painter->drawPath(primitive.path);
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

} // namespace

void paintPrimitives(QPainter *painter, const QList<Primitive> &primitives, qreal pixelsPerPoint)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    for (const Primitive &primitive : primitives) {
        if (!readable(primitive, pixelsPerPoint))
            continue;
        if (primitive.kind == Primitive::Kind::Shape)
            paintShape(painter, primitive);
        else
            paintText(painter, primitive);
    }
    painter->restore();
}

void paintDisplayList(QPainter *painter, const DisplayList &list)
{
    if (list.background.isValid() && list.background.alpha() > 0)
        painter->fillRect(list.bounds, list.background);
    for (const DisplayElement &element : list.elements)
        paintPrimitives(painter, element.primitives);
}

} // namespace Portolan
