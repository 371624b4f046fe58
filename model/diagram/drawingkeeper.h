#pragma once
// Keeps a project's stored drawing whole as the project changes: after an
// edit, what has no stored place is laid out (a new component in free
// space in its zone, near the components it has flows with) and the edges
// the edit touches are routed again; nothing else moves. A drawing made as
// a matrix (layout/matrixlayout.h) is made again whole. No Graphviz: this
// runs inside the edit, before it is written.

#include "domain/drawnitem.h"
#include "project/snapshot.h"

#include <QList>

namespace Portolan {

// The drawing changes that bring `project.drawing` up to date with the
// project (none when it is; the whole drawing when there was none, which
// callers avoid: a first layout is Graphviz's).
QList<DrawnChange> keptDrawing(const ProjectSnapshot &project);

// The drawing with every edge routed again on the boxes it has (after its
// edge style or grouping changed): the changes to store.
QList<DrawnChange> reroutedDrawing(const ProjectSnapshot &project);

} // namespace Portolan
