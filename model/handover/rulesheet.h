#pragma once
// Rules as the firewall team's spreadsheet lays them out: one row per rule,
// its endpoints' names, zones and addresses, protocol, ports, purpose and a
// status that marks endpoints without an address.

#include "io/sheet.h"
#include "rules.h"
#include "sheetwords.h"

namespace Portolan {

// Columns: Rule, Product, Source, Source zone, Source addresses, Destination,
// Destination zone, Destination addresses, Protocol, Ports, Purpose,
// Optional, Notes, Status. Several addresses (and purposes, products) share
// a cell, one a line. `environment` names the plan in the messages.
// The CSV (read by scripts) keeps the English headings and values; the
// workbook people read asks for them translated.
Sheet rulesSheet(const QList<Rule> &rules, const QString &environment,
                 const QString &name = QString(), SheetTexts texts = SheetTexts::English);

} // namespace Portolan
