#pragma once
// The docks around the diagram — Components, Flows, Address Plan, Lint,
// Zones and Products, Views, Inspector, Undo History — each holding its panel, all following one
// document and one shared selection.

#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;
class QUndoGroup;
class QUndoView;

namespace Portolan {

class AddressPlanPanel;
class ComponentsPanel;
class CurrentEnvironment;
class FlowsPanel;
class Inspector;
class LintPanel;
class ProjectDocument;
class ProjectSelection;
class ViewsPanel;
class ZonesProductsPanel;

class WorkspaceDocks : public QObject
{
    Q_OBJECT
public:
    // The Address Plan follows `environment` (and its document).
    WorkspaceDocks(QMainWindow *window, ProjectSelection *selection, QUndoGroup *undoGroup,
                   CurrentEnvironment *environment);

    void setDocument(ProjectDocument *document);

    ComponentsPanel *components() const { return m_components; }
    FlowsPanel *flows() const { return m_flows; }
    ZonesProductsPanel *zonesProducts() const { return m_zonesProducts; }
    AddressPlanPanel *addressPlan() const { return m_addressPlan; }
    LintPanel *lint() const { return m_lint; }
    Inspector *inspector() const { return m_inspector; }
    QUndoView *undoView() const { return m_undoView; }
    ViewsPanel *views() const { return m_views; }
    QList<QDockWidget *> docks() const { return m_docks; }
    // Gives the docks their first sizes (a window without saved layout);
    // call once the window has its size.
    void applyDefaultSizes(QMainWindow *window);
    // Shows and raises the inspector's dock (to edit what is selected).
    void showInspector();

signals:
    // What a panel reports for the status bar.
    void message(const QString &text);

private:
    QDockWidget *addDock(QMainWindow *window, const QString &title, const QString &name,
                         QWidget *panel, Qt::DockWidgetArea area);

    ComponentsPanel *m_components;
    FlowsPanel *m_flows;
    ZonesProductsPanel *m_zonesProducts;
    AddressPlanPanel *m_addressPlan;
    LintPanel *m_lint;
    Inspector *m_inspector;
    QUndoView *m_undoView;
    ViewsPanel *m_views;
    QList<QDockWidget *> m_docks;
};

} // namespace Portolan
