#pragma once
// Narrowing down what a diagram highlights: by product, protocol, zone and
// free text. The views fade (or hide) what does not match; the diagram
// itself is not changed, so clearing a filter costs no relayout.

#include "diagram.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Portolan {

struct DiagramFilter
{
    QSet<Id> products; // flows of these products; empty: any product
    QList<Transport> protocols; // flows over these protocols; empty: any
    QSet<Id> zones; // flows touching these zones (nested zones too); empty: any
    // White-space separated words, all of which must match. A word that reads
    // as ports ("443", "30000-32767", "80,443") matches flows whose ports
    // overlap it; any other word matches, case-insensitively, part of a
    // component's name or address (in the diagram's environment), a
    // purpose, a product name or a protocol name.
    QString text;

    bool isEmpty() const;
    friend bool operator==(const DiagramFilter &, const DiagramFilter &) = default;
};

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
