#include "diagramexportaction.h"

#include "diagram/diagrameditor.h"
#include "diagram/diagrampane.h"
#include "diagram/diagramscene.h"
#include "diagram/viewproject.h"
#include "document/projectdocument.h"
#include "export/exportdiagramdialog.h"
#include "preferences.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Portolan {

DiagramExportAction::DiagramExportAction(QWidget *window, DiagramPane *pane, DiagramEditor *editor,
                                         QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_pane(pane)
    , m_editor(editor)
    , m_action(new QAction(tr("&Export Diagram…"), this))
{
    m_action->setObjectName(u"exportDiagram"_s);
    m_action->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_action->setStatusTip(tr("Write the diagram as SVG, PNG, PDF, DOT or JSON"));
    connect(m_action, &QAction::triggered, this, &DiagramExportAction::openDialog);
    setDocument(nullptr);
}

void DiagramExportAction::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_action->setEnabled(document);
}

ExportDiagramDialog *DiagramExportAction::openDialog()
{
    if (!m_document)
        return nullptr;
    // What the pane draws: the view shown, or the passing one.
    DiagramExportSource source;
    const std::optional<View> &passing = m_editor->passingView();
    source.project = passing ? viewProject(m_document->project(), *passing)
                             : viewProject(m_document->project(), m_editor->shownView());
    // A picture about to be redrawn is not taken for the project's.
    if (m_pane->isSettled())
        source.shown = m_pane->scene()->diagram();
    const DiagramOptions &shown = m_pane->options();
    source.addressesShown = shown.showAddresses ? shown.environment : 0;
    source.title = m_document->displayName();
    source.defaultPaper = Preferences::paper();
    if (!m_document->filePath().isEmpty()) {
        const QFileInfo file(m_document->filePath());
        source.baseName = file.absoluteDir().filePath(file.completeBaseName());
    }
    auto *dialog = new ExportDiagramDialog(source, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        emit message(
            tr("Exported the diagram to %1").arg(QDir::toNativeSeparators(dialog->filePath())));
    });
    dialog->open();
    return dialog;
}

} // namespace Portolan
