#include "sqlitesettings.h"

#include "sqlhelpers.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Portolan::Sqlite {

namespace {

// Sanity limit for statements: none of Portolan's comes near it.
constexpr int MaxStatementLength = 1024 * 1024;

bool setDbConfig(sqlite3 *handle, int option, int value)
{
    int result = -1;
    return sqlite3_db_config(handle, option, value, &result) == SQLITE_OK && result == value;
}

// Runs a PRAGMA that returns one value.
std::optional<QVariant> pragmaValue(const QSqlDatabase &db, const QString &pragma, QString *error)
{
    QSqlQuery query(db);
    if (!Sql::run(query, pragma, {}, error))
        return std::nullopt;
    if (!query.next()) {
        if (error)
            *error = query.lastError().isValid() ? Sql::errorText(query.lastError())
                                                 : u"%1 returned nothing"_s.arg(pragma);
        return std::nullopt;
    }
    return query.value(0);
}

std::optional<qint64> pragmaInteger(const QSqlDatabase &db, const QString &pragma, QString *error)
{
    const auto value = pragmaValue(db, pragma, error);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const qint64 number = value->toLongLong(&ok);
    if (!ok) {
        if (error)
            *error = u"%1 returned \"%2\""_s.arg(pragma, value->toString());
        return std::nullopt;
    }
    return number;
}

// The first row a checking PRAGMA returns, as text fields; empty when it
// returns no rows.
bool firstRow(const QSqlDatabase &db, const QString &pragma, QStringList *fields, QString *error)
{
    QSqlQuery query(db);
    if (!Sql::run(query, pragma, {}, error))
        return false;
    fields->clear();
    if (query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            fields->append(query.value(i).toString().simplified());
    } else if (query.lastError().isValid()) {
        if (error)
            *error = Sql::errorText(query.lastError());
        return false;
    }
    return true;
}

} // namespace

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString libraryVersion()
{
    return QString::fromUtf8(sqlite3_libversion());
}

bool hasSqliteHeader(const QByteArray &firstBytes)
{
    static const QByteArray magic("SQLite format 3\0", 16);
    return firstBytes.startsWith(magic);
}

bool headerMarksWal(const QByteArray &firstBytes)
{
    // Bytes 18 and 19: file format write and read versions, 2 for WAL.
    return firstBytes.size() >= 20 && (firstBytes.at(18) == 2 || firstBytes.at(19) == 2);
}

QSqlDatabase openDatabase(const QString &connectionName, const QString &path, Access access,
                          QString *error)
{
    QString message;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        if (!db.isValid()) {
            message = u"the SQLite driver for Qt (QSQLITE) is not available"_s;
        } else {
            db.setDatabaseName(path);
            if (access == Access::ReadOnly)
                db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (!db.open())
                message = Sql::errorText(db.lastError());
            else if (configure(db, access, &message))
                return db;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (error)
        *error = message;
    return QSqlDatabase();
}

bool backUp(const QSqlDatabase &db, const QString &path, QString *error)
{
    sqlite3 *source = handleOf(db);
    if (!source) {
        *error = u"the connection is not an SQLite connection"_s;
        return false;
    }
    sqlite3 *target = nullptr;
    int status = sqlite3_open_v2(path.toUtf8().constData(), &target,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (status == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (backup) {
            sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        }
        status = sqlite3_errcode(target);
    }
    if (status != SQLITE_OK)
        *error = QString::fromUtf8(target ? sqlite3_errmsg(target) : sqlite3_errstr(status));
    sqlite3_close(target);
    return status == SQLITE_OK;
}

bool configure(QSqlDatabase &db, Access access, QString *error)
{
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        if (error)
            *error = u"the connection is not an SQLite connection"_s;
        return false;
    }
    // These come first: nothing of the file has been read yet.
    if (!setDbConfig(handle, SQLITE_DBCONFIG_DEFENSIVE, 1)
        || !setDbConfig(handle, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0)) {
        if (error)
            *error = u"SQLite refused the defensive settings"_s;
        return false;
    }
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, maxValueLength);
    sqlite3_limit(handle, SQLITE_LIMIT_SQL_LENGTH, MaxStatementLength);
    sqlite3_limit(handle, SQLITE_LIMIT_ATTACHED, 0);

    const QStringList pragmas
        = { u"PRAGMA trusted_schema = OFF"_s, u"PRAGMA cell_size_check = ON"_s,
            u"PRAGMA mmap_size = 0"_s, u"PRAGMA foreign_keys = ON"_s };
    for (const QString &pragma : pragmas) {
        if (!Sql::exec(db, pragma, error))
            return false;
    }
    const auto foreignKeys = pragmaInteger(db, u"PRAGMA foreign_keys"_s, error);
    if (!foreignKeys)
        return false;
    if (*foreignKeys != 1) {
        if (error)
            *error = u"SQLite was built without foreign key support"_s;
        return false;
    }
    if (access == Access::ReadWrite) {
        // A rollback journal, synced in full: every edit is on disk when it
        // returns. (WAL would leave the -wal file to lose or copy apart.)
        const auto mode = pragmaValue(db, u"PRAGMA journal_mode = DELETE"_s, error);
        if (!mode)
            return false;
        const QString journal = mode->toString().toLower();
        if (journal != u"delete"_s && journal != u"memory"_s) {
            if (error)
                *error = u"cannot switch to a rollback journal (journal mode is %1)"_s.arg(journal);
            return false;
        }
        if (!Sql::exec(db, u"PRAGMA synchronous = FULL"_s, error))
            return false;
    }
    return true;
}

bool isReadOnly(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    return !handle || sqlite3_db_readonly(handle, "main") != 0;
}

std::optional<qint32> applicationId(const QSqlDatabase &db, QString *error)
{
    const auto id = pragmaInteger(db, u"PRAGMA application_id"_s, error);
    if (!id)
        return std::nullopt;
    return qint32(*id);
}

bool setApplicationId(QSqlDatabase &db, qint32 id, QString *error)
{
    // PRAGMA takes no bound parameters; the value is a number we produce.
    return Sql::exec(db, u"PRAGMA application_id = %1"_s.arg(id), error);
}

std::optional<int> userVersion(const QSqlDatabase &db, QString *error)
{
    const auto version = pragmaInteger(db, u"PRAGMA user_version"_s, error);
    if (!version)
        return std::nullopt;
    return int(*version);
}

bool setUserVersion(QSqlDatabase &db, int version, QString *error)
{
    return Sql::exec(db, u"PRAGMA user_version = %1"_s.arg(version), error);
}

bool hotJournalBlocksReading(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(u"SELECT count(*) FROM sqlite_schema"_s) && query.next())
        return false;
    sqlite3 *handle = handleOf(db);
    return handle && sqlite3_extended_errcode(handle) == SQLITE_READONLY_ROLLBACK;
}

bool checkIntegrity(const QSqlDatabase &db, QString *problem, QString *error)
{
    QStringList row;
    if (!firstRow(db, u"PRAGMA integrity_check(1)"_s, &row, error))
        return false;
    if (row.isEmpty())
        *problem = u"the integrity check returned nothing"_s;
    else if (row.constFirst() == u"ok"_s)
        problem->clear();
    else
        *problem = row.join(u' ').remove(u"*** in database main ***"_s).simplified();
    return true;
}

bool checkForeignKeys(const QSqlDatabase &db, QString *problem, QString *error)
{
    QStringList row;
    if (!firstRow(db, u"PRAGMA foreign_key_check"_s, &row, error))
        return false;
    // Columns: table, rowid, referenced table, foreign key index.
    if (row.isEmpty())
        problem->clear();
    else if (row.size() >= 3)
        *problem = u"row %1 of %2 refers to a missing %3"_s.arg(row.at(1), row.at(0), row.at(2));
    else
        *problem = row.join(u' ');
    return true;
}

std::optional<QStringList> triggerNames(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!Sql::run(query, u"SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name"_s,
                  {}, error))
        return std::nullopt;
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    if (query.lastError().isValid()) {
        if (error)
            *error = Sql::errorText(query.lastError());
        return std::nullopt;
    }
    return names;
}

} // namespace Portolan::Sqlite
