#include "zonegrouping.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace Portolan {

namespace {

// A service as grouping compares it: the same protocol and the same ports
// (a port set's ranges are canonical).
struct Service
{
    Transport protocol;
    PortSet ports;

    friend bool operator==(const Service &, const Service &) = default;
    friend size_t qHash(const Service &service, size_t seed = 0)
    {
        seed = qHash(int(service.protocol), seed);
        for (const PortSet::Range &range : service.ports.ranges())
            seed = qHashMulti(seed, range.lo, range.hi);
        return seed;
    }
};

// Flows that may share an edge: from (or to) a zone's components, to (or
// from) one other end, with one service (numbered as first met).
struct Candidate
{
    Id zone = 0;
    Id other = 0;
    int service = 0;

    friend bool operator==(const Candidate &, const Candidate &) = default;
};

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
    // and its service's number.
    QList<std::pair<Id, Id>> m_ends;
    QList<int> m_services;
};

Grouping::Grouping(const DiagramContent &content, const QHash<Id, Id> &parents)
    : m_content(content)
    , m_parents(parents)
{
    for (const Component &component : content.components)
        m_zoneOf.insert(component.id, component.zoneId);
    QSet<Id> withFlows;
    QHash<Service, int> services;
    m_ends.reserve(content.flows.size());
    m_services.reserve(content.flows.size());
    for (const Flow &flow : content.flows) {
        withFlows << flow.sourceId << flow.destinationId;
        m_ends.append({ flow.sourceId, flow.destinationId });
        const Service service { flow.protocol, flow.ports };
        auto known = services.constFind(service);
        if (known == services.cend())
            known = services.insert(service, int(services.size()));
        m_services.append(*known);
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
    // Every candidate a flow's grouped end (a component) may join; sorted,
    // each candidate's flows lie together. Whatever order candidates are
    // taken in, a flow goes to one zone: the outermost of its zones whose
    // every active component takes part.
    struct Entry
    {
        Candidate candidate;
        Id member = 0;
        qsizetype flow = 0;
    };
    QList<Entry> entries;
    entries.reserve(m_ends.size());
    for (qsizetype f = 0; f < m_ends.size(); ++f) {
        const auto [source, target] = m_ends[f];
        const Id grouped = atSource ? source : target;
        const Id other = atSource ? target : source;
        if (isZoneEnd(grouped))
            continue; // already grouped at this end
        for (const Id zone : zonesOf(grouped)) {
            if (!inside(other, zone))
                entries.append({ { zone, other, m_services[f] }, grouped, f });
        }
    }
    const auto order = [](const Candidate &a, const Candidate &b) {
        return std::tie(a.zone, a.other, a.service) < std::tie(b.zone, b.other, b.service);
    };
    std::sort(entries.begin(), entries.end(), [&order](const Entry &a, const Entry &b) {
        return order(a.candidate, b.candidate)
            || (a.candidate == b.candidate && a.member < b.member);
    });
    // A candidate's distinct members (its entries are sorted by member).
    const auto members = [](auto begin, auto end) {
        qsizetype count = 0;
        for (auto it = begin; it != end; ++it)
            count += it == begin || it->member != std::prev(it)->member;
        return count;
    };
    const auto runOf = [&entries, &order](const Candidate &candidate) {
        const auto lower = std::lower_bound(
            entries.cbegin(), entries.cend(), candidate,
            [&order](const Entry &e, const Candidate &c) { return order(e.candidate, c); });
        auto upper = lower;
        while (upper != entries.cend() && upper->candidate == candidate)
            ++upper;
        return std::pair(lower, upper);
    };
    QSet<qsizetype> taken;
    for (auto begin = entries.cbegin(); begin != entries.cend();) {
        const Candidate candidate = begin->candidate;
        auto end = begin;
        while (end != entries.cend() && end->candidate == candidate)
            ++end;
        // Every active component of the zone takes part, and of no zone
        // around it (the outermost such zone groups the inner one's too).
        const qsizetype count = members(begin, end);
        bool groups = count >= 2 && count == m_active.value(candidate.zone);
        for (Id up = m_parents.value(candidate.zone); up != 0 && groups; up = m_parents.value(up)) {
            const auto [outerBegin, outerEnd] = runOf({ up, candidate.other, candidate.service });
            groups = outerBegin == outerEnd || members(outerBegin, outerEnd) != m_active.value(up);
        }
        if (groups) {
            for (auto it = begin; it != end; ++it) {
                if (taken.contains(it->flow))
                    continue;
                taken.insert(it->flow);
                (atSource ? m_ends[it->flow].first : m_ends[it->flow].second)
                    = zoneEnd(candidate.zone);
            }
        }
        begin = end;
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
