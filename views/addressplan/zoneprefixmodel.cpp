#include "zoneprefixmodel.h"

#include "addressing/addressvalue.h"

#include <QCollator>

using namespace Qt::StringLiterals;

namespace Portolan {

ZonePrefixModel::ZonePrefixModel(QObject *parent)
    : RecordTableModel(parent)
{ }

void ZonePrefixModel::setEnvironment(Id environment)
{
    if (environment == m_environment)
        return;
    m_environment = environment;
    resetRows();
}

QList<Id> ZonePrefixModel::currentIds() const
{
    QList<Id> ids;
    for (const ZonePrefix &prefix : project().zonePrefixes) {
        if (m_environment && prefix.environmentId == m_environment)
            ids.append(prefix.id);
    }
    return ids;
}

void ZonePrefixModel::reload()
{
    countUsed();
}

void ZonePrefixModel::refresh(const DocumentChange &change)
{
    emitDataChanged(change.zonePrefixes.updated, 0, ColumnCount - 1);
    if (!change.zones.isEmpty())
        emitDataChanged(currentIds(), ZoneColumn, ZoneColumn);
    if (!change.addresses.isEmpty() || !change.zonePrefixes.isEmpty()) {
        countUsed();
        emitDataChanged(currentIds(), UsedColumn, UsedColumn);
    }
}

void ZonePrefixModel::countUsed()
{
    m_used.clear();
    QList<QPair<Id, AddressValue>> prefixes;
    for (const ZonePrefix &prefix : project().zonePrefixes) {
        if (prefix.environmentId != m_environment)
            continue;
        if (const auto value = AddressValue::parse(prefix.cidr))
            prefixes.append({ prefix.id, *value });
    }
    if (prefixes.isEmpty())
        return;
    for (const Address &address : project().addresses) {
        if (address.environmentId != m_environment)
            continue;
        const auto value = AddressValue::parse(address.value);
        if (!value || !value->isIp())
            continue;
        for (const auto &[id, prefix] : std::as_const(prefixes)) {
            // The zone's own network bound to a component is not a use of it.
            if (prefix.contains(*value) && !(value->contains(prefix)))
                ++m_used[id];
        }
    }
}

int ZonePrefixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ZonePrefixModel::data(const QModelIndex &index, int role) const
{
    const ZonePrefix *prefix = index.isValid() ? project().zonePrefix(idAt(index.row())) : nullptr;
    if (!prefix)
        return {};
    if (role == IdRole)
        return prefix->id;
    if (role == ChoicesRole && index.column() == ZoneColumn) {
        QStringList names;
        for (const Zone &zone : project().zones)
            names.append(zone.name);
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(names.begin(), names.end(), collator);
        return names;
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == VlanColumn || index.column() == UsedColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == UsedColumn)
        return tr("Values bound in this environment that lie inside the prefix");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case ZoneColumn:
        return project().zoneName(prefix->zoneId);
    case PrefixColumn:
        return prefix->cidr;
    case VlanColumn:
        return prefix->vlan ? QVariant(QString::number(*prefix->vlan)) : QVariant(QString());
    case GatewayColumn:
        return prefix->gateway;
    case NameColumn:
        return prefix->name;
    case UsedColumn:
        return m_used.value(prefix->id);
    default:
        return {};
    }
}

QVariant ZonePrefixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ZoneColumn:
        return tr("Zone");
    case PrefixColumn:
        return tr("Prefix");
    case VlanColumn:
        return tr("VLAN");
    case GatewayColumn:
        return tr("Gateway");
    case NameColumn:
        return tr("Name");
    case UsedColumn:
        return tr("In use");
    default:
        return {};
    }
}

Qt::ItemFlags ZonePrefixModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = RecordTableModel::flags(index);
    if (index.column() != UsedColumn && isEditable())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ZonePrefixModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const ZonePrefix *current = index.isValid() ? project().zonePrefix(idAt(index.row())) : nullptr;
    if (role != Qt::EditRole || !current)
        return false;
    ZonePrefix edited = *current;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case ZoneColumn: {
        const auto zone = std::find_if(project().zones.cbegin(), project().zones.cend(),
                                       [&](const Zone &z) { return z.name == text; });
        if (zone == project().zones.cend())
            return reject(tr("There is no zone named “%1”.").arg(text));
        edited.zoneId = zone->id;
        break;
    }
    case PrefixColumn:
        edited.cidr = text;
        break;
    case VlanColumn:
        if (text.isEmpty()) {
            edited.vlan.reset();
        } else {
            bool ok = false;
            edited.vlan = text.toInt(&ok);
            if (!ok)
                return reject(tr("The VLAN must be a number 1-4094, not “%1”.").arg(text));
        }
        break;
    case GatewayColumn:
        edited.gateway = text;
        break;
    case NameColumn:
        edited.name = text;
        break;
    default:
        return false;
    }
    return check(document()->setZonePrefix(edited) != 0);
}

} // namespace Portolan
