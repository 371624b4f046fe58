// ProjectDocument: the operations on components.

#include "changecommand.h"
#include "project/importplan.h"
#include "projectdocument.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Portolan {

Id ProjectDocument::addComponent(const Component &component)
{
    Component added = component;
    added.id = newId();
    added.pinned = added.position.has_value();
    if (!push(tr("Add component “%1”").arg(added.name.trimmed()), { RecordChange::added(added) }))
        return 0;
    return m_lastNewIds.value(added.id);
}

bool ProjectDocument::renameComponent(Id id, const QString &name)
{
    const Component *component = m_project.component(id);
    if (!component)
        return fail(tr("There is no component %1.").arg(id));
    Component after = *component;
    after.name = name;
    return editRecord(*component, after, tr("Rename component to “%1”").arg(name.trimmed()),
                      int(MergeId::ComponentName));
}

bool ProjectDocument::setComponentKind(Id id, ComponentKind kind)
{
    const Component *component = m_project.component(id);
    if (!component)
        return fail(tr("There is no component %1.").arg(id));
    Component after = *component;
    after.kind = kind;
    return editRecord(*component, after,
                      tr("Make “%1” a %2").arg(component->name, componentKindLabel(kind)),
                      int(MergeId::ComponentKind));
}

bool ProjectDocument::setComponentNotes(Id id, const QString &notes)
{
    const Component *component = m_project.component(id);
    if (!component)
        return fail(tr("There is no component %1.").arg(id));
    Component after = *component;
    after.notes = notes;
    return editRecord(*component, after, tr("Edit notes of “%1”").arg(component->name),
                      int(MergeId::ComponentNotes));
}

bool ProjectDocument::moveComponentsToZone(const QList<Id> &ids, Id zoneId)
{
    if (zoneId && !m_project.zone(zoneId))
        return fail(tr("There is no zone %1.").arg(zoneId));
    ChangeList changes;
    for (Id id : ids) {
        const Component *component = m_project.component(id);
        if (!component)
            return fail(tr("There is no component %1.").arg(id));
        if (component->zoneId == zoneId)
            continue;
        Component after = *component;
        after.zoneId = zoneId;
        changes.append(RecordChange::updated(*component, after));
    }
    const QString text = zoneId
        ? tr("Move %n component(s) to zone “%1”", nullptr, int(changes.size()))
              .arg(m_project.zoneName(zoneId))
        : tr("Take %n component(s) out of their zone", nullptr, int(changes.size()));
    return push(text, changes);
}

bool ProjectDocument::placeComponents(const QHash<Id, QPointF> &centres)
{
    ChangeList changes;
    for (auto it = centres.cbegin(); it != centres.cend(); ++it) {
        const Component *component = m_project.component(it.key());
        if (!component)
            return fail(tr("There is no component %1.").arg(it.key()));
        Component after = *component;
        after.position = it.value();
        after.pinned = true;
        if (after != *component)
            changes.append(RecordChange::updated(*component, after));
    }
    const QString text = changes.size() == 1
        ? tr("Move “%1”").arg(m_project.componentName(centres.cbegin().key()))
        : tr("Move %n component(s)", nullptr, int(changes.size()));
    return push(text, changes);
}

bool ProjectDocument::unpinComponents(const QList<Id> &ids)
{
    ChangeList changes;
    for (Id id : ids) {
        const Component *component = m_project.component(id);
        if (!component)
            return fail(tr("There is no component %1.").arg(id));
        if (!component->pinned)
            continue;
        Component after = *component;
        after.pinned = false;
        changes.append(RecordChange::updated(*component, after));
    }
    return push(tr("Unpin %n component(s)", nullptr, int(changes.size())), changes);
}

int ProjectDocument::flowCountOf(const QList<Id> &componentIds) const
{
    const QSet<Id> ids(componentIds.cbegin(), componentIds.cend());
    int count = 0;
    for (const Flow &flow : m_project.flows)
        count += ids.contains(flow.sourceId) || ids.contains(flow.destinationId);
    return count;
}

// The flows of the components go (or move to `reassignTo`), then their
// addresses, then the components: the order undo reverses.
std::optional<ChangeList> ProjectDocument::deletionChanges(const QList<Id> &ids, Id reassignTo)
{
    const QSet<Id> doomed(ids.cbegin(), ids.cend());
    if (reassignTo && (!m_project.component(reassignTo) || doomed.contains(reassignTo))) {
        fail(tr("Flows can only move to a component that stays."));
        return std::nullopt;
    }
    ChangeList changes;
    // The flows that stay, to tell which moved ones would repeat them.
    QSet<QString> kept;
    for (const Flow &flow : reassignTo ? m_project.flows : QList<Flow>()) {
        if (!doomed.contains(flow.sourceId) && !doomed.contains(flow.destinationId))
            kept.insert(flowKey(flow));
    }
    for (const Flow &flow : m_project.flows) {
        if (!doomed.contains(flow.sourceId) && !doomed.contains(flow.destinationId))
            continue;
        Flow moved = flow;
        if (reassignTo) {
            moved.sourceId = doomed.contains(flow.sourceId) ? reassignTo : flow.sourceId;
            moved.destinationId
                = doomed.contains(flow.destinationId) ? reassignTo : flow.destinationId;
        }
        const bool loops = reassignTo && moved.sourceId == moved.destinationId
            && flow.sourceId != flow.destinationId;
        if (!reassignTo || loops || kept.contains(flowKey(moved))) {
            changes.append(RecordChange::removed(flow));
        } else {
            kept.insert(flowKey(moved));
            changes.append(RecordChange::updated(flow, moved));
        }
    }
    for (Id id : ids) {
        const Component *component = m_project.component(id);
        if (!component) {
            fail(tr("There is no component %1.").arg(id));
            return std::nullopt;
        }
        for (const Address &address : m_store->addresses(id))
            changes.append(RecordChange::removed(address));
        changes.append(RecordChange::removed(*component));
    }
    return changes;
}

bool ProjectDocument::deleteComponents(const QList<Id> &ids, Id reassignTo)
{
    if (!editable())
        return false;
    const std::optional<ChangeList> changes = deletionChanges(ids, reassignTo);
    if (!changes)
        return false;
    QString text;
    if (ids.size() == 1)
        text = tr("Delete component “%1”").arg(m_project.componentName(ids.constFirst()));
    else
        text = tr("Delete %n component(s)", nullptr, int(ids.size()));
    if (reassignTo)
        text = tr("%1, its flows to “%2”").arg(text, m_project.componentName(reassignTo));
    return push(text, *changes);
}

bool ProjectDocument::mergeComponents(Id kept, const QList<Id> &absorbed)
{
    if (!editable())
        return false;
    if (absorbed.isEmpty())
        return true;
    const std::optional<ChangeList> changes = deletionChanges(absorbed, kept);
    if (!changes)
        return false;
    const QString keptName = m_project.componentName(kept);
    const QString text = absorbed.size() == 1
        ? tr("Merge “%1” into “%2”").arg(m_project.componentName(absorbed.constFirst()), keptName)
        : tr("Merge %n component(s) into “%1”", nullptr, int(absorbed.size())).arg(keptName);
    return push(text, *changes);
}

} // namespace Portolan
