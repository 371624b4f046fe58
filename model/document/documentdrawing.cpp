// ProjectDocument: the stored drawing as the user changes it — a fresh
// layout (Reset Layout), how it is drawn, and the drawing stored for a
// project that had none.

#include "changecommand.h"
#include "diagram/drawingkeeper.h"
#include "projectdocument.h"

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

bool ProjectDocument::resetLayout(const QList<DrawnItem> &drawing)
{
    ChangeList changes;
    for (const Component &component : m_project.components) {
        if (!component.pinned && !component.position)
            continue;
        Component after = component;
        after.pinned = false;
        after.position.reset();
        changes.append(RecordChange::updated(component, after));
    }
    DrawingEdit edit { drawingChanges(m_project.drawing, drawing), {}, {} };
    if (changes.isEmpty() && edit.isEmpty())
        return editable();
    return push(tr("Reset layout"), changes, -1, 0, std::move(edit));
}

bool ProjectDocument::setDrawingSettings(const DrawingSettings &settings)
{
    if (!editable())
        return false;
    if (settings == m_project.drawingSettings)
        return true;
    ProjectSnapshot after = m_project;
    after.drawingSettings = settings;
    DrawingEdit edit { after.drawing.isEmpty() ? QList<DrawnChange>() : reroutedDrawing(after),
                       m_project.drawingSettings, settings };
    const QString text = settings.curved != m_project.drawingSettings.curved
        ? (settings.curved ? tr("Draw edges curved") : tr("Draw edges at right angles"))
        : (settings.groupByZone ? tr("Group flows by zone") : tr("Draw every flow's own edge"));
    return push(text, {}, -1, 0, std::move(edit));
}

} // namespace Portolan
