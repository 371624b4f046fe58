#include "flowtablemodel.h"

#include <QColor>

namespace Portolan {

FlowTableModel::FlowTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void FlowTableModel::setProject(const ProjectSnapshot &project)
{
    beginResetModel();
    m_project = project;
    endResetModel();
}

int FlowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_project.flows.size());
}

int FlowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlowTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_project.flows.size())
        return {};
    const Flow &flow = m_project.flows.at(index.row());
    if (role == Qt::DecorationRole && index.column() == ProductColumn) {
        if (const Product *product = m_project.product(flow.productId))
            return QColor::fromString(product->color);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ProductColumn:
        return m_project.productName(flow.productId);
    case SourceColumn:
        return m_project.componentName(flow.sourceId);
    case DestinationColumn:
        return m_project.componentName(flow.destinationId);
    case ProtocolColumn:
        return transportName(flow.protocol);
    case PortsColumn:
        return flow.ports.toString();
    case PurposeColumn:
        return flow.purpose;
    case NotesColumn:
        return flow.notes;
    default:
        return {};
    }
}

QVariant FlowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProductColumn:
        return tr("Product");
    case SourceColumn:
        return tr("Source");
    case DestinationColumn:
        return tr("Destination");
    case ProtocolColumn:
        return tr("Protocol");
    case PortsColumn:
        return tr("Ports");
    case PurposeColumn:
        return tr("Purpose");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace Portolan
