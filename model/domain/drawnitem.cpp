#include "drawnitem.h"

#include <QStringList>

#include <algorithm>
#include <charconv>
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
    // A stored drawing holds tens of thousands of these numbers: they are
    // read with std::from_chars (QStringView::toDouble cost opening an XL
    // project a quarter of its time).
    QList<QPointF> path;
    const auto number = [](QStringView part, double *value) {
        part = part.trimmed();
        if (part.startsWith(u'+'))
            part = part.mid(1);
        char buffer[64];
        if (part.isEmpty() || part.size() >= qsizetype(sizeof buffer))
            return false;
        for (qsizetype k = 0; k < part.size(); ++k) {
            const char16_t c = part[k].unicode();
            if (c > 0x7f)
                return false;
            buffer[k] = char(c);
        }
        const char *end = buffer + part.size();
        const auto [stop, error] = std::from_chars(buffer, end, *value);
        return error == std::errc() && stop == end && std::isfinite(*value);
    };
    for (const QStringView point : text.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (point.trimmed().isEmpty())
            continue;
        const qsizetype comma = point.indexOf(u',');
        double x = 0, y = 0;
        if (comma < 0 || !number(point.left(comma), &x) || !number(point.mid(comma + 1), &y))
            return std::nullopt;
        if (path.size() == maximumPoints)
            return std::nullopt;
        path.append(QPointF(x, y));
    }
    return path;
}

QList<DrawnChange> drawingChanges(const QHash<QString, DrawnItem> &stored,
                                  const QList<DrawnItem> &wanted, Id view)
{
    QHash<QString, const DrawnItem *> byKey;
    byKey.reserve(wanted.size());
    for (const DrawnItem &item : wanted)
        byKey.insert(item.key, &item);
    QList<DrawnChange> changes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        const DrawnItem &to = **it;
        const auto from = stored.constFind(it.key());
        if (from == stored.cend())
            changes.append({ it.key(), std::nullopt, to, view });
        else if (!(*from == to))
            changes.append({ it.key(), *from, to, view });
    }
    addRemovals(changes, stored, byKey, view);
    sortChanges(changes);
    return changes;
}

void sortChanges(QList<DrawnChange> &changes)
{
    std::sort(changes.begin(), changes.end(),
              [](const DrawnChange &a, const DrawnChange &b) { return a.key < b.key; });
}

} // namespace Portolan
