#pragma once
// The tables of a Portolan project, version by version. A version's
// statements are frozen once released: a later change is a new migration
// step (migrations.h), never an edit here.

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Portolan::Schema {

// Migration step 0 -> 1: creates every table of schema version 1.
bool createVersion1(QSqlDatabase &db, QString *error);
// Migration step 1 -> 2: the stored drawing (drawing_item), empty: a file
// from version 1 is laid out afresh the first time it is drawn.
bool addDrawing(QSqlDatabase &db, QString *error);
// Migration step 2 -> 3: views (view), none yet.
bool addViews(QSqlDatabase &db, QString *error);
// Migration step 3 -> 4: baselines (baseline), none yet.
bool addBaselines(QSqlDatabase &db, QString *error);

// A table and the columns a file of some version must have.
struct Table
{
    QString name;
    QStringList columns;
};
QList<Table> expectedTables(int version);

// The words schema 1 accepts in component.kind and flow.protocol (its CHECK
// constraints). They must match componentKindName() and transportName().
QStringList componentKindsV1();
QStringList protocolsV1();

} // namespace Portolan::Schema
