#include "addressplanmodel.h"

#include "addressing/addressedits.h"
#include "common/plaintext.h"

#include <QApplication>
#include <QBrush>
#include <QPalette>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Portolan {

AddressPlanModel::AddressPlanModel(QObject *parent)
    : RecordTableModel(parent)
{ }

void AddressPlanModel::setEnvironment(Id environment)
{
    if (environment == m_environment)
        return;
    m_environment = environment;
    revalidate();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<Id> AddressPlanModel::currentIds() const
{
    QList<Id> ids;
    ids.reserve(project().components.size());
    for (const Component &component : project().components)
        ids.append(component.id);
    return ids;
}

void AddressPlanModel::reload()
{
    revalidate();
}

void AddressPlanModel::refresh(const DocumentChange &change)
{
    // Any of these may change a status anywhere (a duplicate, a flow end).
    if (change.components.isEmpty() && change.zones.isEmpty() && change.flows.isEmpty()
        && change.addresses.isEmpty() && change.zonePrefixes.isEmpty()
        && change.environments.isEmpty())
        return;
    revalidate();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AddressPlanModel::revalidate()
{
    m_addresses
        = m_environment ? project().addressesIn(m_environment) : QHash<Id, QList<Address>>();
    m_findings
        = m_environment ? validateAddresses(project(), m_environment) : QList<AddressFinding>();
    m_findingsOf.clear();
    for (int i = 0; i < m_findings.size(); ++i) {
        for (const Id id : m_findings.at(i).components)
            m_findingsOf[id].append(i);
    }
    emit findingsChanged();
}

AddressPlanModel::Status AddressPlanModel::status(Id component) const
{
    const QList<int> found = m_findingsOf.value(component);
    for (const int i : found) {
        if (m_findings.at(i).severity == AddressFinding::Severity::Error)
            return Error;
    }
    if (!found.isEmpty())
        return Warning;
    return m_addresses.value(component).isEmpty() ? Unaddressed : Fine;
}

int AddressPlanModel::addressedCount() const
{
    int count = 0;
    for (auto it = m_addresses.cbegin(); it != m_addresses.cend(); ++it)
        count += (!it.value().isEmpty() && project().component(it.key())) ? 1 : 0;
    return count;
}

int AddressPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AddressPlanModel::statusData(Id component, int role) const
{
    const Status state = status(component);
    const QList<int> found = m_findingsOf.value(component);
    switch (role) {
    case Qt::DisplayRole:
        if (state == Unaddressed)
            return tr("No address");
        if (state == Fine)
            return tr("OK");
        return found.size() == 1 ? m_findings.at(found.first()).message
                                 : tr("%1 (and %n more)", nullptr, int(found.size() - 1))
                                       .arg(m_findings.at(found.first()).message);
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const int i : found) {
            const bool error = m_findings.at(i).severity == AddressFinding::Severity::Error;
            lines.append(
                (error ? tr("Error: %1") : tr("Warning: %1")).arg(m_findings.at(i).message));
        }
        return lines.isEmpty() ? QVariant() : QVariant(plainForAutoText(lines.join(u'\n')));
    }
    case Qt::DecorationRole:
        if (state == Error)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (state == Warning)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ForegroundRole:
        if (state == Unaddressed)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant AddressPlanModel::data(const QModelIndex &index, int role) const
{
    const Component *component = index.isValid() ? project().component(idAt(index.row())) : nullptr;
    if (!component)
        return {};
    if (role == IdRole)
        return component->id;
    if (role == StatusRole)
        return int(status(component->id));
    const QList<Address> addresses = m_addresses.value(component->id);
    switch (index.column()) {
    case ComponentColumn:
        return role == Qt::DisplayRole ? QVariant(component->name) : QVariant();
    case KindColumn:
        return role == Qt::DisplayRole ? QVariant(componentKindLabel(component->kind)) : QVariant();
    case ZoneColumn:
        return role == Qt::DisplayRole ? QVariant(project().zoneName(component->zoneId))
                                       : QVariant();
    case AddressesColumn: {
        QStringList values;
        for (const Address &address : addresses)
            values.append(address.value);
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return values.join(u", "_s);
        if (role == Qt::ToolTipRole) {
            QStringList lines;
            for (const Address &address : addresses)
                lines.append(u"%1 (%2)"_s.arg(address.value, address.kind));
            return lines.isEmpty() ? tr("No address in this environment; double-click to type "
                                        "one, or allocate the next free one")
                                   : plainForAutoText(lines.join(u'\n'));
        }
        return {};
    }
    case StatusColumn:
        return statusData(component->id, role);
    default:
        return {};
    }
}

QVariant AddressPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ComponentColumn:
        return tr("Component");
    case KindColumn:
        return tr("Kind");
    case ZoneColumn:
        return tr("Zone");
    case AddressesColumn:
        return tr("Addresses");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags AddressPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = RecordTableModel::flags(index);
    if (index.column() == AddressesColumn && isEditable() && m_environment)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool AddressPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != AddressesColumn || !m_environment)
        return false;
    const Id component = idAt(index.row());
    if (!component)
        return false;
    return check(document()->setComponentAddresses(m_environment, component,
                                                   splitAddressList(value.toString())));
}

} // namespace Portolan
