#pragma once
// Private to the layout module: one run of dot over a request, zones as
// nested clusters, read back as plain geometry (labels not yet placed).

#include "layout/gvclustertree.h"

#include <QString>

namespace Portolan {

// Empty result and *error set when dot did not run. Edges Graphviz lost
// are drawn straight.
LayoutResult dotLayout(const LayoutRequest &request, const ClusterTree &tree, QString *error);

} // namespace Portolan
