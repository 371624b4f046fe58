#include "sqlhelpers.h"

#include <QMetaType>

using namespace Qt::StringLiterals;

namespace Portolan::Sql {

QString errorText(const QSqlError &error)
{
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
