#pragma once
// Paints display-list primitives with QPainter: the one drawing routine of
// the diagram's items on screen and of the PNG and PDF exports.
// Coordinates are the display list's (points); a caller that wants pixels
// scales the painter. Fonts carry pixel sizes in those same units, so they
// scale with the painter and never with the device's resolution.

#include "diagram/displaylist.h"

class QPainter;

namespace Portolan {

// On screen, what would be drawn too small to read is left out: text under
// minimumTextPixels high and shapes (icon strokes, arrow heads) under
// minimumShapePixels across, at `pixelsPerPoint` device pixels to a point.
// Outside a zoomed-out view this never applies; the exports draw all.
constexpr qreal minimumTextPixels = 3;
constexpr qreal minimumShapePixels = 1.5;

// Paints each primitive in order, leaving out what is too small to read
// when `pixelsPerPoint` is given (0: everything, as the exports do).
// With `visible` (the part of the item being painted), a long solid line
// wider than a pixel is stroked only where it runs near that part: the
// rest would be cut away anyway, after costing the stroke. Leaves the painter's state as it
// found it.
void paintPrimitives(QPainter *painter, const QList<Primitive> &primitives,
                     qreal pixelsPerPoint = 0, const QRectF &visible = {});
// The same on a painter set for antialiasing already, without saving and
// restoring its state: for painting thousands of elements in a row. Leaves
// the pen, brush and font as the last primitive set them.
void paintPrimitivesInPlace(QPainter *painter, const QList<Primitive> &primitives,
                            qreal pixelsPerPoint, const QRectF &visible);

// Whether two rectangles touch or overlap. Not QRectF::intersects: a
// straight run's extent has no width.
bool meets(const QRectF &extent, const QRectF &area);
// The runs of an open path's segments (lines, or curves by their control
// points) that come near `area`: what of it can show there.
QPainterPath pathNear(const QPainterPath &path, const QRectF &area);
// Where an element paints, in a few rectangles: each straight run of an
// unfilled line on its own (an edge across the drawing touches little of
// what its bounds span), any other shape by its control points, the
// element's bounds when it holds text or more runs than are worth telling
// apart.
QList<QRectF> footprintOf(const DisplayElement &element);
// Fills the list's bounds with its background (unless the background is
// invalid or transparent) and paints every element in order.
void paintDisplayList(QPainter *painter, const DisplayList &list);

} // namespace Portolan
