#include "drawingkeeper.h"

#include "diagram.h"
#include "drawingstate.h"
#include "layout/matrixlayout.h"
#include "layout/updatelayout.h"

namespace Portolan {

QList<DrawnChange> keptDrawing(const ProjectSnapshot &project)
{
    const LayoutRequest request = diagramLayoutRequest(project, DiagramOptions());
    if (coversRequest(project.drawing, request)) {
        // Nothing to lay out; only items nothing asks for any more go.
        const LayoutResult kept = storedLayout(project.drawing, request);
        return layoutChanges(project.drawing, kept);
    }
    // A matrix is drawn again whole: it takes milliseconds, and its rows
    // and columns grow with what they hold.
    const LayoutResult updated = prefersMatrixLayout(request)
        ? matrixLayout(request)
        : updateLayout(request, storedLayout(project.drawing, request));
    return layoutChanges(project.drawing, updated);
}

QList<DrawnChange> reroutedDrawing(const ProjectSnapshot &project)
{
    const LayoutRequest request = diagramLayoutRequest(project, DiagramOptions());
    LayoutResult boxes = storedLayout(project.drawing, request);
    boxes.edges.clear();
    const LayoutResult updated
        = prefersMatrixLayout(request) ? matrixLayout(request) : updateLayout(request, boxes);
    return layoutChanges(project.drawing, updated);
}

} // namespace Portolan
