#pragma once
// Narrowing down what a diagram highlights: by product, protocol, zone,
// component and free text (filtercriteria.h). The views fade (or hide) what does not match; the
// diagram itself is not changed, so clearing a filter costs no relayout.

#include "diagram.h"
#include "diagram/filtercriteria.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Portolan {

// A filter applied to one diagram, decided for every element up front.
// A flow matches when it passes every criterion; an edge matches when one of
// its flows does; a component matches when a matching flow touches it, or,
// when no product or protocol is asked for, when it passes the zone and text
// criteria by itself (its name, kind, zone); a zone matches when it holds a
// matching component or is one of the zones asked for.
class DiagramFilterMatcher
{
public:
    DiagramFilterMatcher(const Diagram &diagram, const DiagramFilter &filter);

    // False for an empty filter: everything matches.
    bool isActive() const { return m_active; }
    bool matchesFlow(Id flowId) const;
    bool matchesEdge(Id sourceId, Id targetId) const;
    bool matchesComponent(Id componentId) const;
    bool matchesZone(Id zoneId) const;

private:
    bool m_active = false;
    QSet<Id> m_flows;
    QSet<QPair<Id, Id>> m_edges;
    QSet<Id> m_components;
    QSet<Id> m_zones;
};

} // namespace Portolan
