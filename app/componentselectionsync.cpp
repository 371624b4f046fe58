#include "componentselectionsync.h"

#include "diagram/diagramscene.h"

#include <QItemSelectionModel>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace Portolan {

ComponentSelectionSync::ComponentSelectionSync(DiagramScene *scene, QTableView *table,
                                               QSortFilterProxyModel *proxy, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
    , m_table(table)
    , m_proxy(proxy)
{
    connect(m_scene, &DiagramScene::componentSelectionChanged, this,
            &ComponentSelectionSync::diagramToTable);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ComponentSelectionSync::tableToDiagram);
}

void ComponentSelectionSync::setProject(const ProjectSnapshot &project)
{
    m_ids.clear();
    for (const Component &component : project.components)
        m_ids << component.id;
    // The table was just reset: give it the diagram's selection again.
    diagramToTable(m_scene->selectedComponentIds());
}

void ComponentSelectionSync::diagramToTable(const QList<Id> &ids)
{
    if (m_syncing)
        return;
    m_syncing = true;
    QItemSelection selection;
    for (const Id id : ids) {
        const qsizetype row = m_ids.indexOf(id);
        if (row < 0)
            continue;
        const QModelIndex index
            = m_proxy->mapFromSource(m_proxy->sourceModel()->index(int(row), 0));
        if (index.isValid())
            selection.select(index, index);
    }
    m_table->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty())
        m_table->scrollTo(selection.indexes().first());
    m_syncing = false;
}

void ComponentSelectionSync::tableToDiagram()
{
    if (m_syncing)
        return;
    m_syncing = true;
    QList<Id> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0 && row < m_ids.size())
            ids << m_ids.at(row);
    }
    m_scene->selectComponents(ids);
    m_syncing = false;
}

} // namespace Portolan
