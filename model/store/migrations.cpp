#include "migrations.h"

#include "schema.h"
#include "sqlhelpers.h"
#include "sqlitesettings.h"

using namespace Qt::StringLiterals;

namespace Portolan {

const QList<MigrationStep> &migrationSteps()
{
    static const QList<MigrationStep> steps = {
        { u"create the tables"_s, &Schema::createVersion1 },
        { u"store the diagram's drawing"_s, &Schema::addDrawing },
        { u"store views"_s, &Schema::addViews },
        { u"store baselines"_s, &Schema::addBaselines },
    };
    return steps;
}

int currentSchemaVersion()
{
    return int(migrationSteps().size());
}

bool migrate(QSqlDatabase &db, const QList<MigrationStep> &steps, QString *error)
{
    QString message;
    const auto version = Sqlite::userVersion(db, &message);
    if (!version) {
        if (error)
            *error = u"cannot read the schema version: %1"_s.arg(message);
        return false;
    }
    const int target = int(steps.size());
    if (*version < 0 || *version > target) {
        if (error)
            *error
                = u"schema version %1 is not one this version knows (0 to %2)"_s.arg(*version).arg(
                    target);
        return false;
    }
    for (int from = *version; from < target; ++from) {
        const MigrationStep &step = steps.at(from);
        const auto failed = [&](const QString &why) {
            if (error)
                *error = u"upgrading to schema %1 (%2) failed: %3"_s.arg(from + 1).arg(
                    step.description, why);
            return false;
        };
        if (!db.transaction())
            return failed(Sql::errorText(db.lastError()));
        bool ok = step.apply && step.apply(db, &message);
        if (!step.apply)
            message = u"the step does nothing"_s;
        // The version moves in the same transaction as the step's changes.
        ok = ok && Sqlite::setUserVersion(db, from + 1, &message);
        if (ok && !db.commit()) {
            message = Sql::errorText(db.lastError());
            ok = false;
        }
        if (!ok) {
            db.rollback();
            return failed(message.isEmpty() ? u"unknown error"_s : message);
        }
    }
    return true;
}

} // namespace Portolan
