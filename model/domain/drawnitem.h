#pragma once
// One stored piece of the diagram's drawing, as laid out once and kept:
// what the window, a reopen, every export and the handover pack draw.

#include "domain/types.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>

#include <optional>

namespace Portolan {

struct DrawnItem
{
    // "c12": component 12's box; "z4": zone 4's frame; "e…": an edge
    // (diagram/diagramcontent.h makes the keys).
    QString key;
    QRectF box; // the component's box or the zone's frame; null for an edge
    QRectF label; // the zone's title or the edge's label; null when none
    // An edge's path: its start, three points per cubic Bézier piece, and
    // last the tip of its arrow head.
    QList<QPointF> path;

    friend bool operator==(const DrawnItem &, const DrawnItem &) = default;
};

// How the drawing is drawn, kept with the project so that every output
// draws it alike.
struct DrawingSettings
{
    bool curved = false; // edges as Graphviz's polylines instead of right angles
    bool groupByZone = true; // one edge for a service a whole zone has alike
    bool topToBottom = false; // flows run down the page instead of across it
    QSet<Id> collapsedZones {}; // drawn as one node each in the whole drawing

    friend bool operator==(const DrawingSettings &, const DrawingSettings &) = default;
};

// What one edit does to one item: none before (added) or after (removed).
struct DrawnChange
{
    QString key;
    std::optional<DrawnItem> before;
    std::optional<DrawnItem> after;
    Id view = 0; // whose drawing: 0 the whole project's, else a view's
};

// Adds to `changes` the removal of every stored item whose key `kept` (a
// set or hash of keys) lacks.
template<typename Keys>
void addRemovals(QList<DrawnChange> &changes, const QHash<QString, DrawnItem> &stored,
                 const Keys &kept, Id view)
{
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!kept.contains(it.key()))
            changes.append({ it.key(), *it, std::nullopt, view });
    }
}
// Puts changes in key order: whatever the hashes' order, the same edit
// makes the same changes.
void sortChanges(QList<DrawnChange> &changes);

// The changes that turn `stored` into `wanted` (in key order), in the
// drawing of `view` (0: the whole project's).
QList<DrawnChange> drawingChanges(const QHash<QString, DrawnItem> &stored,
                                  const QList<DrawnItem> &wanted, Id view = 0);

// A path as stored: "x,y x,y …", two decimals; and back, nullopt when the
// text is not such a list (a damaged or foreign file).
QString pathText(const QList<QPointF> &path);
std::optional<QList<QPointF>> pathFromText(QStringView text);

} // namespace Portolan
