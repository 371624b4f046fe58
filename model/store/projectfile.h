#pragma once
// Opening Portolan files from elsewhere: the checks ProjectStore::open()
// promises, run on a read-only connection (or on a private copy when the file
// comes with a journal to replay), and the private copies themselves.

#include <QSqlDatabase>
#include <QString>

#include <cstddef>

namespace Portolan {

// Sets *error (when given) to message; nullptr, for the functions that
// return a store.
std::nullptr_t failWith(QString *error, const QString &message);
// A name for a new Qt SQL connection, unique in this process.
QString uniqueConnectionName();
// Closes db and removes its connection; db is invalid afterwards.
void closeConnection(QSqlDatabase &db);
// Marks a new, empty database as a Portolan project and creates the
// current schema (projectcreation.cpp).
bool initialiseProject(QSqlDatabase &db, QString *error);

struct CheckedFile
{
    QSqlDatabase db; // open and configured: read-only on the file, or on privateCopy
    int version = 0; // its schema version, at most currentSchemaVersion()
    QString privateCopy; // set when the checks had to run on a copy
};

// Checks path as ProjectStore::open() describes, in this order: the file
// exists and is readable; it starts with the SQLite header; its application
// id is Portolan's; its schema is not newer than this version reads; it
// passes SQLite's integrity check; its tables and columns are there; its
// references hold. Nothing is ever written to path. A file that comes with a
// hot journal or a write-ahead log is checked in a private copy, where SQLite
// may replay them. On failure, *error is one line starting with path.
bool checkProjectFile(const QString &path, CheckedFile *checked, QString *error);

// The checks of checkProjectFile() that read the database, on a connection
// already open in checked->db (a baseline's image in memory); messages start
// with `label`. Sets checked->version.
bool checkProjectContents(const QString &label, CheckedFile *checked, QString *error);

// Copies path, with its -journal or -wal file if there is one, to a new
// private temporary file and returns the copy's name (empty on failure).
QString makePrivateCopy(const QString &path, QString *error);
// Removes a copy made by makePrivateCopy() and whatever SQLite left beside it.
void removePrivateCopy(const QString &copy);

} // namespace Portolan
