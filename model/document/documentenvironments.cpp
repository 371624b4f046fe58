// ProjectDocument: the operations on environments — the deployments of the
// design, each with its own addresses and zone prefixes.

#include "changecommand.h"
#include "projectdocument.h"
#include "store/projectstore.h"

namespace Portolan {

Id ProjectDocument::addEnvironment(const QString &name)
{
    const Environment added { newId(), name };
    if (!push(tr("Add environment “%1”").arg(name.trimmed()), { RecordChange::added(added) }))
        return 0;
    return m_lastNewIds.value(added.id);
}

bool ProjectDocument::renameEnvironment(Id id, const QString &name)
{
    const auto before = m_store->environment(id);
    if (!before)
        return fail(tr("There is no environment %1.").arg(id));
    Environment after = *before;
    after.name = name;
    if (after == *before)
        return editable();
    return push(tr("Rename environment to “%1”").arg(name.trimmed()),
                { RecordChange::updated(*before, after) }, int(MergeId::EnvironmentName));
}

Id ProjectDocument::duplicateEnvironment(Id id, const QString &name)
{
    const auto original = m_store->environment(id);
    if (!original)
        return fail(tr("There is no environment %1.").arg(id)), 0;
    const Environment copy { newId(), name };
    ChangeList changes { RecordChange::added(copy) };
    // Prefixes and addresses as the original has them, in the new environment.
    for (ZonePrefix prefix : m_store->environmentPrefixes(id)) {
        prefix.id = newId();
        prefix.environmentId = copy.id;
        changes.append(RecordChange::added(prefix));
    }
    for (Address address : m_store->environmentAddresses(id)) {
        address.id = newId();
        address.environmentId = copy.id;
        changes.append(RecordChange::added(address));
    }
    if (!push(tr("Duplicate environment “%1” as “%2”").arg(original->name, name.trimmed()),
              changes))
        return 0;
    return m_lastNewIds.value(copy.id);
}

bool ProjectDocument::deleteEnvironment(Id id)
{
    const auto environment = m_store->environment(id);
    if (!environment)
        return fail(tr("There is no environment %1.").arg(id));
    ChangeList changes;
    for (const Address &address : m_store->environmentAddresses(id))
        changes.append(RecordChange::removed(address));
    for (const ZonePrefix &prefix : m_store->environmentPrefixes(id))
        changes.append(RecordChange::removed(prefix));
    changes.append(RecordChange::removed(*environment));
    return push(tr("Delete environment “%1”").arg(environment->name), changes);
}

} // namespace Portolan
