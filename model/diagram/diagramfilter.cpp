#include "diagramfilter.h"

#include "diagramstyle.h"

#include <optional>

namespace Portolan {

DiagramFilterMatcher::DiagramFilterMatcher(const Diagram &diagram, const DiagramFilter &filter)
    : m_active(!filter.isEmpty())
{
    if (!m_active)
        return;
    const ProjectSnapshot &project = diagram.project;
    const FilterCriteria criteria(project, filter, diagram.options.environment);
    for (const DiagramEdge &edge : diagram.edges) {
        for (const Id id : edge.flowIds) {
            const Flow *flow = project.flow(id);
            if (!flow || !criteria.matchesFlow(*flow))
                continue;
            m_flows.insert(id);
            m_edges.insert({ edge.sourceId, edge.targetId });
            // The flow's own components, also on an edge for a whole zone.
            m_components << flow->sourceId << flow->destinationId;
        }
    }
    // A component with no matching flow may still match by itself.
    for (const DiagramComponent &drawn : diagram.components) {
        const Component *component = project.component(drawn.id);
        if (component && !m_components.contains(drawn.id)
            && criteria.matchesComponentByItself(*component))
            m_components.insert(drawn.id);
    }

    m_zones = filter.zones;
    for (const DiagramComponent &component : diagram.components) {
        if (!m_components.contains(component.id))
            continue;
        QSet<Id> seen;
        for (Id zone = component.zoneId; zone != 0 && !seen.contains(zone);) {
            seen.insert(zone);
            m_zones.insert(zone);
            const Zone *z = project.zone(zone);
            zone = z ? z->parentId : 0;
        }
    }
}

bool DiagramFilterMatcher::matchesFlow(Id flowId) const
{
    return !m_active || m_flows.contains(flowId);
}

bool DiagramFilterMatcher::matchesEdge(Id sourceId, Id targetId) const
{
    return !m_active || m_edges.contains({ sourceId, targetId });
}

bool DiagramFilterMatcher::matchesComponent(Id componentId) const
{
    return !m_active || m_components.contains(componentId);
}

bool DiagramFilterMatcher::matchesZone(Id zoneId) const
{
    return !m_active || m_zones.contains(zoneId);
}

} // namespace Portolan
