#include "zonegrouping.h"

#include <QSet>

#include <map>
#include <tuple>

namespace Portolan {

namespace {

// A service as grouping compares it: the same protocol and the same ports.
using Service = std::pair<int, QString>;

Service serviceOf(const Flow &flow)
{
    return { int(flow.protocol), flow.ports.toString() };
}

class Grouping
{
public:
    Grouping(const DiagramContent &content, const QHash<Id, Id> &parents);
    QList<DiagramContent::Pair> run();

private:
    bool inside(Id component, Id zone) const;
    // The zones around a component, outermost first.
    const QList<Id> &zonesOf(Id component);
    void groupEnds(bool atSource);

    const DiagramContent &m_content;
    const QHash<Id, Id> &m_parents;
    QHash<Id, Id> m_zoneOf; // component -> its zone
    QHash<Id, int> m_active; // zone -> its components (any depth) that have flows
    QHash<Id, QList<Id>> m_zonesOf; // component -> zonesOf(), worked out once
    // Per flow: the drawn ends, components at first, zones once grouped,
    // and its service.
    QList<std::pair<Id, Id>> m_ends;
    QList<Service> m_services;
};

Grouping::Grouping(const DiagramContent &content, const QHash<Id, Id> &parents)
    : m_content(content)
    , m_parents(parents)
{
    for (const Component &component : content.components)
        m_zoneOf.insert(component.id, component.zoneId);
    QSet<Id> withFlows;
    for (const Flow &flow : content.flows) {
        withFlows << flow.sourceId << flow.destinationId;
        m_ends.append({ flow.sourceId, flow.destinationId });
        m_services.append(serviceOf(flow));
    }
    for (const Id component : std::as_const(withFlows)) {
        for (Id zone = m_zoneOf.value(component); zone != 0; zone = m_parents.value(zone))
            ++m_active[zone];
    }
}

bool Grouping::inside(Id end, Id zone) const
{
    Id start = isZoneEnd(end) ? -end : m_zoneOf.value(end);
    for (Id z = start; z != 0; z = m_parents.value(z)) {
        if (z == zone)
            return true;
    }
    return false;
}

const QList<Id> &Grouping::zonesOf(Id component)
{
    const auto it = m_zonesOf.constFind(component);
    if (it != m_zonesOf.cend())
        return *it;
    QList<Id> zones;
    for (Id zone = m_zoneOf.value(component); zone != 0; zone = m_parents.value(zone))
        zones.prepend(zone);
    return *m_zonesOf.insert(component, zones);
}

void Grouping::groupEnds(bool atSource)
{
    // (zone, other end, service) -> the flows of the zone's components
    // that carry the service to (or from) the other end.
    std::map<std::tuple<Id, Id, Service>, QList<qsizetype>> candidates;
    for (qsizetype f = 0; f < m_ends.size(); ++f) {
        const auto [source, target] = m_ends[f];
        const Id grouped = atSource ? source : target;
        const Id other = atSource ? target : source;
        if (isZoneEnd(grouped))
            continue; // already grouped at this end
        for (const Id zone : zonesOf(grouped)) {
            if (!inside(other, zone))
                candidates[{ zone, other, m_services[f] }].append(f);
        }
    }
    // A zone whose every active component takes part; the outermost such
    // zone wins (it groups the inner one's components too).
    QSet<qsizetype> taken;
    for (const auto &[key, flows] : candidates) {
        const Id zone = std::get<0>(key);
        QSet<Id> members;
        for (const qsizetype f : flows)
            members.insert(atSource ? m_ends[f].first : m_ends[f].second);
        if (members.size() < 2 || members.size() != m_active.value(zone))
            continue;
        bool outerWins = false;
        for (Id up = m_parents.value(zone); up != 0 && !outerWins; up = m_parents.value(up)) {
            const auto outer = candidates.find({ up, std::get<1>(key), std::get<2>(key) });
            if (outer != candidates.end()) {
                QSet<Id> outerMembers;
                for (const qsizetype f : outer->second)
                    outerMembers.insert(atSource ? m_ends[f].first : m_ends[f].second);
                outerWins = outerMembers.size() == m_active.value(up);
            }
        }
        if (outerWins)
            continue;
        for (const qsizetype f : flows) {
            if (taken.contains(f))
                continue;
            taken.insert(f);
            (atSource ? m_ends[f].first : m_ends[f].second) = zoneEnd(zone);
        }
    }
}

QList<DiagramContent::Pair> Grouping::run()
{
    groupEnds(true);
    groupEnds(false);
    QList<DiagramContent::Pair> pairs;
    QHash<std::pair<Id, Id>, qsizetype> index;
    for (qsizetype f = 0; f < m_ends.size(); ++f) {
        auto it = index.find(m_ends[f]);
        if (it == index.end()) {
            it = index.insert(m_ends[f], pairs.size());
            pairs.append({ m_ends[f].first, m_ends[f].second, {} });
        }
        pairs[*it].flows.append(m_content.flows[f]);
    }
    return pairs;
}

} // namespace

QList<DiagramContent::Pair> groupByZone(const DiagramContent &content, const QHash<Id, Id> &parents)
{
    return Grouping(content, parents).run();
}

} // namespace Portolan
