// ProjectStore: the rows that belong to one environment — component
// addresses and zone prefixes. Here they are read and written as stored;
// what an address may look like is the address plan's business.

#include "projectstore.h"

#include "domain/names.h"
#include "sqlhelpers.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

bool requireRow(const QSqlDatabase &db, const QString &table, const QString &noun, Id id,
                QString *error)
{
    error->clear();
    if (id > 0 && Sql::rowExists(db, table, id, error))
        return true;
    if (error->isEmpty())
        *error = id > 0 ? u"%1 %2 does not exist"_s.arg(noun).arg(id) : u"no %1 given"_s.arg(noun);
    return false;
}

// Rows whose `column` equals `id` (every row when `column` is empty), in id
// order.
QString filtered(const QString &select, const QString &column)
{
    return column.isEmpty() ? select + u" ORDER BY id"_s
                            : select + u" WHERE %1 = ? ORDER BY id"_s.arg(column);
}

QList<Address> readAddresses(const QSqlDatabase &db, const QString &column, Id id, QString *error)
{
    QList<Address> rows;
    QSqlQuery query(db);
    if (!Sql::run(query,
                  filtered(u"SELECT id, environment_id, component_id, kind, value FROM address"_s,
                           column),
                  column.isEmpty() ? QVariantList() : QVariantList { id }, error))
        return {};
    while (query.next()) {
        rows.append({ query.value(0).toLongLong(), query.value(1).toLongLong(),
                      query.value(2).toLongLong(), query.value(3).toString(),
                      query.value(4).toString() });
    }
    return rows;
}

QList<ZonePrefix> readPrefixes(const QSqlDatabase &db, const QString &column, Id id, QString *error)
{
    QList<ZonePrefix> rows;
    QSqlQuery query(db);
    if (!Sql::run(query,
                  filtered(u"SELECT id, environment_id, zone_id, cidr, vlan, gateway, name "
                           u"FROM zone_prefix"_s,
                           column),
                  column.isEmpty() ? QVariantList() : QVariantList { id }, error))
        return {};
    while (query.next()) {
        ZonePrefix prefix;
        prefix.id = query.value(0).toLongLong();
        prefix.environmentId = query.value(1).toLongLong();
        prefix.zoneId = query.value(2).toLongLong();
        prefix.cidr = query.value(3).toString();
        if (!query.value(4).isNull())
            prefix.vlan = query.value(4).toInt();
        prefix.gateway = query.value(5).toString();
        prefix.name = query.value(6).toString();
        rows.append(prefix);
    }
    return rows;
}

QVariantList addressValues(const Address &address)
{
    return { address.environmentId, address.componentId, Sql::text(address.kind),
             Sql::text(address.value.trimmed()) };
}

QVariantList prefixValues(const ZonePrefix &prefix)
{
    return { prefix.environmentId,
             prefix.zoneId,
             Sql::text(prefix.cidr.trimmed()),
             prefix.vlan ? QVariant(*prefix.vlan) : QVariant(),
             prefix.gateway.isEmpty() ? QVariant() : QVariant(prefix.gateway),
             Sql::text(prefix.name) };
}

// What a row needs before it is written: a value, and an environment and
// component (zone) that exist.
bool checkAddress(const QSqlDatabase &db, const Address &address, QString *error)
{
    if (address.value.trimmed().isEmpty()) {
        *error = u"an address needs a value"_s;
        return false;
    }
    return requireRow(db, u"environment"_s, u"environment"_s, address.environmentId, error)
        && requireRow(db, u"component"_s, u"component"_s, address.componentId, error);
}

bool checkPrefix(const QSqlDatabase &db, const ZonePrefix &prefix, QString *error)
{
    if (prefix.cidr.trimmed().isEmpty()) {
        *error = u"a zone prefix needs a CIDR"_s;
        return false;
    }
    return requireRow(db, u"environment"_s, u"environment"_s, prefix.environmentId, error)
        && requireRow(db, u"zone"_s, u"zone"_s, prefix.zoneId, error);
}

const QStringList AddressColumns { u"environment_id"_s, u"component_id"_s, u"kind"_s, u"value"_s };
const QStringList PrefixColumns { u"environment_id"_s, u"zone_id"_s, u"cidr"_s,
                                  u"vlan"_s,           u"gateway"_s, u"name"_s };

} // namespace

QList<Address> ProjectStore::allAddresses() const
{
    m_error.clear();
    return readAddresses(m_db, {}, 0, &m_error);
}

QList<ZonePrefix> ProjectStore::allZonePrefixes() const
{
    m_error.clear();
    return readPrefixes(m_db, {}, 0, &m_error);
}

std::optional<Address> ProjectStore::address(Id id) const
{
    m_error.clear();
    const QList<Address> rows = readAddresses(m_db, u"id"_s, id, &m_error);
    if (rows.isEmpty() && m_error.isEmpty())
        m_error = u"address %1 does not exist"_s.arg(id);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

std::optional<ZonePrefix> ProjectStore::zonePrefix(Id id) const
{
    m_error.clear();
    const QList<ZonePrefix> rows = readPrefixes(m_db, u"id"_s, id, &m_error);
    if (rows.isEmpty() && m_error.isEmpty())
        m_error = u"zone prefix %1 does not exist"_s.arg(id);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

QList<Address> ProjectStore::addresses(Id componentId) const
{
    m_error.clear();
    return readAddresses(m_db, u"component_id"_s, componentId, &m_error);
}

QList<ZonePrefix> ProjectStore::zonePrefixes(Id zoneId) const
{
    m_error.clear();
    return readPrefixes(m_db, u"zone_id"_s, zoneId, &m_error);
}

QList<Address> ProjectStore::environmentAddresses(Id environmentId) const
{
    m_error.clear();
    return readAddresses(m_db, u"environment_id"_s, environmentId, &m_error);
}

QList<ZonePrefix> ProjectStore::environmentPrefixes(Id environmentId) const
{
    m_error.clear();
    return readPrefixes(m_db, u"environment_id"_s, environmentId, &m_error);
}

std::optional<Environment> ProjectStore::findEnvironment(QStringView name) const
{
    m_error.clear();
    QSqlQuery query(m_db);
    if (!Sql::run(query, u"SELECT id, name FROM environment WHERE name_key = ?"_s,
                  { nameKey(name) }, &m_error))
        return std::nullopt;
    if (query.next())
        return Environment { query.value(0).toLongLong(), query.value(1).toString() };
    m_error = query.lastError().isValid()
        ? Sql::errorText(query.lastError())
        : u"there is no environment named \"%1\""_s.arg(cleanName(name));
    return std::nullopt;
}

Id ProjectStore::addAddress(const Address &address)
{
    if (!beginEdit())
        return 0;
    const Id id = checkAddress(m_db, address, &m_error)
        ? Sql::insertRow(m_db, u"address"_s, address.id, AddressColumns, addressValues(address),
                         &m_error)
        : 0;
    return finishEdit(id != 0) ? id : 0;
}

Id ProjectStore::addZonePrefix(const ZonePrefix &prefix)
{
    if (!beginEdit())
        return 0;
    const Id id = checkPrefix(m_db, prefix, &m_error)
        ? Sql::insertRow(m_db, u"zone_prefix"_s, prefix.id, PrefixColumns, prefixValues(prefix),
                         &m_error)
        : 0;
    return finishEdit(id != 0) ? id : 0;
}

bool ProjectStore::updateAddress(const Address &address)
{
    if (!beginEdit())
        return false;
    return finishEdit(checkAddress(m_db, address, &m_error)
                      && Sql::updateRow(m_db, u"address"_s, u"address"_s, address.id,
                                        AddressColumns, addressValues(address), &m_error));
}

bool ProjectStore::updateZonePrefix(const ZonePrefix &prefix)
{
    if (!beginEdit())
        return false;
    return finishEdit(checkPrefix(m_db, prefix, &m_error)
                      && Sql::updateRow(m_db, u"zone_prefix"_s, u"zone prefix"_s, prefix.id,
                                        PrefixColumns, prefixValues(prefix), &m_error));
}

bool ProjectStore::removeAddress(Id id)
{
    if (!beginEdit())
        return false;
    return finishEdit(Sql::deleteRow(m_db, u"address"_s, u"address"_s, id, &m_error));
}

bool ProjectStore::removeZonePrefix(Id id)
{
    if (!beginEdit())
        return false;
    return finishEdit(Sql::deleteRow(m_db, u"zone_prefix"_s, u"zone prefix"_s, id, &m_error));
}

} // namespace Portolan
