#pragma once
// Component, zone, product and environment names: how they are cleaned for
// display and compared. Two names denote the same thing when their keys are
// equal: case-insensitive, white space trimmed and collapsed, trailing dots
// removed ("vCenter Server." == "vcenter  server").

#include <QString>
#include <QStringView>

namespace Portolan {

// Display form: trimmed, inner white space (including non-breaking spaces)
// collapsed to one space, trailing dots removed ("Server. ." -> "Server"),
// zero-width spaces and byte-order marks dropped.
QString cleanName(QStringView name);
// Comparison key: cleanName() case-folded, in Unicode NFKC so that composed
// and decomposed accents, or full-width letters, give one key.
QString nameKey(QStringView name);
bool sameName(QStringView a, QStringView b);

} // namespace Portolan
