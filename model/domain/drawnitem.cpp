#include "drawnitem.h"

#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// More points than any edge of a diagram has: a longer list is not a path.
constexpr qsizetype maximumPoints = 100000;

} // namespace

QString pathText(const QList<QPointF> &path)
{
    QString text;
    text.reserve(path.size() * 16);
    for (const QPointF &p : path) {
        if (!text.isEmpty())
            text += u' ';
        text += QString::number(p.x(), 'f', 2) + u',' + QString::number(p.y(), 'f', 2);
    }
    return text;
}

std::optional<QList<QPointF>> pathFromText(QStringView text)
{
    QList<QPointF> path;
    if (text.trimmed().isEmpty())
        return path;
    const auto points = text.split(u' ', Qt::SkipEmptyParts);
    if (points.size() > maximumPoints)
        return std::nullopt;
    path.reserve(points.size());
    for (const QStringView point : points) {
        const qsizetype comma = point.indexOf(u',');
        if (comma < 0)
            return std::nullopt;
        bool okX = false, okY = false;
        const double x = point.left(comma).toDouble(&okX);
        const double y = point.mid(comma + 1).toDouble(&okY);
        if (!okX || !okY || !std::isfinite(x) || !std::isfinite(y))
            return std::nullopt;
        path.append(QPointF(x, y));
    }
    return path;
}

QList<DrawnChange> drawingChanges(const QHash<QString, DrawnItem> &stored,
                                  const QList<DrawnItem> &wanted, Id view)
{
    QHash<QString, const DrawnItem *> byKey;
    for (const DrawnItem &item : wanted)
        byKey.insert(item.key, &item);
    QStringList keys = byKey.keys();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!byKey.contains(it.key()))
            keys.append(it.key());
    }
    keys.sort();
    QList<DrawnChange> changes;
    for (const QString &key : std::as_const(keys)) {
        const DrawnItem *to = byKey.value(key);
        const auto from = stored.constFind(key);
        if (from == stored.cend())
            changes.append({ key, std::nullopt, *to, view });
        else if (!to)
            changes.append({ key, *from, std::nullopt, view });
        else if (!(*from == *to))
            changes.append({ key, *from, *to, view });
    }
    return changes;
}

} // namespace Portolan
