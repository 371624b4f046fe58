#include "diagramtext.h"

#include "diagramstyle.h"
#include "domain/translationcontexts.h"
#include "zonegrouping.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// "Product · TCP 443 · purpose", leaving out what is unknown.
QString flowLine(const ProjectSnapshot &project, const Flow &flow)
{
    QStringList parts;
    const QString product = project.productName(flow.productId);
    if (!product.isEmpty())
        parts << product;
    parts << flowService(flow);
    if (!flow.purpose.isEmpty())
        parts << flow.purpose;
    QString line = parts.join(u" · "_s);
    if (flow.optional)
        line += u' ' + DiagramText::tr("(optional)");
    return line;
}

} // namespace

QString flowService(const Flow &flow)
{
    const QString name = transportName(flow.protocol);
    if (!transportHasPorts(flow.protocol) || flow.ports.isEmpty())
        return name;
    return name + u' ' + flow.ports.toString().replace(u","_s, u", "_s);
}

QString addressesLine(const QString &environment, const QStringList &addresses)
{
    if (addresses.isEmpty())
        return DiagramText::tr("%1: no address").arg(environment);
    return u"%1: %2"_s.arg(environment, addresses.join(u", "_s));
}

QString componentTooltip(const ProjectSnapshot &project, const Component &component,
                         const QList<Flow> &flows, const QString &addressLine)
{
    QStringList lines { component.name };
    QString where = DiagramStyle::kindTitle(component.kind);
    const QString zone = project.zoneName(component.zoneId);
    if (!zone.isEmpty())
        where += u" · "_s + zone;
    lines << where;
    if (!addressLine.isEmpty())
        lines << addressLine;
    for (const Flow &flow : flows) {
        if (flow.sourceId == component.id)
            lines << u"→ "_s + project.componentName(flow.destinationId) + u" · "_s
                    + flowLine(project, flow);
        else if (flow.destinationId == component.id)
            lines << u"← "_s + project.componentName(flow.sourceId) + u" · "_s
                    + flowLine(project, flow);
    }
    return lines.join(u'\n');
}

QString edgeTooltip(const ProjectSnapshot &project, const DiagramContent::Pair &pair)
{
    const auto name = [&](Id end) {
        return isZoneEnd(end) ? DiagramText::tr("every component of %1").arg(project.zoneName(-end))
                              : project.componentName(end);
    };
    QStringList lines { name(pair.source) + u" → "_s + name(pair.target) };
    for (const Flow &flow : pair.flows) {
        // A zone's edge names each flow's own components.
        QString line = flowLine(project, flow);
        if (isZoneEnd(pair.source) || isZoneEnd(pair.target))
            line = project.componentName(flow.sourceId) + u" → "_s
                + project.componentName(flow.destinationId) + u": "_s + line;
        lines << line;
    }
    return lines.join(u'\n');
}

DiagramTooltips::DiagramTooltips(const Diagram &diagram)
    : m_diagram(diagram)
{
    // Every drawn flow is on one edge; in project order, as the assembly lists them.
    QSet<Id> drawn;
    for (const DiagramEdge &edge : diagram.edges)
        drawn.unite(QSet<Id>(edge.flowIds.cbegin(), edge.flowIds.cend()));
    for (const Flow &flow : diagram.project.flows) {
        if (!drawn.contains(flow.id))
            continue;
        m_flowsOf[flow.sourceId] << flow;
        if (flow.destinationId != flow.sourceId)
            m_flowsOf[flow.destinationId] << flow;
    }
    if (const Environment *environment = diagram.project.environment(diagram.options.environment)) {
        m_environment = *environment;
        m_addresses = diagram.project.addressesIn(environment->id);
    }
}

QString DiagramTooltips::component(Id id) const
{
    const DiagramComponent *drawn = m_diagram.component(id);
    if (!drawn)
        return {};
    const ProjectSnapshot &project = m_diagram.project;
    Component component;
    component.id = drawn->id;
    component.name = drawn->name;
    component.kind = drawn->kind;
    component.zoneId = drawn->zoneId;
    QString addressLine;
    if (m_environment) {
        QStringList values;
        for (const Address &address : m_addresses.value(id))
            values << address.value;
        addressLine = addressesLine(m_environment->name, values);
    }
    return componentTooltip(project, component, m_flowsOf.value(id), addressLine);
}

QString DiagramTooltips::edge(Id source, Id target) const
{
    for (const DiagramEdge &edge : m_diagram.edges) {
        if (edge.sourceId == source && edge.targetId == target)
            return this->edge(edge);
    }
    return {};
}

QString DiagramTooltips::edge(const DiagramEdge &edge) const
{
    DiagramContent::Pair pair { edge.sourceId, edge.targetId, {} };
    for (const Id flow : edge.flowIds) {
        if (const Flow *found = m_diagram.project.flow(flow))
            pair.flows << *found;
    }
    return edgeTooltip(m_diagram.project, pair);
}

void fillTooltips(Diagram &diagram)
{
    const DiagramTooltips tooltips(diagram);
    for (DiagramComponent &component : diagram.components)
        component.tooltip = tooltips.component(component.id);
    for (DiagramEdge &edge : diagram.edges)
        edge.tooltip = tooltips.edge(edge);
}

} // namespace Portolan
