#include "diagrameditor.h"

#include "diagram/collapsedzones.h"
#include "diagramitems.h"
#include "diagrampane.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "dialogs/componentdeletion.h"
#include "dialogs/flowdialog.h"
#include "document/projectdocument.h"
#include "domain/names.h"
#include "selection/projectselection.h"

#include <QAction>
#include <QInputDialog>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan {

using Kind = ProjectSelection::Kind;

namespace {

// "New component", "New component 2", … — the first name not taken.
QString freeComponentName(const ProjectSnapshot &project)
{
    const QString base = DiagramEditor::tr("New component");
    return uniqueName(namesOf(project.components),
                      [&](int n) { return n == 1 ? base : u"%1 %2"_s.arg(base).arg(n); });
}

// The product a new flow from `source` most likely belongs to: the one most
// of its flows have.
Id likelyProduct(const ProjectSnapshot &project, Id source)
{
    QHash<Id, int> uses;
    for (const Flow &flow : project.flows) {
        if (flow.sourceId == source || flow.destinationId == source)
            ++uses[flow.productId];
    }
    Id best = 0;
    for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
        if (it.value() > uses.value(best))
            best = it.key();
    }
    return best;
}

} // namespace

DiagramEditor::DiagramEditor(DiagramPane *pane, ProjectSelection *selection, QObject *parent)
    : QObject(parent)
    , m_pane(pane)
    , m_selection(selection)
    , m_connect(new QAction(tr("&Draw Flows"), this))
    , m_newComponent(new QAction(tr("New &Component"), this))
    , m_merge(new QAction(tr("&Merge Components…"), this))
    , m_showAddresses(new QAction(tr("Show &Addresses"), this))
    , m_focus(new QAction(tr("&Focus"), this))
    , m_focusTwo(new QAction(tr("Focus, T&wo Flows Away"), this))
{
    m_focus->setObjectName(u"focusAction"_s);
    m_focus->setShortcut(QKeySequence(Qt::Key_F));
    m_focus->setToolTip(tr("Show the selected components with what they talk to, sources on "
                           "the left (F)"));
    m_focusTwo->setObjectName(u"focusTwoAction"_s);
    m_focusTwo->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F));
    m_focusTwo->setToolTip(tr("As Focus, and what those components talk to in turn (Shift+F)"));
    // The diagram's keys: typing an F into a table or field stays text.
    for (QAction *action : { m_focus, m_focusTwo }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        pane->view()->addAction(action);
    }
    updateActions(); // none open yet
    connect(m_focus, &QAction::triggered, this, [this] { focusSelection(1); });
    connect(m_focusTwo, &QAction::triggered, this, [this] { focusSelection(2); });
    m_showAddresses->setObjectName(u"showAddresses"_s);
    m_showAddresses->setCheckable(true);
    m_showAddresses->setEnabled(false);
    m_showAddresses->setStatusTip(
        tr("Show each component's addresses in the current environment under its name"));
    connect(m_showAddresses, &QAction::toggled, this, &DiagramEditor::updateOptions);
    m_merge->setObjectName(u"mergeComponentsAction"_s);
    m_merge->setEnabled(false);
    m_merge->setStatusTip(tr("Make the selected components one, keeping their flows"));
    connect(m_merge, &QAction::triggered, this, [this] {
        QStringList names;
        const QList<Id> ids = m_selection->ids(Kind::Components);
        for (Id id : ids)
            names.append(m_document->project().componentName(id));
        bool ok = false;
        const QString kept = QInputDialog::getItem(
            window(), tr("Merge Components"),
            tr("The flows of the others move to the component that stays:"), names, 0, false, &ok);
        if (ok)
            mergeSelectionInto(ids.value(names.indexOf(kept)));
    });
    connect(m_selection, &ProjectSelection::changed, this, [this] {
        m_merge->setEnabled(m_document && !m_document->isReadOnly()
                            && m_selection->ids(Kind::Components).size() >= 2);
    });
    m_connect->setObjectName(u"drawFlowsAction"_s);
    m_connect->setIcon(QIcon::fromTheme(u"portolan-draw-flows"_s));
    m_connect->setCheckable(true);
    m_connect->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_connect->setToolTip(tr("Drag from one component to another to add a flow (or hold Shift "
                             "while dragging)"));
    m_newComponent->setObjectName(u"newComponentAction"_s);
    m_newComponent->setIcon(QIcon::fromTheme(u"portolan-new-component"_s));
    m_newComponent->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_newComponent->setToolTip(tr("Add a component (or double-click empty space)"));

    connect(m_pane, &DiagramPane::storeRequested, this, &DiagramEditor::storeDrawing);
    DiagramScene *scene = m_pane->scene();
    connect(m_connect, &QAction::toggled, this, [this, scene](bool on) {
        scene->setConnectMode(on);
        m_pane->view()->viewport()->setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    });
    connect(m_newComponent, &QAction::triggered, this, [this] {
        const QRect visible = m_pane->view()->viewport()->rect();
        addComponentAt(m_pane->view()->mapToScene(visible.center()));
    });
    connect(scene, &DiagramScene::componentSelectionChanged, this, [this](QList<Id> ids) {
        if (m_syncing)
            return;
        // A zone drawn as one node is no component: picked alone, such
        // nodes select their zones (the Inspector shows a zone).
        QList<Id> zones;
        for (const Id id : std::as_const(ids)) {
            if (const Id zone = isZoneNode(id) ? zoneOfNode(id) : 0)
                zones.append(zone);
        }
        ids.removeIf(isZoneNode);
        if (ids.isEmpty() && !zones.isEmpty())
            m_selection->select(Kind::Zones, zones, this);
        else
            m_selection->select(Kind::Components, ids, this);
    });
    connect(scene, &DiagramScene::edgeClicked, this, &DiagramEditor::selectPair);
    connect(scene, &DiagramScene::edgeActivated, this, &DiagramEditor::activatePair);
    connect(scene, &DiagramScene::connectRequested, this, &DiagramEditor::newFlow);
    connect(scene, &DiagramScene::componentActivated, this, [this](Id id) {
        if (isZoneNode(id))
            return openZone(zoneOfNode(id));
        m_selection->select(Kind::Components, { id }, this);
        emit editComponentRequested(id);
    });
    connect(scene, &DiagramScene::backgroundActivated, this, &DiagramEditor::addComponentAt);
    connect(scene, &DiagramScene::componentMoved, this, [this](Id id, QPointF centre) {
        if (!m_document || isZoneNode(id))
            return;
        if (m_passing) // not stored: nothing to keep it in
            emit message(tr("Save this view (Views → New from Filter) to place components in it."));
        else
            report(m_view ? m_document->placeComponentsInView(m_view, { { id, centre } })
                          : m_document->placeComponents({ { id, centre } }));
    });
    connect(scene, &DiagramScene::contextMenuRequested, this, &DiagramEditor::showMenu);
    connect(m_selection, &ProjectSelection::changed, this,
            [this](Kind, const QList<Id> &, QObject *origin) {
                if (origin != this)
                    selectionChanged();
            });
}

void DiagramEditor::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_environment = 0;
    m_view = 0;
    m_passing.reset();
    m_showAddresses->setEnabled(false);
    m_pane->clear();
    updateOptions();
    updateActions();
    if (!m_document)
        return;
    connect(m_document, &ProjectDocument::changed, this, &DiagramEditor::documentChanged);
    showProject();
}

void DiagramEditor::updateActions()
{
    // Without a project nothing here can act; a read-only one is not drawn on.
    const bool editable = m_document && !m_document->isReadOnly();
    if (!editable)
        m_connect->setChecked(false);
    m_connect->setEnabled(editable);
    m_newComponent->setEnabled(editable);
    m_focus->setEnabled(m_document);
    m_focusTwo->setEnabled(m_document);
}

void DiagramEditor::setEnvironment(Id environmentId)
{
    if (!m_document || !m_document->project().environment(environmentId))
        environmentId = 0;
    if (environmentId == m_environment)
        return;
    m_environment = environmentId;
    m_showAddresses->setEnabled(m_environment != 0);
    updateOptions();
}

void DiagramEditor::updateOptions()
{
    DiagramOptions options = m_pane->options();
    options.environment = m_environment;
    // The action keeps its state while disabled, for the next environment.
    options.showAddresses = m_environment != 0 && m_showAddresses->isChecked();
    m_pane->setOptions(options); // lays out again only when box sizes change
}

void DiagramEditor::documentChanged(const DocumentChange &change)
{
    if (m_environment && !m_document->project().environment(m_environment)) {
        m_environment = 0; // deleted: no addresses until the window names another
        m_showAddresses->setEnabled(false);
        updateOptions();
    }
    Q_UNUSED(change);
    if (m_view && !m_document->project().view(m_view)) {
        m_view = 0; // deleted: the whole project again
        emit viewShown(0, {});
    }
    showProject();
}

void DiagramEditor::selectionChanged()
{
    m_syncing = true;
    DiagramScene *scene = m_pane->scene();
    const QList<Id> components = m_selection->ids(Kind::Components);
    QList<Id> nodes = components;
    for (const Id zone : m_selection->ids(Kind::Zones))
        nodes.append(zoneNodeId(zone)); // where a zone is drawn as one node
    scene->selectComponents(nodes);
    // The edges the selected flows are drawn on (a zone's edge for flows
    // the zone has alike).
    const QList<Id> flows = m_selection->ids(Kind::Flows);
    const QSet<Id> selectedFlows(flows.cbegin(), flows.cend());
    QList<QPair<Id, Id>> pairs;
    for (const DiagramEdge &edge : scene->diagram().edges) {
        if (std::any_of(edge.flowIds.cbegin(), edge.flowIds.cend(),
                        [&](Id id) { return selectedFlows.contains(id); }))
            pairs.append({ edge.sourceId, edge.targetId });
    }
    scene->setSelectedPairs(pairs);
    m_syncing = false;
    // Bring what was picked elsewhere into view.
    if (!nodes.isEmpty()) {
        m_pane->view()->centreOnSelection();
    } else if (!pairs.isEmpty()) {
        if (const EdgeItem *edge = scene->labelItem(pairs.first().first, pairs.first().second))
            m_pane->view()->centerOn(edge);
    }
}

QList<Id> DiagramEditor::flowsBetween(Id source, Id destination) const
{
    for (const DiagramEdge &edge : m_pane->scene()->diagram().edges) {
        if (edge.sourceId == source && edge.targetId == destination)
            return edge.flowIds;
    }
    return {};
}

void DiagramEditor::selectPair(Id source, Id destination)
{
    m_pane->scene()->selectComponents({});
    m_selection->select(Kind::Flows, flowsBetween(source, destination), this);
    m_pane->scene()->setSelectedPairs({ { source, destination } });
}

void DiagramEditor::activatePair(Id source, Id destination)
{
    const QList<Id> flows = flowsBetween(source, destination);
    selectPair(source, destination);
    if (flows.size() == 1)
        editFlow(flows.constFirst());
}

QWidget *DiagramEditor::window() const
{
    return m_pane->window();
}

bool DiagramEditor::report(bool ok)
{
    if (!ok && m_document)
        emit message(m_document->errorString());
    return ok;
}

Id DiagramEditor::addComponentAt(QPointF scenePos)
{
    if (!m_document || m_document->isReadOnly())
        return 0;
    Component component;
    component.name = freeComponentName(m_document->project());
    // In a view, the point is the view's: the keeper finds the new
    // component a place in every drawing instead.
    if (!m_view)
        component.position = scenePos;
    // Put inside a zone's frame, it belongs to that zone: a component drawn
    // in a frame it does not belong to would misinform, and the layout
    // would move it out.
    component.zoneId = m_pane->scene()->zoneAt(scenePos);
    const Id id = m_document->addComponent(component);
    if (!report(id != 0))
        return 0;
    m_selection->select(Kind::Components, { id });
    emit editComponentRequested(id);
    return id;
}

void DiagramEditor::newFlow(Id source, Id destination)
{
    if (!m_document || m_document->isReadOnly())
        return;
    Flow flow;
    flow.sourceId = source;
    flow.destinationId = destination;
    flow.productId = likelyProduct(m_document->project(), source);
    auto *dialog = new FlowDialog(m_document->project(), flow, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_document)
            return;
        const Id id = m_document->addFlow(dialog->flow());
        if (report(id != 0))
            m_selection->select(Kind::Flows, { id });
    });
    dialog->open();
}

void DiagramEditor::editFlow(Id flowId)
{
    if (!m_document)
        return;
    const Flow *flow = m_document->project().flow(flowId);
    if (!flow)
        return;
    auto *dialog = new FlowDialog(m_document->project(), *flow, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEnabled(!m_document->isReadOnly());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_document)
            report(m_document->updateFlow(dialog->flow()));
    });
    dialog->open();
}

bool DiagramEditor::deleteSelection()
{
    if (!m_document || m_document->isReadOnly())
        return false;
    if (m_selection->kind() == Kind::Components)
        return deleteComponentsAsking(window(), m_document, m_selection->ids());
    if (m_selection->kind() == Kind::Flows)
        return report(m_document->deleteFlows(m_selection->ids()));
    return false;
}

bool DiagramEditor::mergeSelectionInto(Id kept)
{
    if (!m_document)
        return false;
    QList<Id> absorbed = m_selection->ids(Kind::Components);
    absorbed.removeAll(kept);
    if (!report(m_document->mergeComponents(kept, absorbed)))
        return false;
    m_selection->select(Kind::Components, { kept });
    return true;
}

void DiagramEditor::resetLayout()
{
    // Graphviz lays out afresh in the worker; the result comes back through
    // storeDrawing() and replaces the drawing as one undo step.
    if (m_document && !m_document->isReadOnly())
        m_pane->layOutAfresh();
}

} // namespace Portolan
