#include "editactions.h"

#include "addressplan/addressplanpanel.h"
#include "addressplan/addresstablepanel.h"
#include "addressplan/zoneprefixpanel.h"
#include "diagram/diagramactions.h"
#include "diagram/diagrameditor.h"
#include "diagram/diagramfilterbar.h"
#include "diagram/diagrampane.h"
#include "diagram/diagramview.h"
#include "selection/projectselection.h"
#include "tables/componentspanel.h"
#include "tables/flowspanel.h"
#include "workspacedocks.h"
#include "zones/productlist.h"
#include "zones/zonelist.h"
#include "zones/zonesproductspanel.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QUndoGroup>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// A menu item that shows its keys but leaves the keys themselves to the
// focused view's own action (two window-wide actions on one key would
// cancel each other out).
QAction *menuOnlyShortcut(QAction *action, const QKeySequence &keys)
{
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetShortcut);
    return action;
}

} // namespace

EditActions::EditActions(QWidget *window, QUndoGroup *undoGroup, DiagramPane *diagram,
                         DiagramEditor *editor, WorkspaceDocks *docks)
    : QObject(window)
    , m_window(window)
    , m_diagram(diagram)
    , m_editor(editor)
    , m_docks(docks)
{
    m_undo = undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setObjectName(u"undoAction"_s);
    m_undo->setStatusTip(tr("Take back the last change"));
    m_redo = undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setObjectName(u"redoAction"_s);
    m_redo->setStatusTip(tr("Make the change taken back last again"));
    // The tool bar keeps short labels; what would be undone is in the tip.
    m_undoButton = new QAction(QIcon::fromTheme(u"edit-undo"_s), tr("Undo"), this);
    m_redoButton = new QAction(QIcon::fromTheme(u"edit-redo"_s), tr("Redo"), this);
    for (auto [button, action] :
         { std::pair(m_undoButton, m_undo), std::pair(m_redoButton, m_redo) }) {
        button->setEnabled(action->isEnabled());
        button->setStatusTip(action->statusTip());
        connect(action, &QAction::changed, button, [button, action] {
            button->setEnabled(action->isEnabled());
            button->setToolTip(action->text());
        });
        connect(button, &QAction::triggered, action, &QAction::trigger);
    }
    m_copy = menuOnlyShortcut(new QAction(tr("&Copy"), this), QKeySequence::Copy);
    m_copy->setStatusTip(tr("Copy the selected rows as tab-separated text"));
    connect(m_copy, &QAction::triggered, this, &EditActions::copy);
    m_paste = menuOnlyShortcut(new QAction(tr("&Paste Flows"), this), QKeySequence::Paste);
    m_paste->setStatusTip(tr("Add flows from rows copied in a spreadsheet"));
    connect(m_paste, &QAction::triggered, this, &EditActions::paste);
    m_delete = menuOnlyShortcut(new QAction(tr("&Delete"), this), QKeySequence::Delete);
    m_delete->setStatusTip(tr("Delete what is selected"));
    connect(m_delete, &QAction::triggered, this, &EditActions::deleteSelection);
    m_find = new QAction(tr("&Find"), this);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setObjectName(u"findAction"_s);
    m_find->setStatusTip(tr("Filter the table or the diagram that has the focus"));
    connect(m_find, &QAction::triggered, this, &EditActions::find);
    m_newFlow = new QAction(tr("New &Flow…"), this);
    m_newFlow->setObjectName(u"newFlowAction"_s);
    m_newFlow->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    m_newFlow->setStatusTip(tr("Add a flow between two components"));
    connect(m_newFlow, &QAction::triggered, m_docks->flows(), &FlowsPanel::newFlowRequested);

    // The diagram's own Delete, for when it has the focus.
    m_diagramDelete = new QAction(tr("Delete"), m_diagram->view());
    auto *diagramDelete = m_diagramDelete;
    diagramDelete->setShortcut(QKeySequence::Delete);
    diagramDelete->setShortcutContext(Qt::WidgetShortcut);
    connect(diagramDelete, &QAction::triggered, m_editor, &DiagramEditor::deleteSelection);
    m_diagram->view()->addAction(diagramDelete);
}

void EditActions::fillMenu(QMenu *menu)
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_copy);
    menu->addAction(m_paste);
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_editor->newComponentAction());
    menu->addAction(m_newFlow);
    menu->addAction(m_editor->connectAction());
    menu->addAction(m_editor->mergeAction());
    menu->addSeparator();
    menu->addAction(m_find);
}

QList<QAction *> EditActions::toolBarActions() const
{
    return { m_undoButton, m_redoButton, nullptr, m_editor->newComponentAction(),
             m_editor->connectAction() };
}

void EditActions::setProjectState(bool open, bool editable)
{
    for (QAction *action : { m_copy, m_find })
        action->setEnabled(open);
    for (QAction *action : { m_paste, m_delete, m_newFlow, m_diagramDelete })
        action->setEnabled(editable);
}

EditActions::Area EditActions::focusArea() const
{
    QWidget *focus = QApplication::focusWidget();
    if (!focus)
        return Area::Elsewhere;
    const auto within = [focus](const QWidget *area) {
        return area && (area == focus || area->isAncestorOf(focus));
    };
    if (within(m_docks->components()))
        return Area::Components;
    if (within(m_docks->flows()))
        return Area::Flows;
    if (within(m_docks->addressPlan()->addresses()))
        return Area::Addresses;
    if (within(m_docks->addressPlan()->prefixes()))
        return Area::ZonePrefixes;
    if (within(m_docks->zonesProducts()->zones()))
        return Area::Zones;
    if (within(m_docks->zonesProducts()->products()))
        return Area::Products;
    if (within(m_diagram))
        return Area::Diagram;
    return Area::Elsewhere;
}

void EditActions::copy()
{
    switch (focusArea()) {
    case Area::Components:
        m_docks->components()->copyAction()->trigger();
        return;
    case Area::Addresses:
        m_docks->addressPlan()->addresses()->copyAction()->trigger();
        return;
    case Area::ZonePrefixes:
        m_docks->addressPlan()->prefixes()->copyAction()->trigger();
        return;
    default:
        m_docks->flows()->copyAction()->trigger();
        return;
    }
}

void EditActions::paste()
{
    m_docks->flows()->pasteFlows();
}

void EditActions::deleteSelection()
{
    switch (focusArea()) {
    case Area::Components:
        m_docks->components()->deleteAction()->trigger();
        return;
    case Area::Flows:
        m_docks->flows()->deleteAction()->trigger();
        return;
    case Area::Zones:
        m_docks->zonesProducts()->zones()->deleteAction()->trigger();
        return;
    case Area::Products:
        m_docks->zonesProducts()->products()->deleteAction()->trigger();
        return;
    case Area::Addresses:
        m_docks->addressPlan()->addresses()->deleteAction()->trigger();
        return;
    case Area::ZonePrefixes:
        m_docks->addressPlan()->prefixes()->deleteAction()->trigger();
        return;
    case Area::Diagram:
    case Area::Elsewhere:
        m_editor->deleteSelection();
        return;
    }
}

void EditActions::find()
{
    switch (focusArea()) {
    case Area::Components:
        m_docks->components()->focusFilter();
        return;
    case Area::Flows:
        m_docks->flows()->focusFilter();
        return;
    case Area::Addresses:
        m_docks->addressPlan()->addresses()->focusFilter();
        return;
    case Area::ZonePrefixes:
        m_docks->addressPlan()->prefixes()->focusFilter();
        return;
    default:
        m_diagram->filterBar()->focusText();
        return;
    }
}

} // namespace Portolan
