#pragma once
// Keeping a picture stable across relayouts: nodes the user did not pin
// start where the previous layout put them, so that adding one flow moves
// little rather than reshuffling everything.

#include "diagram.h"

namespace Portolan {

// Sets LayoutNode::hint, for every node of `request` that is not pinned, to
// the centre its component had in `previous`. Nodes new to the request keep
// whatever hint they had.
void applyLayoutHints(LayoutRequest &request, const Diagram &previous);

} // namespace Portolan
