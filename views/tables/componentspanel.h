#pragma once
// The Components table of the workspace: every component with its kind,
// zone and number of flows, edited in place, filtered, copied; deleting
// asks what becomes of the flows (see ComponentDeletion).

#include "tablepanel.h"

namespace Portolan {

class ComponentTableModel;

class ComponentsPanel : public TablePanel
{
    Q_OBJECT
public:
    explicit ComponentsPanel(QWidget *parent = nullptr);

    ComponentTableModel *model() const;
    QAction *newComponentAction() const { return m_newComponentAction; }

    // Adds "New component N" (a name not yet taken), selects it and starts
    // editing its name. Returns its id, 0 on failure.
    Id addComponent();

protected:
    void deleteSelected() override;
    void updateActions() override;

private:
    QString freeName() const;

    QAction *m_newComponentAction = nullptr;
};

} // namespace Portolan
