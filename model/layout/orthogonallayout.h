#pragma once
// Private to the layout module: every edge of a request routed at right
// angles (OrthoRouter) over boxes and frames already placed, each label on
// a straight run of its own edge. Where routes had to share a track or
// break a rule, room is made (space inserted there) and everything is
// routed again, a few rounds at most.

#include "layout/gvclustertree.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QSizeF>

namespace Portolan {

struct OrthogonalPlacement
{
    QList<QRectF> nodes; // per request node
    QList<ClusterGeometry> clusters; // per ClusterTree index
};

struct OrthogonalStats
{
    int forced = 0; // edges that had to cross a box, a foreign frame or another label's room
    int labelsForced = 0; // labels that found no free spot
    int overlaps = 0; // grid points where a route runs along another's track
    int crossings = 0;
};

// Every box of the placement by key: the nodes (the first node of a key),
// then the frames (ClusterTree keys).
QHash<QString, QRectF> boxesByKey(const LayoutRequest &request, const ClusterTree &tree,
                                  const OrthogonalPlacement &placement);

class SpaceInsertion;
// The placement with space inserted (spaceinsertion.h).
void applyInsertion(const SpaceInsertion &insertion, OrthogonalPlacement &placement);

// Gaps between the columns of a left-to-right placement widened where the
// edges between them need more tracks than there is room for; everything
// right of a widened gap moves right, frames across it grow.
void widenColumnGaps(const LayoutRequest &request, const ClusterTree &tree,
                     OrthogonalPlacement &placement);

// Gaps beside zone frames widened where the routes that leave a zone need
// more tracks than the gap to its neighbour holds (a route may neither
// cross a foreign frame nor follow a border).
void widenFrameGaps(const LayoutRequest &request, const ClusterTree &tree,
                    OrthogonalPlacement &placement);

// Nodes, clusters (ClusterTree order) and edges (request order) of the
// placement, every edge routed.
LayoutResult routeOrthogonally(const LayoutRequest &request, const ClusterTree &tree,
                               const OrthogonalPlacement &placement,
                               OrthogonalStats *stats = nullptr);

// The edges of `request` whose `kept` geometry (request order) has no path
// routed over the placement, around the kept ones (whose tracks and labels
// stay as they are): what an edit re-routes.
LayoutResult rerouteOrthogonally(const LayoutRequest &request, const ClusterTree &tree,
                                 const OrthogonalPlacement &placement,
                                 const QList<EdgeGeometry> &kept, OrthogonalStats *stats = nullptr);

} // namespace Portolan
