#pragma once
// The content of an SQLite file as one digest, read with SQL alone (no
// Portolan code): every row of every table, the rows of a table sorted, so
// that two files hold the same content exactly when their digests match.
// Also PRAGMA integrity_check.

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <algorithm>

namespace Portolan::Testing {

struct FileContent
{
    QByteArray digest; // empty when the file could not be read
    QString integrity; // "ok", or what integrity_check found
    QString error;
};

inline FileContent readFileContent(const QString &path)
{
    static int connections = 0;
    const QString name = QStringLiteral("digest-%1").arg(++connections);
    FileContent content;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            content.error = db.lastError().text();
        } else {
            QSqlQuery check(db);
            QStringList found;
            if (check.exec(QStringLiteral("PRAGMA integrity_check"))) {
                while (check.next())
                    found.append(check.value(0).toString());
            }
            content.integrity
                = check.lastError().isValid() ? check.lastError().text() : found.join(u"; ");
            QCryptographicHash hash(QCryptographicHash::Sha256);
            QSqlQuery tables(db);
            if (!tables.exec(QStringLiteral(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
                content.error = tables.lastError().text();
            while (content.error.isEmpty() && tables.next()) {
                const QString table = tables.value(0).toString();
                hash.addData(table.toUtf8() + '\n');
                QSqlQuery rows(db);
                if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table))) {
                    content.error = rows.lastError().text();
                    break;
                }
                QList<QByteArray> lines;
                while (rows.next()) {
                    QByteArray line;
                    for (int i = 0; i < rows.record().count(); ++i) {
                        const QVariant value = rows.value(i);
                        line += value.isNull()
                            ? QByteArray("NULL")
                            : QByteArray(value.typeName()) + ':' + value.toByteArray().toHex();
                        line += '|';
                    }
                    lines.append(line);
                }
                if (rows.lastError().isValid())
                    content.error = rows.lastError().text();
                std::sort(lines.begin(), lines.end());
                for (const QByteArray &line : std::as_const(lines))
                    hash.addData(line + '\n');
            }
            if (content.error.isEmpty())
                content.digest = hash.result().toHex();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return content;
}

} // namespace Portolan::Testing
