#pragma once
// The glyph of each component kind as vector line art: drawn as a stroke
// (no fill) in the component's text colour, inside boxes and in the legend.

#include "domain/types.h"

#include <QPainterPath>
#include <QRectF>

namespace Portolan {

// The kind's glyph scaled into `box` (keeps its square proportions,
// centred). Designed on a 24 × 24 grid for a stroke of about 1.5 units at
// 20 points; stroke width should scale with the box.
QPainterPath kindIcon(ComponentKind kind, const QRectF &box);

} // namespace Portolan
