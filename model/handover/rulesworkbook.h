#pragma once
// The rule workbook handed to the firewall team: every rule, the rules of
// each product on their own sheet, the environment's address plan and what
// the lint found — one list of sheets for any spreadsheet writer (the CSV
// writer takes the first).

#include "io/sheet.h"
#include "lint/designlint.h"
#include "rules.h"

namespace Portolan {

struct ProjectSnapshot;

// Sheets: "Rules" (all), one per product in project order that has rules
// ("No product" for rules without one), "Address plan" (component, address,
// kind, zone) and "Findings" (severity, message).
// `rules` are generateRules() of `environment`, as the caller made them.
QList<Sheet> rulesWorkbook(const ProjectSnapshot &project, Id environment, const QList<Rule> &rules,
                           const QList<LintFinding> &findings);

} // namespace Portolan
