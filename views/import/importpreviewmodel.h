#pragma once
// The flows an import would add, as a read-only table for the import
// preview: product, source, destination, protocol, ports, purpose, optional
// and the line each comes from. Products and components the import would
// create are shown in bold; a line with warnings has a warning icon and
// gives them as its tool tip.

#include "importpreview.h"

#include "tables/flowtablemodel.h"

#include <QAbstractTableModel>

namespace Portolan {

class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The first columns of the flows table, in its order.
    enum Column {
        ProductColumn = FlowTableModel::ProductColumn,
        SourceColumn = FlowTableModel::SourceColumn,
        DestinationColumn = FlowTableModel::DestinationColumn,
        ProtocolColumn = FlowTableModel::ProtocolColumn,
        PortsColumn = FlowTableModel::PortsColumn,
        PurposeColumn = FlowTableModel::PurposeColumn,
        OptionalColumn = FlowTableModel::OptionalColumn,
        LineColumn,
        ColumnCount
    };
    // True on a cell naming a product or component that would be created.
    static constexpr int IsNewRole = Qt::UserRole + 1;

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setFlows(const QList<PreviewFlow> &flows);
    // The rows of the flows made from `line` of `origin`.
    QList<int> rowsFrom(const QString &origin, int line) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool isNew(const PreviewFlow &flow, int column) const;
    QVariant text(const PreviewFlow &flow, int column) const;
    QVariant toolTip(const PreviewFlow &flow, int column) const;

    QList<PreviewFlow> m_flows;
};

} // namespace Portolan
