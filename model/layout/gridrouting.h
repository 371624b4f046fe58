#pragma once
// Private to the layout module: blocks (zones laid out on their own)
// placed in a grid, and orthogonal routes between them. Every route leaves
// its block by the block's out port (on its right side), runs through the
// gutters between columns and the channels between rows, and enters the
// target block by its in port (on its left side). Where routes run side by
// side in a gutter or channel each has its own track, and gutters and
// channels are made as wide as their tracks need. Plain geometry: no
// Graphviz here.

#include <QList>
#include <QPointF>
#include <QSizeF>

namespace Portolan {

struct GridBlock
{
    QSizeF size;
    // Relative to the block's top-left corner. The out port must be the
    // rightmost point of the block and the in port the leftmost: routes
    // run straight from them to the gutter beside the block.
    QPointF inPort;
    QPointF outPort;
};

struct GridRoute
{
    qsizetype from; // block index: leaves by its out port
    qsizetype to; // enters by its in port
};

struct GridPlan
{
    QList<QPointF> origins; // top-left corner of each block
    QList<QList<QPointF>> routes; // polyline per route, out port to in port
};

struct GridSpacing
{
    qreal margin = 16; // between a block and the first track beside it
    qreal track = 4; // between neighbouring tracks
    qreal aspect = 1.5; // width / height the grid aims at
};

// Blocks that share many routes are placed near each other.
GridPlan planGrid(const QList<GridBlock> &blocks, const QList<GridRoute> &routes,
                  const GridSpacing &spacing = {});

} // namespace Portolan
