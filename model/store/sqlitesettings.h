#pragma once
// Everything that is specific to SQLite, in one place: opening a connection
// with the settings a Portolan file needs (defensive mode for untrusted files,
// foreign keys, durability), and the PRAGMAs that read and write the file's
// header fields and check it. The rest of the store speaks portable SQL.

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

struct sqlite3;

namespace Portolan::Sqlite {

// PRAGMA application_id of every Portolan file: "PORT".
inline constexpr qint32 PortolanApplicationId = 0x504F5254;
// The longest value a connection reads (SQLITE_LIMIT_LENGTH), a sanity limit
// for files from elsewhere: no Portolan value comes near it.
inline constexpr int maxValueLength = 32 * 1024 * 1024;
// How long a statement waits for another process's lock, in ms: Qt's
// QSQLITE default, which the "project is busy" message quotes.
inline constexpr int busyTimeout = 5000;

// The version of the SQLite library projects are stored with ("3.40.1").
QString libraryVersion();

enum class Access { ReadOnly, ReadWrite };

// The first 16 bytes of every SQLite 3 database file.
bool hasSqliteHeader(const QByteArray &firstBytes);
// True when the header (first 20 bytes or more) marks a write-ahead-log database.
bool headerMarksWal(const QByteArray &firstBytes);

// Adds and opens a QSQLITE connection called connectionName on path
// (":memory:" for an in-memory database) and applies configure(). On failure
// the connection is removed again, *error says why and an invalid
// QSqlDatabase is returned.
QSqlDatabase openDatabase(const QString &connectionName, const QString &path, Access access,
                          QString *error);

// Settings for every connection, applied before the file's schema is read:
// SQLITE_DBCONFIG_DEFENSIVE, untrusted schema, cell size checks, no memory
// mapping, limits on string and statement length, no ATTACH, foreign keys on;
// for ReadWrite also a rollback journal (journal_mode=DELETE) and
// synchronous=FULL.
bool configure(QSqlDatabase &db, Access access, QString *error);

// The SQLite connection behind a Qt one (null when it is none).
sqlite3 *handleOf(const QSqlDatabase &db);

// True when the connection cannot write its main database (for instance a
// write-protected file opened read-write).
bool isReadOnly(const QSqlDatabase &db);

// Copies the connection's whole database into a new file at `path` with
// SQLite's online backup (consistent even while the project is in use).
bool backUp(const QSqlDatabase &db, const QString &path, QString *error);

std::optional<qint32> applicationId(const QSqlDatabase &db, QString *error);
bool setApplicationId(QSqlDatabase &db, qint32 id, QString *error);
std::optional<int> userVersion(const QSqlDatabase &db, QString *error);
bool setUserVersion(QSqlDatabase &db, int version, QString *error);

// True when a read-only connection cannot read the file because a journal
// needs rolling back: one left by a writer that stopped midway (hot). A
// journal a live writer keeps is no hindrance: SQLite reads the committed
// state beside it. False also when the read fails otherwise (the checks that
// follow report that).
bool hotJournalBlocksReading(const QSqlDatabase &db);

// Runs PRAGMA integrity_check. Returns false when it could not run (*error
// says why); otherwise *problem is empty for a sound file, or the first
// problem found.
bool checkIntegrity(const QSqlDatabase &db, QString *problem, QString *error);
// Runs PRAGMA foreign_key_check; *problem as above.
bool checkForeignKeys(const QSqlDatabase &db, QString *problem, QString *error);
// Names of the triggers in the file (Portolan creates none).
std::optional<QStringList> triggerNames(const QSqlDatabase &db, QString *error);

} // namespace Portolan::Sqlite
