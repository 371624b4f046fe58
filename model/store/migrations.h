#pragma once
// Schema migrations of a Portolan project: an ordered list of steps, step i
// taking a file from schema version i to i + 1. migrate() runs each pending
// step in its own transaction together with the version bump, so a failing
// step leaves the file exactly as it was.

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Portolan {

struct MigrationStep
{
    QString description; // "create the tables", for messages
    std::function<bool(QSqlDatabase &db, QString *error)> apply;
};

// The steps of this version of Portolan, oldest first.
const QList<MigrationStep> &migrationSteps();
// The schema version this Portolan writes: migrationSteps().size().
int currentSchemaVersion();

// Brings db from its version (PRAGMA user_version) to steps.size(). Refuses a
// version newer than that. On failure the failing step is rolled back, steps
// before it stay committed, and *error says which step failed and why.
bool migrate(QSqlDatabase &db, const QList<MigrationStep> &steps, QString *error);

} // namespace Portolan
