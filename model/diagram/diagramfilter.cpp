#include "diagramfilter.h"

#include "diagramstyle.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

struct Word
{
    QString text; // lower case
    std::optional<PortSet> ports; // when the word reads as ports
};

QList<Word> parseWords(const QString &text)
{
    // "TCP/443" and "tcp:443" are how people write services: two words.
    QString spaced = text;
    spaced.replace(u'/', u' ').replace(u':', u' ');
    QList<Word> words;
    for (const QString &part : spaced.split(u' ', Qt::SkipEmptyParts)) {
        Word word { part.toLower(), std::nullopt };
        if (part.front().isDigit()) {
            if (auto ports = PortSet::parse(part); ports && !ports->isEmpty())
                word.ports = ports;
        }
        words << word;
    }
    return words;
}

bool anyContains(const QStringList &haystacks, const QString &needle)
{
    return std::any_of(haystacks.cbegin(), haystacks.cend(), [&needle](const QString &text) {
        return text.contains(needle, Qt::CaseInsensitive);
    });
}

// The wanted zones with every zone nested in them, however deep.
QSet<Id> withNestedZones(const ProjectSnapshot &project, const QSet<Id> &zones)
{
    QSet<Id> all = zones;
    for (bool grew = true; grew;) {
        grew = false;
        for (const Zone &zone : project.zones) {
            if (zone.parentId != 0 && all.contains(zone.parentId) && !all.contains(zone.id)) {
                all.insert(zone.id);
                grew = true;
            }
        }
    }
    return all;
}

} // namespace

bool DiagramFilter::isEmpty() const
{
    return products.isEmpty() && protocols.isEmpty() && zones.isEmpty() && text.trimmed().isEmpty();
}

DiagramFilterMatcher::DiagramFilterMatcher(const Diagram &diagram, const DiagramFilter &filter)
    : m_active(!filter.isEmpty())
{
    if (!m_active)
        return;
    const ProjectSnapshot &project = diagram.project;
    const QList<Word> words = parseWords(filter.text);
    const QSet<Id> zones = withNestedZones(project, filter.zones);
    auto zoneOk = [&](Id componentId) {
        const Component *component = project.component(componentId);
        return filter.zones.isEmpty() || (component && zones.contains(component->zoneId));
    };

    QHash<Id, const Flow *> flows;
    for (const Flow &flow : project.flows)
        flows.insert(flow.id, &flow);
    auto flowMatches = [&](const Flow &flow) {
        if (!filter.products.isEmpty() && !filter.products.contains(flow.productId))
            return false;
        if (!filter.protocols.isEmpty() && !filter.protocols.contains(flow.protocol))
            return false;
        if (!zoneOk(flow.sourceId) && !zoneOk(flow.destinationId))
            return false;
        const QStringList texts { project.componentName(flow.sourceId),
                                  project.componentName(flow.destinationId), flow.purpose,
                                  project.productName(flow.productId),
                                  transportName(flow.protocol) };
        return std::all_of(words.cbegin(), words.cend(), [&](const Word &word) {
            if (word.ports)
                return transportHasPorts(flow.protocol) && flow.ports.intersects(*word.ports);
            return anyContains(texts, word.text);
        });
    };

    for (const DiagramEdge &edge : diagram.edges) {
        for (const Id id : edge.flowIds) {
            const Flow *flow = flows.value(id);
            if (!flow || !flowMatches(*flow))
                continue;
            m_flows.insert(id);
            m_edges.insert({ edge.sourceId, edge.targetId });
            // The flow's own components, also on an edge for a whole zone.
            m_components << flow->sourceId << flow->destinationId;
        }
    }

    // A component with no matching flow may still match by itself, unless
    // the filter is about flows only (products, protocols, ports).
    const bool flowsOnly = !filter.products.isEmpty() || !filter.protocols.isEmpty()
        || std::any_of(words.cbegin(), words.cend(), [](const Word &w) { return w.ports; });
    const QHash<Id, QList<Address>> addresses = diagram.options.environment
        ? project.addressesIn(diagram.options.environment)
        : QHash<Id, QList<Address>>();
    for (const DiagramComponent &component : diagram.components) {
        if (flowsOnly || m_components.contains(component.id) || !zoneOk(component.id))
            continue;
        QStringList texts { component.name, DiagramStyle::kindTitle(component.kind),
                            componentKindName(component.kind), project.zoneName(component.zoneId) };
        // Its addresses in the diagram's environment, drawn or not.
        for (const Address &address : addresses.value(component.id))
            texts.append(address.value);
        if (std::all_of(words.cbegin(), words.cend(),
                        [&](const Word &word) { return anyContains(texts, word.text); }))
            m_components.insert(component.id);
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
