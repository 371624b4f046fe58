#pragma once
// Rules as the firewall team's spreadsheet lays them out: one row per rule,
// its endpoints' names, zones and addresses, protocol, ports, purpose and a
// status that marks endpoints without an address.

#include "io/sheet.h"
#include "rules.h"

namespace Portolan {

// Columns: Rule, Product, Source, Source zone, Source addresses, Destination,
// Destination zone, Destination addresses, Protocol, Ports, Purpose,
// Optional, Notes, Status. Several addresses (and purposes, products) share
// a cell, one a line. `environment` names the plan in the messages.
Sheet rulesSheet(const QList<Rule> &rules, const QString &environment,
                 const QString &name = QString());

} // namespace Portolan
