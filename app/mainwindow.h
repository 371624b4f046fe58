#pragma once
// The Portolan window: assembles the project's views and the file actions.
// The diagram sits in the centre, the components and flows tables in docks.
// It holds no domain logic; the store and the views do the work.

#include "project/snapshot.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Portolan {

class ComponentSelectionSync;
class ComponentTableModel;
class DiagramActions;
class DiagramPane;
class FlowTableModel;
class LayoutService;
class ProjectStore;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project; on failure shows why and keeps what was open.
    bool openProject(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createFlowsDock();
    void createComponentsDock();
    void newProject(const QString &sample);
    void chooseAndOpenProject();
    void showProject(std::unique_ptr<ProjectStore> store);
    // Re-reads the project after an edit and refreshes every view.
    void reload(bool freshLayout);
    void pinMovedComponent(Id id, QPointF centre);
    void resetLayout();
    void showAbout();

    std::unique_ptr<ProjectStore> m_store;
    ProjectSnapshot m_project;
    FlowTableModel *m_flowModel = nullptr;
    ComponentTableModel *m_componentModel = nullptr;
    QSortFilterProxyModel *m_flowProxy = nullptr;
    QSortFilterProxyModel *m_componentProxy = nullptr;
    QTableView *m_flowTable = nullptr;
    QTableView *m_componentTable = nullptr;
    LayoutService *m_layoutService = nullptr;
    DiagramPane *m_diagram = nullptr;
    DiagramActions *m_diagramActions = nullptr;
    QStackedWidget *m_centre = nullptr;
    ComponentSelectionSync *m_selectionSync = nullptr;
    QLabel *m_counts = nullptr;
};

} // namespace Portolan
