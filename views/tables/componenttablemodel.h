#pragma once
// The components of a project as a table: name, kind, zone, flow count.

#include "project/snapshot.h"

#include <QAbstractTableModel>

namespace Portolan {

class ComponentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, ZoneColumn, FlowsColumn, ColumnCount };

    explicit ComponentTableModel(QObject *parent = nullptr);

    void setProject(const ProjectSnapshot &project);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ProjectSnapshot m_project;
    QHash<Id, int> m_flowCounts;
};

} // namespace Portolan
