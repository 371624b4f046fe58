#include "importpreviewmodel.h"

#include <QFont>

namespace Portolan {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportPreviewModel::setFlows(const QList<PreviewFlow> &flows)
{
    beginResetModel();
    m_flows = flows;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ImportPreviewModel::isNew(const PreviewFlow &flow, int column) const
{
    switch (column) {
    case ProductColumn:
        return flow.newProduct;
    case SourceColumn:
        return flow.newSource;
    case DestinationColumn:
        return flow.newDestination;
    default:
        return false;
    }
}

QVariant ImportPreviewModel::text(const PreviewFlow &flow, int column) const
{
    switch (column) {
    case ProductColumn:
        return flow.product;
    case SourceColumn:
        return flow.source;
    case DestinationColumn:
        return flow.destination;
    case ProtocolColumn:
        return transportName(flow.protocol);
    case PortsColumn:
        return flow.ports.toString();
    case PurposeColumn:
        return flow.purpose;
    default:
        return {};
    }
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_flows.size())
        return {};
    const PreviewFlow &flow = m_flows.at(index.row());
    const bool created = isNew(flow, index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(flow, index.column());
    case Qt::ToolTipRole:
        if (!created)
            return text(flow, index.column());
        return index.column() == ProductColumn
            ? tr("New product “%1”: the import creates it.").arg(flow.product)
            : tr("New component “%1”: the import creates it.")
                  .arg(text(flow, index.column()).toString());
    case Qt::FontRole:
        if (created) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IsNewRole:
        return created;
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return FlowTableModel::columnTitle(section);
}

} // namespace Portolan
