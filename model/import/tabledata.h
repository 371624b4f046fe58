#pragma once
// Private to the importer: a table as found in the source, cells as written.

#include <QList>
#include <QStringList>

namespace Portolan::ImportDetail {

struct RawRow
{
    int line = 0; // 1-based line where the row starts
    QStringList cells;
};

struct RawTable
{
    int line = 0; // the header's line
    QStringList header;
    QList<RawRow> rows;
};

} // namespace Portolan::ImportDetail
