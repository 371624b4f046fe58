#pragma once
// The handover pack's pages of one diagram: as large as the page allows, never with labels under 6
// pt. A diagram that would shrink further is printed in parts behind a map of them, and the page
// says so (export/diagramtiling.h).

#include "diagram/displaylist.h"
#include <QString>

namespace Portolan {

class PackLayout;
struct PackDiagram;
struct PackPageOptions;

// Lays the pages out; returns the first one's number.
// `environment` names the environment whose addresses the diagram shows.
int diagramPages(PackLayout &layout, const QString &environment, const PackDiagram &diagram,
                 const PackPageOptions &options);

} // namespace Portolan
