#pragma once
// A table on its way into a spreadsheet: a named sheet with a header row and
// text rows, and what every spreadsheet writer does to a cell first — a cell
// that a spreadsheet would run as a formula (it starts with "=", "+", "-",
// "@", a tab or a carriage return) gets a leading apostrophe, so that it
// shows as the text it is (OWASP "CSV injection"). A lone "-" or "+" is no
// formula and stays as it is.

#include <QList>
#include <QString>
#include <QStringList>

namespace Portolan {

struct Sheet
{
    QString name; // a spreadsheet's tab name
    QStringList header;
    QList<QStringList> rows;
    // Width hints, in characters, per column (writers may ignore them).
    QList<int> widths;
};

QString neutralisedCell(const QString &text);

// The sheet as CSV (RFC 4180, CRLF, every cell neutralised), UTF-8 with a
// byte-order mark when `bom` (Excel then reads the accents right).
QByteArray sheetCsv(const Sheet &sheet, bool bom);

} // namespace Portolan
