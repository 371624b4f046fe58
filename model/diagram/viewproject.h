#pragma once
// A view as a project of its own: the components and flows its selection
// shows (as the filter bar would pick them), every product, zone and
// address, and the view's own drawing as the drawing. Zones it collapses,
// and at the zone level every top-level zone, are one node each
// (collapsedzones.h). Layout, the drawing
// keeper, the scene and every exporter take it as they take the whole
// project, so a view is laid out, kept and drawn the same way.

#include "project/snapshot.h"

#include <functional>

namespace Portolan {

// The whole project when `viewId` is 0 (or names no view), with the zones
// its drawing settings collapse. Where the user
// dropped a component in the whole drawing does not place it in a view:
// a view's places are its drawing's.
ProjectSnapshot viewProject(const ProjectSnapshot &project, Id viewId);
// The same for a view that need not be stored (a focus, a zone opened from
// the overview): its drawing is the stored one of its id, if any.
ProjectSnapshot viewProject(const ProjectSnapshot &project, const View &view);

// A focus on components: them and their neighbours `hops` flows away
// (1 or 2), sources drawn left of destinations.
View focusView(const ProjectSnapshot &project, const QSet<Id> &components, int hops);

// What `change` (the drawing keeper, or re-routing) does to every view
// that has a drawing, run on the view as a project, each change marked
// with its view.
QList<DrawnChange>
viewDrawingChanges(const ProjectSnapshot &project,
                   const std::function<QList<DrawnChange>(const ProjectSnapshot &)> &change);

} // namespace Portolan
