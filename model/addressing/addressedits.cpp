#include "addressedits.h"

#include "addressvalue.h"
#include "domain/names.h"
#include "domain/translationcontexts.h"
#include "editsupport.h"
#include "io/csv.h"
#include "project/snapshot.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Portolan {

using namespace AddressEditSupport;

namespace {

// Whether `inner` is `outer` or lies (through parents) inside it.
bool zoneWithin(const ProjectSnapshot &project, Id inner, Id outer)
{
    QSet<Id> seen; // a damaged file could hold a cycle of parents
    for (Id current = inner; current != 0 && !seen.contains(current);) {
        if (current == outer)
            return true;
        seen.insert(current);
        const Zone *zone = project.zone(current);
        current = zone ? zone->parentId : 0;
    }
    return false;
}

} // namespace

std::optional<ChangeList> zonePrefixChanges(const ProjectSnapshot &project, ZonePrefix prefix,
                                            QString *error)
{
    using Result = ChangeList;
    const Zone *zone = project.zone(prefix.zoneId);
    if (!zone)
        return fail<Result>(error, AddressText::tr("there is no zone %1").arg(prefix.zoneId));
    if (!project.environment(prefix.environmentId))
        return fail<Result>(
            error, AddressText::tr("there is no environment %1").arg(prefix.environmentId));
    QString reason;
    if (prefix.cidr.trimmed().isEmpty())
        return fail<Result>(error,
                            AddressText::tr("a zone prefix needs a CIDR, such as 10.0.1.0/24"));
    const auto cidr = AddressValue::parse(prefix.cidr, &reason);
    if (!cidr)
        return fail<Result>(error, reason);
    if (cidr->kind() != AddressKind::Cidr)
        return fail<Result>(
            error,
            AddressText::tr("%1 is not a prefix; write it as network/length, such as "
                            "10.0.1.0/24")
                .arg(cidr->toString()));
    if (prefix.vlan && (*prefix.vlan < 1 || *prefix.vlan > 4094))
        return fail<Result>(error,
                            AddressText::tr("VLAN %1 is out of range 1-4094").arg(*prefix.vlan));
    QString gatewayText;
    if (!prefix.gateway.trimmed().isEmpty()) {
        const auto gateway = AddressValue::parse(prefix.gateway, &reason);
        if (!gateway)
            return fail<Result>(error, reason);
        if (gateway->kind() != AddressKind::Ipv4 && gateway->kind() != AddressKind::Ipv6)
            return fail<Result>(error,
                                AddressText::tr("the gateway %1 is not a single IP address")
                                    .arg(gateway->toString()));
        if (!cidr->contains(*gateway))
            return fail<Result>(error,
                                AddressText::tr("the gateway %1 is not inside %2")
                                    .arg(gateway->toString(), cidr->toString()));
        gatewayText = gateway->toString();
    }

    const ZonePrefix *before = prefix.id != 0 ? project.zonePrefix(prefix.id) : nullptr;
    if (prefix.id != 0 && !before)
        return fail<Result>(error, AddressText::tr("there is no zone prefix %1").arg(prefix.id));
    for (const ZonePrefix &other : project.zonePrefixes) {
        if (other.environmentId != prefix.environmentId || other.id == prefix.id)
            continue;
        if (other.zoneId == prefix.zoneId && other.cidr == cidr->toString()) {
            if (prefix.id != 0)
                return fail<Result>(error,
                                    AddressText::tr("zone “%1” already has %2 in %3")
                                        .arg(zone->name, other.cidr,
                                             environmentName(project, prefix.environmentId)));
            before = &other; // setting a prefix the zone has: update it
            continue;
        }
        const auto otherValue = AddressValue::parse(other.cidr);
        if (!otherValue || !otherValue->overlaps(*cidr))
            continue;
        // A sub-zone's subnet inside its parent's is a plan, not a clash.
        if ((zoneWithin(project, prefix.zoneId, other.zoneId) && otherValue->contains(*cidr)
             && other.zoneId != prefix.zoneId)
            || (zoneWithin(project, other.zoneId, prefix.zoneId) && cidr->contains(*otherValue)
                && other.zoneId != prefix.zoneId))
            continue;
        return fail<Result>(error,
                            AddressText::tr("%1 overlaps %2 of zone “%3” in %4")
                                .arg(cidr->toString(), other.cidr, zoneName(project, other.zoneId),
                                     environmentName(project, prefix.environmentId)));
    }

    ZonePrefix after = prefix;
    after.id = before ? before->id : -1;
    after.cidr = cidr->toString();
    after.gateway = gatewayText;
    after.name = prefix.name.trimmed();
    if (!before)
        return ChangeList { RecordChange::added(after) };
    if (after == *before)
        return ChangeList {};
    return ChangeList { RecordChange::updated(*before, after) };
}

ChangeList removeZonePrefixChanges(const ProjectSnapshot &project, const QList<Id> &ids)
{
    ChangeList changes;
    for (const Id id : ids) {
        if (const ZonePrefix *prefix = project.zonePrefix(id))
            changes.append(RecordChange::removed(*prefix));
    }
    return changes;
}

std::optional<ChangeList> bindAddressChanges(const ProjectSnapshot &project, Id environment,
                                             Id component, const QString &text, QString *error)
{
    if (!project.component(component))
        return fail<ChangeList>(error, AddressText::tr("there is no component %1").arg(component));
    if (!project.environment(environment))
        return fail<ChangeList>(error,
                                AddressText::tr("there is no environment %1").arg(environment));
    QString reason;
    const auto value = AddressValue::parse(text, &reason);
    if (!value)
        return fail<ChangeList>(error, reason);
    for (const Address &existing : project.addressesOf(component, environment)) {
        if (existing.value == value->toString())
            return ChangeList {};
    }
    return ChangeList { RecordChange::added(newAddress(-1, environment, component, *value)) };
}

QStringList splitAddressList(const QString &text)
{
    // A range may be written with spaces around its dash: join those first.
    static const QRegularExpression dash(u"\\s*([-\u2013\u2014])\\s*"_s);
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    QString joined = text;
    joined.replace(dash, u"\\1"_s);
    return joined.split(separators, Qt::SkipEmptyParts);
}

std::optional<ChangeList> replaceAddressChanges(const ProjectSnapshot &project, Id environment,
                                                Id component, const QStringList &texts,
                                                QString *error)
{
    if (!project.component(component))
        return fail<ChangeList>(error, AddressText::tr("there is no component %1").arg(component));
    if (!project.environment(environment))
        return fail<ChangeList>(error,
                                AddressText::tr("there is no environment %1").arg(environment));
    QList<AddressValue> wanted;
    for (const QString &text : texts) {
        if (text.trimmed().isEmpty())
            continue;
        QString reason;
        const auto value = AddressValue::parse(text, &reason);
        if (!value)
            return fail<ChangeList>(error, reason);
        if (!wanted.contains(*value))
            wanted.append(*value);
    }
    const QList<Address> existing = project.addressesOf(component, environment);
    ChangeList changes;
    for (const Address &address : existing) {
        const bool kept = std::any_of(wanted.cbegin(), wanted.cend(), [&](const AddressValue &v) {
            return v.toString() == address.value;
        });
        if (!kept)
            changes.append(RecordChange::removed(address));
    }
    Id next = -1;
    for (const AddressValue &value : std::as_const(wanted)) {
        const bool known = std::any_of(existing.cbegin(), existing.cend(), [&](const Address &a) {
            return a.value == value.toString();
        });
        if (!known)
            changes.append(RecordChange::added(newAddress(next--, environment, component, value)));
    }
    return changes;
}
std::optional<ChangeList> planChanges(const ProjectSnapshot &project, Id environment,
                                      const QString &csvText, QStringList *messages, QString *error)
{
    if (!project.environment(environment))
        return fail<ChangeList>(error,
                                AddressText::tr("there is no environment %1").arg(environment));
    const CsvTable table = readCsv(csvText);
    if (!table.error.isEmpty())
        return fail<ChangeList>(
            error, AddressText::tr("line %1: %2").arg(table.errorLine).arg(table.error));
    if (table.records.isEmpty())
        return fail<ChangeList>(
            error, AddressText::tr("the plan is empty; it needs the header component,address"));
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
        return fail<ChangeList>(
            error,
            AddressText::tr("line %1: the plan needs the header component,address")
                .arg(header.line));

    QHash<QString, const Component *> byName;
    for (const Component &component : project.components)
        byName.insert(nameKey(component.name), &component);
    // Values already bound, and bound earlier in this plan.
    QSet<QPair<Id, QString>> have;
    for (const Address &address : project.addresses) {
        if (address.environmentId == environment)
            have.insert({ address.componentId, address.value });
    }
    ChangeList changes;
    QStringList notes;
    Id next = -1;
    for (qsizetype i = 1; i < table.records.size(); ++i) {
        const CsvRecord &record = table.records.at(i);
        const QString name = record.fields.value(componentColumn).trimmed();
        const QString text = record.fields.value(addressColumn).trimmed();
        if (name.isEmpty() && text.isEmpty())
            continue; // a blank line
        const Component *component = byName.value(nameKey(name));
        if (!component)
            return fail<ChangeList>(error,
                                    AddressText::tr("line %1: there is no component named “%2”")
                                        .arg(record.line)
                                        .arg(name));
        QString reason;
        const auto value = AddressValue::parse(text, &reason);
        if (!value)
            return fail<ChangeList>(
                error,
                AddressText::tr("line %1: %2")
                    .arg(record.line)
                    .arg(text.isEmpty() ? AddressText::tr("no address given") : reason));
        if (have.contains({ component->id, value->toString() })) {
            notes.append(AddressText::tr("line %1: %2 already has %3")
                             .arg(record.line)
                             .arg(component->name, value->toString()));
            continue;
        }
        have.insert({ component->id, value->toString() });
        changes.append(RecordChange::added(newAddress(next--, environment, component->id, *value)));
    }
    if (messages)
        messages->append(notes);
    return changes;
}

} // namespace Portolan
