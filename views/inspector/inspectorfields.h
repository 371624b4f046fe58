#pragma once
// Small helpers the inspector's pages share for showing values in fields.

#include "project/snapshot.h"

class QLineEdit;

namespace Portolan {

// Sets the text only when it differs, so that the cursor stays put.
void setLineText(QLineEdit *edit, const QString &text);

// One line for a flow in a list: "→ vCenter TCP 443 — purpose" as seen
// from `viewpoint` (its source; "←" from its destination), or
// "A → B TCP 443 — purpose" from elsewhere.
QString flowLine(const ProjectSnapshot &project, const Flow &flow, Id viewpoint = 0);

} // namespace Portolan
