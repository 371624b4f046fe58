#include "componentimport.h"

#include "domain/names.h"
#include "plannedzones.h"
#include "snapshot.h"
#include "store/projectstore.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

class Planner
{
public:
    Planner(const ProjectSnapshot &project, const ComponentTable &table, ComponentImportPlan &plan)
        : m_table(table)
        , m_plan(plan)
        , m_zones(project, plan.changes, m_lastId)
    {
        for (const ImportedComponent &row : table.components) {
            if (!row.parentZone.isEmpty())
                m_parents.insert(nameKey(row.zone), { row.parentZone, row.line });
        }
    }

    void warn(int line, const QString &text)
    {
        m_plan.messages.append(
            ImportMessage { ImportMessage::Severity::Warning, m_table.source, line, text });
    }

    // The zone named, created (inside its parent, created first) when new;
    // an existing zone is nested as the list asks, once.
    Id zone(const QString &name)
    {
        const QString key = nameKey(name);
        const auto parent = m_parents.constFind(key);
        if (const Id id = m_zones.find(name)) {
            if (id > 0 && parent != m_parents.cend() && !m_nested.contains(id)) {
                m_nested.insert(id);
                m_visiting.insert(key);
                const Id parentId = zone(parent->first);
                m_visiting.remove(key);
                nest(id, parentId, name, *parent);
            }
            return id;
        }
        Id parentId = 0;
        if (parent != m_parents.cend()) {
            if (m_visiting.contains(nameKey(parent->first))) {
                cycle(name, *parent);
            } else {
                m_visiting.insert(key);
                parentId = zone(parent->first);
                m_visiting.remove(key);
            }
        }
        return m_zones.zone(name, parentId);
    }

    QString path(Id zone) const
    {
        QStringList names;
        for (Id up = zone; up && names.size() < 64; up = m_zones.parentOf(up))
            names.prepend(m_zones.name(up));
        return names.join(u" › "_s);
    }

    int zonesAdded() const { return m_zones.added(); }
    Id nextId() { return --m_lastId; }

private:
    void nest(Id id, Id parentId, const QString &name, const std::pair<QString, int> &parent)
    {
        switch (m_zones.nest(id, parentId)) {
        case PlannedZones::Nesting::Nested:
            ++m_plan.summary.zonesNested;
            break;
        case PlannedZones::Nesting::WouldCycle:
            cycle(name, parent);
            break;
        case PlannedZones::Nesting::AlreadyThere:
            break;
        }
    }

    void cycle(const QString &name, const std::pair<QString, int> &parent)
    {
        warn(parent.second,
             u"zone “%1” cannot go into “%2”, which is inside it; left where it is"_s.arg(
                 name, parent.first));
    }

    const ComponentTable &m_table;
    ComponentImportPlan &m_plan;
    Id m_lastId = 0;
    PlannedZones m_zones;
    QHash<QString, std::pair<QString, int>> m_parents; // zone key -> parent name, line
    QSet<QString> m_visiting; // zones whose parents are being found
    QSet<Id> m_nested;
};

} // namespace

ComponentImportPlan planComponentImport(const ProjectSnapshot &project, const ComponentTable &table)
{
    ComponentImportPlan plan;
    Planner planner(project, table, plan);
    QHash<QString, const Component *> existing;
    for (const Component &component : project.components)
        existing.insert(nameKey(component.name), &component);

    QList<Id> rowZones;
    for (const ImportedComponent &row : table.components)
        rowZones.append(row.zone.isEmpty() ? 0 : planner.zone(row.zone));

    for (qsizetype k = 0; k < table.components.size(); ++k) {
        const ImportedComponent &row = table.components[k];
        ComponentImportRow shown { row.line,
                                   cleanName(row.name),
                                   ComponentKind::Host,
                                   {},
                                   ComponentImportRow::Action::Keep,
                                   {} };
        const Component *before = existing.value(nameKey(row.name));
        if (!before) {
            Component component;
            component.id = planner.nextId();
            component.name = shown.name;
            component.kind = row.kind.value_or(guessComponentKind(shown.name));
            component.zoneId = rowZones[k];
            plan.changes.append(RecordChange::added(component));
            ++plan.summary.componentsAdded;
            shown.kind = component.kind;
            shown.zone = planner.path(component.zoneId);
            shown.action = ComponentImportRow::Action::Add;
            plan.rows.append(shown);
            continue;
        }
        Component after = *before;
        QStringList changes;
        if (rowZones[k] && rowZones[k] != before->zoneId) {
            changes.append(u"zone %1 → %2"_s.arg(before->zoneId ? project.zoneName(before->zoneId)
                                                                : u"(none)"_s,
                                                 planner.path(rowZones[k])));
            after.zoneId = rowZones[k];
            ++plan.summary.componentsMoved;
        }
        if (row.kind && *row.kind != before->kind) {
            changes.append(u"kind %1 → %2"_s.arg(componentKindName(before->kind),
                                                 componentKindName(*row.kind)));
            after.kind = *row.kind;
            ++plan.summary.componentsRetyped;
        }
        shown.name = before->name;
        shown.kind = after.kind;
        shown.zone = planner.path(after.zoneId);
        if (changes.isEmpty()) {
            ++plan.summary.componentsUnchanged;
        } else {
            plan.changes.append(RecordChange::updated(*before, after));
            shown.action = ComponentImportRow::Action::Update;
            shown.change = changes.join(u"; "_s);
        }
        plan.rows.append(shown);
    }
    plan.summary.zonesAdded = planner.zonesAdded();
    return plan;
}

bool importComponentsIntoProject(ProjectStore &store, const ComponentTable &table,
                                 ComponentImportPlan *plan, QString *error)
{
    if (!table.ok) {
        *error = u"%1 could not be read"_s.arg(table.source);
        return false;
    }
    // One write transaction from the reading to the last row.
    ProjectStore::Transaction transaction(store);
    const auto project = ProjectSnapshot::read(store, error);
    if (!project)
        return false;
    ComponentImportPlan planned = planComponentImport(*project, table);
    if (!planned.changes.isEmpty()
        && !applyChanges(store, planned.changes, true, nullptr, nullptr, error))
        return false;
    if (!transaction.commit()) {
        *error = store.errorString();
        return false;
    }
    if (plan)
        *plan = std::move(planned);
    return true;
}

} // namespace Portolan
