#pragma once
// Writing the firewall rules of an environment to a file, for the command
// line and the window alike: .csv holds the Rules sheet, .xlsx the whole
// rule workbook (per product, address plan, lint findings).

#include "rules.h"

namespace Portolan {

struct ProjectSnapshot;

struct RulesExportOptions
{
    Consolidation consolidation = Consolidation::None;
    bool byteOrderMark = false; // CSV only
};

// Whether `path` ends in a format the rules can be written as.
bool isRulesFile(const QString &path);

struct RulesExportSummary
{
    int rules = 0;
    int unresolved = 0; // rules with an endpoint without an address
};

// Writes the rules; an existing file is replaced only once the new one is
// complete. False and *error on failure.
bool writeRules(const ProjectSnapshot &project, Id environment, const QString &path,
                const RulesExportOptions &options, RulesExportSummary *summary, QString *error);

} // namespace Portolan
