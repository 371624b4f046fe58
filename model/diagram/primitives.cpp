#include "primitives.h"

#include "diagramstyle.h"

namespace Portolan::Primitives {

Primitive shape(const QPainterPath &path, const QColor &fill, const QColor &stroke,
                qreal strokeWidth, Qt::PenStyle style)
{
    Primitive primitive;
    primitive.kind = Primitive::Kind::Shape;
    primitive.path = path;
    primitive.fill = fill;
    primitive.stroke = stroke;
    primitive.strokeWidth = strokeWidth;
    primitive.strokeStyle = style;
    return primitive;
}

Primitive stroke(const QPainterPath &path, const QColor &color, qreal width, Qt::PenStyle style)
{
    return shape(path, QColor(), color, width, style);
}

Primitive text(const QString &line, const QFont &font, const QColor &color, QPointF origin)
{
    Primitive primitive;
    primitive.kind = Primitive::Kind::Text;
    primitive.text = line;
    primitive.font = font;
    primitive.color = color;
    primitive.origin = origin;
    return primitive;
}

QList<Primitive> lines(const QStringList &lines, const QFont &font, const QColor &color, qreal left,
                       qreal top, std::optional<qreal> centreX)
{
    QList<Primitive> primitives;
    qreal baseline = top + DiagramStyle::ascent(font);
    for (const QString &line : lines) {
        const qreal x = centreX ? *centreX - DiagramStyle::textWidth(font, line) / 2 : left;
        primitives << text(line, font, color, QPointF(x, baseline));
        baseline += DiagramStyle::lineHeight(font);
    }
    return primitives;
}

QPainterPath roundedRect(const QRectF &rect, qreal radius)
{
    QPainterPath path;
    path.addRoundedRect(rect, radius, radius);
    return path;
}

QRectF bounds(const Primitive &primitive)
{
    if (primitive.kind == Primitive::Kind::Text) {
        return QRectF(primitive.origin.x(),
                      primitive.origin.y() - DiagramStyle::ascent(primitive.font),
                      DiagramStyle::textWidth(primitive.font, primitive.text),
                      DiagramStyle::lineHeight(primitive.font));
    }
    const qreal margin = primitive.stroke.isValid() ? primitive.strokeWidth / 2 + 0.5 : 0;
    return primitive.path.boundingRect().adjusted(-margin, -margin, margin, margin);
}

QRectF bounds(const QList<Primitive> &primitives)
{
    QRectF all;
    for (const Primitive &primitive : primitives)
        all |= bounds(primitive);
    return all;
}

} // namespace Portolan::Primitives
