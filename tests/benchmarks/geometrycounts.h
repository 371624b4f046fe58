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
};

GeometryCounts countGeometry(const LayoutRequest &request, const LayoutResult &result);

} // namespace Portolan::Bench
