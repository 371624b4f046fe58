// ProjectStore::create(): a new project appears whole or not at all. It is
// made under a hidden name beside its target, filled, closed, and then
// linked into place; a link never replaces a file that appeared at the
// target meanwhile (another process making the same project).

#include "io/stagingfile.h"
#include "migrations.h"
#include "projectfile.h"
#include "projectstore.h"
#include "sqlitesettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

const QString StagingSuffix = u"new"_s;

void removeFileAndJournal(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + u"-journal"_s);
}

// A new empty file beside `target`, hidden, that no one else has: its
// name, or empty with *error set. What a killed earlier creation of the
// same project left is removed first.
QString reserveTemporaryName(const QFileInfo &target, QString *error)
{
    const QString path = target.absoluteFilePath();
    removeAbandonedStaging(path, StagingSuffix);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString name = stagingPath(path, StagingSuffix);
        QFile file(name);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return name;
        if (!QFileInfo::exists(name)) {
            *error = file.errorString();
            return {};
        }
    }
    *error = u"no free temporary name"_s;
    return {};
}

// Gives the file `from` the name `to` as well, unless `to` exists.
bool linkInPlace(const QString &from, const QString &to, bool *exists, QString *error)
{
#ifdef Q_OS_UNIX
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    *exists = errno == EEXIST;
    *error = QString::fromLocal8Bit(std::strerror(errno));
    return false;
#else
    // Elsewhere (Windows) a rename refuses an existing target; the
    // temporary name is gone then.
    QFile file(from);
    if (file.rename(to))
        return true;
    *exists = QFileInfo::exists(to);
    *error = file.errorString();
    return false;
#endif
}

} // namespace

bool initialiseProject(QSqlDatabase &db, QString *error)
{
    return Sqlite::setApplicationId(db, Sqlite::PortolanApplicationId, error)
        && migrate(db, migrationSteps(), error);
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString &path, QString *error,
                                                   const Filling &fill, bool *exists)
{
    bool found = false;
    if (!exists)
        exists = &found;
    *exists = false;
    if (path.isEmpty())
        return failWith(error, u"no file name given"_s);
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink()) {
        *exists = true;
        return failWith(error, u"%1 already exists"_s.arg(path));
    }
    QString message;
    const QString temporary = reserveTemporaryName(target, &message);
    if (temporary.isEmpty())
        return failWith(error, u"%1 cannot be created: %2"_s.arg(path, message));
    {
        QSqlDatabase db = Sqlite::openDatabase(uniqueConnectionName(), temporary,
                                               Sqlite::Access::ReadWrite, &message);
        if (!db.isValid() || !initialiseProject(db, &message)) {
            closeConnection(db);
            removeFileAndJournal(temporary);
            return failWith(error, u"%1 cannot be created: %2"_s.arg(path, message));
        }
        std::unique_ptr<ProjectStore> made(new ProjectStore(db, temporary, Mode::ReadWrite));
        db = QSqlDatabase(); // the store's is the only handle left
        const bool filled = !fill || fill(*made, &message);
        made.reset(); // closed: nothing of it is left in a journal
        if (!filled) {
            removeFileAndJournal(temporary);
            return failWith(error, message);
        }
    }
    const bool linked = linkInPlace(temporary, path, exists, &message);
    removeFileAndJournal(temporary);
    if (!linked) {
        return failWith(error,
                        *exists ? u"%1 already exists"_s.arg(path)
                                : u"%1 cannot be created: %2"_s.arg(path, message));
    }
    return open(path, Mode::ReadWrite, error);
}

} // namespace Portolan
