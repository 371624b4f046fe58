// ProjectStore: opening and closing project files, and the transactions
// every edit runs in. Creating one is in projectcreation.cpp. Reading and editing live in
// projectstorereads.cpp and projectstoreedits.cpp.

#include "projectstore.h"

#include "migrations.h"
#include "projectfile.h"
#include "sqlhelpers.h"
#include "sqlitesettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

const QString EditSavepoint = u"SAVEPOINT portolan_edit"_s;
const QString ReleaseEdit = u"RELEASE SAVEPOINT portolan_edit"_s;
const QString RollbackEdit = u"ROLLBACK TO SAVEPOINT portolan_edit"_s;

} // namespace

ProjectStore::ProjectStore(QSqlDatabase db, QString path, Mode mode)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_mode(mode)
{ }

ProjectStore::~ProjectStore()
{
    // An open transaction is rolled back when the connection closes.
    closeConnection(m_db);
    removePrivateCopy(m_temporaryCopy);
}

std::unique_ptr<ProjectStore> ProjectStore::createInMemory(QString *error)
{
    const QString path = u":memory:"_s;
    QString message;
    QSqlDatabase db
        = Sqlite::openDatabase(uniqueConnectionName(), path, Sqlite::Access::ReadWrite, &message);
    if (db.isValid() && initialiseProject(db, &message))
        return std::unique_ptr<ProjectStore>(new ProjectStore(db, path, Mode::ReadWrite));
    closeConnection(db);
    return failWith(error, u"cannot create a project in memory: %1"_s.arg(message));
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, Mode mode, QString *error)
{
    CheckedFile checked;
    QString message;
    if (!checkProjectFile(path, &checked, &message))
        return failWith(error, message);
    const int current = currentSchemaVersion();

    if (mode == Mode::ReadOnly) {
        if (checked.version < current) {
            // Upgrade a private copy: a read-only open never writes the file.
            if (checked.privateCopy.isEmpty()) {
                closeConnection(checked.db);
                checked.privateCopy = makePrivateCopy(QFileInfo(path).absoluteFilePath(), &message);
                if (checked.privateCopy.isEmpty())
                    return failWith(error, u"%1 cannot be copied: %2"_s.arg(path, message));
                checked.db = Sqlite::openDatabase(uniqueConnectionName(), checked.privateCopy,
                                                  Sqlite::Access::ReadWrite, &message);
            }
            if (!checked.db.isValid() || !migrate(checked.db, migrationSteps(), &message)) {
                closeConnection(checked.db);
                removePrivateCopy(checked.privateCopy);
                return failWith(error, u"%1 cannot be upgraded: %2"_s.arg(path, message));
            }
        }
        std::unique_ptr<ProjectStore> store(new ProjectStore(checked.db, path, mode));
        store->m_temporaryCopy = checked.privateCopy;
        checked.db = QSqlDatabase();
        return store;
    }

    // The file passed its checks: now open it for writing. SQLite replays a
    // hot journal here, as it did in the private copy that was checked.
    closeConnection(checked.db);
    removePrivateCopy(checked.privateCopy);
    QSqlDatabase db
        = Sqlite::openDatabase(uniqueConnectionName(), QFileInfo(path).absoluteFilePath(),
                               Sqlite::Access::ReadWrite, &message);
    if (!db.isValid())
        return failWith(error, u"%1 cannot be opened for editing: %2"_s.arg(path, message));
    const auto fail = [&](const QString &text) {
        closeConnection(db);
        return failWith(error, text);
    };
    if (Sqlite::isReadOnly(db))
        return fail(u"%1 is write-protected; open it read-only"_s.arg(path));
    // The file may have been replaced since it was checked.
    const auto applicationId = Sqlite::applicationId(db, &message);
    const auto version = Sqlite::userVersion(db, &message);
    if (!applicationId || !version)
        return fail(u"%1 cannot be opened for editing: %2"_s.arg(path, message));
    if (*applicationId != Sqlite::PortolanApplicationId || *version != checked.version)
        return fail(u"%1 changed while it was being opened"_s.arg(path));
    if (*version < current && !migrate(db, migrationSteps(), &message))
        return fail(u"%1 cannot be upgraded: %2"_s.arg(path, message));
    return std::unique_ptr<ProjectStore>(new ProjectStore(db, path, mode));
}

int ProjectStore::schemaVersion() const
{
    m_error.clear();
    const auto version = Sqlite::userVersion(m_db, &m_error);
    return version.value_or(0);
}

std::optional<qint64> ProjectStore::dataVersion() const
{
    QString ignored;
    QSqlQuery query(m_db);
    // Without the busy wait: a writer holding the file makes this answer
    // nothing now rather than stall the caller.
    Sql::exec(m_db, u"PRAGMA busy_timeout = 0"_s, &ignored);
    std::optional<qint64> version;
    if (Sql::run(query, u"PRAGMA data_version"_s, {}, &ignored) && query.next())
        version = query.value(0).toLongLong();
    query.finish();
    Sql::exec(m_db, u"PRAGMA busy_timeout = %1"_s.arg(Sqlite::busyTimeout), &ignored);
    return version;
}

bool ProjectStore::saveCopy(const QString &path) const
{
    m_error.clear();
    // The copy is written next to the target, which is replaced only when
    // the copy is whole.
    const QFileInfo target(path);
    const QString partial = target.absoluteDir().filePath(u"."_s + target.fileName() + u".part"_s);
    QFile::remove(partial);
    if (!Sqlite::backUp(m_db, partial, &m_error)) {
        m_error = u"cannot write %1: %2"_s.arg(path, m_error);
        QFile::remove(partial);
        return false;
    }
    if ((target.exists() && !QFile::remove(path)) || !QFile::rename(partial, path)) {
        m_error = u"cannot replace %1"_s.arg(path);
        QFile::remove(partial);
        return false;
    }
    return true;
}

bool ProjectStore::beginEdit()
{
    m_error.clear();
    if (m_mode == Mode::ReadOnly) {
        m_error = u"%1 is open read-only"_s.arg(m_path);
        return false;
    }
    QString message;
    if (m_transactionDepth > 0) {
        if (m_transactionFailed) {
            m_error = u"nothing more is saved in this transaction: %1"_s.arg(m_transactionProblem);
            return false;
        }
        if (Sql::exec(m_db, EditSavepoint, &message))
            return true;
        m_transactionFailed = true;
        m_transactionProblem = message;
        m_error = u"cannot save: %1"_s.arg(message);
        return false;
    }
    if (beginWriting(&message))
        return true;
    m_error = u"cannot save: %1"_s.arg(message);
    return false;
}

bool ProjectStore::beginWriting(QString *error)
{
    return Sql::exec(m_db, u"BEGIN IMMEDIATE"_s, error);
}

bool ProjectStore::finishEdit(bool ok)
{
    QString message;
    if (m_transactionDepth > 0) {
        if (ok && Sql::exec(m_db, ReleaseEdit, &message))
            return true;
        if (ok)
            m_error = u"cannot save: %1"_s.arg(message);
        // Undo this edit only; the rest of the transaction stands. If that is
        // impossible, SQLite has already rolled the whole transaction back.
        QString rollbackMessage;
        if (!Sql::exec(m_db, RollbackEdit, &rollbackMessage)
            || !Sql::exec(m_db, ReleaseEdit, &rollbackMessage)) {
            m_transactionFailed = true;
            m_transactionProblem = m_error.isEmpty() ? rollbackMessage : m_error;
        }
        return false;
    }
    if (ok && m_db.commit())
        return true;
    if (ok)
        m_error = u"cannot save: %1"_s.arg(Sql::errorText(m_db.lastError()));
    m_db.rollback();
    return false;
}

// --- Transaction -------------------------------------------------------------

ProjectStore::Transaction::Transaction(ProjectStore &store)
    : m_store(store)
{
    if (m_store.m_transactionDepth == 0) {
        m_outermost = true;
        m_store.m_transactionFailed = false;
        m_store.m_transactionProblem.clear();
        if (m_store.m_mode == Mode::ReadOnly) {
            m_store.m_transactionFailed = true;
            m_store.m_transactionProblem = u"%1 is open read-only"_s.arg(m_store.m_path);
        } else if (QString message; !m_store.beginWriting(&message)) {
            m_store.m_transactionFailed = true;
            m_store.m_transactionProblem = message;
            m_store.m_error = u"cannot start a transaction: %1"_s.arg(m_store.m_transactionProblem);
        }
    }
    ++m_store.m_transactionDepth;
}

ProjectStore::Transaction::~Transaction()
{
    if (m_done)
        return;
    m_done = true;
    --m_store.m_transactionDepth;
    if (!m_outermost) {
        // An inner part gave up: the whole transaction must not be committed.
        if (!m_store.m_transactionFailed) {
            m_store.m_transactionFailed = true;
            m_store.m_transactionProblem = u"part of it was abandoned"_s;
        }
        return;
    }
    if (m_store.m_mode == Mode::ReadWrite)
        m_store.m_db.rollback();
    m_store.m_transactionFailed = false;
}

bool ProjectStore::Transaction::commit()
{
    ProjectStore &store = m_store;
    if (m_done) {
        store.m_error = u"the transaction has already ended"_s;
        return false;
    }
    m_done = true;
    --store.m_transactionDepth;
    if (!m_outermost) {
        if (!store.m_transactionFailed)
            return true;
        store.m_error = u"nothing was saved: %1"_s.arg(store.m_transactionProblem);
        return false;
    }
    if (store.m_mode == Mode::ReadOnly) {
        store.m_error = store.m_transactionProblem;
        store.m_transactionFailed = false;
        return false;
    }
    if (store.m_transactionFailed) {
        store.m_db.rollback();
        store.m_error = u"nothing was saved: %1"_s.arg(store.m_transactionProblem);
        store.m_transactionFailed = false;
        return false;
    }
    if (store.m_db.commit())
        return true;
    store.m_error = u"nothing was saved: %1"_s.arg(Sql::errorText(store.m_db.lastError()));
    store.m_db.rollback();
    return false;
}

// --- Reading -----------------------------------------------------------------

ProjectStore::Reading::Reading(const ProjectStore &store)
    : m_db(store.m_db)
{
    // A deferred transaction: the first read takes the shared lock, which
    // is kept until the end.
    if (store.m_transactionDepth == 0)
        m_began = m_db.transaction();
}

ProjectStore::Reading::~Reading()
{
    if (m_began)
        m_db.commit();
}

} // namespace Portolan
