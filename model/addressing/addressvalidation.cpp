#include "addressvalidation.h"

#include "addressvalue.h"
#include "allocation.h"
#include "domain/translationcontexts.h"
#include "project/snapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// One bound value of the environment, parsed.
struct Bound
{
    Id component = 0;
    AddressValue value;
};

// What every check needs, read from the store once.
struct Plan
{
    QString environment;
    QHash<Id, Component> components;
    QHash<Id, Zone> zones;
    QList<Bound> bound; // in id order of the stored addresses
    QHash<Id, QList<AddressValue>> zonePrefixes;
    QSet<QString> prefixTexts; // canonical text of every zone prefix

    QString name(Id component) const
    {
        const auto found = components.constFind(component);
        return found == components.cend() ? QString::number(component) : found->name;
    }
};

QString quoted(const QString &name)
{
    return u"“%1”"_s.arg(name);
}

// "“A” and “B”", "“A”, “B” and “C”".
QString nameList(const Plan &plan, const QList<Id> &ids)
{
    QStringList names;
    for (const Id id : ids)
        names.append(quoted(plan.name(id)));
    if (names.size() < 2)
        return names.join(QString());
    const QString last = names.takeLast();
    return AddressText::tr("%1 and %2").arg(names.join(u", "_s), last);
}

void addFinding(QList<AddressFinding> &findings, AddressFinding::Severity severity,
                const QString &message, QList<Id> components)
{
    std::sort(components.begin(), components.end());
    findings.append({ severity, message, components });
}

void checkDuplicates(const Plan &plan, QList<AddressFinding> &findings)
{
    QMap<QString, QList<Id>> holders; // sorted by value for a stable order
    for (const Bound &bound : plan.bound) {
        QList<Id> &ids = holders[bound.value.toString()];
        if (!ids.contains(bound.component))
            ids.append(bound.component);
    }
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        const QString message = it.value().size() == 2
            ? AddressText::tr("%1 is bound to both %2 in %3")
            : AddressText::tr("%1 is bound to %2 in %3");
        addFinding(findings, AddressFinding::Severity::Error,
                   message.arg(it.key(), nameList(plan, it.value()), plan.environment), it.value());
    }
}

// Whether `outer` holds all of `inner` as a network holds its hosts and
// subnets: a value of a network component (a cluster's CIDR) containing
// another component's value. A host's range holding another's address is
// no such thing: the two collide.
bool networkHolds(const Plan &plan, const Bound &outer, const Bound &inner)
{
    const auto component = plan.components.constFind(outer.component);
    return component != plan.components.cend() && component->kind == ComponentKind::Network
        && outer.value.contains(inner.value);
}

void checkOverlaps(const Plan &plan, QList<AddressFinding> &findings)
{
    // A zone prefix bound to a component stands for the zone's subnet: the
    // addresses inside it are meant to overlap it, so it is left out.
    QList<const Bound *> candidates;
    QList<AddressValue> values;
    for (const Bound &bound : plan.bound) {
        if (bound.value.isIp() && !plan.prefixTexts.contains(bound.value.toString())) {
            candidates.append(&bound);
            values.append(bound.value);
        }
    }
    for (const auto &[i, j] : overlappingPairs(values)) {
        const Bound &a = *candidates.at(i);
        const Bound &b = *candidates.at(j);
        // Equal values are reported once, by checkDuplicates().
        if (a.component == b.component || a.value == b.value)
            continue;
        if (networkHolds(plan, a, b) || networkHolds(plan, b, a))
            continue;
        addFinding(findings, AddressFinding::Severity::Error,
                   AddressText::tr("%1 of %2 overlaps %3 of %4 in %5")
                       .arg(a.value.toString(), quoted(plan.name(a.component)), b.value.toString(),
                            quoted(plan.name(b.component)), plan.environment),
                   { a.component, b.component });
    }
}

// The zone's prefixes in the environment, or those of its nearest ancestor
// that has some; *owner is set to that zone.
QList<AddressValue> prefixesUpwards(const Plan &plan, Id zone, Id *owner)
{
    QSet<Id> seen; // a damaged file could hold a cycle of parents
    for (Id current = zone; current != 0 && !seen.contains(current);) {
        seen.insert(current);
        const auto prefixes = plan.zonePrefixes.value(current);
        if (!prefixes.isEmpty()) {
            *owner = current;
            return prefixes;
        }
        current = plan.zones.value(current).parentId;
    }
    return {};
}

void checkZoneContainment(const Plan &plan, QList<AddressFinding> &findings)
{
    for (const Bound &bound : plan.bound) {
        if (!bound.value.isIp())
            continue;
        Id owner = 0;
        const QList<AddressValue> prefixes
            = prefixesUpwards(plan, plan.components.value(bound.component).zoneId, &owner);
        QStringList sameFamily;
        bool inside = false;
        for (const AddressValue &prefix : prefixes) {
            if (prefix.family() != bound.value.family())
                continue;
            sameFamily.append(prefix.toString());
            inside = inside || prefix.contains(bound.value);
        }
        if (sameFamily.isEmpty() || inside)
            continue;
        addFinding(findings, AddressFinding::Severity::Warning,
                   AddressText::tr("%1 of %2 is outside the prefixes of zone %3 in %4 (%5)")
                       .arg(bound.value.toString(), quoted(plan.name(bound.component)),
                            quoted(plan.zones.value(owner).name), plan.environment,
                            sameFamily.join(u", "_s)),
                   { bound.component });
    }
}

void checkFlowEndpoints(const ProjectSnapshot &project, const Plan &plan,
                        QList<AddressFinding> &findings)
{
    QSet<Id> addressed;
    for (const Bound &bound : plan.bound)
        addressed.insert(bound.component);
    QSet<Id> reported;
    for (const Flow &flow : project.flows) {
        for (const Id id : { flow.sourceId, flow.destinationId }) {
            if (addressed.contains(id) || reported.contains(id))
                continue;
            reported.insert(id);
            addFinding(findings, AddressFinding::Severity::Warning,
                       AddressText::tr("%1 is used by flows but has no address in %2")
                           .arg(quoted(plan.name(id)), plan.environment),
                       { id });
        }
    }
}

void checkNetworkNames(const Plan &plan, QList<AddressFinding> &findings)
{
    for (const Bound &bound : plan.bound) {
        if (bound.value.isIp()
            || plan.components.value(bound.component).kind != ComponentKind::Network)
            continue;
        addFinding(
            findings, AddressFinding::Severity::Error,
            AddressText::tr("%1 is a network but has the name %2 in %3; a network needs a CIDR")
                .arg(quoted(plan.name(bound.component)), bound.value.toString(), plan.environment),
            { bound.component });
    }
}

} // namespace

void sortFindings(QList<AddressFinding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(),
                     [](const AddressFinding &a, const AddressFinding &b) {
                         if (a.severity != b.severity)
                             return a.severity == AddressFinding::Severity::Error;
                         return a.message < b.message;
                     });
}

QList<AddressFinding> validateAddresses(const ProjectSnapshot &project, Id environment)
{
    Plan plan;
    if (const Environment *found = project.environment(environment))
        plan.environment = found->name;
    if (plan.environment.isEmpty())
        return {};
    for (const Component &component : project.components)
        plan.components.insert(component.id, component);
    for (const Zone &zone : project.zones)
        plan.zones.insert(zone.id, zone);
    for (const Address &address : project.addresses) {
        if (address.environmentId != environment)
            continue;
        // The store keeps values canonical; one that no longer parses (a file
        // edited by hand) cannot be compared and is skipped.
        if (const auto value = AddressValue::parse(address.value))
            plan.bound.append({ address.componentId, *value });
    }
    for (const ZonePrefix &prefix : project.zonePrefixes) {
        if (prefix.environmentId != environment)
            continue;
        if (const auto value = AddressValue::parse(prefix.cidr)) {
            plan.zonePrefixes[prefix.zoneId].append(*value);
            plan.prefixTexts.insert(value->toString());
        }
    }

    QList<AddressFinding> findings;
    checkDuplicates(plan, findings);
    checkOverlaps(plan, findings);
    checkZoneContainment(plan, findings);
    checkFlowEndpoints(project, plan, findings);
    checkNetworkNames(plan, findings);
    sortFindings(findings);
    return findings;
}

} // namespace Portolan
