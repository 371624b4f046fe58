#pragma once
// Edge label text: the compact services text of an edge (flowsLabel, in
// diagram.h) and how it goes onto two lines when it is too wide.

#include <QString>

namespace Portolan {

// The label as drawn: unchanged when it fits `maxWidth` points in the label
// font, else split in two lines of about equal width, between protocols
// (" · ") when that fits, else between ports (", "). Lines that still do not
// fit twice the width are elided: tooltips carry the whole text.
QString wrapFlowsLabel(const QString &label, qreal maxWidth);

} // namespace Portolan
