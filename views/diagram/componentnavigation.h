#pragma once
// Moving between components with the keyboard: the nearest one in a
// direction (arrow keys) and the next in order (Tab). Pure geometry, so that
// the rules are tested without a window.

#include "domain/types.h"

#include <QList>
#include <QPointF>

namespace Portolan {

struct NavigationTarget
{
    Id id = 0;
    QPointF centre;
};

enum class NavigationDirection { Left, Right, Up, Down };

// The target nearest to `from` in `direction`: among those ahead, the ones
// within 45° of the direction win over those further off-axis; distance
// counts sideways drift double. 0 when nothing lies ahead.
Id nearestInDirection(const QList<NavigationTarget> &targets, Id from,
                      NavigationDirection direction);
// The target after (or before) `from` in list order, wrapping round; the
// first (or last) when `from` is not in the list.
Id nextInOrder(const QList<NavigationTarget> &targets, Id from, bool backwards);

} // namespace Portolan
