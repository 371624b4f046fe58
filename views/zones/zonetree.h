#pragma once
// Reading the zone hierarchy of a snapshot (zones nested by parentId) in the
// shapes the zone tree, the inspector's zone combos and the panel need.

#include "project/snapshot.h"

#include <QHash>
#include <QIcon>
#include <QList>
#include <QSet>

class QComboBox;

namespace Portolan {

struct ZoneRow
{
    Id id = 0;
    int depth = 0; // 0: top level
};

// Every zone, parents before their children, siblings in creation order.
// Zones caught in a parent cycle (which the store refuses) are left out.
QList<ZoneRow> zonesInTreeOrder(const ProjectSnapshot &project);
// The zone and every zone nested in it, however deep.
QSet<Id> zoneWithDescendants(const ProjectSnapshot &project, Id zoneId);
// How many components each zone holds directly.
QHash<Id, int> zoneMemberCounts(const ProjectSnapshot &project);
// How many flows each product has.
QHash<Id, int> productFlowCounts(const ProjectSnapshot &project);

// Fills `combo` with `noneText` (data 0) and the zones indented by depth
// (data: the id), leaving out `excluded` and its descendants; then selects
// `current`. Does nothing when the combo already holds exactly that list,
// so that an open popup or the current item survives unrelated changes.
void fillZoneCombo(QComboBox *combo, const ProjectSnapshot &project, const QString &noneText,
                   Id current, Id excluded = 0);

// A small square of `color` with a thin dark border, for product lists.
QIcon colorSwatch(const QColor &color, int size = 14);

} // namespace Portolan
