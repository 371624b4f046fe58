#pragma once
// Private to the importer: one table row to flows. Its cells are cleaned,
// its services read, and its lists paired or multiplied out by the rules of
// listrules.h.

#include "import/columns.h"
#include "import/importer.h"

#include <QStringList>

namespace Portolan::ImportDetail {

struct RowOutcome
{
    QList<ImportedFlow> flows;
    QStringList warnings; // about the row's line; "…; row skipped" when no flow came of it
    QString error; // the row would make more than maxFlows flows: none are made
};

RowOutcome expandRow(const QStringList &cells, int line, const ColumnMap &columns,
                     const QString &defaultProduct, int maxFlows);

} // namespace Portolan::ImportDetail
