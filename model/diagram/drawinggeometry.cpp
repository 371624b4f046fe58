#include "drawinggeometry.h"

#include "diagramchoice.h"
#include "drawingstate.h"
#include "layout/updatelayout.h"

namespace Portolan {

DiagramOptions drawingOptions()
{
    DiagramOptions options;
    options.showLegend = false;
    return options;
}

bool asksForDrawing(const DiagramOptions &options)
{
    return options.selection.isEmpty() && !options.showAddresses;
}

bool needsFreshLayout(const ProjectSnapshot &project)
{
    for (const Component &component : project.components) {
        if (project.drawing.contains(componentKey(component.id)))
            return false;
    }
    return !project.components.isEmpty();
}

QHash<QString, DrawnItem> completeDrawing(const ProjectSnapshot &project,
                                          const LayOutAfresh &layOutAfresh, bool *changed,
                                          const LayoutRequest *given)
{
    if (changed)
        *changed = false;
    const LayoutRequest request = given ? *given : diagramLayoutRequest(project, drawingOptions());
    if (coversRequest(project.drawing, request))
        return project.drawing;
    LayoutResult layout;
    if (needsFreshLayout(project)) {
        const std::optional<LayoutResult> fresh
            = layOutAfresh ? layOutAfresh(request) : std::nullopt;
        if (!fresh)
            return project.drawing;
        layout = *fresh;
    } else {
        layout = updateLayout(request, storedLayout(project.drawing, request));
    }
    QHash<QString, DrawnItem> drawing;
    for (const DrawnItem &item : drawnItems(layout))
        drawing.insert(item.key, item);
    if (changed)
        *changed = true;
    return drawing;
}

LayoutResult diagramGeometry(const QHash<QString, DrawnItem> &drawing, const LayoutRequest &request)
{
    bool covered = false;
    LayoutResult stored = storedLayout(drawing, request, &covered);
    if (covered)
        return stored;
    return updateLayout(request, stored);
}

DrawnDiagram drawDiagram(const ProjectSnapshot &project, const DiagramOptions &options,
                         const LayOutAfresh &layOutAfresh)
{
    // Choosing what the diagram shows is the costly part: once, for its
    // request, the drawing's (most often the same) and the assembly.
    const DiagramChoice choice = chooseDiagram(project, options);
    const DiagramContent &content = choice.content;
    const LayoutRequest &request = choice.request;
    DrawnDiagram drawn;
    bool covered = false;
    if (asksForDrawing(options))
        drawn.geometry = storedLayout(project.drawing, request, &covered);
    if (covered) {
        // The stored drawing is this diagram's geometry as it is (the
        // window's case after every edit): read once.
        drawn.drawing = project.drawing;
    } else {
        drawn.drawing = completeDrawing(project, layOutAfresh, &drawn.drawingChanged,
                                        asksForDrawing(options) ? &request : nullptr);
        drawn.geometry = diagramGeometry(drawn.drawing, request);
    }
    drawn.diagram = assembleContent(project, options, content, drawn.geometry, &request);
    return drawn;
}

} // namespace Portolan
