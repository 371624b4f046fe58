// DiagramEditor: what the diagram shows — the whole project, a stored view
// in its own drawing, or a passing view (a focus, a zone opened from the
// overview) — and the drawing the pane laid out, stored where it belongs.

#include "diagrameditor.h"

#include "diagram/viewproject.h"
#include "diagrampane.h"
#include "document/projectdocument.h"
#include "selection/projectselection.h"

#include <QSet>

namespace Portolan {

using Kind = ProjectSelection::Kind;

void DiagramEditor::showProject()
{
    // A passing view's drawing stays in the pane: it is not the project's.
    m_pane->setStorable(!m_document->isReadOnly() && !m_passing);
    m_pane->setProject(m_passing ? viewProject(m_document->project(), *m_passing)
                                 : viewProject(m_document->project(), m_view));
}

void DiagramEditor::showView(Id viewId)
{
    if (!m_document || !m_document->project().view(viewId))
        viewId = 0;
    if (viewId == m_view && !m_passing)
        return;
    m_view = viewId;
    m_passing.reset();
    m_pane->switchDrawing();
    showProject();
    const View *view = m_document->project().view(m_view);
    emit viewShown(m_view, view ? tr("view “%1”").arg(view->name) : QString());
}

void DiagramEditor::showPassingView(const View &view, const QString &title)
{
    if (!m_document)
        return;
    m_view = 0;
    m_passing = view;
    m_passing->id = 0;
    m_pane->switchDrawing();
    showProject();
    emit viewShown(-1, title);
}

void DiagramEditor::openZone(Id zoneId)
{
    // Its components, and the components outside it that they talk to.
    if (!m_document)
        return;
    if (zoneId == 0) { // the "No zone" node: the components in no zone
        View opened;
        for (const Component &component : m_document->project().components) {
            if (!component.zoneId)
                opened.selection.components.insert(component.id);
        }
        showPassingView(opened, tr("the components in no zone and what talks to them"));
        return;
    }
    const Zone *zone = m_document->project().zone(zoneId);
    if (!zone)
        return;
    View opened;
    opened.selection.zones = { zone->id };
    showPassingView(opened, tr("zone “%1” and what talks to it").arg(zone->name));
}

void DiagramEditor::focusSelection(int hops)
{
    if (!m_document)
        return;
    QSet<Id> focused;
    for (const Id id : m_selection->ids(Kind::Components)) {
        if (m_document->project().component(id))
            focused.insert(id);
    }
    if (focused.isEmpty()) {
        emit message(tr("Select a component to focus on."));
        return;
    }
    const QString names = focused.size() == 1
        ? m_document->project().componentName(*focused.cbegin())
        : tr("%n component(s)", nullptr, int(focused.size()));
    showPassingView(focusView(m_document->project(), focused, hops),
                    hops == 1 ? tr("focus on %1").arg(names)
                              : tr("focus on %1, two flows away").arg(names));
}

void DiagramEditor::storeDrawing(const QList<DrawnItem> &drawing, bool reset)
{
    if (!m_document)
        return;
    const ProjectSnapshot &project = m_document->project();
    if (reset)
        report(m_document->resetLayout(drawing, m_view));
    else
        report(m_document->storeDrawing(drawingChanges(
            m_view ? project.viewDrawings.value(m_view) : project.drawing, drawing, m_view)));
}

} // namespace Portolan
