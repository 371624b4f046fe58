#include "componentnavigation.h"

#include <limits>

namespace Portolan {

Id nearestInDirection(const QList<NavigationTarget> &targets, Id from,
                      NavigationDirection direction)
{
    const auto origin = std::find_if(targets.cbegin(), targets.cend(),
                                     [from](const NavigationTarget &t) { return t.id == from; });
    if (origin == targets.cend())
        return 0;
    Id best = 0;
    bool bestInCone = false;
    qreal bestScore = std::numeric_limits<qreal>::max();
    for (const NavigationTarget &target : targets) {
        if (target.id == from)
            continue;
        const QPointF delta = target.centre - origin->centre;
        qreal ahead = 0;
        qreal sideways = 0;
        switch (direction) {
        case NavigationDirection::Left:
            ahead = -delta.x();
            sideways = delta.y();
            break;
        case NavigationDirection::Right:
            ahead = delta.x();
            sideways = delta.y();
            break;
        case NavigationDirection::Up:
            ahead = -delta.y();
            sideways = delta.x();
            break;
        case NavigationDirection::Down:
            ahead = delta.y();
            sideways = delta.x();
            break;
        }
        if (ahead <= 0.5)
            continue;
        const bool inCone = qAbs(sideways) <= ahead;
        const qreal score = ahead + 2 * qAbs(sideways);
        if ((inCone && !bestInCone) || (inCone == bestInCone && score < bestScore)) {
            best = target.id;
            bestInCone = inCone;
            bestScore = score;
        }
    }
    return best;
}

Id nextInOrder(const QList<NavigationTarget> &targets, Id from, bool backwards)
{
    if (targets.isEmpty())
        return 0;
    const auto it = std::find_if(targets.cbegin(), targets.cend(),
                                 [from](const NavigationTarget &t) { return t.id == from; });
    if (it == targets.cend())
        return backwards ? targets.last().id : targets.first().id;
    const qsizetype count = targets.size();
    const qsizetype index = it - targets.cbegin();
    return targets.at((index + (backwards ? count - 1 : 1)) % count).id;
}

} // namespace Portolan
