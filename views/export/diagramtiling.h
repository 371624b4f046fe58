#pragma once
// How a diagram goes on paper so that it can be read: as large as the
// printable area allows, and never so small that an edge label prints
// under 6 pt. A diagram that would shrink further is printed in parts
// (tiles) at the smallest readable scale, neighbouring parts overlapping,
// with a map of the parts in front. Shared by `portolan export --paper`
// (PDF) and the handover pack's diagram pages.

#include "diagram/displaylist.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace Portolan {

struct DiagramTiling
{
    qreal scale = 1; // paper points per diagram point
    int columns = 1;
    int rows = 1;
    QList<QRectF> tiles; // in diagram points, row by row; one when it fits
    bool landscape = false; // the paper turned for these tiles
    bool isTiled() const { return tiles.size() > 1; }
    // "B2": row letter, column number.
    static QString tileName(int row, int column);
};

// Smallest size an edge label may print at, in points.
inline constexpr qreal minimumLabelPoints = 6;

// The tiling of `bounds` (diagram points) on paper whose printable area is
// `portrait` or `landscape` (points): the orientation that needs fewer
// pages (then the larger scale) wins unless `orientation` fixes it (0 any,
// 1 portrait, 2 landscape). `labelPoints` is the labels' size on screen;
// `largest` caps the scale (a small diagram is not blown up past it).
DiagramTiling tileDiagram(const QRectF &bounds, const QSizeF &portrait, const QSizeF &landscape,
                          qreal labelPoints, qreal largest, int orientation = 0);

// Paints `part` of the diagram (diagram points) into `target` (device
// units), clipped to it, centred, at the largest scale that fits.
void paintDiagramPart(QPainter *painter, const DisplayList &display, const QRectF &part,
                      const QRectF &target);
// The whole diagram in `target`, without its edge labels, each part
// outlined and named: the page map in front of a tiled diagram.
void paintPartMap(QPainter *painter, const DisplayList &display, const DiagramTiling &tiling,
                  const QRectF &target);

} // namespace Portolan
