#pragma once
// The delta of a change request drawn over a diagram: the later revision's
// display list with its flows coloured by what changed since the earlier
// one. Edges whose flows are all new are green; edges with a changed, new
// or removed flow among others are amber, their tooltips saying before →
// after; edges of the earlier revision that are gone are drawn red and
// dashed where the earlier drawing had them; the rest is faded. Components
// new since are outlined green, renamed, re-zoned or re-addressed ones amber,
// and removed ones drawn red and dashed from the earlier drawing. A key
// under the diagram says what the colours mean.

#include "diagram/diagram.h"
#include "diagram/displaylist.h"
#include "diagram/drawinggeometry.h"
#include "diff/designdiff.h"

namespace Portolan {

enum class EdgeDelta { Unchanged, Added, Changed, Removed };

struct DeltaStyle
{
    QColor added { 0x1e, 0x8e, 0x3e };
    QColor removed { 0xc6, 0x28, 0x28 };
    QColor changed { 0xe0, 0x8a, 0x00 };
    qreal fade = 0.75; // how far unchanged things blend into the background
};

// What happened to each edge of `to` (by source and target), and to the
// edges of `from` that `to` lacks (Removed).
QHash<std::pair<Id, Id>, EdgeDelta> edgeDeltas(const Diagram &from, const Diagram &to,
                                               const DesignDiff &diff);

// `to`'s display list with the delta drawn over it (see above). `from` and
// `fromList` are the earlier revision's diagram and display list, drawn
// from its own stored drawing. `legend` holds the key's four words, in
// the order added, removed, changed, unchanged.
DisplayList deltaDisplayList(const Diagram &from, const DisplayList &fromList, const Diagram &to,
                             const DisplayList &toList, const DesignDiff &diff,
                             const QStringList &legend, const DeltaStyle &style = {});

// The earlier side of a delta drawn over a diagram made with `options`:
// `earlier` (a revision, cut to the same view by the caller) drawn from its
// own stored drawing, `layOutAfresh` laying it out only when it has none,
// with the same environment when it has one (else none) and tooltips. A
// failed layout is in the diagram's layoutError.
Diagram earlierDiagram(const ProjectSnapshot &earlier, const DiagramOptions &options,
                       const LayOutAfresh &layOutAfresh);

} // namespace Portolan
