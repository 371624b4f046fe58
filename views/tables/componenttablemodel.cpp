#include "componenttablemodel.h"

namespace Portolan {

ComponentTableModel::ComponentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ComponentTableModel::setProject(const ProjectSnapshot &project)
{
    beginResetModel();
    m_project = project;
    m_flowCounts.clear();
    for (const Flow &flow : std::as_const(m_project.flows)) {
        ++m_flowCounts[flow.sourceId];
        if (flow.destinationId != flow.sourceId)
            ++m_flowCounts[flow.destinationId];
    }
    endResetModel();
}

int ComponentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_project.components.size());
}

int ComponentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComponentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_project.components.size())
        return {};
    const Component &component = m_project.components.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == FlowsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return component.name;
    case KindColumn:
        return componentKindName(component.kind);
    case ZoneColumn:
        return m_project.zoneName(component.zoneId);
    case FlowsColumn:
        return m_flowCounts.value(component.id);
    default:
        return {};
    }
}

QVariant ComponentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case ZoneColumn:
        return tr("Zone");
    case FlowsColumn:
        return tr("Flows");
    default:
        return {};
    }
}

} // namespace Portolan
