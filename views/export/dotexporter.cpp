#include "dotexporter.h"

#include "diagram/diagram.h"
#include "diagram/diagramcontent.h"
#include "diagram/diagramstyle.h"
#include "diagram/zonegrouping.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// Graphviz shapes closest to the icons the diagram draws per kind.
QString shapeFor(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Host:
    case ComponentKind::Client:
        return u"box"_s;
    case ComponentKind::Appliance:
        return u"box3d"_s;
    case ComponentKind::Cluster:
        return u"folder"_s;
    case ComponentKind::Network:
        return u"parallelogram"_s;
    case ComponentKind::Service:
        return u"component"_s;
    case ComponentKind::Saas:
        return u"ellipse"_s;
    case ComponentKind::Any:
        return u"octagon"_s;
    }
    return u"box"_s;
}

// dot draws labels black: a light tint of the kind's colour keeps them
// readable while kinds stay apart.
QString tintFor(ComponentKind kind)
{
    const QColor base = DiagramStyle::kindColor(kind);
    const auto mix = [](int channel) { return (channel + 3 * 255) / 4; };
    return QColor(mix(base.red()), mix(base.green()), mix(base.blue())).name();
}

// The product's position in the project: the palette picks colours by it.
int productIndex(const ProjectSnapshot &project, Id id)
{
    for (qsizetype i = 0; i < project.products.size(); ++i) {
        if (project.products.at(i).id == id)
            return int(i);
    }
    return -1;
}

} // namespace

QString DotExporter::formatName() const
{
    return QCoreApplication::translate("Portolan::DotExporter", "Graphviz DOT graph");
}

QString DotExporter::extension() const
{
    return u"dot"_s;
}

DotGraph DotExporter::graph(const Diagram &diagram)
{
    const ProjectSnapshot &project = diagram.project;
    DotGraph graph;
    graph.name = project.name.isEmpty() ? u"portolan"_s : project.name;
    graph.title = diagram.options.title;
    graph.fontName = DiagramStyle::fontFamily();

    QSet<Id> drawnZones;
    for (const DiagramZone &zone : diagram.zones)
        drawnZones.insert(zone.id);
    for (const DiagramZone &zone : diagram.zones) {
        const Zone *stored = project.zone(zone.id);
        const Id parent = stored ? stored->parentId : 0;
        graph.clusters.append({ zoneKey(zone.id), zone.name,
                                drawnZones.contains(parent) ? zoneKey(parent) : QString() });
    }

    for (const DiagramComponent &component : diagram.components) {
        graph.nodes.append(
            { componentKey(component.id), component.name, shapeFor(component.kind),
              tintFor(component.kind),
              drawnZones.contains(component.zoneId) ? zoneKey(component.zoneId) : QString() });
    }

    for (const DiagramEdge &edge : diagram.edges) {
        QStringList colors;
        for (const Id productId : edge.productIds) {
            const int index = productIndex(project, productId);
            colors.append(
                index < 0
                    ? DiagramStyle::noProductColor().name()
                    : DiagramStyle::productColor(project.products.at(index).color, index).name());
        }
        if (colors.isEmpty())
            colors.append(DiagramStyle::noProductColor().name());
        // A zone's frame: dot draws from one of its components, clipped at
        // the cluster (ltail, lhead).
        const auto nodeOf = [&](Id end) {
            if (!isZoneEnd(end))
                return componentKey(end);
            for (const DiagramComponent &component : diagram.components) {
                for (Id zone = component.zoneId; zone != 0;) {
                    if (zone == -end)
                        return componentKey(component.id);
                    const Zone *stored = project.zone(zone);
                    zone = stored ? stored->parentId : 0;
                }
            }
            return QString();
        };
        graph.edges.append({ nodeOf(edge.sourceId), nodeOf(edge.targetId), edge.label, colors,
                             isZoneEnd(edge.sourceId) ? endKey(edge.sourceId) : QString(),
                             isZoneEnd(edge.targetId) ? endKey(edge.targetId) : QString() });
    }
    return graph;
}

bool DotExporter::write(const Diagram &diagram, const QString &path, const ExportOptions &)
{
    const QByteArray bytes = writeDot(graph(diagram)).toUtf8();
    return saveTo(path, [&](QIODevice &device) {
        if (device.write(bytes) != bytes.size())
            return fail(u"cannot write %1: %2"_s.arg(path, device.errorString()));
        return true;
    });
}

} // namespace Portolan
