#pragma once
// Private to the layout module: the layout of large diagrams. dot over the
// whole clustered graph grows much faster than the graph (most of its time
// goes into the chains of virtual nodes long edges between zones become),
// so from a size on each top-level zone, and each group of the components
// in no zone (derivedgroups.h), is laid out by dot on its own —
// its own flows, plus one stub per flow leaving or entering it, ending in
// a port on its right or left side — the zones are placed in a grid, and
// the flows between zones run from port to port through the gaps between
// them (gridrouting.h).

#include "layout/gvclustertree.h"

#include <QString>

namespace Portolan {

// Whether `request` is large enough (and shaped) for zonedLayout().
bool prefersZonedLayout(const LayoutRequest &request, const ClusterTree &tree);

// Empty result and *error set when dot failed on a zone.
LayoutResult zonedLayout(const LayoutRequest &request, const ClusterTree &tree, QString *error);

} // namespace Portolan
