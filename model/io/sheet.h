#pragma once
// A table on its way into a spreadsheet: a named sheet with a header row and
// text rows, and what every spreadsheet writer does to a cell first — a cell
// that a spreadsheet would run as a formula (it starts with "=", "+", "-",
// "@", a tab or a carriage return) gets a leading apostrophe, so that it
// shows as the text it is (OWASP "CSV injection"). So does a cell that is
// just "=", "+" or "@"; a lone "-" (a spreadsheet's "nothing") stays.

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
// csvLine() of the neutralised fields: every CSV Portolan writes for
// people's spreadsheets (the command line's listings too) goes through it.
QString safeCsvLine(const QStringList &fields);

// The sheet as CSV (RFC 4180, CRLF, every cell neutralised), UTF-8 with a
// byte-order mark when `bom` (Excel then reads the accents right).
QByteArray sheetCsv(const Sheet &sheet, bool bom);

} // namespace Portolan
