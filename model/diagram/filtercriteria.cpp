#include "diagram/filtercriteria.h"

#include "diagram/diagramstyle.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

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
    return products.isEmpty() && protocols.isEmpty() && zones.isEmpty() && components.isEmpty()
        && text.trimmed().isEmpty();
}

DiagramFilter filterOf(const ViewSelection &selection)
{
    return { selection.products, selection.protocols, selection.zones, selection.components,
             selection.text };
}

ViewSelection selectionOf(const DiagramFilter &filter)
{
    return { filter.products, filter.zones, filter.components, filter.protocols,
             filter.text.trimmed() };
}

FilterCriteria::FilterCriteria(const ProjectSnapshot &project, const DiagramFilter &filter,
                               Id environment)
    : m_project(project)
    , m_filter(filter)
    , m_environment(environment)
    , m_active(!filter.isEmpty())
    , m_zones(withNestedZones(project, filter.zones))
{
    // "TCP/443" and "tcp:443" are how people write services: two words.
    QString spaced = filter.text;
    spaced.replace(u'/', u' ').replace(u':', u' ');
    for (const QString &part : spaced.split(u' ', Qt::SkipEmptyParts)) {
        Word word { part.toLower(), std::nullopt };
        if (part.front().isDigit()) {
            if (auto ports = PortSet::parse(part); ports && !ports->isEmpty())
                word.ports = ports;
        }
        m_words << word;
    }
    m_flowsOnly = !filter.products.isEmpty() || !filter.protocols.isEmpty()
        || std::any_of(m_words.cbegin(), m_words.cend(), [](const Word &w) { return w.ports; });
}

// Whether a flow end passes the zone criterion.
bool FilterCriteria::endOk(Id componentId) const
{
    const Component *component = m_project.component(componentId);
    return m_filter.zones.isEmpty() || (component && m_zones.contains(component->zoneId));
}

bool FilterCriteria::matchesFlow(const Flow &flow) const
{
    if (!m_active)
        return true;
    if (!m_filter.products.isEmpty() && !m_filter.products.contains(flow.productId))
        return false;
    if (!m_filter.protocols.isEmpty() && !m_filter.protocols.contains(flow.protocol))
        return false;
    if (!endOk(flow.sourceId) && !endOk(flow.destinationId))
        return false;
    if (!m_filter.components.isEmpty() && !m_filter.components.contains(flow.sourceId)
        && !m_filter.components.contains(flow.destinationId))
        return false;
    const QStringList texts { m_project.componentName(flow.sourceId),
                              m_project.componentName(flow.destinationId), flow.purpose,
                              m_project.productName(flow.productId), transportName(flow.protocol) };
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const Word &word) {
        if (word.ports)
            return transportHasPorts(flow.protocol) && flow.ports.intersects(*word.ports);
        return anyContains(texts, word.text);
    });
}

bool FilterCriteria::matchesComponentByItself(const Component &component) const
{
    if (!m_active)
        return true;
    if (m_flowsOnly || !endOk(component.id))
        return false;
    if (!m_filter.components.isEmpty() && !m_filter.components.contains(component.id))
        return false;
    QStringList texts { component.name, DiagramStyle::kindTitle(component.kind),
                        componentKindName(component.kind), componentKindLabel(component.kind),
                        m_project.zoneName(component.zoneId) };
    // Its addresses in the environment, drawn or not.
    if (m_environment) {
        for (const Address &address : m_project.addressesOf(component.id, m_environment))
            texts.append(address.value);
    }
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&](const Word &word) { return anyContains(texts, word.text); });
}

} // namespace Portolan
