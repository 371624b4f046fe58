#pragma once
// Small builders of display-list primitives, shared by the diagram's
// element renderers and the legend.

#include "diagram/displaylist.h"

#include <optional>

namespace Portolan::Primitives {

Primitive shape(const QPainterPath &path, const QColor &fill, const QColor &stroke = {},
                qreal strokeWidth = 1, Qt::PenStyle style = Qt::SolidLine);
Primitive stroke(const QPainterPath &path, const QColor &color, qreal width,
                 Qt::PenStyle style = Qt::SolidLine);
// One line of text, its baseline starting at `origin`.
Primitive text(const QString &line, const QFont &font, const QColor &color, QPointF origin);
// Lines stacked downwards from `top`, each starting at `left` or, when
// `centreX` is given, centred on it.
QList<Primitive> lines(const QStringList &lines, const QFont &font, const QColor &color, qreal left,
                       qreal top, std::optional<qreal> centreX = std::nullopt);

QPainterPath roundedRect(const QRectF &rect, qreal radius);
// The bounds of a primitive, strokes and text included.
QRectF bounds(const Primitive &primitive);
// The bounds of all `primitives`.
QRectF bounds(const QList<Primitive> &primitives);

} // namespace Portolan::Primitives
