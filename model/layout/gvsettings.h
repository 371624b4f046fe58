#pragma once
// Private to the layout module: the Graphviz settings for one request —
// spacing scaled from the label sizes (Graphviz is told nothing about
// labels, so the room they need must be in the spacing) and the speed
// settings docs/graphviz.md measured for large graphs.

#include "layout/layouttypes.h"

#include <QByteArray>

namespace Portolan {

struct GvSettings
{
    qreal nodeSep = 18; // points
    qreal rankSep = 54;
    QByteArray splines;
    QByteArray mclimit; // empty: Graphviz's default
    QByteArray nslimit; // empty: Graphviz's default
    bool remincross = true;
    // Edges routed at right angles by Portolan's router (dot routes none).
    bool orthogonal = false;

    static GvSettings forRequest(const LayoutRequest &request);
};

} // namespace Portolan
