#pragma once
// Private to the importer: GitHub-flavoured markdown tables in a document.

#include "import/tabledata.h"

#include <QStringView>

namespace Portolan::ImportDetail {

// Every table in the text: a header row, a separator row ("| --- | :--: |"),
// then rows until a blank line or a line without a pipe. Outer pipes are
// optional; "\|" is a pipe inside a cell. Tables in fenced code blocks are
// not tables. Rows that look like separators are left out.
QList<RawTable> findMarkdownTables(QStringView text);

// One table line split into its cells (outer pipes removed, "\|" unescaped,
// cells not trimmed of anything but surrounding white space).
QStringList splitTableRow(QStringView line);

} // namespace Portolan::ImportDetail
