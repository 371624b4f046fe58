#include "addressplan.h"

#include "addressvalue.h"
#include "allocation.h"
#include "domain/names.h"
#include "io/csv.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::AddressPlan", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString environmentName(const ProjectStore &store, Id environment)
{
    for (const Environment &candidate : store.environments()) {
        if (candidate.id == environment)
            return candidate.name;
    }
    return QString::number(environment);
}

// Binds one parsed value; does nothing when the component already has it.
bool bindValue(ProjectStore &store, Id environment, Id component, const AddressValue &value,
               bool *added, QString *error)
{
    *added = false;
    for (const Address &existing : store.addresses(component)) {
        if (existing.environmentId == environment && existing.value == value.toString())
            return true;
    }
    Address address;
    address.environmentId = environment;
    address.componentId = component;
    address.kind = addressKindName(value.kind());
    address.value = value.toString();
    if (!store.addAddress(address))
        return fail(error, store.errorString());
    *added = true;
    return true;
}

// The IP values of an environment that occupy space, with their components.
struct UsedValue
{
    Id component = 0;
    AddressValue value;
};

QList<UsedValue> usedValues(const ProjectStore &store, Id environment)
{
    QList<UsedValue> used;
    for (const Address &address : store.environmentAddresses(environment)) {
        const auto value = AddressValue::parse(address.value);
        if (value && value->isIp())
            used.append({ address.componentId, *value });
    }
    for (const ZonePrefix &prefix : store.environmentPrefixes(environment)) {
        if (const auto gateway = AddressValue::parse(prefix.gateway); gateway && gateway->isIp())
            used.append({ 0, *gateway });
    }
    return used;
}

// The prefixes of `zone` in the environment, or of its nearest ancestor that
// has some; sets *owner to the zone they belong to.
QList<ZonePrefix> zonePrefixesUpwards(const ProjectStore &store, Id environment, Id zone, Id *owner)
{
    QSet<Id> seen; // a damaged file could hold a cycle of parents
    for (Id current = zone; current != 0 && !seen.contains(current);) {
        seen.insert(current);
        QList<ZonePrefix> prefixes;
        for (const ZonePrefix &prefix : store.zonePrefixes(current)) {
            if (prefix.environmentId == environment)
                prefixes.append(prefix);
        }
        if (!prefixes.isEmpty()) {
            *owner = current;
            return prefixes;
        }
        const auto record = store.zone(current);
        current = record ? record->parentId : 0;
    }
    return {};
}

// The address to allocate from `prefix` for `component`, or nullopt when the
// prefix has no room for it.
std::optional<AddressValue> allocateFrom(const ZonePrefix &prefix, const Component &component,
                                         const QList<UsedValue> &used)
{
    const auto cidr = AddressValue::parse(prefix.cidr);
    if (!cidr || cidr->kind() != AddressKind::Cidr)
        return std::nullopt;
    if (component.kind == ComponentKind::Network) {
        for (const UsedValue &other : used) {
            if (other.component != component.id && other.value.overlaps(*cidr))
                return std::nullopt;
        }
        return cidr;
    }
    QList<AddressValue> taken;
    for (const UsedValue &other : used) {
        // A value spanning the whole prefix names the network; it takes no room.
        if (!(other.value.kind() == AddressKind::Cidr && other.value.contains(*cidr)))
            taken.append(other.value);
    }
    std::optional<QHostAddress> gateway;
    if (const auto value = AddressValue::parse(prefix.gateway); value && value->isIp())
        gateway = value->first();
    const auto next = nextFreeAddress(*cidr, taken, gateway);
    if (!next)
        return std::nullopt;
    return AddressValue::fromAddress(*next);
}

} // namespace

Id ensureEnvironment(ProjectStore &store, const QString &name, QString *error)
{
    if (const auto existing = store.findEnvironment(name))
        return existing->id;
    ProjectStore::Transaction transaction(store);
    const Id id = store.addEnvironment({ 0, cleanName(name) });
    if (id == 0 || !transaction.commit()) {
        fail(error, store.errorString());
        return 0;
    }
    return id;
}

bool setZonePrefix(ProjectStore &store, Id environment, Id zone, const QString &cidr,
                   std::optional<int> vlan, const QString &gateway, QString *error)
{
    QString reason;
    const auto prefix = AddressValue::parse(cidr, &reason);
    if (!prefix)
        return fail(error, reason);
    if (prefix->kind() != AddressKind::Cidr)
        return fail(error,
                    tr("%1 is not a prefix; write it as network/length, such as "
                       "10.0.1.0/24")
                        .arg(prefix->toString()));
    if (vlan && (*vlan < 1 || *vlan > 4094))
        return fail(error, tr("VLAN %1 is out of range 1-4094").arg(*vlan));
    QString gatewayText;
    if (!gateway.trimmed().isEmpty()) {
        const auto value = AddressValue::parse(gateway, &reason);
        if (!value)
            return fail(error, reason);
        if (value->kind() != AddressKind::Ipv4 && value->kind() != AddressKind::Ipv6)
            return fail(error,
                        tr("the gateway %1 is not a single IP address").arg(value->toString()));
        if (!prefix->contains(*value))
            return fail(
                error,
                tr("the gateway %1 is not inside %2").arg(value->toString(), prefix->toString()));
        gatewayText = value->toString();
    }
    const auto zoneRecord = store.zone(zone);
    if (!zoneRecord)
        return fail(error, store.errorString());

    ZonePrefix row;
    for (const ZonePrefix &other : store.environmentPrefixes(environment)) {
        if (other.zoneId == zone && other.cidr == prefix->toString()) {
            row = other;
            continue;
        }
        const auto otherValue = AddressValue::parse(other.cidr);
        if (!otherValue || !otherValue->overlaps(*prefix))
            continue;
        const auto owner = store.zone(other.zoneId);
        return fail(error,
                    tr("%1 overlaps %2 of zone “%3” in %4")
                        .arg(prefix->toString(), other.cidr,
                             owner ? owner->name : QString::number(other.zoneId),
                             environmentName(store, environment)));
    }

    ProjectStore::Transaction transaction(store);
    // The store has no update for prefixes: replace the row, keeping its id.
    if (row.id != 0 && !store.removeZonePrefix(row.id))
        return fail(error, store.errorString());
    row.environmentId = environment;
    row.zoneId = zone;
    row.cidr = prefix->toString();
    row.vlan = vlan;
    row.gateway = gatewayText;
    if (!store.addZonePrefix(row) || !transaction.commit())
        return fail(error, store.errorString());
    return true;
}

bool assignAddress(ProjectStore &store, Id environment, Id component, const QString &text,
                   QString *error)
{
    QString reason;
    const auto value = AddressValue::parse(text, &reason);
    if (!value)
        return fail(error, reason);
    ProjectStore::Transaction transaction(store);
    bool added = false;
    if (!bindValue(store, environment, component, *value, &added, error))
        return false;
    if (!transaction.commit())
        return fail(error, store.errorString());
    return true;
}

std::optional<QString> assignNextFree(ProjectStore &store, Id environment, Id component,
                                      QString *error)
{
    const auto record = store.component(component);
    if (!record) {
        fail(error, store.errorString());
        return std::nullopt;
    }
    if (record->zoneId == 0) {
        fail(error, tr("component “%1” has no zone to take an address from").arg(record->name));
        return std::nullopt;
    }
    Id owner = 0;
    const QList<ZonePrefix> prefixes
        = zonePrefixesUpwards(store, environment, record->zoneId, &owner);
    const auto zone = store.zone(owner ? owner : record->zoneId);
    const QString zoneName = zone ? zone->name : QString();
    if (prefixes.isEmpty()) {
        fail(error,
             tr("zone “%1” has no prefix in %2; give it one with portolan prefix")
                 .arg(zoneName, environmentName(store, environment)));
        return std::nullopt;
    }
    const QList<UsedValue> used = usedValues(store, environment);
    QStringList tried;
    for (const ZonePrefix &prefix : prefixes) {
        const auto value = allocateFrom(prefix, *record, used);
        if (!value) {
            tried.append(prefix.cidr);
            continue;
        }
        ProjectStore::Transaction transaction(store);
        bool added = false;
        if (!bindValue(store, environment, component, *value, &added, error))
            return std::nullopt;
        if (!transaction.commit()) {
            fail(error, store.errorString());
            return std::nullopt;
        }
        return value->toString();
    }
    fail(error,
         record->kind == ComponentKind::Network
             ? tr("every prefix of zone “%1” in %2 is already in use (%3)")
                   .arg(zoneName, environmentName(store, environment), tried.join(u", "_s))
             : tr("zone “%1” has no free address left in %2 (%3)")
                   .arg(zoneName, environmentName(store, environment), tried.join(u", "_s)));
    return std::nullopt;
}

QList<PlanRow> addressPlan(const ProjectStore &store, Id environment)
{
    QHash<Id, QString> zoneNames;
    for (const Zone &zone : store.zones())
        zoneNames.insert(zone.id, zone.name);
    QHash<Id, QList<Address>> byComponent;
    for (const Address &address : store.environmentAddresses(environment))
        byComponent[address.componentId].append(address);
    QList<PlanRow> rows;
    for (const Component &component : store.components()) {
        for (const Address &address : byComponent.value(component.id))
            rows.append(
                { component.name, address.value, address.kind, zoneNames.value(component.zoneId) });
    }
    return rows;
}

QString addressPlanCsv(const ProjectStore &store, Id environment)
{
    QString out = csvLine({ u"component"_s, u"address"_s, u"kind"_s, u"zone"_s });
    for (const PlanRow &row : addressPlan(store, environment))
        out += csvLine({ row.component, row.address, row.kind, row.zone });
    return out;
}

bool loadPlan(ProjectStore &store, Id environment, const QString &csvText, QStringList *messages,
              QString *error)
{
    const CsvTable table = readCsv(csvText);
    if (!table.error.isEmpty())
        return fail(error, tr("line %1: %2").arg(table.errorLine).arg(table.error));
    if (table.records.isEmpty())
        return fail(error, tr("the plan is empty; it needs the header component,address"));
    const CsvRecord &header = table.records.first();
    qsizetype componentColumn = -1;
    qsizetype addressColumn = -1;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (name == u"component"_s && componentColumn < 0)
            componentColumn = i;
        else if (name == u"address"_s && addressColumn < 0)
            addressColumn = i;
    }
    if (componentColumn < 0 || addressColumn < 0)
        return fail(error,
                    tr("line %1: the plan needs the header component,address").arg(header.line));

    ProjectStore::Transaction transaction(store);
    QStringList notes;
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        const CsvRecord &record = table.records.at(i);
        const QString name = record.fields.value(componentColumn).trimmed();
        const QString text = record.fields.value(addressColumn).trimmed();
        if (name.isEmpty() && text.isEmpty())
            continue; // a blank line
        const auto component = store.findComponent(name);
        if (!component)
            return fail(error,
                        tr("line %1: there is no component named “%2”").arg(record.line).arg(name));
        QString reason;
        const auto value = AddressValue::parse(text, &reason);
        if (!value)
            return fail(error,
                        tr("line %1: %2")
                            .arg(record.line)
                            .arg(text.isEmpty() ? tr("no address given") : reason));
        bool added = false;
        if (!bindValue(store, environment, component->id, *value, &added, &reason))
            return fail(error, tr("line %1: %2").arg(record.line).arg(reason));
        if (!added)
            notes.append(tr("line %1: %2 already has %3")
                             .arg(record.line)
                             .arg(component->name, value->toString()));
    }
    if (!transaction.commit())
        return fail(error, store.errorString());
    if (messages)
        messages->append(notes);
    return true;
}

} // namespace Portolan
