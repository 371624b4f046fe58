#pragma once
// Private to the importer: one table row to flows. Sources S, destinations
// D, service lines V and purpose lines P: when D (or S) lists as many lines
// as V and P lists as many too, they pair line by line; otherwise every
// source meets every destination with, per transport, the union of the ports
// of all service lines, and the purposes joined with "; ".

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
