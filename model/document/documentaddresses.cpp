// ProjectDocument: the address plan of an environment — zone prefixes,
// component addresses, next-free allocation and CSV plans. The edits are
// built by addressing/addressedits against the snapshot; each is one step.

#include "addressing/addressedits.h"
#include "addressing/addressvalue.h"
#include "projectdocument.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QString componentName(const ProjectSnapshot &project, Id id)
{
    const Component *component = project.component(id);
    return component ? component->name : QString::number(id);
}

} // namespace

Id ProjectDocument::setZonePrefix(const ZonePrefix &prefix)
{
    if (!editable())
        return 0;
    QString error;
    const auto changes = zonePrefixChanges(m_project, prefix, &error);
    if (!changes)
        return fail(error), 0;
    if (changes->isEmpty()) {
        // Set as it is already: the answer is the prefix that has it.
        if (prefix.id != 0)
            return prefix.id;
        const auto value = AddressValue::parse(prefix.cidr);
        for (const ZonePrefix &existing : m_project.prefixesOf(prefix.zoneId, prefix.environmentId))
            if (value && existing.cidr == value->toString())
                return existing.id;
        return fail(u"the prefix was not found"_s), 0;
    }
    const Record &record = *changes->first().after;
    const Id wanted = recordId(record);
    const QString cidr = std::get<ZonePrefix>(record).cidr;
    const QString text = changes->first().before
        ? tr("Change prefix %1 of “%2”").arg(cidr, m_project.zoneName(prefix.zoneId))
        : tr("Add prefix %1 to “%2”").arg(cidr, m_project.zoneName(prefix.zoneId));
    if (!push(text, *changes))
        return 0;
    return wanted < 0 ? m_lastNewIds.value(wanted) : wanted;
}

bool ProjectDocument::deleteZonePrefixes(const QList<Id> &ids)
{
    const ChangeList changes = removeZonePrefixChanges(m_project, ids);
    if (changes.size() == 1) {
        const auto &prefix = std::get<ZonePrefix>(*changes.first().before);
        return push(
            tr("Delete prefix %1 of “%2”").arg(prefix.cidr, m_project.zoneName(prefix.zoneId)),
            changes);
    }
    return push(tr("Delete %n zone prefix(es)", nullptr, int(changes.size())), changes);
}

bool ProjectDocument::setComponentAddresses(Id environment, Id component, const QStringList &texts)
{
    if (!editable())
        return false;
    QString error;
    const auto changes = replaceAddressChanges(m_project, environment, component, texts, &error);
    if (!changes)
        return fail(error);
    return push(tr("Set the addresses of “%1”").arg(componentName(m_project, component)), *changes);
}

bool ProjectDocument::clearAddresses(Id environment, const QList<Id> &components)
{
    const QSet<Id> wanted(components.cbegin(), components.cend());
    ChangeList changes;
    for (const Address &address : m_project.addresses) {
        if (address.environmentId == environment && wanted.contains(address.componentId))
            changes.append(RecordChange::removed(address));
    }
    if (components.size() == 1)
        return push(
            tr("Clear the addresses of “%1”").arg(componentName(m_project, components.first())),
            changes);
    return push(tr("Clear the addresses of %n component(s)", nullptr, int(components.size())),
                changes);
}

bool ProjectDocument::allocateAddresses(Id environment, const QList<Id> &components,
                                        const AllocationOptions &options, Allocation *result)
{
    if (!editable())
        return false;
    Allocation allocation = allocateNextFree(m_project, environment, components, options);
    if (result)
        *result = allocation;
    if (allocation.changes.isEmpty()) {
        if (!allocation.problems.isEmpty())
            return fail(allocation.problems.first());
        return true; // every component had an address already
    }
    const QString text = allocation.allocated.size() == 1
        ? tr("Allocate %1 to “%2”")
              .arg(allocation.allocated.first().second,
                   componentName(m_project, allocation.allocated.first().first))
        : tr("Allocate addresses to %n component(s)", nullptr, int(allocation.allocated.size()));
    return push(text, allocation.changes);
}

bool ProjectDocument::importAddressPlan(Id environment, const QString &csvText,
                                        QStringList *messages)
{
    if (!editable())
        return false;
    QString error;
    const auto changes = planChanges(m_project, environment, csvText, messages, &error);
    if (!changes)
        return fail(error);
    return push(tr("Import an address plan (%n address(es))", nullptr, int(changes->size())),
                *changes);
}

} // namespace Portolan
