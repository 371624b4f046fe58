#pragma once
// Brings a finished layout up to date with a changed request, moving as
// little as it can: what keeps its place keeps it, a new box goes to free
// space in its zone near the boxes it has edges with, a box that grew
// makes room for itself (space inserted beside it, frames across it
// growing), a frame grows to hold what it must, and only the edges whose
// ends moved, whose labels changed or whose way a new box now blocks are
// routed again. No Graphviz: this runs inside an edit, in the caller's
// process, and is deterministic.

#include "layout/layouttypes.h"

namespace Portolan {

// `previous` holds the geometry kept from before by key (nodes, clusters,
// edges); keys it lacks are laid out, keys the request lacks are dropped.
LayoutResult updateLayout(const LayoutRequest &request, const LayoutResult &previous);

} // namespace Portolan
