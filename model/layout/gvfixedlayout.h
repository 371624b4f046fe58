#pragma once
// Private to the layout module: layouts that keep node positions — nodes
// the user pinned stay exactly where they are, and a request whose nodes
// all carry hints (from the previous layout) keeps all of them, so adding
// a flow does not reshuffle the picture. Graphviz's no-op engine ("nop",
// `neato -n`) then only routes the edges, around the nodes; zone frames are
// drawn around their members here, since neato knows no clusters.

#include "layout/gvclustertree.h"

#include <QList>
#include <QPointF>

namespace Portolan {

// Any node pinned, or every node hinted.
bool keepsPositions(const LayoutRequest &request);

// A centre for every node: pinned, else hinted, else where `free` (a
// layout of the whole request that kept nothing) put it, moved along with
// the kept nodes and off any kept node it would cover.
QList<QPointF> keptCentres(const LayoutRequest &request, const LayoutResult &free);

// Routes the edges around nodes at `centres`. Sets *error when Graphviz
// could not run.
LayoutResult routeAroundNodes(const LayoutRequest &request, const ClusterTree &tree,
                              const QList<QPointF> &centres, QString *error);

} // namespace Portolan
