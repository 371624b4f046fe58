#pragma once
// The stored drawing (domain/drawnitem.h) and the layout module's geometry,
// one into the other: what a request finds already drawn, whether that is
// all it needs, and a finished layout as items to store.

#include "domain/drawnitem.h"
#include "layout/layouttypes.h"

#include <QHash>
#include <QList>

namespace Portolan {

// The stored geometry of the request's nodes, clusters and edges (those the
// drawing has; the others are left out). `covers`, when given, is told
// coversRequest(drawing, request), found in the same pass.
LayoutResult storedLayout(const QHash<QString, DrawnItem> &drawing, const LayoutRequest &request,
                          bool *covers = nullptr);
// Whether the drawing has every node of the request at its size, every
// cluster and every edge with room for its label: nothing to lay out.
bool coversRequest(const QHash<QString, DrawnItem> &drawing, const LayoutRequest &request);
QList<DrawnItem> drawnItems(const LayoutResult &layout);
// drawingChanges(stored, drawnItems(layout), view), with items made only
// for what changed: an edit keeps thousands as they were.
QList<DrawnChange> layoutChanges(const QHash<QString, DrawnItem> &stored,
                                 const LayoutResult &layout, Id view = 0);

} // namespace Portolan
