#pragma once
// The words of the diagram: tooltips (also the SVG <title>s) of components
// and edges. One line per flow, so that a reader sees every service without
// opening a table.

#include "diagramcontent.h"

#include <QString>

namespace Portolan {

// "TCP 443" / "UDP 67-68" / "ICMP": one flow's service.
QString flowService(const Flow &flow);
// A component's addresses in one environment, as its tooltip says them:
// "Lab: 10.0.1.5, 10.0.1.6", or "Lab: no address".
QString addressesLine(const QString &environment, const QStringList &addresses);
// Name, then "kind · zone", then `addressLine` when given, then one line
// per flow in or out: "→ Syslog · NSX ALB · TCP 514 · Log Export".
QString componentTooltip(const ProjectSnapshot &project, const Component &component,
                         const QList<Flow> &flows, const QString &addressLine = {});
// "Source → Destination", then one line per flow: "Product · TCP 443 · purpose".
QString edgeTooltip(const ProjectSnapshot &project, const DiagramContent::Pair &pair);

} // namespace Portolan
