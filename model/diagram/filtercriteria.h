#pragma once
// What a filter or a view selects, decided on the project itself: which
// flows match, and which components match by themselves. The filter bar's
// matcher (diagramfilter.h) and the choice of what a diagram draws
// (diagramcontent.h) share it.

#include "project/snapshot.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Portolan {

struct DiagramFilter
{
    QSet<Id> products; // flows of these products; empty: any product
    QList<Transport> protocols; // flows over these protocols; empty: any
    QSet<Id> zones; // flows touching these zones (nested zones too); empty: any
    QSet<Id> components; // flows touching these components; empty: any
    // White-space separated words, all of which must match. A word that reads
    // as ports ("443", "30000-32767", "80,443") matches flows whose ports
    // overlap it; any other word matches, case-insensitively, part of a
    // component's name or address (in the diagram's environment), a
    // purpose, a product name or a protocol name.
    QString text;

    bool isEmpty() const;
    friend bool operator==(const DiagramFilter &, const DiagramFilter &) = default;
};

// What a view shows, as a filter, and a filter kept as a view's selection.
DiagramFilter filterOf(const ViewSelection &selection);
ViewSelection selectionOf(const DiagramFilter &filter);

// A flow matches when it passes every criterion. A component matches by
// itself when the filter is not about flows only (products, protocols,
// ports) and it passes the zone, component and text criteria with its
// name, kind, zone and addresses in `environment`.
class FilterCriteria
{
public:
    FilterCriteria(const ProjectSnapshot &project, const DiagramFilter &filter, Id environment = 0);

    // False for an empty filter: everything matches.
    bool isActive() const { return m_active; }
    bool matchesFlow(const Flow &flow) const;
    bool matchesComponentByItself(const Component &component) const;

private:
    struct Word
    {
        QString text; // lower case
        std::optional<PortSet> ports; // when the word reads as ports
    };
    bool endOk(Id componentId) const;

    const ProjectSnapshot &m_project;
    DiagramFilter m_filter;
    Id m_environment = 0;
    bool m_active = false;
    bool m_flowsOnly = false;
    QList<Word> m_words;
    QSet<Id> m_zones; // the zones asked for, with the zones nested in them
};

} // namespace Portolan
