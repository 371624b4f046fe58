#pragma once
// One edge where a hand-drawn diagram has one. When every component of a
// zone that has flows sends the same service (protocol and ports) to the
// same destination, the diagram draws one edge from the zone's frame for
// all of them, labelled once; likewise at the destination end (one edge
// into a zone every component of which receives the service from the same
// source), and from a zone to a zone. The flows are all still there: the
// edge lists them in its tooltip, selects them, exports them as rules.

#include "diagramcontent.h"

#include <QHash>
#include <QList>

namespace Portolan {

// An end of a drawn edge: a component id, or minus a zone's id (its frame).
inline Id zoneEnd(Id zone) { return -zone; }
inline bool isZoneEnd(Id end) { return end < 0; }

// The content's pairs with the flows that zones have alike moved to edges
// from or to those zones' frames. `parents` gives each drawn zone's parent.
QList<DiagramContent::Pair> groupByZone(const DiagramContent &content,
                                        const QHash<Id, Id> &parents);

} // namespace Portolan
