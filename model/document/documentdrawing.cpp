// ProjectDocument: the stored drawing as the user changes it — a fresh
// layout (Reset Layout), how it is drawn, and the drawing stored for a
// project that had none.

#include "changecommand.h"
#include "diagram/drawingkeeper.h"
#include "diagram/viewproject.h"
#include "projectdocument.h"

#include <QSet>

namespace Portolan {

bool ProjectDocument::storeDrawing(const QList<DrawnChange> &changes)
{
    if (!editable())
        return false;
    DrawingEdit edit { changes, {}, {} };
    if (edit.isEmpty())
        return true;
    ChangeList none;
    return apply(none, edit, true, false);
}

bool ProjectDocument::resetLayout(const QList<DrawnItem> &drawing, Id view)
{
    if (view) {
        const View *shown = m_project.view(view);
        if (!shown)
            return fail(tr("There is no view %1.").arg(view));
        DrawingEdit edit { drawingChanges(m_project.viewDrawings.value(view), drawing, view),
                           {},
                           {} };
        if (edit.isEmpty())
            return editable();
        return push(tr("Reset layout of “%1”").arg(shown->name), {}, -1, 0, std::move(edit));
    }
    ChangeList changes;
    forgetPlaces(changes);
    DrawingEdit edit { drawingChanges(m_project.drawing, drawing), {}, {} };
    if (changes.isEmpty() && edit.isEmpty())
        return editable();
    return push(tr("Reset layout"), changes, -1, 0, std::move(edit));
}

void ProjectDocument::forgetPlaces(ChangeList &changes) const
{
    QSet<Id> changed;
    for (RecordChange &change : changes) {
        if (auto *component = change.after ? std::get_if<Component>(&*change.after) : nullptr) {
            component->position.reset();
            component->pinned = false;
            changed.insert(component->id);
        }
    }
    for (const Component &component : m_project.components) {
        if ((component.position || component.pinned) && !changed.contains(component.id)) {
            Component after = component;
            after.position.reset();
            after.pinned = false;
            changes.append(RecordChange::updated(component, after));
        }
    }
}

bool ProjectDocument::placeComponentsInView(Id view, const QHash<Id, QPointF> &centres)
{
    const View *shown = m_project.view(view);
    if (!shown)
        return fail(tr("There is no view %1.").arg(view));
    if (!m_keepDrawing)
        return editable();
    // The view as a project, the components pinned where they were dropped:
    // the keeper moves their boxes and routes their edges again, as it does
    // after a drag in the whole drawing.
    ProjectSnapshot inView = viewProject(m_project, view);
    ProjectSnapshot::Edit pins;
    for (auto it = centres.cbegin(); it != centres.cend(); ++it) {
        const Component *component = inView.component(it.key());
        if (!component)
            return fail(tr("The view does not show component %1.").arg(it.key()));
        Component pinned = *component;
        pinned.position = it.value();
        pinned.pinned = true;
        pins.components.append(pinned);
    }
    inView.apply(pins);
    QList<DrawnChange> changes = m_keepDrawing(inView);
    for (DrawnChange &change : changes)
        change.view = view;
    if (changes.isEmpty())
        return editable();
    const QString text = centres.size() == 1
        ? tr("Move “%1” in “%2”").arg(m_project.componentName(centres.cbegin().key()), shown->name)
        : tr("Move %n component(s) in “%1”", nullptr, int(centres.size())).arg(shown->name);
    return push(text, {}, -1, 0, DrawingEdit { std::move(changes), {}, {} });
}

bool ProjectDocument::setZoneCollapsed(Id view, Id zoneId, bool collapsed)
{
    const Zone *zone = m_project.zone(zoneId);
    if (!zone)
        return fail(tr("There is no zone %1.").arg(zoneId));
    const QString text = collapsed ? tr("Collapse zone “%1”").arg(zone->name)
                                   : tr("Expand zone “%1”").arg(zone->name);
    if (view) {
        const View *shown = m_project.view(view);
        if (!shown)
            return fail(tr("There is no view %1.").arg(view));
        View after = *shown;
        if (collapsed)
            after.selection.collapsed.insert(zoneId);
        else
            after.selection.collapsed.remove(zoneId);
        return editRecord(*shown, after, text, -1);
    }
    DrawingSettings settings = m_project.drawingSettings;
    if (collapsed)
        settings.collapsedZones.insert(zoneId);
    else
        settings.collapsedZones.remove(zoneId);
    if (settings == m_project.drawingSettings)
        return editable();
    return push(text, {}, -1, 0, DrawingEdit { {}, m_project.drawingSettings, settings });
}

bool ProjectDocument::setDrawingSettings(const DrawingSettings &settings)
{
    if (!editable())
        return false;
    if (settings == m_project.drawingSettings)
        return true;
    if (settings.topToBottom != m_project.drawingSettings.topToBottom)
        return turnDrawing(settings);
    ProjectSnapshot after = m_project;
    after.drawingSettings = settings;
    // Every drawing, the whole project's and each view's, routed again.
    QList<DrawnChange> rerouted
        = after.drawing.isEmpty() ? QList<DrawnChange>() : reroutedDrawing(viewProject(after, 0));
    rerouted += viewDrawingChanges(after, &reroutedDrawing);
    DrawingEdit edit { std::move(rerouted), m_project.drawingSettings, settings };
    const QString text = settings.curved != m_project.drawingSettings.curved
        ? (settings.curved ? tr("Draw edges curved") : tr("Draw edges at right angles"))
        : (settings.groupByZone ? tr("Group flows by zone") : tr("Draw every flow's own edge"));
    return push(text, {}, -1, 0, std::move(edit));
}

bool ProjectDocument::turnDrawing(const DrawingSettings &settings)
{
    // Places made for one direction mean nothing in the other: every
    // drawing is dropped, with the places the user gave, and the window
    // lays out afresh what then has no place. Undo brings them all back.
    ChangeList changes;
    forgetPlaces(changes);
    QList<DrawnChange> dropped = drawingChanges(m_project.drawing, {});
    for (auto it = m_project.viewDrawings.cbegin(); it != m_project.viewDrawings.cend(); ++it)
        dropped += drawingChanges(it.value(), {}, it.key());
    const QString text
        = settings.topToBottom ? tr("Lay out top to bottom") : tr("Lay out left to right");
    return push(text, changes, -1, 0,
                DrawingEdit { std::move(dropped), m_project.drawingSettings, settings });
}

} // namespace Portolan
