#pragma once
// Generated layout requests the size of real port diagrams, for layout
// tests and benchmarks: S ≈ the TKO sample (25 nodes, 35 edges), M = 150/600,
// L = 600/3,000, XL = 2,000/10,000, nodes in zones (some nested), edges as
// (source, destination) pairs with labels like "TCP 443, 6443 · UDP 53".
// Text is measured roughly (6 pt a character, 14 pt a line) so that no
// font is needed. The same size and seed always give the same graph.

#include "layout/layouttypes.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <utility>

namespace Portolan::Testing {

enum class GraphSize { S, M, L, XL };

struct GeneratedGraph
{
    LayoutRequest request;
    QStringList nodeNames; // per request node
    QStringList clusterNames; // per request cluster
    QStringList edgeLabels; // per request edge; '\n' where wrapped
};

// Width: 6 pt per character of the longest line; height: 14 pt per line.
inline QSizeF roughTextSize(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    qsizetype longest = 0;
    for (const QString &line : lines)
        longest = qMax(longest, line.size());
    return QSizeF(6.0 * longest, 14.0 * lines.size());
}

inline GeneratedGraph generateGraph(GraphSize size, quint32 seed = 1,
                                    const LayoutOptions &options = LayoutOptions())
{
    struct Shape
    {
        int nodes, edges, zones, nested;
    };
    static const QHash<GraphSize, Shape> shapes { { GraphSize::S, { 25, 35, 6, 1 } },
                                                  { GraphSize::M, { 150, 600, 12, 3 } },
                                                  { GraphSize::L, { 600, 3000, 30, 8 } },
                                                  { GraphSize::XL, { 2000, 10000, 80, 20 } } };
    static const QStringList zoneNames { QStringLiteral("Management network"),
                                         QStringLiteral("Workload network"),
                                         QStringLiteral("Shared services"),
                                         QStringLiteral("SaaS / Internet"),
                                         QStringLiteral("Admin LAN"),
                                         QStringLiteral("DMZ"),
                                         QStringLiteral("Tanzu Kubernetes Grid"),
                                         QStringLiteral("Storage network") };
    static const QStringList nodeNames { QStringLiteral("vCenter Server"),
                                         QStringLiteral("NSX ALB Controller"),
                                         QStringLiteral("Service Engine"),
                                         QStringLiteral("ESXi host"),
                                         QStringLiteral("DNS"),
                                         QStringLiteral("NTP"),
                                         QStringLiteral("AD/LDAP Server"),
                                         QStringLiteral("Harbor"),
                                         QStringLiteral("TKG Workload Cluster"),
                                         QStringLiteral("Bootstrap VM"),
                                         QStringLiteral("syslog.example.com"),
                                         QStringLiteral("*.tmc.cloud.vmware.com") };
    static const QStringList ports {
        QStringLiteral("22"),    QStringLiteral("53"),        QStringLiteral("80"),
        QStringLiteral("123"),   QStringLiteral("389"),       QStringLiteral("443"),
        QStringLiteral("514"),   QStringLiteral("636"),       QStringLiteral("902"),
        QStringLiteral("6443"),  QStringLiteral("8443"),      QStringLiteral("9000"),
        QStringLiteral("67-68"), QStringLiteral("2379-2380"), QStringLiteral("30000-32767")
    };

    const Shape shape = shapes.value(size);
    QRandomGenerator random(seed);
    const auto pick = [&](int n) { return int(random.bounded(quint32(qMax(1, n)))); };
    GeneratedGraph graph;
    LayoutRequest &request = graph.request;
    request.options = options;

    const int topLevel = shape.zones - shape.nested;
    for (int z = 0; z < shape.zones; ++z) {
        LayoutCluster cluster;
        cluster.key = QStringLiteral("z%1").arg(z);
        if (z >= topLevel)
            cluster.parent = QStringLiteral("z%1").arg(pick(topLevel));
        const QString name = QStringLiteral("%1 %2").arg(zoneNames[z % zoneNames.size()]).arg(z);
        cluster.labelSize = roughTextSize(name);
        request.clusters.append(cluster);
        graph.clusterNames.append(name);
    }
    // Flows follow a platform's structure: a tenth of the nodes are shared
    // services (DNS, NTP, syslog …) in the first zones that many flows go
    // to; the rest talk mostly within their zone and to the next zones.
    const int hubs = qMax(2, shape.nodes / 10);
    const int hubZones = qMax(1, shape.zones / 6);
    for (int n = 0; n < shape.nodes; ++n) {
        LayoutNode node;
        node.key = QStringLiteral("c%1").arg(n);
        if (n < hubs)
            node.cluster = QStringLiteral("z%1").arg(pick(hubZones));
        else if (pick(20) != 0) // one in twenty lives in no zone
            node.cluster = QStringLiteral("z%1").arg(hubZones + pick(shape.zones - hubZones));
        const QString name = QStringLiteral("%1 %2").arg(nodeNames[pick(nodeNames.size())]).arg(n);
        // Icon above the name, as the diagram draws components.
        node.size = QSizeF(qBound(80.0, 6.0 * name.size() + 24, 200.0), 44);
        request.nodes.append(node);
        graph.nodeNames.append(name);
    }

    QHash<QString, QList<int>> zoneMembers;
    for (int n = 0; n < shape.nodes; ++n)
        zoneMembers[request.nodes[n].cluster].append(n);
    const auto memberNear = [&](const QString &zone) {
        // A node of this zone or of one of the next two.
        const int z = zone.isEmpty() ? pick(shape.zones) : zone.mid(1).toInt();
        for (int tries = 0; tries < 8; ++tries) {
            const QList<int> &members
                = zoneMembers.value(QStringLiteral("z%1").arg((z + pick(3)) % shape.zones));
            if (!members.isEmpty())
                return members[pick(members.size())];
        }
        return pick(shape.nodes);
    };
    QSet<std::pair<int, int>> pairs;
    QList<std::pair<int, int>> pairList; // in creation order: QSet's is random
    while (request.edges.size() < shape.edges) {
        const int source = hubs + pick(shape.nodes - hubs);
        int target;
        const int roll = pick(100);
        if (roll < 35) {
            target = pick(hubs);
        } else if (roll < 60) {
            const QList<int> &same = zoneMembers[request.nodes[source].cluster];
            target = same[pick(same.size())];
        } else if (roll < 88) {
            target = memberNear(request.nodes[source].cluster);
        } else if (roll < 90 && !pairList.isEmpty()) {
            // A reverse pair (A → B and B → A) now and then.
            const auto [a, b] = pairList[pick(pairList.size())];
            if (pairs.contains({ b, a }))
                continue;
            pairs.insert({ b, a });
            pairList.append({ b, a });
            target = -1;
            request.edges.append({ QStringLiteral("e%1").arg(request.edges.size()),
                                   request.nodes[b].key, request.nodes[a].key, QSizeF() });
        } else {
            target = pick(shape.nodes);
        }
        if (target >= 0) {
            // Self loops are rare in port diagrams: one in a hundred.
            if ((target == source && pick(100) != 0) || pairs.contains({ source, target }))
                continue;
            pairs.insert({ source, target });
            pairList.append({ source, target });
            request.edges.append({ QStringLiteral("e%1").arg(request.edges.size()),
                                   request.nodes[source].key, request.nodes[target].key,
                                   QSizeF() });
        }
        QStringList services;
        const int protocols = pick(4) == 0 ? 2 : 1;
        for (int p = 0; p < protocols; ++p) {
            QStringList chosen;
            for (int k = pick(3) + 1; k > 0; --k) {
                const QString port = ports[pick(ports.size())];
                if (!chosen.contains(port))
                    chosen.append(port);
            }
            services.append((p == 0 ? QStringLiteral("TCP ") : QStringLiteral("UDP "))
                            + chosen.join(QStringLiteral(", ")));
        }
        // Long labels wrap at the protocol separator, as the diagram does.
        QString label = services.join(QStringLiteral(" · "));
        if (label.size() > 28)
            label = services.join(QStringLiteral("\n"));
        request.edges.last().labelSize = roughTextSize(label);
        graph.edgeLabels.append(label);
    }
    return graph;
}

} // namespace Portolan::Testing
