#pragma once
// Files made beside their target under a hidden name and renamed (or
// linked) into place only when whole: spreadsheets, new projects. The
// hidden name carries the id of the process writing it, so that the next
// write to the same target removes what a killed process left behind, and
// never the file of a process that is still writing.

#include <QString>

namespace Portolan {

// ".NAME.<pid>-<random>.<suffix>" in the target's folder; not created.
QString stagingPath(const QString &target, const QString &suffix);

// Removes the staging files of `target` with this suffix (and their SQLite
// journals) whose process is gone; returns how many were removed.
int removeAbandonedStaging(const QString &target, const QString &suffix);

} // namespace Portolan
