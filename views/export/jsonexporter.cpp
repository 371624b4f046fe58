#include "jsonexporter.h"

#include "diagram/diagram.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// Hundredths of a point are finer than any drawing needs, and keep the
// file free of binary-fraction noise.
double rounded(qreal value)
{
    const double r = std::round(value * 100) / 100;
    return r == 0 ? 0.0 : r; // no -0
}

QJsonObject box(const QString &nameKey, const QString &name, const QRectF &rect)
{
    return QJsonObject { { nameKey, name },
                         { u"x"_s, rounded(rect.x()) },
                         { u"y"_s, rounded(rect.y()) },
                         { u"w"_s, rounded(rect.width()) },
                         { u"h"_s, rounded(rect.height()) } };
}

QJsonArray point(const QPointF &p)
{
    return QJsonArray { rounded(p.x()), rounded(p.y()) };
}

} // namespace

QString JsonExporter::formatName() const
{
    return QCoreApplication::translate("Portolan::JsonExporter", "Geometry as JSON");
}

QString JsonExporter::extension() const
{
    return u"json"_s;
}

QJsonDocument JsonExporter::document(const Diagram &diagram)
{
    QJsonArray nodes;
    for (const DiagramComponent &component : diagram.components)
        nodes.append(box(u"name"_s, component.name, component.box));

    QJsonArray clusters;
    for (const DiagramZone &zone : diagram.zones)
        clusters.append(box(u"name"_s, zone.name, zone.box));

    QJsonArray edges;
    for (const DiagramEdge &edge : diagram.edges) {
        QJsonArray path;
        for (const QPointF &p : edge.path)
            path.append(point(p));
        edges.append(QJsonObject {
            { u"source"_s, diagram.endName(edge.sourceId) },
            { u"destination"_s, diagram.endName(edge.targetId) },
            { u"flows"_s, int(edge.flowIds.size()) },
            { u"path"_s, path },
            { u"label"_s, box(u"text"_s, edge.label, edge.labelBox) },
        });
    }

    return QJsonDocument(
        QJsonObject { { u"nodes"_s, nodes }, { u"clusters"_s, clusters }, { u"edges"_s, edges } });
}

bool JsonExporter::write(const Diagram &diagram, const QString &path, const ExportOptions &)
{
    const QByteArray bytes = document(diagram).toJson(QJsonDocument::Indented);
    return saveTo(path, [&](QIODevice &device) {
        if (device.write(bytes) != bytes.size())
            return fail(u"cannot write %1: %2"_s.arg(path, device.errorString()));
        return true;
    });
}

} // namespace Portolan
