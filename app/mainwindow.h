#pragma once
// The Portolan window: assembles the project's views and the file actions.
// It holds no domain logic; the store and the views do the work.

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace Portolan {

class ComponentTableModel;
class FlowTableModel;
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
    QWidget *createFlowsPane();
    void createComponentsDock();
    void newProject(const QString &sample);
    void chooseAndOpenProject();
    void showProject(std::unique_ptr<ProjectStore> store);
    void showAbout();

    std::unique_ptr<ProjectStore> m_store;
    FlowTableModel *m_flowModel = nullptr;
    ComponentTableModel *m_componentModel = nullptr;
    QSortFilterProxyModel *m_flowProxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_flowTable = nullptr;
    QTableView *m_componentTable = nullptr;
    QStackedWidget *m_centre = nullptr;
    QLabel *m_counts = nullptr;
};

} // namespace Portolan
