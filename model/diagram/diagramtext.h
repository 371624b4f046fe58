#pragma once
// The words of the diagram: tooltips (also the SVG <title>s) of components
// and edges. One line per flow, so that a reader sees every service without
// opening a table.

#include "diagramcontent.h"

#include <QString>

namespace Portolan {

// "TCP 443" / "UDP 67-68" / "ICMP": one flow's service.
QString flowService(const Flow &flow);
// Name, then "kind · zone", then one line per flow in or out:
// "→ Syslog · NSX ALB · TCP 514 · Log Export".
QString componentTooltip(const ProjectSnapshot &project, const Component &component,
                         const QList<Flow> &flows);
// "Source → Destination", then one line per flow: "Product · TCP 443 · purpose".
QString edgeTooltip(const ProjectSnapshot &project, const DiagramContent::Pair &pair);

} // namespace Portolan
