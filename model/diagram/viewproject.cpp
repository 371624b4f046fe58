#include "diagram/viewproject.h"

#include "diagram/collapsedzones.h"
#include "diagram/diagram.h"
#include "diagram/diagramcontent.h"
#include "diagram/filtercriteria.h"

#include <QSet>

namespace Portolan {

ProjectSnapshot viewProject(const ProjectSnapshot &project, Id viewId)
{
    const View *view = project.view(viewId);
    if (view)
        return viewProject(project, *view);
    // The whole project, with the zones collapsed in it.
    return collapseZones(project, project.drawingSettings.collapsedZones);
}

View focusView(const ProjectSnapshot &project, const QSet<Id> &components, int hops)
{
    View view;
    view.selection.components = components;
    for (int hop = 1; hop < hops; ++hop) {
        QSet<Id> reached = view.selection.components;
        for (const Flow &flow : project.flows) {
            if (view.selection.components.contains(flow.sourceId))
                reached.insert(flow.destinationId);
            if (view.selection.components.contains(flow.destinationId))
                reached.insert(flow.sourceId);
        }
        view.selection.components = reached;
    }
    return view;
}

ProjectSnapshot viewProject(const ProjectSnapshot &project, const View &view)
{
    const Id viewId = view.id;
    DiagramOptions options;
    options.selection = filterOf(view.selection);
    const DiagramContent content = DiagramContent::select(project, options);
    QSet<Id> components;
    for (const Component &component : content.components)
        components.insert(component.id);
    QSet<Id> flows;
    for (const Flow &flow : content.flows)
        flows.insert(flow.id);

    ProjectSnapshot::Edit edit;
    for (const Component &component : project.components) {
        if (!components.contains(component.id)) {
            edit.removedComponents.append(component.id);
        } else if (component.pinned || component.position) {
            Component unplaced = component;
            unplaced.pinned = false;
            unplaced.position.reset();
            edit.components.append(unplaced);
        }
    }
    for (const Flow &flow : project.flows) {
        if (!flows.contains(flow.id))
            edit.removedFlows.append(flow.id);
    }
    ProjectSnapshot shown = project;
    shown.apply(edit);
    QSet<Id> collapsed = view.selection.collapsed;
    if (view.level == ViewLevel::Zones)
        collapsed.unite(topLevelZones(shown));
    shown = collapseZones(shown, collapsed);
    if (view.level == ViewLevel::Zones)
        shown = collapseNoZone(shown);
    shown.drawing = project.viewDrawings.value(viewId);
    shown.viewDrawings.clear();
    return shown;
}

QList<DrawnChange>
viewDrawingChanges(const ProjectSnapshot &project,
                   const std::function<QList<DrawnChange>(const ProjectSnapshot &)> &change)
{
    QList<DrawnChange> changes;
    for (auto it = project.viewDrawings.cbegin(); it != project.viewDrawings.cend(); ++it) {
        if (!project.view(it.key()) || it->isEmpty())
            continue;
        for (DrawnChange drawn : change(viewProject(project, it.key()))) {
            drawn.view = it.key();
            changes.append(std::move(drawn));
        }
    }
    return changes;
}

} // namespace Portolan
