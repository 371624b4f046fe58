#pragma once
// Small helpers for running parameterised statements with Qt SQL and turning
// their failures into one-line messages. Values are always bound, never
// pasted into the statement text.

#include "domain/types.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

namespace Portolan::Sql {

// The driver's own message when there is one ("UNIQUE constraint failed: …"),
// otherwise Qt's; "the project is busy: …" when another process held the
// file longer than the busy timeout.
QString errorText(const QSqlError &error);
// What errorText() says of a busy project.
QString busyText();

// Prepares sql on query's connection, binds values in order and executes it.
// On failure sets *error to errorText() and returns false.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);

// Runs a statement that needs no result rows.
bool exec(const QSqlDatabase &db, const QString &sql, QString *error,
          const QVariantList &values = {});

// Whether table has a row with this id (false with *error set on SQL errors).
bool rowExists(const QSqlDatabase &db, const QString &table, Id id, QString *error);
// Inserts a row and returns its id (0 on failure); a `wanted` id that is
// free (a record being restored) is kept.
Id insertRow(const QSqlDatabase &db, const QString &table, Id wanted, QStringList columns,
             QVariantList values, QString *error);
// Sets `columns` of the row with this id; "<noun> <id> does not exist" when
// there is none.
bool updateRow(const QSqlDatabase &db, const QString &table, const QString &noun, Id id,
               const QStringList &columns, QVariantList values, QString *error);
// Deletes the row with this id; "<noun> <id> does not exist" when none.
bool deleteRow(const QSqlDatabase &db, const QString &table, const QString &noun, Id id,
               QString *error);

// Text for a NOT NULL column: Qt binds a null QString as NULL, so a null
// string is bound as an empty one.
QVariant text(const QString &value);

// Id 0 is stored as NULL.
QVariant idOrNull(Id id);
Id idFrom(const QVariant &value);

} // namespace Portolan::Sql
