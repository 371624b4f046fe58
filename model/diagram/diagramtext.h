#pragma once
// The words of the diagram: tooltips (also the SVG <title>s) of components
// and edges. One line per flow, so that a reader sees every service without
// opening a table.

#include "diagramcontent.h"

#include <QHash>
#include <QString>

#include <optional>

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

// The tooltips of an assembled diagram, worked out when asked for: the
// window shows one at a time, and making all of them took an edit at
// 10,000 flows 20 ms (DiagramOptions::tooltips). The same words as the
// assembly's.
class DiagramTooltips
{
public:
    explicit DiagramTooltips(const Diagram &diagram);
    QString component(Id id) const;
    QString edge(Id source, Id target) const;

    QString edge(const DiagramEdge &edge) const;

private:
    const Diagram &m_diagram;
    QHash<Id, QList<Flow>> m_flowsOf; // the drawn flows in and out of each component
    std::optional<Environment> m_environment; // the options', when the project has it
    QHash<Id, QList<Address>> m_addresses; // there
};
// Every component's and edge's tooltip, as DiagramTooltips words them.
void fillTooltips(Diagram &diagram);

} // namespace Portolan
