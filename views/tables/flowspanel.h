#pragma once
// The Flows table of the workspace: every flow of the project, edited in
// place with checked editors, filtered, copied to and pasted from
// spreadsheets, deleted several at a time as one undo step.

#include "tablepanel.h"

namespace Portolan {

class FlowTableModel;

class FlowsPanel : public TablePanel
{
    Q_OBJECT
public:
    explicit FlowsPanel(QWidget *parent = nullptr);

    FlowTableModel *model() const;
    QAction *pasteAction() const { return m_pasteAction; }
    // Triggers newFlowRequested(): adding a flow needs a dialog the window owns.
    QAction *newFlowAction() const { return m_newFlowAction; }

    // Adds the flows in the clipboard's rows (from a spreadsheet, or copied
    // here) as one undo step, creating the components they name, after
    // showing what cannot be pasted and letting the user cancel; then
    // selects them.
    void pasteFlows();

signals:
    void newFlowRequested();

protected:
    void deleteSelected() override;
    void updateActions() override;

private:
    QAction *m_pasteAction = nullptr;
    QAction *m_newFlowAction = nullptr;
};

} // namespace Portolan
