#pragma once
// Zones drawn as one node each: the zone overview (every top-level zone a
// node) and a zone collapsed in place. A collapsed zone's components, and
// the zones nested in it, give way to one node standing for the zone; its
// flows end at that node (the flow ids kept, so that an edge still selects
// its flows), and the flows within the zone are not drawn.

#include "project/snapshot.h"

#include <QSet>

namespace Portolan {

// A zone's node is drawn as a component whose id is the zone's above this
// base (no component id comes near it).
constexpr Id zoneNodeBase = Id(1) << 40;
constexpr bool isZoneNode(Id id)
{
    return id >= zoneNodeBase;
}
constexpr Id zoneNodeId(Id zoneId)
{
    return zoneNodeBase + zoneId;
}
constexpr Id zoneOfNode(Id id)
{
    return id - zoneNodeBase;
}

// The node standing for the components in no zone (zoneOfNode() is 0).
constexpr Id noZoneNodeId = zoneNodeBase;
// At the zone level, more components in no zone than this are drawn as the
// one "No zone" node; fewer are drawn as themselves.
constexpr int noZoneNodeThreshold = 5;

// `project` with each of `zones` drawn as one node (a zone inside another
// collapsed one goes with it). The node sits in the zone's parent, named
// as the zone, of kind Any, and its notes say what it holds ("9
// components").
ProjectSnapshot collapseZones(const ProjectSnapshot &project, const QSet<Id> &zones);

// `project` with its components in no zone drawn as one node, "No zone",
// the way collapseZones() draws a zone, when there are more than
// noZoneNodeThreshold of them; otherwise `project` as it is.
ProjectSnapshot collapseNoZone(const ProjectSnapshot &project);

// The top-level zones that hold a component, through nested zones.
QSet<Id> topLevelZones(const ProjectSnapshot &project);

} // namespace Portolan
