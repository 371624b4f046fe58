#pragma once
// Edge labels placed after routing. Graphviz is told nothing about labels
// (its own edge labels break clustered layouts, docs/graphviz.md); each label
// box is put next to its own path — near the middle first, on the path or
// beside it, at most about two label heights away — where it touches no
// node, no zone title and no label placed before it, preferring spots
// that cover no other edge. A label with no free spot goes where it
// overlaps least. Spatial grids keep this fast for thousands of edges.

#include "layout/layouttypes.h"

namespace Portolan {

// Sets labelBox of every edge in `result` whose request edge has a label
// size (result.edges and request.edges in the same order).
// With `within` (a few edges routed again in a large drawing: the area
// around their paths, with room for the farthest spot a label may take),
// only the nodes and zone titles that reach into it are indexed; all the
// same spots are tried.
void placeEdgeLabels(const LayoutRequest &request, LayoutResult &result,
                     const QRectF &within = QRectF());
// The area `within` should be for placing the labels of these edges: their
// paths' bounds widened by the reach of the largest of their labels.
QRectF labelReach(const QList<EdgeGeometry> &edges, const QList<LayoutEdge> &requested);

// Overlaps in finished geometry, for tests and benchmarks: pairs of boxes
// whose interiors intersect (touching edges do not count).
struct LabelOverlaps
{
    int labelNode = 0; // edge label × node box
    int labelLabel = 0; // edge label × edge label
    int labelClusterLabel = 0; // edge label × zone title
    int total() const { return labelNode + labelLabel + labelClusterLabel; }
};
LabelOverlaps countLabelOverlaps(const LayoutResult &result);

} // namespace Portolan
