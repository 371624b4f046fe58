#pragma once
// CSV as spreadsheets write and read it (RFC 4180): reading with the
// delimiter sniffed (',' ';' or tab), quoted fields that hold delimiters,
// quotes and line breaks, CRLF or LF; writing with minimal quoting.

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Portolan {

struct CsvRecord
{
    QStringList fields;
    int line = 0; // 1-based line where the record starts
};

struct CsvTable
{
    QChar delimiter;
    QList<CsvRecord> records;
    // Set when the text ends inside a quoted field; records hold what was read.
    QString error;
    int errorLine = 0;
};

// The delimiter (',' ';' or '\t') that splits the first lines most
// consistently, ignoring delimiters inside quotes. ',' when undecided.
QChar sniffCsvDelimiter(QStringView text);
// A leading byte-order mark is skipped. QChar() sniffs the delimiter.
CsvTable readCsv(QStringView text, QChar delimiter = QChar());

// One field, quoted when it holds the delimiter, a quote, CR or LF, or
// leading/trailing spaces.
QString csvField(const QString &value, QChar delimiter = u',');
// A whole record, fields joined by the delimiter, ending in "\r\n".
QString csvLine(const QStringList &fields, QChar delimiter = u',');

} // namespace Portolan
