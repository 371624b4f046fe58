#pragma once
// What the benchmark counts in a layout besides time: boxes that overlap
// (label on node, label on label, node on node) and edges left unrouted.
// Measured on the geometry itself, as a reader would see it.

#include "layout/layouttypes.h"

namespace Portolan::Bench {

struct GeometryCounts
{
    int labelOnNode = 0;
    int labelOnLabel = 0;
    int nodeOnNode = 0;
    int unrouted = 0; // requested edges with no path (or missing)
    // Labels further than farLabelDistance from their own edge's line.
    int farLabels = 0;
    qreal farthestLabel = 0; // points from its line, over all labels
};

inline constexpr qreal farLabelDistance = 24;

GeometryCounts countGeometry(const LayoutRequest &request, const LayoutResult &result);

} // namespace Portolan::Bench
