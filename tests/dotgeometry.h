#pragma once
// Graphviz's own drawing of a DOT file (`dot -Tjson`), read into layout
// geometry so that the readability figures (readability.h) count dot's
// drawing exactly as they count Portolan's: nodes and clusters by their
// keys as Portolan writes them ("c12", clusters by their order), edges
// with their spline and their label's box.

#include "layout/layouttypes.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <optional>

namespace Portolan::Testing {

struct DotDrawing
{
    LayoutRequest request; // the ends and clusters as dot saw them
    LayoutResult result;
    int lostEdges = 0;
};

inline QList<QPointF> dotPoints(const QString &text)
{
    QList<QPointF> points;
    for (const QString &pair : text.split(u' ', Qt::SkipEmptyParts)) {
        const QStringList xy = pair.split(u',');
        if (xy.size() == 2)
            points.append(QPointF(xy[0].toDouble(), xy[1].toDouble()));
    }
    return points;
}

// Runs `dot -Tjson` with `extra` arguments (e.g. -Gsplines=ortho) on `dot`.
inline std::optional<DotDrawing> dotDrawing(const QString &dotFile, const QStringList &extra = {})
{
    QProcess process;
    process.start(QStringLiteral("dot"),
                  QStringList { QStringLiteral("-Tjson") } + extra + QStringList { dotFile });
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return std::nullopt;
    const QJsonObject graph = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    const QStringList bb = graph[u"bb"].toString().split(u',');
    const qreal height = bb.value(3).toDouble();
    const auto flip = [height](QPointF p) { return QPointF(p.x(), height - p.y()); };
    DotDrawing d;
    QHash<int, QString> keyOfId;
    int clusterIndex = 0;
    for (const QJsonValue &value : graph[u"objects"].toArray()) {
        const QJsonObject o = value.toObject();
        const QString name = o[u"name"].toString();
        if (name.startsWith(u"cluster")) {
            const QStringList b = o[u"bb"].toString().split(u',');
            const QString key = QStringLiteral("cluster%1").arg(clusterIndex++);
            if (b.size() == 4) {
                const QRectF box(QPointF(b[0].toDouble(), height - b[3].toDouble()),
                                 QPointF(b[2].toDouble(), height - b[1].toDouble()));
                d.result.clusters.append({ key, box, {} });
                d.request.clusters.append({ key, {}, {} });
            }
            continue;
        }
        if (!o.contains(u"pos"))
            continue;
        const QPointF centre = flip(dotPoints(o[u"pos"].toString()).value(0));
        const QSizeF size(o[u"width"].toString().toDouble() * 72,
                          o[u"height"].toString().toDouble() * 72);
        QRectF box(QPointF(), size);
        box.moveCenter(centre);
        d.result.nodes.append({ name, box });
        d.request.nodes.append({ name, size, {}, std::nullopt, std::nullopt });
        keyOfId.insert(o[u"_gvid"].toInt(), name);
    }
    int index = 0;
    for (const QJsonValue &value : graph[u"edges"].toArray()) {
        const QJsonObject e = value.toObject();
        const QString key = QStringLiteral("e%1").arg(index++);
        if (!e.contains(u"pos")) {
            ++d.lostEdges;
            continue;
        }
        EdgeGeometry g;
        g.key = key;
        QPointF end;
        bool hasEnd = false;
        for (const QString &part : e[u"pos"].toString().split(u' ', Qt::SkipEmptyParts)) {
            if (part.startsWith(u"e,")) {
                end = flip(dotPoints(part.mid(2)).value(0));
                hasEnd = true;
            } else if (!part.startsWith(u"s,")) {
                g.path.append(flip(dotPoints(part).value(0)));
            }
        }
        g.arrowTip = hasEnd ? end : g.path.value(g.path.size() - 1);
        const QString at = e.contains(u"lp") ? e[u"lp"].toString() : e[u"xlp"].toString();
        if (!at.isEmpty()) {
            qreal width = 0;
            for (const char *draw : { "_ldraw_", "_xldraw_" }) {
                for (const QJsonValue &op : e[QLatin1String(draw)].toArray()) {
                    if (op.toObject()[u"op"].toString() == u"T")
                        width = qMax(width, op.toObject()[u"width"].toDouble());
                }
            }
            const QString text
                = e.contains(u"label") ? e[u"label"].toString() : e[u"xlabel"].toString();
            const qreal lines = text.count(QStringLiteral("\\n")) + 1;
            QRectF label(QPointF(), QSizeF(width > 0 ? width : 5 * text.size(), 11 * lines));
            label.moveCenter(flip(dotPoints(at).value(0)));
            g.labelBox = label;
        }
        d.result.edges.append(g);
        d.request.edges.append({ key, keyOfId.value(e[u"tail"].toInt()),
                                 keyOfId.value(e[u"head"].toInt()), g.labelBox.size() });
    }
    return d;
}

} // namespace Portolan::Testing
