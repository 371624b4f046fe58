#pragma once
// The handover pack's pages of one diagram: as large as the page allows, never with labels under 6
// pt. A diagram that would shrink further is printed in parts behind a map of them, and the page
// says so (export/diagramtiling.h).

#include "diagram/displaylist.h"
#include "handover/handoverpack.h"

namespace Portolan {

class PackLayout;
struct PackDiagram;
struct PackPageOptions;

// Lays the pages out; returns the first one's number.
int diagramPages(PackLayout &layout, const HandoverPack &pack, const PackDiagram &diagram,
                 const PackPageOptions &options);

} // namespace Portolan
