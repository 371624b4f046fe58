#pragma once
// Paints display-list primitives with QPainter: the one drawing routine of
// the diagram's items on screen and of the PNG and PDF exports.
// Coordinates are the display list's (points); a caller that wants pixels
// scales the painter. Fonts carry pixel sizes in those same units, so they
// scale with the painter and never with the device's resolution.

#include "diagram/displaylist.h"

class QPainter;

namespace Portolan {

// Paints each primitive in order. Leaves the painter's state as it found it.
void paintPrimitives(QPainter *painter, const QList<Primitive> &primitives);
// Fills the list's bounds with its background (unless the background is
// invalid or transparent) and paints every element in order.
void paintDisplayList(QPainter *painter, const DisplayList &list);

} // namespace Portolan
