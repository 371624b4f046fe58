#include "workspacedocks.h"

#include "addressplan/addressplanpanel.h"
#include "environment/currentenvironment.h"
#include "inspector/inspector.h"
#include "lint/lintpanel.h"
#include "projectviews/viewspanel.h"
#include "tables/componentspanel.h"
#include "tables/flowspanel.h"
#include "zones/zonesproductspanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QUndoGroup>
#include <QUndoView>

using namespace Qt::StringLiterals;

namespace Portolan {

WorkspaceDocks::WorkspaceDocks(QMainWindow *window, ProjectSelection *selection,
                               QUndoGroup *undoGroup, CurrentEnvironment *environment)
    : QObject(window)
    , m_components(new ComponentsPanel(window))
    , m_flows(new FlowsPanel(window))
    , m_zonesProducts(new ZonesProductsPanel(window))
    , m_addressPlan(new AddressPlanPanel(environment, window))
    , m_lint(new LintPanel(environment, selection, window))
    , m_inspector(new Inspector(window))
    , m_undoView(new QUndoView(undoGroup, window))
    , m_views(new ViewsPanel(window))
{
    m_undoView->setObjectName(u"undoView"_s);
    m_undoView->setEmptyLabel(tr("<opened>"));
    for (TablePanel *panel :
         { static_cast<TablePanel *>(m_components), static_cast<TablePanel *>(m_flows) }) {
        panel->setSelection(selection);
        connect(panel, &TablePanel::editRejected, this, &WorkspaceDocks::message);
        connect(panel, &TablePanel::statusMessage, this, &WorkspaceDocks::message);
    }
    m_zonesProducts->setSelection(selection);
    m_addressPlan->setSelection(selection);
    connect(m_addressPlan, &AddressPlanPanel::editRejected, this, &WorkspaceDocks::message);
    connect(m_addressPlan, &AddressPlanPanel::statusMessage, this, &WorkspaceDocks::message);
    m_inspector->setSelection(selection);
    connect(environment, &CurrentEnvironment::changed, m_inspector, &Inspector::setEnvironment);

    // Tables at the sides, the flows under the diagram; the inspector where
    // the eye goes after a click, the history out of the way.
    QDockWidget *components = addDock(window, tr("Components"), u"componentsDock"_s, m_components,
                                      Qt::LeftDockWidgetArea);
    // No "&" in a dock's title: tabs read it as a mnemonic, title bars do not.
    QDockWidget *zones = addDock(window, tr("Zones and Products"), u"zonesProductsDock"_s,
                                 m_zonesProducts, Qt::LeftDockWidgetArea);
    window->tabifyDockWidget(components, zones);
    components->raise();
    QDockWidget *flows
        = addDock(window, tr("Flows"), u"flowsDock"_s, m_flows, Qt::BottomDockWidgetArea);
    // The address plan is read beside the flows, one tab away.
    QDockWidget *plan = addDock(window, tr("Address Plan"), u"addressPlanDock"_s, m_addressPlan,
                                Qt::BottomDockWidgetArea);
    window->tabifyDockWidget(flows, plan);
    QDockWidget *lint
        = addDock(window, tr("Lint"), u"lintDock"_s, m_lint, Qt::BottomDockWidgetArea);
    window->tabifyDockWidget(plan, lint);
    flows->raise();
    QDockWidget *inspector = addDock(window, tr("Inspector"), u"inspectorDock"_s, m_inspector,
                                     Qt::RightDockWidgetArea);
    QDockWidget *history = addDock(window, tr("Undo History"), u"undoHistoryDock"_s, m_undoView,
                                   Qt::RightDockWidgetArea);
    window->splitDockWidget(inspector, history, Qt::Vertical);
    QDockWidget *views
        = addDock(window, tr("Views"), u"viewsDock"_s, m_views, Qt::LeftDockWidgetArea);
    window->tabifyDockWidget(zones, views);
    components->raise();
    connect(m_views, &ViewsPanel::status, this, &WorkspaceDocks::message);
}

QDockWidget *WorkspaceDocks::addDock(QMainWindow *window, const QString &title, const QString &name,
                                     QWidget *panel, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(name);
    dock->setWidget(panel);
    window->addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void WorkspaceDocks::applyDefaultSizes(QMainWindow *window)
{
    QDockWidget *components = m_docks.at(0);
    QDockWidget *flows = m_docks.at(2);
    QDockWidget *inspector = m_docks.at(5);
    QDockWidget *history = m_docks.at(6);
    const QFontMetrics metrics = window->fontMetrics();
    window->resizeDocks({ components, inspector },
                        { metrics.averageCharWidth() * 52, metrics.averageCharWidth() * 48 },
                        Qt::Horizontal);
    window->resizeDocks({ flows }, { metrics.height() * 15 }, Qt::Vertical);
    window->resizeDocks({ inspector, history }, { metrics.height() * 30, metrics.height() * 10 },
                        Qt::Vertical);
}

void WorkspaceDocks::setDocument(ProjectDocument *document)
{
    m_components->setDocument(document);
    m_flows->setDocument(document);
    m_zonesProducts->setDocument(document);
    m_inspector->setDocument(document);
    m_views->setDocument(document);
}

void WorkspaceDocks::showInspector()
{
    for (QDockWidget *dock : std::as_const(m_docks)) {
        if (dock->widget() == m_inspector) {
            dock->show();
            dock->raise();
        }
    }
    // Ready to type the name of what was just added or double-clicked.
    m_inspector->editName();
}

} // namespace Portolan
