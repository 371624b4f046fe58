#include "mainwindow.h"

#include "actiontips.h"
#include "baselineactions.h"
#include "compareactions.h"
#include "diagram/diagramactions.h"
#include "diagram/diagrameditor.h"
#include "diagram/diagramfilterbar.h"
#include "diagram/diagrampane.h"
#include "diagram/diagramscene.h"
#include "diagram/drawingstyleactions.h"
#include "diagramexportaction.h"
#include "document/projectdocument.h"
#include "editactions.h"
#include "environment/currentenvironment.h"
#include "environment/environmentswitcher.h"
#include "fileactions.h"
#include "handoveractions.h"
#include "helpactions.h"
#include "import/droppedfiles.h"
#include "layout/layoutservice.h"
#include "preferences.h"
#include "projectviews/viewspanel.h"
#include "recentfiles.h"
#include "rulesexportaction.h"
#include "selection/projectselection.h"
#include "start/startpage.h"
#include "store/projectstore.h"
#include "tables/flowspanel.h"
#include "tables/flowtablemodel.h"
#include "theme.h"
#include "workspacedocks.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// Where the environment last used with a project is remembered.
QString environmentKey(const QString &projectPath)
{
    return Preferences::projectKey(u"lastEnvironment"_s, projectPath);
}

} // namespace

MainWindow::MainWindow(QWidget *parent, const QString &layoutWorker)
    : QMainWindow(parent)
    , m_undoGroup(new QUndoGroup(this))
    , m_selection(new ProjectSelection(this))
    , m_environment(new CurrentEnvironment(this))
    , m_layoutService(layoutWorker.isEmpty() ? new LayoutService(this)
                                             : new LayoutService(layoutWorker, this))
{
    setObjectName(u"MainWindow"_s);
    installFallbackIcons();
    setAcceptDrops(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_readOnlyBar = new QLabel(central);
    m_readOnlyBar->setObjectName(u"readOnlyBar"_s);
    m_readOnlyBar->setWordWrap(true);
    m_readOnlyBar->setContentsMargins(10, 5, 10, 5);
    m_readOnlyBar->setStyleSheet(u"background: #fde68a; color: #1f2937"_s);
    m_readOnlyBar->hide();
    layout->addWidget(m_readOnlyBar);
    m_centre = new QStackedWidget(central);
    m_start = new StartPage(m_centre);
    m_centre->addWidget(m_start);
    m_diagram = new DiagramPane(m_layoutService, m_centre);
    m_centre->addWidget(m_diagram);
    layout->addWidget(m_centre);
    setCentralWidget(central);

    m_editor = new DiagramEditor(m_diagram, m_selection, this);
    m_diagramActions = new DiagramActions(m_diagram->view(), this);
    m_drawingStyle = new DrawingStyleActions(this);
    m_docks = new WorkspaceDocks(this, m_selection, m_undoGroup, m_environment);
    m_environments = new EnvironmentSwitcher(m_environment, this, this);
    m_diagramExport = new DiagramExportAction(this, m_diagram, m_editor, this);
    m_rulesExport = new RulesExportAction(this, m_environment, this);
    m_handover = new HandoverActions(this, m_environment, layoutWorker, this);
    m_baselines = new BaselineActions(this, layoutWorker, this);
    m_compare
        = new CompareActions(this, m_diagram, m_editor, m_selection, m_environment, layoutWorker);
    m_files = new FileActions(
        this,
        [this](std::unique_ptr<ProjectDocument> document) { showDocument(std::move(document)); },
        this);
    m_edit = new EditActions(this, m_undoGroup, m_diagram, m_editor, m_docks);
    m_help = new HelpActions(this, this);
    createMenus();
    m_files->serveStartPage(m_start);
    m_counts = new QLabel(this);
    statusBar()->addPermanentWidget(m_counts);

    connect(m_diagramActions, &DiagramActions::resetLayoutRequested, m_editor,
            &DiagramEditor::resetLayout);
    connect(m_diagram, &DiagramPane::diagramShown, m_diagramActions,
            [this] { m_diagramActions->setDiagramAvailable(true); });
    connect(m_diagram, &DiagramPane::layoutFailed, this,
            [this](const QString &error) { showMessage(tr("Layout failed: %1").arg(error)); });
    connect(m_editor, &DiagramEditor::message, this, &MainWindow::showMessage);
    // The filter bar narrows the Flows table to the flows it lets through.
    connect(m_diagram, &DiagramPane::filterApplied, this, &MainWindow::filterFlowsTable);
    connect(m_diagram, &DiagramPane::diagramShown, this, &MainWindow::filterFlowsTable);
    connect(m_drawingStyle, &DrawingStyleActions::message, this, &MainWindow::showMessage);
    connect(m_editor, &DiagramEditor::editComponentRequested, m_docks,
            &WorkspaceDocks::showInspector);
    connect(m_docks->flows(), &FlowsPanel::newFlowRequested, this, [this] {
        const QList<Id> ids = m_selection->ids(ProjectSelection::Kind::Components);
        m_editor->newFlow(ids.value(0), ids.value(1));
    });
    connect(m_docks, &WorkspaceDocks::message, this, &MainWindow::showMessage);
    // A view opens in its own drawing, unfiltered; the panel marks it. New
    // from Filter keeps a focus or zone shown, else the filter bar's choice.
    m_docks->views()->setFilterSource([this] {
        if (const std::optional<View> &passing = m_editor->passingView())
            return filterOf(passing->selection);
        return m_diagram->filterBar()->filter();
    });
    connect(m_docks->views(), &ViewsPanel::openRequested, m_editor, &DiagramEditor::showView);
    connect(m_editor, &DiagramEditor::viewShown, this, [this](Id id, const QString &title) {
        m_docks->views()->setShownView(id);
        m_diagram->filterBar()->clear();
        showMessage(id == 0 ? tr("Showing the whole project") : tr("Showing: %1").arg(title));
    });
    connect(m_environments, &EnvironmentSwitcher::message, this, &MainWindow::showMessage);
    connect(m_diagramExport, &DiagramExportAction::message, this, &MainWindow::showMessage);
    connect(m_rulesExport, &RulesExportAction::message, this, &MainWindow::showMessage);
    connect(m_handover, &HandoverActions::message, this, &MainWindow::showMessage);
    connect(m_baselines, &BaselineActions::message, this, &MainWindow::showMessage);
    connect(m_compare, &CompareActions::message, this, &MainWindow::showMessage);
    connect(m_environment, &CurrentEnvironment::changed, m_editor, &DiagramEditor::setEnvironment);
    connect(m_environment, &CurrentEnvironment::changed, this, [this] {
        if (m_document && m_environment->id() && !m_document->filePath().isEmpty())
            QSettings().setValue(environmentKey(m_document->filePath()), m_environment->name());
    });
    connect(m_files, &FileActions::message, this, &MainWindow::showMessage);

    explainActions(this);
    showDocument(nullptr);
    QSettings settings;
    m_editor->showAddressesAction()->setChecked(Preferences::showAddresses());
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1500, 950);
    if (!restoreState(settings.value(u"window/state"_s).toByteArray())) {
        // Docks can only be sized once the window is laid out.
        QTimer::singleShot(0, this, [this] { m_docks->applyDefaultSizes(this); });
    }
}

MainWindow::~MainWindow()
{
    // The views let go of the document before it goes.
    m_compare->setDocument(nullptr);
    m_docks->setDocument(nullptr);
    m_environment->setDocument(nullptr);
    m_editor->setDocument(nullptr);
    m_selection->setDocument(nullptr);
}

void MainWindow::createMenus()
{
    m_files->fillMenu(
        menuBar()->addMenu(tr("&File")),
        { m_diagramExport->action(), m_rulesExport->action(), m_handover->exportAction() },
        { m_handover->printAction() }, { m_baselines->action() });
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_edit->fillMenu(edit);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("Pre&ferences…"), this, [this] {
        Preferences::edit(this);
        m_editor->showAddressesAction()->setChecked(Preferences::showAddresses());
        m_start->setRecentProjects(m_files->recentFiles()->files());
    });
    preferences->setStatusTip(tr("Language, theme, author, paper and diagram defaults"));
    preferences->setObjectName(u"preferences"_s);
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence::Preferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *action : m_diagramActions->all()) {
        if (action)
            view->addAction(action);
        else
            view->addSeparator();
    }
    view->addAction(m_editor->showAddressesAction());
    view->addSeparator();
    view->addAction(m_editor->focusAction());
    view->addAction(m_editor->focusTwoHopsAction());
    view->addSeparator();
    m_drawingStyle->fillMenu(view);
    view->addSeparator();
    view->addAction(m_compare->action());
    view->addSeparator();
    auto *fileBar = addToolBar(tr("Project"));
    fileBar->setObjectName(u"projectToolBar"_s);
    fileBar->addActions(m_files->toolBarActions());
    auto *editBar = addToolBar(tr("Edit"));
    editBar->setObjectName(u"editToolBar"_s);
    // Drawing is what the window is for: its two actions keep their words.
    editBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *action : m_edit->toolBarActions()) {
        if (action)
            editBar->addAction(action);
        else
            editBar->addSeparator();
    }
    QToolBar *diagramBar = m_diagramActions->createToolBar(this);
    addToolBar(Qt::TopToolBarArea, diagramBar);
    QToolBar *environmentBar = m_environments->createToolBar(this);
    environmentBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addToolBar(Qt::TopToolBarArea, environmentBar);
    for (QToolBar *bar : { fileBar, editBar, diagramBar, environmentBar }) {
        view->addAction(bar->toggleViewAction());
        bar->toggleViewAction()->setStatusTip(
            tr("Show or hide the %1 tool bar").arg(bar->windowTitle()));
    }
    view->addSeparator();
    for (QDockWidget *dock : m_docks->docks()) {
        view->addAction(dock->toggleViewAction());
        dock->toggleViewAction()->setStatusTip(
            tr("Show or hide the %1 panel").arg(dock->windowTitle()));
    }

    QMenu *environment = menuBar()->addMenu(tr("E&nvironment"));
    environment->addActions(m_environments->actions());

    m_help->fillMenu(menuBar()->addMenu(tr("&Help")));
}

bool MainWindow::openProject(const QString &path)
{
    return m_files->openProject(path);
}

void MainWindow::showBaseline(std::unique_ptr<ProjectDocument> document,
                              const QString &baselineName)
{
    showDocument(std::move(document));
    m_baselineName = baselineName;
    updateTitle();
}

void MainWindow::showDocument(std::unique_ptr<ProjectDocument> document)
{
    // Everything that shows the old document lets go of it first.
    m_docks->setDocument(nullptr);
    m_environment->setDocument(nullptr);
    m_editor->setDocument(nullptr);
    m_drawingStyle->setDocument(nullptr);
    m_selection->setDocument(nullptr);
    m_files->setDocument(nullptr);
    m_baselineName.clear();
    m_document = std::move(document);
    ProjectDocument *current = m_document.get();
    if (current) {
        m_undoGroup->addStack(current->undoStack());
        m_undoGroup->setActiveStack(current->undoStack());
        connect(current, &ProjectDocument::changed, this, &MainWindow::updateCounts);
        connect(current, &ProjectDocument::editFailed, this, &MainWindow::showMessage);
    }
    m_selection->setDocument(current);
    m_editor->setDocument(current);
    m_drawingStyle->setDocument(current);
    m_docks->setDocument(current);
    // Back in the environment the project was last looked at in (read
    // before setting the document announces its first environment).
    const QString last = current && !current->filePath().isEmpty()
        ? QSettings().value(environmentKey(current->filePath())).toString()
        : QString();
    m_environment->setDocument(current);
    for (const Environment &environment :
         current ? current->project().environments : QList<Environment>()) {
        if (environment.name == last)
            m_environment->setId(environment.id);
    }
    m_files->setDocument(current);
    m_diagramExport->setDocument(current);
    m_baselines->setDocument(current);
    m_compare->setDocument(current);
    m_edit->setProjectState(current, current && !current->isReadOnly());
    m_diagramActions->setDiagramAvailable(false);
    m_centre->setCurrentIndex(current ? 1 : 0);
    m_readOnlyBar->setVisible(current && current->isReadOnly());
    if (current && current->isReadOnly())
        m_readOnlyBar->setText(current->readOnlyReason());
    updateTitle();
    updateCounts();
}

void MainWindow::filterFlowsTable()
{
    FlowsPanel *flows = m_docks->flows();
    const DiagramScene *scene = m_diagram->scene();
    if (!m_diagram->filterBar()->filter().isEmpty() || m_flowsFiltered) {
        m_flowsFiltered = !m_diagram->filterBar()->filter().isEmpty();
        flows->setRowFilter(m_flowsFiltered ? std::function<bool(int)>([flows, scene](int row) {
            return scene->filterPasses(flows->model()->idAt(row));
        })
                                            : std::function<bool(int)>());
    }
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Portolan"));
        setWindowFilePath({});
        return;
    }
    const QString name = m_baselineName.isEmpty()
        ? m_document->displayName()
        : tr("%1 · baseline “%2”").arg(m_document->displayName(), m_baselineName);
    setWindowTitle(m_document->isReadOnly() ? tr("%1 (read-only) — Portolan").arg(name)
                                            : tr("%1 — Portolan").arg(name));
    setWindowFilePath(m_document->filePath());
}

void MainWindow::updateCounts()
{
    if (!m_document) {
        m_counts->clear();
        return;
    }
    const ProjectSnapshot &project = m_document->project();
    m_counts->setText(tr("%L1 products · %L2 zones · %L3 components · %L4 flows")
                          .arg(project.products.size())
                          .arg(project.zones.size())
                          .arg(project.components.size())
                          .arg(project.flows.size()));
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const DroppedFiles files = classifyDrop(event->mimeData());
    event->acceptProposedAction();
    if (!files.rejected.isEmpty())
        showMessage(rejectedDropMessage(files.rejected));
    // A project replaces what is open; tables are imported into it (after
    // the preview), so a project and its tables can come in one drop.
    if (!files.projects.isEmpty())
        openProject(files.projects.constFirst());
    if (!files.importable.isEmpty())
        m_files->importFiles(files.importable);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
    if (!m_baselineName.isEmpty())
        return; // the project's own window keeps its place
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    Preferences::setShowAddresses(m_editor->showAddressesAction()->isChecked());
}

} // namespace Portolan
