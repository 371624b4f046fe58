#include "importpreviewmodel.h"

#include "common/plaintext.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QStyle>

using namespace Qt::StringLiterals;

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
    case LineColumn:
        return flow.line > 0 ? u"%1:%2"_s.arg(QFileInfo(flow.origin).fileName()).arg(flow.line)
                             : QString();
    default:
        return {};
    }
}

QVariant ImportPreviewModel::toolTip(const PreviewFlow &flow, int column) const
{
    if (isNew(flow, column)) {
        return column == ProductColumn
            ? tr("New product “%1”: the import creates it.").arg(flow.product)
            : tr("New component “%1”: the import creates it.").arg(text(flow, column).toString());
    }
    switch (column) {
    case OptionalColumn:
        return flow.optional ? tr("Optional: the table marks it “(optional)”.") : QVariant();
    case LineColumn: {
        QString tip = u"%1:%2"_s.arg(QDir::toNativeSeparators(flow.origin)).arg(flow.line);
        for (const QString &warning : flow.warnings)
            tip += u"\n"_s + tr("Warning: %1").arg(warning);
        return tip;
    }
    default:
        return text(flow, column);
    }
}

QList<int> ImportPreviewModel::rowsFrom(const QString &origin, int line) const
{
    QList<int> rows;
    for (int row = 0; row < m_flows.size(); ++row) {
        if (m_flows[row].line == line && m_flows[row].origin == origin)
            rows.append(row);
    }
    return rows;
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
        return plainForAutoText(toolTip(flow, index.column()).toString());
    case Qt::CheckStateRole:
        if (index.column() == OptionalColumn)
            return flow.optional ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DecorationRole:
        if (index.column() == LineColumn && !flow.warnings.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
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
    if (section == LineColumn)
        return tr("Line");
    return FlowTableModel::columnTitle(section);
}

} // namespace Portolan
