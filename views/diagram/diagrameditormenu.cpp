// DiagramEditor: the diagram's context menu — on a component, on an edge,
// on empty space.

#include "diagrameditor.h"

#include "diagram/collapsedzones.h"
#include "diagrampane.h"
#include "diagramscene.h"
#include "document/projectdocument.h"
#include "selection/projectselection.h"

#include <QAction>
#include <QMenu>

namespace Portolan {

using Kind = ProjectSelection::Kind;

void DiagramEditor::showMenu(QPointF scenePos, QPoint screenPos, Id componentId, QPair<Id, Id> edge)
{
    if (!m_document)
        return;
    const bool editable = !m_document->isReadOnly();
    QMenu menu(window());
    // Collapsing and expanding are the shown view's (or the whole
    // drawing's); a passing view has nowhere to keep them.
    const bool collapsible = editable && !m_passing;
    if (isZoneNode(componentId)) {
        const Id zone = zoneOfNode(componentId);
        menu.addAction(tr("&Open Zone"), this, [this, zone] { openZone(zone); });
        menu.addAction(tr("E&xpand Zone"), this,
                       [this, zone] { report(m_document->setZoneCollapsed(m_view, zone, false)); })
            ->setEnabled(collapsible && zone != 0); // "No zone" is no zone to expand
    } else if (componentId) {
        if (!m_selection->ids(Kind::Components).contains(componentId))
            m_selection->select(Kind::Components, { componentId });
        menu.addAction(tr("&Edit Component"), this,
                       [this, componentId] { emit editComponentRequested(componentId); });
        const Component *component = m_document->project().component(componentId);
        // (In a view, places are the view's drawing's: nothing is pinned.)
        if (component && component->pinned && !m_view) {
            menu.addAction(
                    tr("&Unpin"), this,
                    [this, componentId] { report(m_document->unpinComponents({ componentId })); })
                ->setEnabled(editable);
        }
        menu.addAction(tr("&Delete…"), this, &DiagramEditor::deleteSelection)->setEnabled(editable);
    } else if (edge.first) {
        selectPair(edge.first, edge.second);
        const QList<Id> flows = flowsBetween(edge.first, edge.second);
        for (Id id : flows) {
            const Flow *flow = m_document->project().flow(id);
            menu.addAction(
                tr("Edit %1 %2 — %3")
                    .arg(transportName(flow->protocol), flow->ports.toString(), flow->purpose),
                this, [this, id] { editFlow(id); });
        }
        menu.addSeparator();
        menu.addAction(tr("&Delete %n Flow(s)", nullptr, int(flows.size())), this,
                       &DiagramEditor::deleteSelection)
            ->setEnabled(editable);
    } else {
        if (const Id zone = m_pane->scene()->zoneAt(scenePos)) {
            menu.addAction(
                    tr("C&ollapse Zone “%1”").arg(m_document->project().zoneName(zone)), this,
                    [this, zone] { report(m_document->setZoneCollapsed(m_view, zone, true)); })
                ->setEnabled(collapsible);
            menu.addSeparator();
        }
        menu.addAction(tr("New &Component Here"), this,
                       [this, scenePos] { addComponentAt(scenePos); })
            ->setEnabled(editable);
        menu.addAction(m_connect);
        menu.addAction(tr("&Reset Layout"), this, &DiagramEditor::resetLayout)
            ->setEnabled(editable);
    }
    menu.exec(screenPos);
}

} // namespace Portolan
