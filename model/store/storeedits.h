#pragma once
// Private to the store's sources: the checks and row edits that every kind
// of record shares (ids that must exist, unique names, inserting a record
// that keeps a restored id), with messages in the user's words.

#include "domain/types.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

#include <optional>

namespace Portolan::StoreEdits {

// What the user calls each table in messages.
struct Table
{
    QString table;
    QString noun; // "a component named …", "component 5 …"
    QString article;
};

// The single value of the first row, or nullopt (*error set on SQL errors,
// left alone when there is no row).
std::optional<QVariant> scalar(const QSqlDatabase &db, const QString &sql,
                               const QVariantList &values, QString *error);
// Checks that id names a row of kind; on failure *error says so (naming it
// `role` when given, e.g. "parent zone").
bool exists(const QSqlDatabase &db, const Table &kind, Id id, QString *error,
            const QString &role = {});
// Cleans name and checks that no other row of kind has the same key.
bool checkName(const QSqlDatabase &db, const Table &kind, const QString &name, Id self,
               QString *cleaned, QString *error);
// Inserts a row; a record that carries a free id (one being restored) keeps it.
Id insert(const QSqlDatabase &db, const Table &kind, Id wanted, const QStringList &columns,
          const QVariantList &values, QString *error);
bool update(const QSqlDatabase &db, const Table &kind, Id id, const QStringList &columns,
            const QVariantList &values, QString *error);
bool removeRow(const QSqlDatabase &db, const Table &kind, Id id, QString *error);

} // namespace Portolan::StoreEdits
