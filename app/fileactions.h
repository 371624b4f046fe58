#pragma once
// The File menu: new projects (empty or from a sample), open, open recent,
// save a copy, import flow tables, export the diagram, quit. It opens
// projects as documents and hands them to the window; it asks the user
// (file dialogs, messages) and leaves the work to the model and the views.

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace Portolan {

class DiagramScene;
class ProjectDocument;
class RecentFiles;

class FileActions : public QObject
{
    Q_OBJECT
public:
    using ShowDocument = std::function<void(std::unique_ptr<ProjectDocument>)>;

    FileActions(QWidget *window, DiagramScene *diagram, ShowDocument show,
                QObject *parent = nullptr);

    // `moreExports` go under Export Diagram, `printing` after them.
    void fillMenu(QMenu *menu, const QList<QAction *> &moreExports = {},
                  const QList<QAction *> &printing = {});
    QList<QAction *> toolBarActions() const;
    void setDocument(ProjectDocument *document);

    // Each says what went wrong in a message box and keeps what was open.
    bool openProject(const QString &path);
    void newProject(const QString &sample);
    void importFiles(const QStringList &paths);
    // Shows what importing the component list would do, then imports it.
    void importComponentList(const QString &path);
    void saveCopy();
    void exportDiagram();

    RecentFiles *recentFiles() const { return m_recent; }

signals:
    void message(const QString &text);

private:
    // Whether there is a writable project to import into; if not, says why
    // (`noProject` when there is none).
    bool canImportInto(const QString &noProject);
    void chooseAndOpen();
    void chooseAndImport();
    void chooseComponentList();

    QWidget *m_window;
    DiagramScene *m_diagram;
    ShowDocument m_show;
    QPointer<ProjectDocument> m_document;
    RecentFiles *m_recent;
    QAction *m_new;
    QAction *m_open;
    QAction *m_saveCopy;
    QAction *m_import;
    QAction *m_importComponents;
    QAction *m_export;
    QAction *m_quit;
};

} // namespace Portolan
