#pragma once
// What a diagram shows (DiagramContent) and its layout request, chosen
// once per state of the project. After an edit the drawing keeper asks
// for the whole project's request, and the window, a moment later, for
// the same diagram to show: the second is handed what the first chose
// (at 10,000 flows, 30 ms of an edit).

#include "diagram/diagramcontent.h"
#include "layout/layouttypes.h"

namespace Portolan {

struct DiagramChoice
{
    DiagramContent content;
    LayoutRequest request;
};

// DiagramContent::select and contentLayoutRequest. The last choice of the
// whole project without addresses in the boxes (in this thread) is kept
// with the project's lists it was made from, and handed out again for the
// very same lists: lists share their data until one is changed, and a list
// shared with the kept copy cannot be changed in place, so the same data
// means the same lists.
DiagramChoice chooseDiagram(const ProjectSnapshot &project, const DiagramOptions &options);

} // namespace Portolan
