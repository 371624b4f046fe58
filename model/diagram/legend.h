#pragma once
// The diagram's legend: the colour of each product drawn and the glyph of
// each component kind drawn, in a framed box beside the diagram.

#include "diagram.h"

namespace Portolan {

// The legend of `diagram` as one display element (id "legend"), its frame's
// top-left corner at `topLeft`. Only products and kinds that appear.
DisplayElement legendElement(const Diagram &diagram, QPointF topLeft);

// Colour of each product by id, as edges and the legend draw it.
QColor productColor(const ProjectSnapshot &project, Id productId);

} // namespace Portolan
