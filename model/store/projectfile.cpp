#include "projectfile.h"

#include "migrations.h"
#include "schema.h"
#include "sqlhelpers.h"
#include "sqlitesettings.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryFile>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

const QString JournalSuffix = u"-journal"_s;
const QString WalSuffix = u"-wal"_s;

bool copyFileContents(const QString &from, QFile &to, QString *error)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = source.errorString();
        return false;
    }
    constexpr qint64 ChunkSize = 1024 * 1024;
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(ChunkSize);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError) {
            *error = source.errorString();
            return false;
        }
        if (to.write(chunk) != chunk.size()) {
            *error = to.errorString();
            return false;
        }
    }
    return true;
}

bool copyTo(const QString &from, const QString &to, QString *error)
{
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = target.errorString();
        return false;
    }
    target.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copyFileContents(from, target, error) && target.flush();
}

// A write-ahead log needs a writable connection to be read: such files are
// checked in a private copy. (So are files with a hot journal, found when
// the first read fails: see checkProjectFile.)
bool hasWriteAheadLog(const QString &path, const QByteArray &header)
{
    return Sqlite::headerMarksWal(header) || QFileInfo::exists(path + WalSuffix);
}

// What can be seen of a journal without opening it: whether it changed
// while a copy was made and checked.
QString journalState(const QString &path)
{
    const QFileInfo journal(path + JournalSuffix);
    return journal.exists()
        ? u"%1 %2"_s.arg(journal.size()).arg(journal.lastModified().toMSecsSinceEpoch())
        : QString();
}

// The checks that need the file open; the connection is in checked->db.
bool checkContents(const QString &path, CheckedFile *checked, QString *error)
{
    QSqlDatabase &db = checked->db;
    QString message;
    const auto damaged = [&](const QString &why) {
        // Busy is no damage: the file could not be read yet.
        *error = why == Sql::busyText() ? u"%1: %2"_s.arg(path, why)
                                        : u"%1 is damaged: %2"_s.arg(path, why);
        return false;
    };

    const auto applicationId = Sqlite::applicationId(db, &message);
    if (!applicationId)
        return damaged(message);
    if (*applicationId != Sqlite::PortolanApplicationId) {
        *error = u"%1 is not a Portolan project"_s.arg(path);
        return false;
    }
    const auto version = Sqlite::userVersion(db, &message);
    if (!version)
        return damaged(message);
    const int current = currentSchemaVersion();
    if (*version > current) {
        *error = u"%1 was made by a newer version of Portolan (schema %2; this version reads up "
                 u"to %3)"_s.arg(path)
                     .arg(*version)
                     .arg(current);
        return false;
    }
    if (*version < 0)
        return damaged(u"invalid schema version %1"_s.arg(*version));
    // Portolan writes the schema version in the transaction that makes the
    // schema, and links a new project into place only after it: a file
    // with the id and no version is another program's (or a fragment).
    if (*version == 0) {
        *error = u"%1 is not a Portolan project: it carries Portolan's id but no schema "
                 u"version"_s.arg(path);
        return false;
    }
    checked->version = *version;

    QString problem;
    if (!Sqlite::checkIntegrity(db, &problem, &message))
        return damaged(message);
    if (!problem.isEmpty())
        return damaged(problem);

    const QStringList tables = db.tables();
    for (const Schema::Table &table : Schema::expectedTables(*version)) {
        if (!tables.contains(table.name))
            return damaged(u"table \"%1\" is missing"_s.arg(table.name));
        const QSqlRecord record = db.record(table.name);
        for (const QString &column : table.columns) {
            if (!record.contains(column))
                return damaged(u"column \"%1.%2\" is missing"_s.arg(table.name, column));
        }
    }
    // Every value must be readable whole: one longer than the limit the
    // connection sets would otherwise end a later read early, and a list of
    // flows would come back short, its endpoints empty.
    for (const Schema::Table &table : Schema::expectedTables(*version)) {
        for (const QString &column : table.columns) {
            QSqlQuery query(db);
            if (Sql::run(query, u"SELECT max(length(\"%1\")) FROM \"%2\""_s.arg(column, table.name),
                         {}, &message)
                && query.next())
                continue;
            if (message.isEmpty())
                message = Sql::errorText(query.lastError());
            return damaged(message.contains(u"too big"_s)
                               ? u"a value in %1.%2 is longer than the %3 MB a value may hold"_s
                                     .arg(table.name, column)
                                     .arg(Sqlite::maxValueLength / (1024 * 1024))
                               : message);
        }
    }
    // Portolan makes no triggers; one in the file would run on our edits.
    const auto triggers = Sqlite::triggerNames(db, &message);
    if (!triggers)
        return damaged(message);
    if (!triggers->isEmpty()) {
        *error = u"%1 is not a Portolan project (it contains trigger \"%2\")"_s.arg(
            path, triggers->constFirst());
        return false;
    }
    if (!Sqlite::checkForeignKeys(db, &problem, &message))
        return damaged(message);
    if (!problem.isEmpty())
        return damaged(problem);

    if (*version >= 1) {
        // Zones nest; a loop in the parents would send whoever walks them in circles.
        QSqlQuery query(db);
        if (!Sql::run(query, u"SELECT id, parent_id, name FROM zone"_s, {}, &message))
            return damaged(message);
        QHash<Id, Id> parents;
        QHash<Id, QString> names;
        while (query.next()) {
            const Id id = query.value(0).toLongLong();
            parents.insert(id, Sql::idFrom(query.value(1)));
            names.insert(id, query.value(2).toString());
        }
        QSet<Id> acyclic;
        for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
            QSet<Id> chain;
            for (Id zone = it.key(); zone != 0 && !acyclic.contains(zone);
                 zone = parents.value(zone)) {
                if (chain.contains(zone))
                    return damaged(u"zone \"%1\" is inside itself"_s.arg(names.value(zone)));
                chain.insert(zone);
            }
            acyclic.unite(chain);
        }
    }
    return true;
}

} // namespace

bool checkProjectContents(const QString &label, CheckedFile *checked, QString *error)
{
    return checkContents(label, checked, error);
}

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter { 0 };
    return u"portolan-store-%1"_s.arg(++counter);
}

std::nullptr_t failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return nullptr;
}

void closeConnection(QSqlDatabase &db)
{
    const QString name = db.connectionName();
    if (name.isEmpty())
        return;
    db.close();
    db = QSqlDatabase(); // no copy may remain when the connection goes
    QSqlDatabase::removeDatabase(name);
}

bool checkProjectFile(const QString &path, CheckedFile *checked, QString *error)
{
    *checked = CheckedFile();
    if (path.isEmpty()) {
        *error = u"no file name given"_s;
        return false;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = info.isSymLink() ? u"%1 is a broken link"_s.arg(path)
                                  : u"%1 does not exist"_s.arg(path);
        return false;
    }
    if (info.isDir()) {
        *error = u"%1 is a folder, not a Portolan project"_s.arg(path);
        return false;
    }
    if (!info.isFile()) {
        *error = u"%1 is not a regular file"_s.arg(path);
        return false;
    }
    QByteArray header;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"%1 cannot be read: %2"_s.arg(path, file.errorString());
            return false;
        }
        header = file.read(100);
    }
    if (header.isEmpty()) {
        *error = u"%1 is not a Portolan project (the file is empty)"_s.arg(path);
        return false;
    }
    if (!Sqlite::hasSqliteHeader(header)) {
        *error = u"%1 is not a Portolan project (not an SQLite database)"_s.arg(path);
        return false;
    }

    QString message;
    const QString absolute = info.absoluteFilePath();
    const auto fail = [&]() {
        closeConnection(checked->db);
        removePrivateCopy(checked->privateCopy);
        *checked = CheckedFile();
        return false;
    };
    // The file itself, read-only, when it can be read so: a journal another
    // process is writing beside it does not matter then.
    if (!hasWriteAheadLog(absolute, header)) {
        checked->db = Sqlite::openDatabase(uniqueConnectionName(), absolute,
                                           Sqlite::Access::ReadOnly, &message);
        if (!checked->db.isValid()) {
            *error = u"%1 cannot be opened: %2"_s.arg(path, message);
            return fail();
        }
        if (!Sqlite::hotJournalBlocksReading(checked->db))
            return checkContents(path, checked, error) || fail();
        closeConnection(checked->db);
    }
    // A hot journal or a log: checked in a private copy, where SQLite may
    // roll back or read the log without writing the file. Another process
    // may roll the journal back while it is copied; then the copy is made
    // again.
    for (int attempt = 0;; ++attempt) {
        const QString journalBefore = journalState(absolute);
        checked->privateCopy = makePrivateCopy(absolute, &message);
        if (checked->privateCopy.isEmpty()) {
            *error = u"%1 cannot be copied for checking: %2"_s.arg(path, message);
            return fail();
        }
        checked->db = Sqlite::openDatabase(uniqueConnectionName(), checked->privateCopy,
                                           Sqlite::Access::ReadWrite, &message);
        if (!checked->db.isValid()) {
            *error = u"%1 cannot be opened: %2"_s.arg(path, message);
            return fail();
        }
        if (checkContents(path, checked, error))
            return true;
        fail();
        if (attempt == 2 || journalState(absolute) == journalBefore)
            return false;
    }
}

QString makePrivateCopy(const QString &path, QString *error)
{
    QTemporaryFile copy(QDir::tempPath() + u"/portolan-XXXXXX.portolan"_s);
    copy.setAutoRemove(false);
    if (!copy.open()) {
        *error = copy.errorString();
        return {};
    }
    const QString name = copy.fileName();
    bool ok = copyFileContents(path, copy, error) && copy.flush();
    copy.close();
    for (const QString &suffix : { JournalSuffix, WalSuffix }) {
        if (ok && QFileInfo::exists(path + suffix))
            ok = copyTo(path + suffix, name + suffix, error);
    }
    if (!ok) {
        removePrivateCopy(name);
        return {};
    }
    return name;
}

void removePrivateCopy(const QString &copy)
{
    if (copy.isEmpty())
        return;
    for (const QString &suffix : { QString(), JournalSuffix, WalSuffix, u"-shm"_s })
        QFile::remove(copy + suffix);
}

} // namespace Portolan
