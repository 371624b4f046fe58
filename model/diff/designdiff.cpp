#include "designdiff.h"

#include "project/snapshot.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

using Fields = QList<FieldChange>;

void compare(Fields &fields, const QString &field, const QString &before, const QString &after)
{
    if (before != after)
        fields.append({ field, before, after });
}

QString yesNo(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

QString portsText(const Flow &flow)
{
    return flow.ports.isEmpty() ? QString() : flow.ports.toString();
}

Fields flowFields(const DiffSide &from, const Flow &a, const DiffSide &to, const Flow &b)
{
    const ProjectSnapshot &p = *from.project;
    const ProjectSnapshot &q = *to.project;
    Fields fields;
    if (a.productId != b.productId)
        fields.append({ u"product"_s, p.productName(a.productId), q.productName(b.productId) });
    if (a.sourceId != b.sourceId)
        fields.append({ u"source"_s, p.componentName(a.sourceId), q.componentName(b.sourceId) });
    if (a.destinationId != b.destinationId)
        fields.append({ u"destination"_s, p.componentName(a.destinationId),
                        q.componentName(b.destinationId) });
    compare(fields, u"protocol"_s, transportName(a.protocol), transportName(b.protocol));
    compare(fields, u"ports"_s, portsText(a), portsText(b));
    compare(fields, u"purpose"_s, a.purpose, b.purpose);
    compare(fields, u"optional"_s, yesNo(a.optional), yesNo(b.optional));
    compare(fields, u"notes"_s, a.notes, b.notes);
    return fields;
}

Fields componentFields(const DiffSide &from, const Component &a, const DiffSide &to,
                       const Component &b)
{
    Fields fields;
    compare(fields, u"name"_s, a.name, b.name);
    compare(fields, u"kind"_s, componentKindName(a.kind), componentKindName(b.kind));
    // A renamed zone is the zone's change, not its members'.
    if (a.zoneId != b.zoneId)
        fields.append(
            { u"zone"_s, from.project->zoneName(a.zoneId), to.project->zoneName(b.zoneId) });
    compare(fields, u"notes"_s, a.notes, b.notes);
    return fields;
}

Fields zoneFields(const DiffSide &from, const Zone &a, const DiffSide &to, const Zone &b)
{
    Fields fields;
    compare(fields, u"name"_s, a.name, b.name);
    if (a.parentId != b.parentId)
        fields.append(
            { u"parent"_s, from.project->zoneName(a.parentId), to.project->zoneName(b.parentId) });
    compare(fields, u"notes"_s, a.notes, b.notes);
    return fields;
}

Fields productFields(const DiffSide &, const Product &a, const DiffSide &, const Product &b)
{
    Fields fields;
    compare(fields, u"name"_s, a.name, b.name);
    return fields;
}

Fields environmentFields(const DiffSide &, const Environment &a, const DiffSide &,
                         const Environment &b)
{
    Fields fields;
    compare(fields, u"name"_s, a.name, b.name);
    return fields;
}

// Records of one kind matched by id: added in the later side's order,
// then removed in the earlier side's.
template<typename T, typename Name, typename Compare>
void diffRecords(QList<DesignChange> &changes, ChangeSubject subject, const DiffSide &from,
                 const QList<T> &before, const DiffSide &to, const QList<T> &after, Name name,
                 Compare fieldsOf)
{
    QHash<Id, const T *> earlier;
    for (const T &record : before)
        earlier.insert(record.id, &record);
    QSet<Id> later;
    for (const T &record : after) {
        later.insert(record.id);
        const T *old = earlier.value(record.id);
        if (!old) {
            changes.append(
                { ChangeKind::Added, subject, record.id, name(*to.project, record), {}, {} });
            continue;
        }
        Fields fields = fieldsOf(from, *old, to, record);
        if (!fields.isEmpty())
            changes.append({ ChangeKind::Changed,
                             subject,
                             record.id,
                             name(*to.project, record),
                             {},
                             std::move(fields) });
    }
    for (const T &record : before) {
        if (!later.contains(record.id))
            changes.append(
                { ChangeKind::Removed, subject, record.id, name(*from.project, record), {}, {} });
    }
}

template<typename T> QString nameOf(const ProjectSnapshot &, const T &record)
{
    return record.name;
}

QString prefixText(const ZonePrefix &prefix)
{
    QString text = prefix.cidr;
    if (prefix.vlan)
        text += u" VLAN %1"_s.arg(*prefix.vlan);
    if (!prefix.gateway.isEmpty())
        text += u" gateway %1"_s.arg(prefix.gateway);
    return text;
}

// A value list per owner (a component's addresses, a zone's prefixes) in
// one environment, sorted so that order does not count as a change.
using Values = QHash<Id, QStringList>;

void sortValues(Values &values)
{
    for (QStringList &list : values)
        list.sort();
}

Values addressesIn(const ProjectSnapshot &project, Id environment)
{
    Values values;
    for (const Address &address : project.addresses) {
        if (address.environmentId == environment)
            values[address.componentId].append(address.value);
    }
    sortValues(values);
    return values;
}

Values prefixesIn(const ProjectSnapshot &project, Id environment)
{
    Values values;
    for (const ZonePrefix &prefix : project.zonePrefixes) {
        if (prefix.environmentId == environment)
            values[prefix.zoneId].append(prefixText(prefix));
    }
    sortValues(values);
    return values;
}

// Bound, changed or released, per owner, in `owners` order.
void diffValues(QList<DesignChange> &changes, ChangeSubject subject, const QString &field,
                const QList<std::pair<Id, QString>> &owners, const Values &before,
                const Values &after, const QString &environment)
{
    for (const auto &[id, name] : owners) {
        const QStringList a = before.value(id);
        const QStringList b = after.value(id);
        if (a == b)
            continue;
        const ChangeKind kind = a.isEmpty() ? ChangeKind::Added
            : b.isEmpty()                   ? ChangeKind::Removed
                                            : ChangeKind::Changed;
        changes.append({ kind,
                         subject,
                         id,
                         name,
                         environment,
                         { { field, a.join(u", "_s), b.join(u", "_s) } } });
    }
}

// Every record of both sides once, the later side's first: (id, name).
template<typename T>
QList<std::pair<Id, QString>> owners(const QList<T> &before, const QList<T> &after)
{
    QList<std::pair<Id, QString>> list;
    QSet<Id> seen;
    for (const QList<T> *records : { &after, &before }) {
        for (const T &record : *records) {
            if (!seen.contains(record.id)) {
                seen.insert(record.id);
                list.append({ record.id, record.name });
            }
        }
    }
    return list;
}

void diffEnvironment(QList<DesignChange> &changes, const DiffSide &from, Id fromEnvironment,
                     const DiffSide &to, Id toEnvironment)
{
    const ProjectSnapshot &p = *from.project;
    const ProjectSnapshot &q = *to.project;
    const Environment *environment = q.environment(toEnvironment);
    const QString name = environment ? environment->name : QString();
    diffValues(changes, ChangeSubject::Prefix, u"prefixes"_s, owners(p.zones, q.zones),
               prefixesIn(p, fromEnvironment), prefixesIn(q, toEnvironment), name);
    diffValues(changes, ChangeSubject::Address, u"addresses"_s, owners(p.components, q.components),
               addressesIn(p, fromEnvironment), addressesIn(q, toEnvironment), name);
}

} // namespace

QString changeKindKey(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return u"added"_s;
    case ChangeKind::Removed:
        return u"removed"_s;
    case ChangeKind::Changed:
        break;
    }
    return u"changed"_s;
}

QString changeSubjectKey(ChangeSubject subject)
{
    static const QString keys[] = { u"product"_s,     u"zone"_s,   u"component"_s, u"flow"_s,
                                    u"environment"_s, u"prefix"_s, u"address"_s };
    return keys[int(subject)];
}

qsizetype DesignDiff::count(ChangeSubject subject) const
{
    return std::count_if(changes.cbegin(), changes.cend(),
                         [subject](const DesignChange &c) { return c.subject == subject; });
}

PortsChange portsChange(const QString &before, const QString &after)
{
    // No ports stands for every port: no gain or loss to name then.
    if (before.isEmpty() || after.isEmpty())
        return {};
    const PortSet a = PortSet::parse(before).value_or(PortSet());
    const PortSet b = PortSet::parse(after).value_or(PortSet());
    const PortSet gained = b.subtracted(a);
    const PortSet lost = a.subtracted(b);
    return { gained.isEmpty() ? QString() : gained.toString(),
             lost.isEmpty() ? QString() : lost.toString() };
}

QString flowLabel(const ProjectSnapshot &project, const Flow &flow)
{
    QString service = transportName(flow.protocol);
    if (transportHasPorts(flow.protocol) && !flow.ports.isEmpty())
        service += u' ' + flow.ports.toString();
    return u"%1 → %2, %3"_s.arg(project.componentName(flow.sourceId),
                                project.componentName(flow.destinationId), service);
}

DesignDiff diffDesigns(const DiffSide &from, const DiffSide &to)
{
    DesignDiff diff;
    const ProjectSnapshot &p = *from.project;
    const ProjectSnapshot &q = *to.project;
    diffRecords(diff.changes, ChangeSubject::Product, from, p.products, to, q.products,
                nameOf<Product>, productFields);
    diffRecords(diff.changes, ChangeSubject::Zone, from, p.zones, to, q.zones, nameOf<Zone>,
                zoneFields);
    diffRecords(diff.changes, ChangeSubject::Component, from, p.components, to, q.components,
                nameOf<Component>, componentFields);
    diffRecords(diff.changes, ChangeSubject::Flow, from, p.flows, to, q.flows, flowLabel,
                flowFields);
    if (from.environment || to.environment) {
        diffEnvironment(diff.changes, from, from.environment, to, to.environment);
        return diff;
    }
    diffRecords(diff.changes, ChangeSubject::Environment, from, p.environments, to, q.environments,
                nameOf<Environment>, environmentFields);
    for (const Environment &environment : q.environments) {
        if (p.environment(environment.id))
            diffEnvironment(diff.changes, from, environment.id, to, environment.id);
    }
    return diff;
}

} // namespace Portolan
