// ProjectStore: reading. Rows come back in creation (id) order. A value the
// file holds but this version cannot read (possible only in a file written by
// other tools) is read as the type's default rather than trusted.

#include "projectstore.h"

#include "domain/names.h"
#include "sqlhelpers.h"
#include "storereads.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

using namespace StoreReads;

const QString ProductColumns = u"id, name, color"_s;
const QString ZoneColumns = u"id, name, parent_id, notes"_s;
const QString ComponentColumns = u"id, name, kind, zone_id, notes, pos_x, pos_y, pinned"_s;
const QString FlowColumns
    = u"id, product_id, source_id, destination_id, protocol, ports, purpose, optional, notes"_s;
const QString EnvironmentColumns = u"id, name"_s;

Product productFrom(const QSqlQuery &query)
{
    return { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString() };
}

Zone zoneFrom(const QSqlQuery &query)
{
    return { query.value(0).toLongLong(), query.value(1).toString(), Sql::idFrom(query.value(2)),
             query.value(3).toString() };
}

Component componentFrom(const QSqlQuery &query)
{
    Component component;
    component.id = query.value(0).toLongLong();
    component.name = query.value(1).toString();
    component.kind = componentKindFromName(query.value(2).toString()).value_or(ComponentKind::Host);
    component.zoneId = Sql::idFrom(query.value(3));
    component.notes = query.value(4).toString();
    if (!query.value(5).isNull() && !query.value(6).isNull())
        component.position = QPointF(query.value(5).toDouble(), query.value(6).toDouble());
    component.pinned = query.value(7).toBool();
    return component;
}

Flow flowFrom(const QSqlQuery &query)
{
    Flow flow;
    flow.id = query.value(0).toLongLong();
    flow.productId = Sql::idFrom(query.value(1));
    flow.sourceId = query.value(2).toLongLong();
    flow.destinationId = query.value(3).toLongLong();
    flow.protocol = transportFromName(query.value(4).toString()).value_or(Transport::Any);
    flow.ports = PortSet::parse(query.value(5).toString()).value_or(PortSet());
    flow.purpose = query.value(6).toString();
    flow.optional = query.value(7).toBool();
    flow.notes = query.value(8).toString();
    return flow;
}

Environment environmentFrom(const QSqlQuery &query)
{
    return { query.value(0).toLongLong(), query.value(1).toString() };
}

} // namespace

ProjectCounts ProjectStore::counts() const
{
    m_error.clear();
    ProjectCounts counts;
    QSqlQuery query(m_db);
    if (!Sql::run(query,
                  u"SELECT (SELECT COUNT(*) FROM product), (SELECT COUNT(*) FROM zone), "
                  u"(SELECT COUNT(*) FROM component), (SELECT COUNT(*) FROM flow), "
                  u"(SELECT COUNT(*) FROM environment), (SELECT COUNT(*) FROM address)"_s,
                  {}, &m_error))
        return counts;
    if (!query.next()) {
        m_error = Sql::errorText(query.lastError());
        return counts;
    }
    counts.products = query.value(0).toInt();
    counts.zones = query.value(1).toInt();
    counts.components = query.value(2).toInt();
    counts.flows = query.value(3).toInt();
    counts.environments = query.value(4).toInt();
    counts.addresses = query.value(5).toInt();
    return counts;
}

QList<Product> ProjectStore::products() const
{
    m_error.clear();
    return readAll(m_db, all(ProductColumns, u"product"_s), {}, &productFrom, &m_error);
}

QList<Zone> ProjectStore::zones() const
{
    m_error.clear();
    return readAll(m_db, all(ZoneColumns, u"zone"_s), {}, &zoneFrom, &m_error);
}

QList<Component> ProjectStore::components() const
{
    m_error.clear();
    return readAll(m_db, all(ComponentColumns, u"component"_s), {}, &componentFrom, &m_error);
}

QList<Flow> ProjectStore::flows() const
{
    m_error.clear();
    return readAll(m_db, all(FlowColumns, u"flow"_s), {}, &flowFrom, &m_error);
}

QList<Environment> ProjectStore::environments() const
{
    m_error.clear();
    return readAll(m_db, all(EnvironmentColumns, u"environment"_s), {}, &environmentFrom, &m_error);
}

std::optional<Product> ProjectStore::product(Id id) const
{
    m_error.clear();
    return readOne(m_db, byId(ProductColumns, u"product"_s), { id }, &productFrom,
                   u"product %1 does not exist"_s.arg(id), &m_error);
}

std::optional<Zone> ProjectStore::zone(Id id) const
{
    m_error.clear();
    return readOne(m_db, byId(ZoneColumns, u"zone"_s), { id }, &zoneFrom,
                   u"zone %1 does not exist"_s.arg(id), &m_error);
}

std::optional<Component> ProjectStore::component(Id id) const
{
    m_error.clear();
    return readOne(m_db, byId(ComponentColumns, u"component"_s), { id }, &componentFrom,
                   u"component %1 does not exist"_s.arg(id), &m_error);
}

std::optional<Environment> ProjectStore::environment(Id id) const
{
    m_error.clear();
    return readOne(m_db, byId(EnvironmentColumns, u"environment"_s), { id }, &environmentFrom,
                   u"environment %1 does not exist"_s.arg(id), &m_error);
}

std::optional<Flow> ProjectStore::flow(Id id) const
{
    m_error.clear();
    return readOne(m_db, byId(FlowColumns, u"flow"_s), { id }, &flowFrom,
                   u"flow %1 does not exist"_s.arg(id), &m_error);
}

std::optional<Product> ProjectStore::findProduct(QStringView name) const
{
    m_error.clear();
    return readOne(m_db, byName(ProductColumns, u"product"_s), { nameKey(name) }, &productFrom,
                   u"there is no product named \"%1\""_s.arg(cleanName(name)), &m_error);
}

std::optional<Zone> ProjectStore::findZone(QStringView name) const
{
    m_error.clear();
    return readOne(m_db, byName(ZoneColumns, u"zone"_s), { nameKey(name) }, &zoneFrom,
                   u"there is no zone named \"%1\""_s.arg(cleanName(name)), &m_error);
}

std::optional<Component> ProjectStore::findComponent(QStringView name) const
{
    m_error.clear();
    return readOne(m_db, byName(ComponentColumns, u"component"_s), { nameKey(name) },
                   &componentFrom, u"there is no component named \"%1\""_s.arg(cleanName(name)),
                   &m_error);
}

std::optional<Flow> ProjectStore::findFlow(const Flow &like) const
{
    m_error.clear();
    // IS NOT DISTINCT FROM: a flow without a product matches only one without.
    const QString sql = u"SELECT %1 FROM flow WHERE product_id IS NOT DISTINCT FROM ? "
                        u"AND source_id = ? AND destination_id = ? AND protocol = ? "
                        u"AND ports = ? AND purpose = ? ORDER BY id"_s.arg(FlowColumns);
    return readOne(m_db, sql,
                   { Sql::idOrNull(like.productId), like.sourceId, like.destinationId,
                     transportName(like.protocol), Sql::text(like.ports.toString()),
                     Sql::text(like.purpose) },
                   &flowFrom, u"there is no such flow"_s, &m_error);
}

QString ProjectStore::property(const QString &key) const
{
    m_error.clear();
    QSqlQuery query(m_db);
    if (!Sql::run(query, u"SELECT value FROM property WHERE key = ?"_s, { key }, &m_error))
        return {};
    if (query.next())
        return query.value(0).toString();
    if (query.lastError().isValid())
        m_error = Sql::errorText(query.lastError());
    return {};
}

} // namespace Portolan
