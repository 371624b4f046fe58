#include "drawingkeeper.h"

#include "diagram.h"
#include "drawingstate.h"
#include "layout/updatelayout.h"

namespace Portolan {

QList<DrawnChange> keptDrawing(const ProjectSnapshot &project)
{
    const LayoutRequest request = diagramLayoutRequest(project, DiagramOptions());
    if (coversRequest(project.drawing, request)) {
        // Nothing to lay out; only items nothing asks for any more go.
        const LayoutResult kept = storedLayout(project.drawing, request);
        return drawingChanges(project.drawing, drawnItems(kept));
    }
    const LayoutResult updated = updateLayout(request, storedLayout(project.drawing, request));
    return drawingChanges(project.drawing, drawnItems(updated));
}

QList<DrawnChange> reroutedDrawing(const ProjectSnapshot &project)
{
    const LayoutRequest request = diagramLayoutRequest(project, DiagramOptions());
    LayoutResult boxes = storedLayout(project.drawing, request);
    boxes.edges.clear();
    const LayoutResult updated = updateLayout(request, boxes);
    return drawingChanges(project.drawing, drawnItems(updated));
}

} // namespace Portolan
