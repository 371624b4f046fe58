#include "storeedits.h"

#include "domain/names.h"
#include "sqlhelpers.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Portolan::StoreEdits {

// The single value of the first row, or nullopt (*error set on SQL errors,
// left alone when there is no row).
std::optional<QVariant> scalar(const QSqlDatabase &db, const QString &sql,
                               const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    if (!Sql::run(query, sql, values, error))
        return std::nullopt;
    if (query.next())
        return query.value(0);
    if (query.lastError().isValid())
        *error = Sql::errorText(query.lastError());
    return std::nullopt;
}

// Checks that id names a row of kind; on failure *error says so.
bool exists(const QSqlDatabase &db, const Table &kind, Id id, QString *error, const QString &role)
{
    if (id <= 0) {
        *error = u"no %1 given"_s.arg(role.isEmpty() ? kind.noun : role);
        return false;
    }
    error->clear();
    if (scalar(db, u"SELECT 1 FROM %1 WHERE id = ?"_s.arg(kind.table), { id }, error))
        return true;
    if (error->isEmpty()) {
        *error = u"%1 %2 does not exist"_s.arg(role.isEmpty() ? kind.noun : role).arg(id);
    }
    return false;
}

// Cleans name and checks that no other row of kind has the same key.
bool checkName(const QSqlDatabase &db, const Table &kind, const QString &name, Id self,
               QString *cleaned, QString *error)
{
    *cleaned = cleanName(name);
    if (cleaned->isEmpty()) {
        *error = u"%1 %2 needs a name"_s.arg(kind.article, kind.noun);
        return false;
    }
    if (cleaned->size() > maxNameLength) {
        *error = u"the name of %1 %2 has %3 characters, more than the limit of %4"_s
                     .arg(kind.article, kind.noun)
                     .arg(cleaned->size())
                     .arg(maxNameLength);
        return false;
    }
    error->clear();
    const auto taken
        = scalar(db, u"SELECT name FROM %1 WHERE name_key = ? AND id <> ?"_s.arg(kind.table),
                 { nameKey(*cleaned), self }, error);
    if (taken) {
        *error = u"%1 %2 named \"%3\" already exists"_s.arg(kind.article, kind.noun,
                                                            taken->toString());
        return false;
    }
    return error->isEmpty();
}

// Inserts a row; a record that carries a free id (one being restored) keeps it.
Id insert(const QSqlDatabase &db, const Table &kind, Id wanted, const QStringList &columns,
          const QVariantList &values, QString *error)
{
    const Id id = Sql::insertRow(db, kind.table, wanted, columns, values, error);
    if (id <= 0 && error->isEmpty())
        *error = u"the new %1 got no id"_s.arg(kind.noun);
    return id;
}

bool update(const QSqlDatabase &db, const Table &kind, Id id, const QStringList &columns,
            const QVariantList &values, QString *error)
{
    return Sql::updateRow(db, kind.table, kind.noun, id, columns, values, error);
}

bool removeRow(const QSqlDatabase &db, const Table &kind, Id id, QString *error)
{
    return Sql::deleteRow(db, kind.table, kind.noun, id, error);
}

} // namespace Portolan::StoreEdits
