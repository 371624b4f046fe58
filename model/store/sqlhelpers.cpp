#include "sqlhelpers.h"

#include <QMetaType>

using namespace Qt::StringLiterals;

namespace Portolan::Sql {

QString busyText()
{
    return u"the project is busy: another program is writing it (waited 5 s); nothing was "
           u"changed, try again"_s;
}

QString errorText(const QSqlError &error)
{
    // SQLITE_BUSY and SQLITE_LOCKED, with their extended codes: another
    // process held the file past the busy timeout (Qt's 5 s).
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    if (numeric && ((code & 0xff) == 5 || (code & 0xff) == 6))
        return busyText();
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    // Messages are one line.
    text.replace(u'\n', u' ');
    return text;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        if (error)
            *error = errorText(query.lastError());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = errorText(query.lastError());
        return false;
    }
    return true;
}

bool exec(const QSqlDatabase &db, const QString &sql, QString *error, const QVariantList &values)
{
    QSqlQuery query(db);
    return run(query, sql, values, error);
}

bool rowExists(const QSqlDatabase &db, const QString &table, Id id, QString *error)
{
    QSqlQuery query(db);
    if (!run(query, u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(table), { id }, error))
        return false;
    if (query.next())
        return true;
    if (query.lastError().isValid())
        *error = errorText(query.lastError());
    return false;
}

Id insertRow(const QSqlDatabase &db, const QString &table, Id wanted, QStringList columns,
             QVariantList values, QString *error)
{
    error->clear();
    if (wanted > 0 && !rowExists(db, table, wanted, error)) {
        if (!error->isEmpty())
            return 0;
        columns.prepend(u"id"_s);
        values.prepend(wanted);
    }
    QSqlQuery query(db);
    const QString sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
        table, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s));
    if (!run(query, sql, values, error))
        return 0;
    return query.lastInsertId().toLongLong();
}

bool updateRow(const QSqlDatabase &db, const QString &table, const QString &noun, Id id,
               const QStringList &columns, QVariantList values, QString *error)
{
    QStringList assignments;
    for (const QString &column : columns)
        assignments.append(column + u" = ?"_s);
    values.append(id);
    QSqlQuery query(db);
    if (!run(query, u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, assignments.join(u", "_s)),
             values, error))
        return false;
    if (query.numRowsAffected() == 1)
        return true;
    *error = u"%1 %2 does not exist"_s.arg(noun).arg(id);
    return false;
}

bool deleteRow(const QSqlDatabase &db, const QString &table, const QString &noun, Id id,
               QString *error)
{
    QSqlQuery query(db);
    if (!run(query, u"DELETE FROM %1 WHERE id = ?"_s.arg(table), { id }, error))
        return false;
    if (query.numRowsAffected() == 1)
        return true;
    *error = u"%1 %2 does not exist"_s.arg(noun).arg(id);
    return false;
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

QVariant idOrNull(Id id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

Id idFrom(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

} // namespace Portolan::Sql
