#include "componentspanel.h"

#include "choicedelegate.h"
#include "componenttablemodel.h"
#include "dialogs/componentdeletion.h"
#include "domain/names.h"

#include <QAction>
#include <QLineEdit>
#include <QSet>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Portolan {

ComponentsPanel::ComponentsPanel(QWidget *parent)
    : TablePanel(new ComponentTableModel, ProjectSelection::Kind::Components, parent)
{
    setObjectName(u"componentsPanel"_s);
    table()->setObjectName(u"componentTable"_s);
    auto *choices = new ChoiceDelegate(this);
    table()->setItemDelegateForColumn(ComponentTableModel::KindColumn, choices);
    table()->setItemDelegateForColumn(ComponentTableModel::ZoneColumn, choices);

    m_newComponentAction = addTableAction(tr("&New Component"), QKeySequence(),
                                          u"newComponentAction"_s, copyAction());
    connect(m_newComponentAction, &QAction::triggered, this, &ComponentsPanel::addComponent);
    updateActions();
}

ComponentTableModel *ComponentsPanel::model() const
{
    return static_cast<ComponentTableModel *>(recordModel());
}

void ComponentsPanel::updateActions()
{
    TablePanel::updateActions();
    if (m_newComponentAction)
        m_newComponentAction->setEnabled(isEditable());
}

void ComponentsPanel::deleteSelected()
{
    const QList<Id> ids = selectedIds();
    if (!ids.isEmpty() && isEditable())
        deleteComponentsAsking(this, document(), ids);
}

QString ComponentsPanel::freeName() const
{
    return uniqueName(namesOf(document()->project().components),
                      [](int n) { return tr("New component %1").arg(n); });
}

Id ComponentsPanel::addComponent()
{
    if (!isEditable())
        return 0;
    Component component;
    component.name = freeName();
    const Id id = document()->addComponent(component);
    if (!id) {
        emit editRejected(document()->errorString());
        return 0;
    }
    if (!viewIndex(id).isValid())
        filterEdit()->clear(); // the filter would hide it
    selectIds({ id });
    const QModelIndex name = viewIndex(id, ComponentTableModel::NameColumn);
    table()->setFocus();
    table()->setCurrentIndex(name);
    table()->edit(name);
    return id;
}

} // namespace Portolan
