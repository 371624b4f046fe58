#include "flowspanel.h"

#include "choicedelegate.h"
#include "componentnamedelegate.h"
#include "document/pastedflows.h"
#include "flowtablemodel.h"
#include "portsdelegate.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

constexpr int messagesShown = 12; // more go to the box's details

QString describe(const ImportMessage &message)
{
    QString text = message.text;
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return message.line > 0 ? FlowsPanel::tr("Row %1: %2").arg(message.line).arg(text) : text;
}

} // namespace

FlowsPanel::FlowsPanel(QWidget *parent)
    : TablePanel(new FlowTableModel, ProjectSelection::Kind::Flows, parent)
{
    setObjectName(u"flowsPanel"_s);
    table()->setObjectName(u"flowTable"_s);
    auto *choices = new ChoiceDelegate(this);
    auto *names = new ComponentNameDelegate(this);
    table()->setItemDelegateForColumn(FlowTableModel::ProductColumn, choices);
    table()->setItemDelegateForColumn(FlowTableModel::SourceColumn, names);
    table()->setItemDelegateForColumn(FlowTableModel::DestinationColumn, names);
    table()->setItemDelegateForColumn(FlowTableModel::ProtocolColumn, choices);
    table()->setItemDelegateForColumn(FlowTableModel::PortsColumn, new PortsDelegate(this));

    m_pasteAction
        = addTableAction(tr("&Paste Flows"), QKeySequence::Paste, u"pasteAction"_s, deleteAction());
    connect(m_pasteAction, &QAction::triggered, this, &FlowsPanel::pasteFlows);
    m_newFlowAction = addTableAction(tr("&New Flow…"), QKeySequence(), u"newFlowAction"_s);
    connect(m_newFlowAction, &QAction::triggered, this, &FlowsPanel::newFlowRequested);
    updateActions();
}

FlowTableModel *FlowsPanel::model() const
{
    return static_cast<FlowTableModel *>(recordModel());
}

void FlowsPanel::updateActions()
{
    TablePanel::updateActions();
    // Called by the base class before the actions here exist.
    if (m_pasteAction)
        m_pasteAction->setEnabled(isEditable());
    if (m_newFlowAction)
        m_newFlowAction->setEnabled(isEditable());
}

void FlowsPanel::deleteSelected()
{
    const QList<Id> ids = selectedIds();
    if (ids.isEmpty() || !isEditable())
        return;
    if (!document()->deleteFlows(ids))
        emit editRejected(document()->errorString());
    else
        emit statusMessage(tr("Deleted %n flow(s).", nullptr, int(ids.size())));
}

void FlowsPanel::pasteFlows()
{
    if (!isEditable())
        return;
    const ImportResult result = parsePastedFlows(QGuiApplication::clipboard()->text());
    const int count = int(result.flows.size());
    if (!result.messages.isEmpty() || count == 0) {
        QStringList lines;
        for (const ImportMessage &message : result.messages)
            lines.append(describe(message));
        QMessageBox box(this);
        box.setObjectName(u"pasteMessages"_s);
        box.setWindowTitle(tr("Paste Flows"));
        box.setIcon(QMessageBox::Warning);
        if (count == 0) {
            box.setText(tr("The clipboard holds no flows to paste. Copy rows with the columns "
                           "Source, Destination, Protocol, Ports and Purpose, or with a header "
                           "row naming them."));
            box.setStandardButtons(QMessageBox::Ok);
        } else {
            box.setText(tr("%n flow(s) can be pasted; some rows cannot:", nullptr, count));
            box.setStandardButtons(QMessageBox::Ok | QMessageBox::Cancel);
            box.button(QMessageBox::Ok)->setText(tr("Paste %n Flow(s)", nullptr, count));
        }
        box.setInformativeText(
            lines.mid(0, messagesShown).join(u'\n')
            + (lines.size() > messagesShown
                   ? u"\n"_s + tr("… and %n more.", nullptr, int(lines.size()) - messagesShown)
                   : QString()));
        if (lines.size() > messagesShown)
            box.setDetailedText(lines.join(u'\n'));
        if (box.exec() != QMessageBox::Ok || count == 0)
            return;
    }
    ImportSummary summary;
    if (!document()->importFlows({ result }, tr("Paste %n flow(s)", nullptr, count), &summary)) {
        emit editRejected(document()->errorString());
        return;
    }
    selectIds(document()->lastImportedFlows());
    QString status = tr("Pasted %n flow(s).", nullptr, summary.flowsAdded);
    if (summary.componentsAdded > 0)
        status += u' ' + tr("%n new component(s).", nullptr, summary.componentsAdded);
    if (summary.flowsAlreadyPresent > 0)
        status += u' '
            + tr("%n flow(s) were already in the project.", nullptr, summary.flowsAlreadyPresent);
    emit statusMessage(status);
}

} // namespace Portolan
