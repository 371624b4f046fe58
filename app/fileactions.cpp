#include "fileactions.h"

#include "common/plaintext.h"
#include "document/projectdocument.h"
#include "import/componentimportdialog.h"
#include "import/importpreviewdialog.h"
#include "preferences.h"
#include "project/sample.h"
#include "recentfiles.h"
#include "start/startpage.h"
#include "store/projectstore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QString projectFilter()
{
    return FileActions::tr("Portolan projects (*.portolan)");
}

QString withExtension(QString path, const QString &extension)
{
    if (!path.endsWith(u'.' + extension, Qt::CaseInsensitive))
        path += u'.' + extension;
    return path;
}

} // namespace

FileActions::FileActions(QWidget *window, ShowDocument show, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_show(std::move(show))
    , m_recent(new RecentFiles(this))
{
    m_new = new QAction(QIcon::fromTheme(u"document-new"_s), tr("&New…"), this);
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("Create an empty project file"));
    connect(m_new, &QAction::triggered, this, [this] { newProject({}); });
    m_open = new QAction(QIcon::fromTheme(u"document-open"_s), tr("&Open…"), this);
    m_open->setShortcut(QKeySequence::Open);
    m_open->setStatusTip(tr("Open a project file"));
    connect(m_open, &QAction::triggered, this, &FileActions::chooseAndOpen);
    m_saveCopy = new QAction(tr("Save a &Copy As…"), this);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    m_saveCopy->setStatusTip(
        tr("Save the project under another name; the open one stays open (every change is "
           "already saved)"));
    connect(m_saveCopy, &QAction::triggered, this, &FileActions::saveCopy);
    m_import = new QAction(tr("&Import Flows…"), this);
    m_import->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_import->setStatusTip(tr("Add flows from markdown or CSV tables, after a preview"));
    connect(m_import, &QAction::triggered, this, &FileActions::chooseAndImport);
    m_importComponents = new QAction(tr("Import &Components…"), this);
    m_importComponents->setStatusTip(
        tr("Create zones and components from a CMDB or NetBox list, after a preview"));
    connect(m_importComponents, &QAction::triggered, this, &FileActions::chooseComponentList);
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setStatusTip(tr("Close Portolan; every change is already in the project file"));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, m_window, &QWidget::close);
    connect(m_recent, &RecentFiles::openRequested, this, &FileActions::openProject);
    setDocument(nullptr);
}

void FileActions::fillMenu(QMenu *menu, const QList<QAction *> &moreExports,
                           const QList<QAction *> &printing, const QList<QAction *> &revisions)
{
    menu->addAction(m_new);
    QMenu *samples = menu->addMenu(tr("New from &Sample"));
    for (const QString &name : sampleNames())
        samples->addAction(sampleTitle(name), this, [this, name] { newProject(name); })
            ->setStatusTip(tr("Save this reference design as a new project and open it"));
    menu->addAction(m_open);
    menu->addMenu(m_recent->createMenu(tr("Open &Recent"), menu));
    menu->addSeparator();
    menu->addAction(m_saveCopy);
    menu->addActions(revisions);
    menu->addSeparator();
    menu->addAction(m_import);
    menu->addAction(m_importComponents);
    menu->addActions(moreExports);
    if (!printing.isEmpty()) {
        menu->addSeparator();
        menu->addActions(printing);
    }
    menu->addSeparator();
    menu->addAction(m_quit);
}

QList<QAction *> FileActions::toolBarActions() const
{
    return { m_new, m_open };
}

void FileActions::setDocument(ProjectDocument *document)
{
    m_document = document;
    if (document) {
        connect(document, &ProjectDocument::changedOnDisk, this, &FileActions::reloadChangedProject,
                Qt::QueuedConnection);
    }
    m_saveCopy->setEnabled(document);
    m_import->setEnabled(document && !document->isReadOnly());
    m_importComponents->setEnabled(document && !document->isReadOnly());
}

bool FileActions::newProject(const QString &sample, QString suggested)
{
    if (suggested.isEmpty())
        suggested = sample.isEmpty() ? tr("Untitled.portolan") : sample + u".portolan"_s;
    const QString path
        = QFileDialog::getSaveFileName(m_window, tr("New Project"), suggested, projectFilter());
    if (path.isEmpty())
        return false;
    return createProject(withExtension(path, u"portolan"_s), sample);
}

bool FileActions::createProject(const QString &path, const QString &sample)
{
    // The dialog asked about replacing it; a new project starts from nothing.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        warnPlainly(m_window, tr("New Project"),
                    tr("%1 cannot be replaced.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString error;
    // A sample, or the preferences' drawing settings, go in before the
    // project appears.
    const auto fill = [&sample](ProjectStore &store, QString *message) {
        if (!sample.isEmpty())
            return loadSample(store, sample, message);
        DrawingSettings settings = store.drawingSettings();
        settings.curved = !Preferences::orthogonalForNewProjects();
        settings.topToBottom = Preferences::topToBottomForNewProjects();
        if (store.setDrawingSettings(settings))
            return true;
        *message = store.errorString();
        return false;
    };
    auto store = ProjectStore::create(path, &error, fill);
    if (!store) {
        warnPlainly(m_window, tr("New Project"), error);
        return false;
    }
    store.reset(); // reopened as a document, with its lock
    return openProject(path);
}

void FileActions::chooseAndOpen()
{
    const QString path
        = QFileDialog::getOpenFileName(m_window, tr("Open Project"), {}, projectFilter());
    if (!path.isEmpty())
        openProject(path);
}

bool FileActions::openProject(const QString &path)
{
    QString error;
    auto document = ProjectDocument::open(path, &error);
    if (!document) {
        warnPlainly(m_window, tr("Open Project"), error);
        if (!QFileInfo::exists(path))
            m_recent->remove(path);
        return false;
    }
    m_recent->add(path);
    m_show(std::move(document));
    return true;
}

void FileActions::reloadChangedProject()
{
    if (!m_document)
        return;
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        if (!m_reloadPending) {
            m_reloadPending = true;
            QTimer::singleShot(500, this, [this] {
                m_reloadPending = false;
                reloadChangedProject();
            });
        }
        return;
    }
    const QString path = m_document->filePath();
    const bool hadHistory = m_document->undoStack()->count() > 0;
    m_show(nullptr); // lets go of the file and its lock first
    if (!openProject(path))
        return;
    const QString name = QFileInfo(path).fileName();
    emit message(
        hadHistory ? tr("%1 was changed by another program and has been opened again; "
                        "the undo history before that is cleared.")
                         .arg(name)
                   : tr("%1 was changed by another program and has been opened again.").arg(name));
}

bool FileActions::canImportInto(const QString &noProject)
{
    if (m_document && !m_document->isReadOnly())
        return true;
    emit message(m_document ? m_document->readOnlyReason() : noProject);
    return false;
}

void FileActions::chooseAndImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Import Flows"), {},
        tr("Flow tables (*.md *.markdown *.csv *.tsv *.txt);;All files (*)"));
    if (!paths.isEmpty())
        importFiles(paths);
}

void FileActions::importFiles(const QStringList &paths)
{
    if (!m_document) {
        importIntoNewProject(paths);
        return;
    }
    if (!canImportInto(tr("Open or create a project to import flows into.")))
        return;
    auto *dialog = new ImportPreviewDialog(m_document, paths, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ImportSummary summary = dialog->summary();
        emit message(tr("Imported %n flow(s)", nullptr, summary.flowsAdded)
                     + (summary.flowsAlreadyPresent ? tr("; %n already in the project", nullptr,
                                                         summary.flowsAlreadyPresent)
                                                    : QString()));
    });
    dialog->open();
}

void FileActions::importIntoNewProject(QStringList paths)
{
    if (paths.isEmpty())
        paths = QFileDialog::getOpenFileNames(
            m_window, tr("Import a Port Table"), {},
            tr("Flow tables (*.md *.markdown *.csv *.tsv *.txt);;All files (*)"));
    if (paths.isEmpty())
        return;
    // The new project is named after the (first) table, beside it.
    const QFileInfo table(paths.constFirst());
    if (newProject({}, table.absoluteDir().filePath(table.completeBaseName() + u".portolan"_s)))
        importFiles(paths);
}

void FileActions::chooseComponentList()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import Components"), {},
        tr("Component lists (*.csv *.tsv *.txt *.md *.markdown);;All files (*)"));
    if (!path.isEmpty())
        importComponentList(path);
}

void FileActions::importComponentList(const QString &path)
{
    if (!canImportInto(tr("Open or create a project to import components into.")))
        return;
    auto *dialog = new ComponentImportDialog(m_document, path, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ComponentImportSummary summary = dialog->summary();
        emit message(
            tr("Imported the component list: %1, %2, %3.")
                .arg(ComponentImportDialog::tr("%n new component(s)", nullptr,
                                               summary.componentsAdded),
                     tr("%n changed", nullptr, summary.componentsMoved + summary.componentsRetyped),
                     ComponentImportDialog::tr("%n new zone(s)", nullptr, summary.zonesAdded)));
    });
    dialog->open();
}

void FileActions::saveCopy()
{
    if (!m_document)
        return;
    const QFileInfo current(m_document->filePath());
    const QString suggested
        = current.absoluteDir().filePath(current.completeBaseName() + tr(" copy") + u".portolan"_s);
    QString path
        = QFileDialog::getSaveFileName(m_window, tr("Save a Copy"), suggested, projectFilter());
    if (path.isEmpty())
        return;
    path = withExtension(path, u"portolan"_s);
    if (QFileInfo(path).absoluteFilePath() == current.absoluteFilePath()) {
        warnPlainly(m_window, tr("Save a Copy"),
                    tr("Choose another file: this is the open project."));
        return;
    }
    if (!m_document->store().saveCopy(path)) {
        warnPlainly(m_window, tr("Save a Copy"), m_document->store().errorString());
        return;
    }
    emit message(tr("Saved a copy as %1").arg(QDir::toNativeSeparators(path)));
}

void FileActions::serveStartPage(StartPage *start)
{
    connect(start, &StartPage::sampleRequested, this,
            [this](const QString &sample) { newProject(sample); });
    connect(start, &StartPage::importRequested, this, [this] { importIntoNewProject(); });
    connect(start, &StartPage::newProjectRequested, this, [this] { newProject({}); });
    connect(start, &StartPage::openRequested, this, &FileActions::chooseAndOpen);
    connect(start, &StartPage::recentRequested, this, &FileActions::openProject);
    connect(m_recent, &RecentFiles::changed, start,
            [this, start] { start->setRecentProjects(m_recent->files()); });
    start->setRecentProjects(m_recent->files());
}

} // namespace Portolan
