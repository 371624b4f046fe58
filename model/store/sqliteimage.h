#pragma once
// A whole SQLite database as bytes (SQLite's serialize/deserialize): how a
// baseline freezes a project inside the project's own file. Only the store
// uses these; the bytes are a database file's image, nothing Portolan-made.

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portolan::Sqlite {

// A consistent image of the connection's main database (SQLite's online
// backup into memory), after `prune` (SQL statements, run on the copy) and a
// VACUUM that leaves no trace of what they removed. The connection's own
// database is only read. nullopt and *error on failure.
std::optional<QByteArray> imageOf(const QSqlDatabase &db, const QStringList &prune, QString *error);

// Replaces the main database of an in-memory connection with `image`. The
// image is read as untrusted: the caller checks it as it checks a file.
bool loadImage(const QSqlDatabase &db, const QByteArray &image, QString *error);

} // namespace Portolan::Sqlite
