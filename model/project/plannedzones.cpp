#include "plannedzones.h"

#include "domain/names.h"
#include "snapshot.h"

namespace Portolan {

PlannedZones::PlannedZones(const ProjectSnapshot &project, ChangeList &changes, Id &lastId)
    : m_project(project)
    , m_changes(changes)
    , m_lastId(lastId)
{
    for (const Zone &zone : project.zones) {
        m_ids.insert(nameKey(zone.name), zone.id);
        m_parents.insert(zone.id, zone.parentId);
        m_names.insert(zone.id, zone.name);
    }
}

Id PlannedZones::find(const QString &name) const
{
    return m_ids.value(nameKey(cleanName(name)));
}

Id PlannedZones::zone(const QString &name, Id parentId)
{
    const QString cleaned = cleanName(name);
    if (cleaned.isEmpty())
        return 0;
    Id &id = m_ids[nameKey(cleaned)];
    if (!id) {
        id = --m_lastId;
        m_changes.append(RecordChange::added(Zone { id, cleaned, parentId, {} }));
        m_parents.insert(id, parentId);
        m_names.insert(id, cleaned);
        ++m_added;
    }
    return id;
}

PlannedZones::Nesting PlannedZones::nest(Id zone, Id parentId)
{
    if (m_parents.value(zone) == parentId)
        return Nesting::AlreadyThere;
    for (Id up = parentId; up; up = m_parents.value(up)) {
        if (up == zone)
            return Nesting::WouldCycle;
    }
    const Zone *existing = m_project.zone(zone);
    Q_ASSERT(existing);
    if (!existing)
        return Nesting::AlreadyThere;
    Zone after = *existing;
    after.parentId = parentId;
    m_changes.append(RecordChange::updated(*existing, after));
    m_parents.insert(zone, parentId);
    return Nesting::Nested;
}

} // namespace Portolan
