#pragma once
// Private to the layout module: edge geometry made without Graphviz — for
// the fallback arrangement and for any edge Graphviz failed to route — and
// the bounds of a finished result.

#include "layout/layouttypes.h"

#include <QList>
#include <QPointF>
#include <QRectF>

namespace Portolan {

// Length of the arrow head, as Graphviz draws it (arrowsize 1).
inline constexpr qreal arrowLength = 10;

// Where the ray from the centre of `box` towards `towards` leaves the box.
// The box of `size` centred on `centre`.
QRectF boxAt(QPointF centre, const QSizeF &size);

QPointF borderPoint(const QRectF &box, QPointF towards);

// A cubic piece that is a straight segment from `from` to `to`.
void appendLine(QList<QPointF> &path, QPointF from, QPointF to);

// A straight edge from border to border of two boxes; a loop on the right
// side when both are the same box. The path stops an arrow's length short
// of the tip.
EdgeGeometry straightEdge(const QString &key, const QRectF &source, const QRectF &target);

// An edge between two boxes stacked in one column: out of the source's
// right side, `reach` points to the right of both, and back into the
// target's right side, so that it passes no box in between.
EdgeGeometry bracketEdge(const QString &key, const QRectF &source, const QRectF &target,
                         qreal reach);

// Shortens a path that ends on the target's border so that it ends where
// an arrow head starting there points at the old end (now arrowTip).
void makeArrowRoom(EdgeGeometry &edge);

// Everything drawn: node and cluster boxes, paths, arrow tips, labels.
QRectF resultBounds(const LayoutResult &result);

} // namespace Portolan
