#pragma once
// Zones found by name while an import is planned, and the new ones it
// creates (first mention wins, at the top level unless a parent is given).
// Shared by the flow and the component import plans.

#include "document/recordchange.h"

#include <QHash>

namespace Portolan {

struct ProjectSnapshot;

class PlannedZones
{
public:
    // New zones are appended to `changes` with ids counted down from
    // `lastId` (which is shared with the plan's other new records).
    PlannedZones(const ProjectSnapshot &project, ChangeList &changes, Id &lastId);

    // The zone with this name, or 0.
    Id find(const QString &name) const;
    // The zone with this name, planned as a new one in `parentId` when the
    // project has none. 0 for an empty name.
    Id zone(const QString &name, Id parentId = 0);
    // The parent of a zone as planned so far.
    Id parentOf(Id zone) const { return m_parents.value(zone); }
    enum class Nesting { Nested, AlreadyThere, WouldCycle };
    // Plans moving an existing zone into `parentId` (once per zone); nothing
    // is planned when it is there already or would end up inside itself.
    Nesting nest(Id zone, Id parentId);
    int added() const { return m_added; }
    QString name(Id zone) const { return m_names.value(zone); }

private:
    const ProjectSnapshot &m_project;
    ChangeList &m_changes;
    Id &m_lastId;
    QHash<QString, Id> m_ids; // name key -> id
    QHash<Id, Id> m_parents;
    QHash<Id, QString> m_names;
    int m_added = 0;
};

} // namespace Portolan
