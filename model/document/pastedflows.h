#pragma once
// Flows pasted from a spreadsheet: tab-separated rows as Excel, LibreOffice
// or Portolan's own Copy put them on the clipboard, read by the importer so
// that the same column synonyms and row checks apply as for a file.

#include "import/importer.h"

#include <QString>

namespace Portolan {

// With a header row (two or more cells the importer knows as columns) the
// columns are taken from it; otherwise the rows are read as Source,
// Destination, Protocol, Ports, Purpose, and any further cells go to the
// notes. Pasted flows get no product unless a Product column names one.
// "Optional" and "Notes" columns (as Copy writes them) set those fields.
// Messages name the pasted text's own lines; ok is false when there is
// nothing to paste or no flow columns.
ImportResult parsePastedFlows(const QString &text);

} // namespace Portolan
