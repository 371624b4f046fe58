// Next-free allocation for the address plan (declared in addressedits.h):
// what an environment already uses, where a component may take an address
// from, and the lowest free address or prefix there.

#include "addressedits.h"
#include "allocation.h"
#include "domain/translationcontexts.h"
#include "editsupport.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Portolan {

using namespace AddressEditSupport;

namespace {

// The IP values of an environment that take room, with their components
// (0 for gateways and zone prefixes).
struct UsedValue
{
    Id component = 0;
    Id zone = 0; // set for zone prefixes
    AddressValue value;
};

QList<UsedValue> usedValues(const ProjectSnapshot &project, Id environment)
{
    QList<UsedValue> used;
    for (const Address &address : project.addresses) {
        if (address.environmentId != environment)
            continue;
        const auto value = AddressValue::parse(address.value);
        if (value && value->isIp())
            used.append({ address.componentId, 0, *value });
    }
    for (const ZonePrefix &prefix : project.zonePrefixes) {
        if (prefix.environmentId != environment)
            continue;
        if (const auto gateway = AddressValue::parse(prefix.gateway); gateway && gateway->isIp())
            used.append({ 0, 0, *gateway });
        if (const auto cidr = AddressValue::parse(prefix.cidr); cidr && cidr->isIp())
            used.append({ 0, prefix.zoneId, *cidr });
    }
    return used;
}

// The prefixes of `zone` in the environment, or of its nearest ancestor that
// has some; sets *owner to the zone they belong to.
QList<ZonePrefix> prefixesUpwards(const ProjectSnapshot &project, Id environment, Id zone,
                                  Id *owner)
{
    QSet<Id> seen;
    for (Id current = zone; current != 0 && !seen.contains(current);) {
        seen.insert(current);
        const QList<ZonePrefix> prefixes = project.prefixesOf(current, environment);
        if (!prefixes.isEmpty()) {
            *owner = current;
            return prefixes;
        }
        const Zone *record = project.zone(current);
        current = record ? record->parentId : 0;
    }
    return {};
}

// The value to allocate from `prefix` for `component`, or nullopt when the
// prefix has no room for it.
std::optional<AddressValue> allocateFrom(const ZonePrefix &prefix, const Component &component,
                                         const QList<UsedValue> &used, int prefixLength)
{
    const auto cidr = AddressValue::parse(prefix.cidr);
    if (!cidr || cidr->kind() != AddressKind::Cidr)
        return std::nullopt;
    const bool network = component.kind == ComponentKind::Network;
    QList<AddressValue> taken;
    for (const UsedValue &other : used) {
        if (network && prefixLength == 0) {
            // The whole prefix: only another component's prefix or range in
            // it stands in the way; single addresses are its hosts.
            if (other.component != 0 && other.component != component.id
                && other.value.kind() != AddressKind::Ipv4
                && other.value.kind() != AddressKind::Ipv6 && other.value.overlaps(*cidr))
                return std::nullopt;
            continue;
        }
        // A value spanning the whole prefix (its zone's or a parent's
        // subnet, a network naming it) takes no room inside it.
        if (other.value.kind() == AddressKind::Cidr && other.value.contains(*cidr))
            continue;
        taken.append(other.value);
    }
    if (network && prefixLength == 0)
        return cidr;
    if (network)
        return nextFreePrefix(*cidr, prefixLength, taken);
    std::optional<QHostAddress> gateway;
    if (const auto value = AddressValue::parse(prefix.gateway); value && value->isIp())
        gateway = value->first();
    const auto next = nextFreeAddress(*cidr, taken, gateway);
    if (!next)
        return std::nullopt;
    return AddressValue::fromAddress(*next);
}

// One component's allocation; nullopt with *problem set when it gets nothing.
std::optional<AddressValue> allocateOne(const ProjectSnapshot &project, Id environment,
                                        const Component &component, const QList<UsedValue> &used,
                                        const AllocationOptions &options, QString *problem)
{
    if (component.zoneId == 0)
        return fail<AddressValue>(
            problem,
            AddressText::tr("“%1” has no zone to take an address from").arg(component.name));
    Id owner = 0;
    const QList<ZonePrefix> prefixes
        = prefixesUpwards(project, environment, component.zoneId, &owner);
    const QString zone = zoneName(project, owner ? owner : component.zoneId);
    const QString environmentText = environmentName(project, environment);
    if (prefixes.isEmpty())
        return fail<AddressValue>(problem,
                                  AddressText::tr("zone “%1” of “%2” has no prefix in %3")
                                      .arg(zone, component.name, environmentText));
    const bool network = component.kind == ComponentKind::Network;
    QStringList tried;
    for (const ZonePrefix &prefix : prefixes) {
        if (network && options.prefixLength > 0) {
            const auto cidr = AddressValue::parse(prefix.cidr);
            if (cidr && options.prefixLength < cidr->prefixLength())
                continue; // a /22 does not fit in a /24
        }
        if (const auto value = allocateFrom(prefix, component, used, options.prefixLength))
            return value;
        tried.append(prefix.cidr);
    }
    if (tried.isEmpty())
        return fail<AddressValue>(
            problem,
            AddressText::tr("no prefix of zone “%1” in %2 is large enough for a /%3")
                .arg(zone, environmentText)
                .arg(options.prefixLength));
    const QString where = tried.join(u", "_s);
    if (network && options.prefixLength == 0)
        return fail<AddressValue>(
            problem,
            AddressText::tr("every prefix of zone “%1” in %2 is already in use (%3)")
                .arg(zone, environmentText, where));
    if (network)
        return fail<AddressValue>(problem,
                                  AddressText::tr("zone “%1” has no free /%2 left in %3 (%4)")
                                      .arg(zone)
                                      .arg(options.prefixLength)
                                      .arg(environmentText, where));
    return fail<AddressValue>(problem,
                              AddressText::tr("zone “%1” has no free address left in %2 (%3)")
                                  .arg(zone, environmentText, where));
}

bool hasIpValue(const QList<Address> &addresses)
{
    for (const Address &address : addresses) {
        if (const auto value = AddressValue::parse(address.value); value && value->isIp())
            return true;
    }
    return false;
}

} // namespace

Allocation allocateNextFree(const ProjectSnapshot &project, Id environment,
                            const QList<Id> &components, const AllocationOptions &options)
{
    Allocation result;
    if (!project.environment(environment)) {
        result.problems.append(AddressText::tr("there is no environment %1").arg(environment));
        return result;
    }
    QList<UsedValue> used = usedValues(project, environment);
    const QHash<Id, QList<Address>> bound = project.addressesIn(environment);
    Id next = -1;
    for (const Id id : components) {
        const Component *component = project.component(id);
        if (!component) {
            result.problems.append(AddressText::tr("there is no component %1").arg(id));
            result.missed.append(id);
            continue;
        }
        if (options.skipAddressed && hasIpValue(bound.value(id)))
            continue;
        QString problem;
        const auto value = allocateOne(project, environment, *component, used, options, &problem);
        if (!value) {
            result.problems.append(problem);
            result.missed.append(id);
            continue;
        }
        used.append({ id, 0, *value });
        result.changes.append(RecordChange::added(newAddress(next--, environment, id, *value)));
        result.allocated.append({ id, value->toString() });
    }
    return result;
}

} // namespace Portolan
