#pragma once
// The change request on paper, for the firewall and network teams: a title
// page (project, from → to, environment, date, author, a change number to
// fill in, the counts), the delta diagram (deltaoverlay.h) on a page of
// its own, the rule changes grouped into add, modify and remove with
// before → after, the address and design changes, and a sign-off. Every
// page after the first names the comparison at its head and says "n / N"
// at its foot. Made of the handover pack's blocks (packblocks.h).

#include "diff/changerequest.h"
#include "handoverprint.h"

class QPagedPaintDevice;

namespace Portolan {

// Lays the change request out for `device` and paints it. `delta` is the
// delta diagram (an empty drawing prints a line saying there is nothing to
// draw). False and *error when the device refuses.
bool printChangeRequest(QPagedPaintDevice *device, const ChangeRequest &request,
                        const PackDiagram &delta, const PackPageOptions &options, QString *error);

} // namespace Portolan
