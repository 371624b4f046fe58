#pragma once
// The Portolan window. It only assembles: the diagram in the centre, the
// docks around it, the menus and the tool bar; it holds the open project's
// document and hands it to every part. The parts do the work.

#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;
class QUndoGroup;

namespace Portolan {

class BaselineActions;
class CompareActions;
class CurrentEnvironment;
class DiagramActions;
class DiagramEditor;
class DiagramExportAction;
class DiagramPane;
class DrawingStyleActions;
class EditActions;
class EnvironmentSwitcher;
class FileActions;
class HandoverActions;
class HelpActions;
class LayoutService;
class ProjectDocument;
class ProjectSelection;
class RulesExportAction;
class StartPage;
class WorkspaceDocks;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `layoutWorker` is the portolan executable that lays diagrams out (by
    // default the running program).
    explicit MainWindow(QWidget *parent = nullptr, const QString &layoutWorker = {});
    ~MainWindow() override;

    // Opens a project; on failure shows why and keeps what was open.
    bool openProject(const QString &path);
    ProjectDocument *document() const { return m_document.get(); }
    // Shows a baseline opened read-only (File → Baselines… → Open): the
    // title names it, and the window keeps no geometry or recent file.
    void showBaseline(std::unique_ptr<ProjectDocument> document, const QString &baselineName);

    ProjectSelection *selection() const { return m_selection; }
    CurrentEnvironment *environment() const { return m_environment; }
    EnvironmentSwitcher *environments() const { return m_environments; }
    DiagramPane *diagram() const { return m_diagram; }
    DiagramEditor *diagramEditor() const { return m_editor; }
    WorkspaceDocks *docks() const { return m_docks; }
    FileActions *fileActions() const { return m_files; }
    DiagramExportAction *diagramExport() const { return m_diagramExport; }
    RulesExportAction *rulesExport() const { return m_rulesExport; }
    HandoverActions *handover() const { return m_handover; }
    BaselineActions *baselines() const { return m_baselines; }
    CompareActions *compare() const { return m_compare; }
    HelpActions *help() const { return m_help; }
    StartPage *startPage() const { return m_start; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void showDocument(std::unique_ptr<ProjectDocument> document);
    void updateTitle();
    void filterFlowsTable();
    void updateCounts();
    void showMessage(const QString &text);

    std::unique_ptr<ProjectDocument> m_document;
    QUndoGroup *m_undoGroup;
    ProjectSelection *m_selection;
    CurrentEnvironment *m_environment;
    EnvironmentSwitcher *m_environments;
    LayoutService *m_layoutService;
    QStackedWidget *m_centre;
    StartPage *m_start;
    QLabel *m_readOnlyBar;
    DiagramPane *m_diagram;
    DiagramEditor *m_editor;
    DrawingStyleActions *m_drawingStyle;
    DiagramActions *m_diagramActions;
    WorkspaceDocks *m_docks;
    FileActions *m_files;
    DiagramExportAction *m_diagramExport;
    RulesExportAction *m_rulesExport;
    HandoverActions *m_handover;
    BaselineActions *m_baselines;
    CompareActions *m_compare;
    EditActions *m_edit;
    HelpActions *m_help;
    QLabel *m_counts;
    bool m_flowsFiltered = false;
    QString m_baselineName; // of the baseline shown, if it is one
};

} // namespace Portolan
