#pragma once
// A view of the project: a name, a selection of what it shows and the level
// it is drawn at. Views are stored with the project, in the user's order;
// the whole project ("All") is the view every project has, and is not one
// of these records. Each view has a drawing of its own (its drawing_item
// rows carry its id).

#include "domain/types.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <optional>

namespace Portolan {

// What a view shows, as the filter bar selects: flows of these products,
// over these protocols, touching these zones or components, matching the
// text. An empty criterion selects everything. Ids of records that are
// gone stay in the selection and match nothing, so deleting the one zone a
// view shows leaves the view empty rather than showing everything.
struct ViewSelection
{
    QSet<Id> products;
    QSet<Id> zones;
    QSet<Id> components;
    QList<Transport> protocols;
    QString text;
    // Zones drawn as one node each in the view (collapsed in place); not a
    // criterion: isEmpty() leaves it aside.
    QSet<Id> collapsed {};

    bool isEmpty() const;
    friend bool operator==(const ViewSelection &, const ViewSelection &) = default;
};

// Components: every component a box. Zones: every top-level zone one node.
enum class ViewLevel { Components, Zones };

struct View
{
    Id id = 0;
    QString name;
    int position = 0; // order in the Views panel, lowest first
    ViewLevel level = ViewLevel::Components;
    ViewSelection selection;
    bool print = false; // printed in the handover pack

    friend bool operator==(const View &, const View &) = default;
};

// The name of the view every project has; no stored view may take it.
QString allViewName();

// "components", "zones"
QString viewLevelName(ViewLevel level);
std::optional<ViewLevel> viewLevelFromName(QStringView name);

// The selection as stored: a JSON object with the keys "products",
// "zones", "components" (arrays of ids), "protocols" (transport names)
// and "text", each left out when empty. Reading is lenient, as for a file
// from elsewhere: keys it does not know and entries of the wrong type are
// passed over; text that is no JSON object gives nullopt.
QString viewSelectionToJson(const ViewSelection &selection);
std::optional<ViewSelection> viewSelectionFromJson(QStringView json);

// Views in the order the user gave them (position, then creation).
QList<View> viewsInOrder(QList<View> views);

} // namespace Portolan
