#pragma once
// Checks on layout results shared by tests that drive the layout worker.

#include "layout/layouttypes.h"
#include "layout/workerprotocol.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>

namespace Portolan::Testing {

// Empty when the result places every node and cluster of the request and
// routes every edge (a start point and whole Bézier pieces); otherwise what
// is missing.
inline QString missingGeometry(const LayoutRequest &request, const LayoutResult &result)
{
    QSet<QString> nodes, clusters, edges;
    for (const NodeGeometry &node : result.nodes)
        if (!node.box.isEmpty())
            nodes.insert(node.key);
    for (const ClusterGeometry &cluster : result.clusters)
        clusters.insert(cluster.key);
    for (const EdgeGeometry &edge : result.edges)
        if (edge.path.size() >= 4 && (edge.path.size() - 1) % 3 == 0)
            edges.insert(edge.key);
    for (const LayoutNode &node : request.nodes)
        if (!nodes.contains(node.key))
            return QStringLiteral("node ") + node.key;
    for (const LayoutCluster &cluster : request.clusters)
        if (!clusters.contains(cluster.key))
            return QStringLiteral("cluster ") + cluster.key;
    for (const LayoutEdge &edge : request.edges)
        if (!edges.contains(edge.key))
            return QStringLiteral("edge ") + edge.key;
    if (result.bounds.isEmpty())
        return QStringLiteral("bounds");
    return {};
}

// The payloads of the frames in `bytes`; stops at an incomplete one.
inline QList<QByteArray> framePayloads(const QByteArray &bytes)
{
    QList<QByteArray> found;
    qsizetype at = 0;
    while (bytes.size() - at >= WorkerProtocol::headerSize) {
        const qsizetype size = WorkerProtocol::payloadSize(bytes.constData() + at);
        at += WorkerProtocol::headerSize;
        if (bytes.size() - at < size)
            break;
        found.append(bytes.mid(at, size));
        at += size;
    }
    return found;
}

} // namespace Portolan::Testing
