#include "mainwindow.h"

#include "componentselectionsync.h"
#include "diagram/diagramactions.h"
#include "diagram/diagramfilterbar.h"
#include "diagram/diagrampane.h"
#include "diagram/diagramscene.h"
#include "diagrampositions.h"
#include "layout/layoutservice.h"
#include "project/sample.h"
#include "store/projectstore.h"
#include "tables/componenttablemodel.h"
#include "tables/flowtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QString projectFilter()
{
    return MainWindow::tr("Portolan projects (*.portolan)");
}

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder); // keep the project's order until asked
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return table;
}

// Columns as wide as their contents, within reason; the last one stretches.
void fitColumns(QTableView *table)
{
    table->resizeColumnsToContents();
    const int widest = table->fontMetrics().averageCharWidth() * 40;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        table->setColumnWidth(column, qMin(table->columnWidth(column), widest));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_flowModel(new FlowTableModel(this))
    , m_componentModel(new ComponentTableModel(this))
    , m_flowProxy(new QSortFilterProxyModel(this))
    , m_componentProxy(new QSortFilterProxyModel(this))
    , m_layoutService(new LayoutService(this))
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(tr("Portolan"));

    m_centre = new QStackedWidget(this);
    auto *welcome = new QLabel(tr("<h2>No project open</h2>"
                                  "<p>Open a project with <b>File → Open…</b>, or start from a "
                                  "reference design with <b>File → New from Sample</b>.</p>"),
                               m_centre);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setWordWrap(true);
    m_centre->addWidget(welcome);
    m_diagram = new DiagramPane(m_layoutService, m_centre);
    m_centre->addWidget(m_diagram);
    setCentralWidget(m_centre);
    m_diagramActions = new DiagramActions(m_diagram->view(), this);

    // The scene reports drops; pinning is an edit of the project, made here.
    connect(m_diagram->scene(), &DiagramScene::componentMoved, this,
            &MainWindow::pinMovedComponent);
    connect(m_diagramActions, &DiagramActions::resetLayoutRequested, this,
            &MainWindow::resetLayout);
    connect(m_diagram, &DiagramPane::layoutFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Layout failed: %1").arg(error), 15000);
    });
    connect(m_diagram, &DiagramPane::diagramShown, m_diagramActions,
            [this] { m_diagramActions->setDiagramAvailable(true); });

    createComponentsDock();
    createFlowsDock();
    createActions();
    m_counts = new QLabel(this);
    statusBar()->addPermanentWidget(m_counts);

    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(u"window/state"_s).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createFlowsDock()
{
    auto *dock = new QDockWidget(tr("Flows"), this);
    dock->setObjectName(u"flowsDock"_s);
    auto *pane = new QWidget(dock);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filter = new QLineEdit(pane);
    filter->setObjectName(u"flowFilter"_s);
    filter->setPlaceholderText(tr("Filter flows: component, port, purpose…"));
    filter->setClearButtonEnabled(true);
    m_flowProxy->setSourceModel(m_flowModel);
    m_flowProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_flowProxy->setFilterKeyColumn(-1);
    connect(filter, &QLineEdit::textChanged, m_flowProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    layout->addWidget(filter);
    m_flowTable = makeTable(m_flowProxy, pane);
    m_flowTable->setObjectName(u"flowTable"_s);
    layout->addWidget(m_flowTable);
    dock->setWidget(pane);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    resizeDocks({ dock }, { fontMetrics().height() * 10 }, Qt::Vertical);
}

void MainWindow::createComponentsDock()
{
    auto *dock = new QDockWidget(tr("Components"), this);
    dock->setObjectName(u"componentsDock"_s);
    m_componentProxy->setSourceModel(m_componentModel);
    m_componentTable = makeTable(m_componentProxy, dock);
    m_componentTable->setObjectName(u"componentTable"_s);
    m_selectionSync
        = new ComponentSelectionSync(m_diagram->scene(), m_componentTable, m_componentProxy, this);
    dock->setWidget(m_componentTable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({ dock }, { fontMetrics().averageCharWidth() * 40 }, Qt::Horizontal);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New…"), this, [this] { newProject({}); });
    newAction->setShortcut(QKeySequence::New);
    QMenu *samples = file->addMenu(tr("New from &Sample"));
    for (const QString &name : sampleNames())
        samples->addAction(sampleTitle(name), this, [this, name] { newProject(name); });
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpenProject);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find in Diagram"), m_diagram->filterBar(),
                                    &DiagramFilterBar::focusText);
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *action : m_diagramActions->all()) {
        if (action)
            view->addAction(action);
        else
            view->addSeparator();
    }
    view->addSeparator();
    QToolBar *toolBar = m_diagramActions->createToolBar(this);
    addToolBar(Qt::TopToolBarArea, toolBar);
    view->addAction(toolBar->toggleViewAction());
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Portolan"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::newProject(const QString &sample)
{
    const QString suggested = sample.isEmpty() ? tr("Untitled.portolan") : sample + u".portolan"_s;
    QString path
        = QFileDialog::getSaveFileName(this, tr("New Project"), suggested, projectFilter());
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".portolan"_s))
        path += u".portolan"_s;
    // The dialog asked about overwriting; a new project starts from nothing.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("New Project"), tr("Cannot replace %1.").arg(path));
        return;
    }
    QString error;
    auto store = ProjectStore::create(path, &error);
    if (store && !sample.isEmpty() && !loadSample(*store, sample, &error)) {
        store.reset();
        QFile::remove(path);
    }
    if (!store) {
        QMessageBox::warning(this, tr("New Project"), error);
        return;
    }
    showProject(std::move(store));
}

void MainWindow::chooseAndOpenProject()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open Project"), {}, projectFilter());
    if (!path.isEmpty())
        openProject(path);
}

bool MainWindow::openProject(const QString &path)
{
    QString error;
    auto store = ProjectStore::open(path, ProjectStore::Mode::ReadWrite, &error);
    if (!store) {
        QMessageBox::warning(this, tr("Open Project"), error);
        return false;
    }
    showProject(std::move(store));
    return true;
}

void MainWindow::showProject(std::unique_ptr<ProjectStore> store)
{
    m_store = std::move(store);
    m_diagram->clear();
    reload(false);
    m_centre->setCurrentIndex(1);
    fitColumns(m_flowTable);
    fitColumns(m_componentTable);
    const QString name = m_project.name.isEmpty()
        ? QFileInfo(m_store->filePath()).completeBaseName()
        : m_project.name;
    setWindowTitle(tr("%1 — Portolan").arg(name));
    setWindowFilePath(m_store->filePath());
}

void MainWindow::reload(bool freshLayout)
{
    m_project = ProjectSnapshot::read(*m_store);
    m_flowModel->setProject(m_project);
    m_componentModel->setProject(m_project);
    m_selectionSync->setProject(m_project);
    m_diagram->setProject(m_project,
                          freshLayout ? DiagramPane::Relayout::Fresh
                                      : DiagramPane::Relayout::KeepPositions);
    const ProjectCounts counts = m_store->counts();
    m_counts->setText(tr("%1 products · %2 zones · %3 components · %4 flows")
                          .arg(counts.products)
                          .arg(counts.zones)
                          .arg(counts.components)
                          .arg(counts.flows));
}

void MainWindow::pinMovedComponent(Id id, QPointF centre)
{
    QString error;
    if (!m_store || !pinComponent(*m_store, id, centre, &error)) {
        statusBar()->showMessage(tr("Cannot keep the component there: %1").arg(error), 10000);
        return;
    }
    reload(false);
}

void MainWindow::resetLayout()
{
    QString error;
    if (!m_store || !unpinAllComponents(*m_store, &error)) {
        statusBar()->showMessage(tr("Cannot reset the layout: %1").arg(error), 10000);
        return;
    }
    reload(true);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Portolan"),
                       tr("<h3>Portolan %1</h3><p>Port diagrams, address plans and firewall "
                          "rules from one model of a platform's components and flows.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    event->accept();
}

} // namespace Portolan
