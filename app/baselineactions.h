#pragma once
// File → Baselines…: the project's named read-only revisions in a dialog
// (views/baselines/baselinesdialog.h) that makes, renames and deletes them
// as undo steps of the document, and opens one read-only in a window of its
// own, which goes when it is closed.

#include "domain/types.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;

namespace Portolan {

class BaselinesDialog;
class MainWindow;
class ProjectDocument;

class BaselineActions : public QObject
{
    Q_OBJECT
public:
    // `layoutWorker` is handed to the windows that show baselines.
    BaselineActions(MainWindow *window, const QString &layoutWorker, QObject *parent = nullptr);
    ~BaselineActions() override;

    QAction *action() const { return m_action; }
    void setDocument(ProjectDocument *document);

    // Shows the dialog (made on first use, one per document).
    BaselinesDialog *showDialog();
    BaselinesDialog *dialog() const;

    // Opens the baseline read-only in a new window; nullptr (and a message
    // box) when it cannot be read.
    MainWindow *openBaseline(Id id);
    // The baseline windows still open (deleted with this window).
    QList<MainWindow *> openWindows() const;

signals:
    void message(const QString &text);

private:
    MainWindow *m_window;
    QString m_layoutWorker;
    QPointer<ProjectDocument> m_document;
    QPointer<BaselinesDialog> m_dialog;
    QList<QPointer<MainWindow>> m_opened;
    QAction *m_action;
};

} // namespace Portolan
