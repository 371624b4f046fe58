#pragma once
// Keeps the components selected on the diagram and the rows selected in the
// components table the same, whichever side the user clicks.

#include "project/snapshot.h"

#include <QObject>

class QItemSelection;
class QSortFilterProxyModel;
class QTableView;

namespace Portolan {

class DiagramScene;

class ComponentSelectionSync : public QObject
{
    Q_OBJECT
public:
    // `table` shows the project's components in project order through `proxy`.
    ComponentSelectionSync(DiagramScene *scene, QTableView *table, QSortFilterProxyModel *proxy,
                           QObject *parent = nullptr);

    void setProject(const ProjectSnapshot &project);

private:
    void diagramToTable(const QList<Id> &ids);
    void tableToDiagram();

    DiagramScene *m_scene;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    QList<Id> m_ids; // component id of each source row
    bool m_syncing = false;
};

} // namespace Portolan
