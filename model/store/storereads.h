#pragma once
// Private to the store's sources: reading rows into records, and the
// statements every kind of record is read with.

#include "sqlhelpers.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Portolan::StoreReads {

using namespace Qt::StringLiterals;

// Every row the statement returns, converted by from.
template<typename T>
QList<T> readAll(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                 T (*from)(const QSqlQuery &), QString *error)
{
    QList<T> rows;
    QSqlQuery query(db);
    if (!Sql::run(query, sql, values, error))
        return {};
    while (query.next())
        rows.append(from(query));
    if (query.lastError().isValid()) {
        *error = Sql::errorText(query.lastError());
        return {};
    }
    return rows;
}

// The first row, or nullopt with *error set to notFound (or to the SQL error).
template<typename T>
std::optional<T> readOne(const QSqlDatabase &db, const QString &sql, const QVariantList &values,
                         T (*from)(const QSqlQuery &), const QString &notFound, QString *error)
{
    QString message;
    const QList<T> rows = readAll(db, sql, values, from, &message);
    if (!message.isEmpty()) {
        *error = message;
        return std::nullopt;
    }
    if (rows.isEmpty()) {
        *error = notFound;
        return std::nullopt;
    }
    return rows.constFirst();
}

inline QString byId(const QString &columns, const QString &table)
{
    return u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(columns, table);
}

inline QString byName(const QString &columns, const QString &table)
{
    return u"SELECT %1 FROM %2 WHERE name_key = ?"_s.arg(columns, table);
}

inline QString all(const QString &columns, const QString &table)
{
    return u"SELECT %1 FROM %2 ORDER BY id"_s.arg(columns, table);
}

} // namespace Portolan::StoreReads
