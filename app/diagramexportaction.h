#pragma once
// File → Export Diagram…: the export dialog on what the window shows (the
// whole project or the view shown, its addresses), written by the same
// exporters as `portolan export`; the outcome goes to the status bar.

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace Portolan {

class DiagramEditor;
class DiagramPane;
class ExportDiagramDialog;
class ProjectDocument;

class DiagramExportAction : public QObject
{
    Q_OBJECT
public:
    DiagramExportAction(QWidget *window, DiagramPane *pane, DiagramEditor *editor,
                        QObject *parent = nullptr);

    QAction *action() const { return m_action; }
    void setDocument(ProjectDocument *document);

    // Opens the dialog (window-modal; it deletes itself when closed); null
    // without a document.
    ExportDiagramDialog *openDialog();

signals:
    void message(const QString &text);

private:
    QPointer<QWidget> m_window;
    DiagramPane *m_pane;
    DiagramEditor *m_editor;
    QPointer<ProjectDocument> m_document;
    QAction *m_action;
};

} // namespace Portolan
