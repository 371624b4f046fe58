#pragma once
// Private to the layout module: what an edit re-routes when the drawing's
// edges are curved (the Curved style, or a drawing too large for the
// orthogonal router): the edges of `request` whose `kept` geometry
// (request order) has no path, as polylines around the boxes of the
// placement, with their labels placed beside them. Kept edges stay as they
// are.

#include "layout/layouttypes.h"
#include "layout/orthogonallayout.h"

namespace Portolan {

LayoutResult rerouteCurved(const LayoutRequest &request, const OrthogonalPlacement &placement,
                           const QList<EdgeGeometry> &kept);

} // namespace Portolan
