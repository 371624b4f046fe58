#include "flowtablemodel.h"

#include "common/plaintext.h"
#include "domain/names.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace Portolan {

FlowTableModel::FlowTableModel(QObject *parent)
    : RecordTableModel(parent)
{ }

QString FlowTableModel::noProductText()
{
    return tr("(none)");
}

QString FlowTableModel::portsProblem(const QString &text, Transport transport, PortSet *ports)
{
    QString error;
    const std::optional<PortSet> parsed = PortSet::parse(text, &error);
    if (!parsed)
        return error;
    if (!transportHasPorts(transport) && !parsed->isEmpty())
        return tr("%1 flows have no ports; leave the cell empty").arg(transportName(transport));
    if (ports)
        *ports = *parsed;
    return {};
}

QList<Id> FlowTableModel::currentIds() const
{
    QList<Id> ids;
    ids.reserve(project().flows.size());
    for (const Flow &flow : project().flows)
        ids.append(flow.id);
    return ids;
}

void FlowTableModel::refresh(const DocumentChange &change)
{
    emitDataChanged(change.flows.updated, 0, ColumnCount - 1);
    // Names and colours of other records shown in flow rows.
    QList<Id> renamedEnds;
    QList<Id> productChanged;
    for (const Flow &flow : project().flows) {
        if (change.components.updated.contains(flow.sourceId)
            || change.components.updated.contains(flow.destinationId))
            renamedEnds.append(flow.id);
        if (flow.productId && change.products.updated.contains(flow.productId))
            productChanged.append(flow.id);
    }
    emitDataChanged(renamedEnds, SourceColumn, DestinationColumn);
    emitDataChanged(productChanged, ProductColumn, ProductColumn);
}

int FlowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlowTableModel::data(const QModelIndex &index, int role) const
{
    const Flow *flow = index.isValid() ? project().flow(idAt(index.row())) : nullptr;
    if (!flow)
        return {};
    switch (role) {
    case IdRole:
        return flow->id;
    case ChoicesRole:
        return choices(index.column());
    case Qt::DecorationRole:
        if (index.column() == ProductColumn) {
            if (const Product *product = project().product(flow->productId))
                return QColor::fromString(product->color);
        }
        return {};
    case Qt::CheckStateRole:
        if (index.column() == OptionalColumn)
            return flow->optional ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text(*flow, index.column(), role);
    case Qt::ToolTipRole:
        return plainForAutoText(text(*flow, index.column(), role).toString());
    default:
        return {};
    }
}

QVariant FlowTableModel::text(const Flow &flow, int column, int role) const
{
    switch (column) {
    case ProductColumn:
        if (role == Qt::EditRole && !flow.productId)
            return noProductText();
        return project().productName(flow.productId);
    case SourceColumn:
        return project().componentName(flow.sourceId);
    case DestinationColumn:
        return project().componentName(flow.destinationId);
    case ProtocolColumn:
        return transportName(flow.protocol);
    case PortsColumn:
        return flow.ports.toString();
    case PurposeColumn:
        return flow.purpose;
    case OptionalColumn:
        return role == Qt::ToolTipRole ? QVariant(tr("Optional: the platform works without it"))
                                       : QVariant();
    case NotesColumn:
        return flow.notes;
    default:
        return {};
    }
}

QVariant FlowTableModel::choices(int column) const
{
    QStringList names;
    switch (column) {
    case ProductColumn:
        names.append(noProductText());
        for (const Product &product : project().products)
            names.append(product.name);
        return names;
    case SourceColumn:
    case DestinationColumn:
        for (const Component &component : project().components)
            names.append(component.name);
        return names;
    case ProtocolColumn:
        for (Transport transport : allTransports())
            names.append(transportName(transport));
        return names;
    default:
        return {};
    }
}

QString FlowTableModel::columnTitle(int column)
{
    switch (column) {
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
    case OptionalColumn:
        return tr("Optional");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

QVariant FlowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

Qt::ItemFlags FlowTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || !isEditable())
        return flags;
    if (index.column() == OptionalColumn)
        return flags | Qt::ItemIsUserCheckable;
    return flags | Qt::ItemIsEditable;
}

bool FlowTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Flow *flow = index.isValid() ? project().flow(idAt(index.row())) : nullptr;
    if (!flow)
        return false;
    if (!isEditable())
        return reject(document() ? document()->readOnlyReason() : QString());
    std::optional<Flow> after;
    if (index.column() == OptionalColumn && role == Qt::CheckStateRole) {
        after = *flow;
        after->optional = value.toInt() == Qt::Checked;
    } else if (index.column() != OptionalColumn && role == Qt::EditRole) {
        after = edited(*flow, index.column(), value.toString());
        if (!after)
            return false;
    } else {
        return false;
    }
    if (*after == *flow)
        return true;
    return check(document()->updateFlow(*after));
}

std::optional<Flow> FlowTableModel::edited(const Flow &flow, int column, const QString &text)
{
    Flow after = flow;
    const QString name = cleanName(text);
    const auto findComponent = [&]() -> Id {
        for (const Component &component : project().components) {
            if (sameName(component.name, name))
                return component.id;
        }
        reject(name.isEmpty() ? tr("A flow needs a source and a destination.")
                              : tr("There is no component “%1”.").arg(name));
        return 0;
    };
    switch (column) {
    case ProductColumn:
        after.productId = 0;
        if (!name.isEmpty() && text != noProductText()) {
            for (const Product &product : project().products) {
                if (sameName(product.name, name))
                    after.productId = product.id;
            }
            if (!after.productId) {
                reject(tr("There is no product “%1”.").arg(name));
                return std::nullopt;
            }
        }
        break;
    case SourceColumn:
    case DestinationColumn:
        (column == SourceColumn ? after.sourceId : after.destinationId) = findComponent();
        if (!after.sourceId || !after.destinationId)
            return std::nullopt;
        break;
    case ProtocolColumn: {
        const std::optional<Transport> transport = transportFromName(text);
        if (!transport) {
            reject(tr("“%1” is not a protocol; choose one of %2.")
                       .arg(text.trimmed(), choices(ProtocolColumn).toStringList().join(u", "_s)));
            return std::nullopt;
        }
        after.protocol = *transport;
        // ICMP, ESP, GRE and ANY flows carry no ports: they go with the change.
        if (!transportHasPorts(after.protocol))
            after.ports = PortSet();
        break;
    }
    case PortsColumn:
        if (const QString problem = portsProblem(text, flow.protocol, &after.ports);
            !problem.isEmpty()) {
            reject(tr("Ports not changed: %1.").arg(problem));
            return std::nullopt;
        }
        break;
    case PurposeColumn:
        after.purpose = text.trimmed();
        break;
    case NotesColumn:
        after.notes = text;
        break;
    default:
        return std::nullopt;
    }
    return after;
}

} // namespace Portolan
