#pragma once
// The flows of a project as a table: product, source, destination,
// protocol, ports, purpose, notes. Read from a snapshot; sorting and
// filtering are left to a QSortFilterProxyModel.

#include "project/snapshot.h"

#include <QAbstractTableModel>

namespace Portolan {

class FlowTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        ProductColumn,
        SourceColumn,
        DestinationColumn,
        ProtocolColumn,
        PortsColumn,
        PurposeColumn,
        NotesColumn,
        ColumnCount
    };

    explicit FlowTableModel(QObject *parent = nullptr);

    void setProject(const ProjectSnapshot &project);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ProjectSnapshot m_project;
};

} // namespace Portolan
