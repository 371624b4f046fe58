#pragma once
// Sheets into an Excel workbook (.xlsx, through libxlsxwriter): per sheet a
// bold header row that stays in view (frozen) and filters (autofilter),
// columns as wide as the sheet's hints, text wrapped and top-aligned, every
// cell written as text after neutralisedCell(). Sheet names are made
// acceptable to Excel (31 characters, none of []:*?/\, unique).

#include "sheet.h"

namespace Portolan {

// Writes the workbook next to `path` and moves it into place once complete:
// a failure leaves an existing file as it was. False and *error on failure.
bool writeXlsx(const QList<Sheet> &sheets, const QString &path, QString *error);

// The version of libxlsxwriter workbooks are written with ("1.1.4").
QString xlsxWriterVersion();

// The name Excel accepts for a sheet called `wanted`, not among `taken`.
QString xlsxSheetName(const QString &wanted, const QStringList &taken);

} // namespace Portolan
