#include "drawingkeeper.h"

#include "diagram.h"
#include "drawingstate.h"
#include "layout/matrixlayout.h"
#include "layout/updatelayout.h"

namespace Portolan {

QList<DrawnChange> keptDrawing(const ProjectSnapshot &project)
{
    const LayoutRequest request = diagramLayoutRequest(project, DiagramOptions());
    bool covered = false;
    const LayoutResult stored = storedLayout(project.drawing, request, &covered);
    // Covered: nothing to lay out; only items nothing asks for any more go.
    if (covered)
        return layoutChanges(project.drawing, stored);
    // A matrix is drawn again whole: it takes milliseconds, and its rows
    // and columns grow with what they hold.
    const LayoutResult updated
        = prefersMatrixLayout(request) ? matrixLayout(request) : updateLayout(request, stored);
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
