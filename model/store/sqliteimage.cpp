#include "sqliteimage.h"

#include "sqlitesettings.h"

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Portolan::Sqlite {

namespace {

// A private in-memory connection, closed when it goes.
class MemoryDatabase
{
public:
    MemoryDatabase() { sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE, nullptr); }
    ~MemoryDatabase() { sqlite3_close(m_db); }
    MemoryDatabase(const MemoryDatabase &) = delete;
    MemoryDatabase &operator=(const MemoryDatabase &) = delete;

    sqlite3 *handle() const { return m_db; }
    QString errorText() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : u"out of memory"_s;
    }
    bool exec(const QString &sql) const
    {
        return sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace

std::optional<QByteArray> imageOf(const QSqlDatabase &db, const QStringList &prune, QString *error)
{
    sqlite3 *source = handleOf(db);
    if (!source) {
        *error = u"the connection is not an SQLite connection"_s;
        return std::nullopt;
    }
    MemoryDatabase copy;
    if (!copy.handle()) {
        *error = copy.errorText();
        return std::nullopt;
    }
    // One step: the whole database is copied under one read lock, so the
    // copy is one committed state even while another process writes.
    sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", source, "main");
    if (!backup) {
        *error = copy.errorText();
        return std::nullopt;
    }
    const int stepped = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errstr(stepped));
        return std::nullopt;
    }
    for (const QString &statement : prune + QStringList { u"VACUUM"_s }) {
        if (!copy.exec(statement)) {
            *error = copy.errorText();
            return std::nullopt;
        }
    }
    sqlite3_int64 size = 0;
    unsigned char *bytes = sqlite3_serialize(copy.handle(), "main", &size, 0);
    if (!bytes) {
        *error = u"the project could not be copied into memory"_s;
        return std::nullopt;
    }
    QByteArray image(reinterpret_cast<const char *>(bytes), qsizetype(size));
    sqlite3_free(bytes);
    return image;
}

bool loadImage(const QSqlDatabase &db, const QByteArray &image, QString *error)
{
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        *error = u"the connection is not an SQLite connection"_s;
        return false;
    }
    const auto size = sqlite3_int64(image.size());
    auto *bytes = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(qMax(size, 1))));
    if (!bytes) {
        *error = u"out of memory"_s;
        return false;
    }
    std::memcpy(bytes, image.constData(), size_t(size));
    // SQLite owns the bytes from here, and frees them even on failure.
    const int status
        = sqlite3_deserialize(handle, "main", bytes, size, size,
                              SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (status != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errstr(status));
        return false;
    }
    return true;
}

} // namespace Portolan::Sqlite
