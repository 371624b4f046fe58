#pragma once
// Private to the layout module: a dense graph drawn as a matrix. When
// nearly every node has edges with nearly every other (the zone overview
// of a large design: 61 zones, 2,440 labelled edges), no placement of
// nodes and curves reads, and Graphviz spends seconds finding that out.
// The nodes are then set on the diagonal of a grid, top left to bottom
// right, and each edge is one right angle: out of its source's side along
// the source's row, then along the target's column into the target's top
// (target further down) or bottom (further up). Its label sits in the
// cell where the two meet, against the corner, so that an edge's label is
// read as a matrix is: its row names the source, its column the target.
//
// Tracks nest so that two edges of one source, or of one target, never
// cross: of a node's edges to the right, the one to the farthest column
// leaves highest; of the edges coming down into a node, the one from the
// farthest row comes down furthest right (and the mirror for edges to the
// left and from below). The corner of each edge then has no other edge
// below and left of it within its cell (above and right for the cells
// below the diagonal), and that is where its label goes. A node grows to
// take the ends of its edges: taller always, wider when it may
// (LayoutNode::widens).

#include "layout/layouttypes.h"

namespace Portolan {

// Whether `request` is drawn as a matrix: a fresh layout (no node pinned)
// of more edges than the orthogonal router takes, without zones, between
// more than half of the possible ordered pairs of nodes, with no edge to
// itself and at most one edge from one node to another.
bool prefersMatrixLayout(const LayoutRequest &request);

// The matrix drawing of `request`, labels placed; nodes in request order.
LayoutResult matrixLayout(const LayoutRequest &request);

} // namespace Portolan
