#pragma once
// The File menu: new projects (empty or from a sample), open, open recent,
// save a copy, import flow tables and component lists, the exports handed
// in, quit. It opens projects as documents and hands them to the window;
// it asks the user (file dialogs, messages) and leaves the work to the
// model and the views.

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace Portolan {

class ProjectDocument;
class RecentFiles;
class StartPage;

class FileActions : public QObject
{
    Q_OBJECT
public:
    using ShowDocument = std::function<void(std::unique_ptr<ProjectDocument>)>;

    FileActions(QWidget *window, ShowDocument show, QObject *parent = nullptr);

    // `moreExports` go under the imports, `printing` after them;
    // `revisions` (Baselines…) with Save a Copy.
    void fillMenu(QMenu *menu, const QList<QAction *> &moreExports = {},
                  const QList<QAction *> &printing = {}, const QList<QAction *> &revisions = {});
    QList<QAction *> toolBarActions() const;
    void setDocument(ProjectDocument *document);
    // The start page's buttons and recent projects open, import and create
    // through these actions.
    void serveStartPage(StartPage *start);

    // Each says what went wrong in a message box and keeps what was open.
    bool openProject(const QString &path);
    // A new project (empty, or a sample's copy) where the user chooses,
    // opened; false when none was made.
    bool newProject(const QString &sample, QString suggested = {});
    // Creates the project at `path` (replacing a file there) as newProject()
    // does after its dialog, with the edge style and direction of the
    // preferences unless it holds a sample, and opens it.
    bool createProject(const QString &path, const QString &sample = {});
    // Imports the tables (after a preview) into the open project, or into a
    // new one when none is open.
    void importFiles(const QStringList &paths);
    // Asks for tables when `paths` is empty, then for the new project.
    void importIntoNewProject(QStringList paths = {});
    // Shows what importing the component list would do, then imports it.
    void importComponentList(const QString &path);
    void saveCopy();

    // Asks for a project file and opens it.
    void chooseAndOpen();
    // The open project was changed by another program: opens it again (once
    // no dialog or menu is open, as they may hold it) and says so. Its undo
    // history does not survive: it undid edits of a file that has changed.
    void reloadChangedProject();

    RecentFiles *recentFiles() const { return m_recent; }

signals:
    void message(const QString &text);

private:
    // Whether there is a writable project to import into; if not, says why
    // (`noProject` when there is none).
    bool canImportInto(const QString &noProject);
    void chooseAndImport();
    void chooseComponentList();

    QWidget *m_window;
    ShowDocument m_show;
    QPointer<ProjectDocument> m_document;
    bool m_reloadPending = false;
    RecentFiles *m_recent;
    QAction *m_new;
    QAction *m_open;
    QAction *m_saveCopy;
    QAction *m_import;
    QAction *m_importComponents;
    QAction *m_quit;
};

} // namespace Portolan
