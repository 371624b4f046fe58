#pragma once
// The geometry every output draws a project's diagram with, decided in one
// place for the window, `portolan export` and the handover pack alike:
// the project's stored drawing; what it lacks (a component added outside
// the window, a file from before drawings were stored) laid out around the
// rest without Graphviz; a fresh Graphviz layout only when it has none.
// Then each diagram (a product's, one with addresses in its boxes) is cut
// from that drawing, made to fit where its boxes or labels differ.

#include "diagram.h"
#include "domain/drawnitem.h"

#include <QHash>

#include <functional>
#include <optional>

namespace Portolan {

// The options of the stored drawing: everything, no addresses.
DiagramOptions drawingOptions();

// Whether the project's drawing holds none of its components: a fresh
// layout is due.
bool needsFreshLayout(const ProjectSnapshot &project);

// The project's drawing made whole: as stored when it covers the project,
// else completed around what it has (updateLayout), else laid out afresh
// by `layOutAfresh` (Graphviz; empty result: none). *changed says whether
// it differs from the stored one (worth storing when the file is writable).
// `request`: the drawing's request (drawingOptions()) when the caller has
// it already, else it is worked out here.
using LayOutAfresh = std::function<std::optional<LayoutResult>(const LayoutRequest &)>;
QHash<QString, DrawnItem> completeDrawing(const ProjectSnapshot &project,
                                          const LayOutAfresh &layOutAfresh, bool *changed = nullptr,
                                          const LayoutRequest *request = nullptr);

// Whether a diagram with these options asks for exactly the drawing's
// request: the whole project, no addresses in the boxes.
bool asksForDrawing(const DiagramOptions &options);

// One diagram of a project as every output draws it: what it shows chosen
// once (DiagramContent), the project's drawing completed (completeDrawing),
// the diagram's geometry cut from it (diagramGeometry) and assembled.
struct DrawnDiagram
{
    Diagram diagram;
    LayoutResult geometry;
    QHash<QString, DrawnItem> drawing; // the project's, made whole
    bool drawingChanged = false; // differs from the stored one
};
DrawnDiagram drawDiagram(const ProjectSnapshot &project, const DiagramOptions &options,
                         const LayOutAfresh &layOutAfresh = {});

// One diagram's geometry from a complete drawing: the stored items when they
// fit its request, else fitted to it (no Graphviz).
LayoutResult diagramGeometry(const QHash<QString, DrawnItem> &drawing,
                             const LayoutRequest &request);

} // namespace Portolan
