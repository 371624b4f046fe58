#include "diagram/collapsedzones.h"

#include <QCoreApplication>

namespace Portolan {

namespace {

// The collapsed zone a zone lies in (itself, or the outermost collapsed
// zone above it), 0 for none.
Id collapsedAbove(const ProjectSnapshot &project, const QSet<Id> &zones, Id zoneId)
{
    Id found = 0;
    QSet<Id> seen; // a damaged file may hold a loop
    for (Id zone = zoneId; zone != 0 && !seen.contains(zone);) {
        seen.insert(zone);
        if (zones.contains(zone))
            found = zone;
        const Zone *record = project.zone(zone);
        zone = record ? record->parentId : 0;
    }
    return found;
}

QString componentCount(int count)
{
    return count == 1
        ? QCoreApplication::translate("Portolan::CollapsedZones", "1 component")
        : QCoreApplication::translate("Portolan::CollapsedZones", "%1 components").arg(count);
}

// `project` after `edit`, with the flows of the components in `nodeOf` ending
// at their nodes instead (flows within one node are not drawn).
ProjectSnapshot redirected(const ProjectSnapshot &project, const QHash<Id, Id> &nodeOf,
                           ProjectSnapshot::Edit &edit)
{
    for (const Flow &flow : project.flows) {
        const Id source = nodeOf.value(flow.sourceId, flow.sourceId);
        const Id destination = nodeOf.value(flow.destinationId, flow.destinationId);
        if (source == flow.sourceId && destination == flow.destinationId)
            continue;
        if (source == destination && isZoneNode(source)) {
            edit.removedFlows.append(flow.id); // within the zone
            continue;
        }
        Flow moved = flow;
        moved.sourceId = source;
        moved.destinationId = destination;
        edit.flows.append(moved);
    }
    ProjectSnapshot collapsed = project;
    collapsed.apply(edit);
    return collapsed;
}

} // namespace

ProjectSnapshot collapseZones(const ProjectSnapshot &project, const QSet<Id> &zones)
{
    if (zones.isEmpty())
        return project;
    QHash<Id, Id> nodeOf; // component -> its zone's node
    QHash<Id, int> held; // collapsed zone -> components in it
    ProjectSnapshot::Edit edit;
    for (const Component &component : project.components) {
        const Id zone = collapsedAbove(project, zones, component.zoneId);
        if (!zone)
            continue;
        nodeOf.insert(component.id, zoneNodeId(zone));
        ++held[zone];
        edit.removedComponents.append(component.id);
    }
    for (const Zone &zone : project.zones) {
        const Id outer = collapsedAbove(project, zones, zone.id);
        if (outer && outer != zone.id)
            edit.removedZones.append(zone.id); // nested in a collapsed zone
    }
    for (const Zone &zone : project.zones) {
        if (!zones.contains(zone.id) || collapsedAbove(project, zones, zone.id) != zone.id)
            continue;
        Component node;
        node.id = zoneNodeId(zone.id);
        node.name = zone.name;
        node.kind = ComponentKind::Any;
        node.zoneId = zone.parentId;
        node.notes = componentCount(held.value(zone.id));
        edit.components.append(node);
    }
    return redirected(project, nodeOf, edit);
}

ProjectSnapshot collapseNoZone(const ProjectSnapshot &project)
{
    QHash<Id, Id> nodeOf;
    ProjectSnapshot::Edit edit;
    for (const Component &component : project.components) {
        if (component.zoneId || isZoneNode(component.id))
            continue;
        nodeOf.insert(component.id, noZoneNodeId);
        edit.removedComponents.append(component.id);
    }
    if (nodeOf.size() <= noZoneNodeThreshold)
        return project;
    Component node;
    node.id = noZoneNodeId;
    node.name = QCoreApplication::translate("Portolan::CollapsedZones", "No zone");
    node.kind = ComponentKind::Any;
    node.notes = componentCount(int(nodeOf.size()));
    edit.components.append(node);
    return redirected(project, nodeOf, edit);
}

QSet<Id> topLevelZones(const ProjectSnapshot &project)
{
    QSet<Id> used;
    for (const Component &component : project.components) {
        Id top = 0;
        QSet<Id> seen;
        for (Id zone = component.zoneId; zone != 0 && !seen.contains(zone);) {
            seen.insert(zone);
            top = zone;
            const Zone *record = project.zone(zone);
            zone = record ? record->parentId : 0;
        }
        if (top && project.zone(top))
            used.insert(top);
    }
    return used;
}

} // namespace Portolan
