// ProjectStore: the stored drawing of the diagram (schema 2, drawing_item).
// Rows are read as found: a value that is not a number or a path that is
// not a list of points leaves the item out, and the diagram lays out again
// whatever is missing.

#include "projectstore.h"

#include "sqlhelpers.h"

#include <QSqlQuery>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

std::optional<QRectF> rectFrom(const QSqlQuery &query, int first)
{
    if (query.value(first).isNull())
        return QRectF();
    double values[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = query.value(first + i).toDouble(&ok);
        if (!ok || !std::isfinite(values[i]))
            return std::nullopt;
    }
    return QRectF(values[0], values[1], values[2], values[3]);
}

QVariantList rectValues(const QRectF &rect)
{
    if (rect.isNull())
        return { QVariant(), QVariant(), QVariant(), QVariant() };
    return { rect.x(), rect.y(), rect.width(), rect.height() };
}

const QString EdgeStyleKey = u"drawing.edgeStyle"_s;
const QString GroupKey = u"drawing.groupByZone"_s;
const QString DirectionKey = u"drawing.direction"_s; // "left-to-right", "top-to-bottom"
const QString CollapsedKey = u"drawing.collapsedZones"_s; // "4,7": zone ids

QString collapsedText(const QSet<Id> &zones)
{
    QList<Id> sorted(zones.cbegin(), zones.cend());
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (const Id id : std::as_const(sorted))
        parts << QString::number(id);
    return parts.join(u',');
}

} // namespace

DrawingSettings ProjectStore::drawingSettings() const
{
    // Four reads; the first that fails is the one reported.
    QString failure;
    const auto read = [this, &failure](const QString &key) {
        const QString value = property(key);
        if (failure.isEmpty())
            failure = m_error;
        return value;
    };
    DrawingSettings settings;
    settings.curved = read(EdgeStyleKey) == u"curved"_s;
    settings.groupByZone = read(GroupKey) != u"false"_s;
    settings.topToBottom = read(DirectionKey) == u"top-to-bottom"_s;
    const QString collapsed = read(CollapsedKey);
    m_error = failure;
    // Read as found: what is not an id is left out.
    for (const QString &part : collapsed.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const Id id = part.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            settings.collapsedZones.insert(id);
    }
    return settings;
}

bool ProjectStore::setDrawingSettings(const DrawingSettings &settings)
{
    // One transaction for both, joined to any already open.
    Transaction transaction(*this);
    return setProperty(EdgeStyleKey, settings.curved ? u"curved"_s : u"orthogonal"_s)
        && setProperty(GroupKey, settings.groupByZone ? u"true"_s : u"false"_s)
        && setProperty(DirectionKey, settings.topToBottom ? u"top-to-bottom"_s : u"left-to-right"_s)
        && setProperty(CollapsedKey, collapsedText(settings.collapsedZones))
        && transaction.commit();
}

QList<DrawnItem> ProjectStore::drawing(Id view) const
{
    m_error.clear();
    QList<DrawnItem> items;
    QSqlQuery query(m_db);
    if (!Sql::run(query,
                  u"SELECT key, x, y, w, h, label_x, label_y, label_w, label_h, path "
                  u"FROM drawing_item WHERE view_id = ? ORDER BY key"_s,
                  { view }, &m_error))
        return {};
    while (query.next()) {
        const auto box = rectFrom(query, 1);
        const auto label = rectFrom(query, 5);
        const auto path = pathFromText(query.value(9).toString());
        if (!box || !label || !path)
            continue;
        items.append({ query.value(0).toString(), *box, *label, *path });
    }
    if (query.lastError().isValid()) {
        m_error = Sql::errorText(query.lastError());
        return {};
    }
    return items;
}

bool ProjectStore::writeDrawing(const QList<DrawnItem> &put, const QStringList &removed, Id view)
{
    if (!beginEdit())
        return false;
    bool ok = true;
    for (const QString &key : removed) {
        ok = ok
            && Sql::exec(m_db, u"DELETE FROM drawing_item WHERE view_id = ? AND key = ?"_s,
                         &m_error, { view, key });
    }
    for (const DrawnItem &item : put) {
        if (!ok)
            break;
        QVariantList values { view, item.key };
        values += rectValues(item.box);
        values += rectValues(item.label);
        values += pathText(item.path);
        ok = Sql::exec(m_db,
                       u"INSERT INTO drawing_item (view_id, key, x, y, w, h, label_x, label_y, "
                       u"label_w, label_h, path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       u"ON CONFLICT (view_id, key) DO UPDATE SET x = excluded.x, "
                       u"y = excluded.y, w = excluded.w, h = excluded.h, "
                       u"label_x = excluded.label_x, label_y = excluded.label_y, "
                       u"label_w = excluded.label_w, label_h = excluded.label_h, "
                       u"path = excluded.path"_s,
                       &m_error, values);
    }
    return finishEdit(ok);
}

QList<Id> ProjectStore::drawnViews() const
{
    m_error.clear();
    QList<Id> views;
    QSqlQuery query(m_db);
    if (!Sql::run(
            query,
            u"SELECT DISTINCT view_id FROM drawing_item WHERE view_id <> 0 ORDER BY view_id"_s, {},
            &m_error))
        return {};
    while (query.next())
        views.append(query.value(0).toLongLong());
    if (query.lastError().isValid()) {
        m_error = Sql::errorText(query.lastError());
        return {};
    }
    return views;
}

} // namespace Portolan
