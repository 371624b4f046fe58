#pragma once
// Save Change Request… in the Changes dock: the comparison shown, written
// as `portolan diff --out` writes it — a workbook (.xlsx), the rule changes
// (.csv), the change request on paper (.pdf, with its delta diagram) or
// everything for pipelines (.json).

#include "diff/changerequest.h"

class QWidget;

namespace Portolan {

// Writes `request` (between `from` and `to`) to `path`; the extension
// chooses the format. A PDF's delta diagram is laid out by `layoutWorker`
// (empty: the running program) where a side has no drawing. False and
// *error when it cannot be written.
bool writeChangeRequestFile(const ChangeRequest &request, const ChangeSide &from,
                            const ChangeSide &to, const QString &path, const QString &layoutWorker,
                            QString *error);

// Asks where to save `request`, suggesting a name after `baseName` (the
// project file's): a path with one of the four extensions, or nothing when
// cancelled (or after saying that the extension is not one).
QString askChangeRequestPath(QWidget *window, const ChangeRequest &request,
                             const QString &baseName);

// The title of the dialogs that save a change request.
QString saveChangeRequestTitle();

} // namespace Portolan
