#include "layout/dotwriter.h"

#include "layout/escape.h"

#include <QHash>
#include <QSet>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QString quoted(const QString &text)
{
    return u'"' + escapeDotString(text) + u'"';
}

// Writes clusters as nested subgraphs, each with its own nodes, in the
// order the caller gave. A cluster whose parent is unknown (or part of a
// parent cycle) is written at the top level, so every cluster appears once.
class DotClusterWriter
{
public:
    DotClusterWriter(const DotGraph &graph, QTextStream &out)
        : m_graph(graph)
        , m_out(out)
    {
        QSet<QString> keys;
        for (const DotGraph::Cluster &cluster : graph.clusters)
            keys.insert(cluster.key);
        for (qsizetype i = 0; i < graph.clusters.size(); ++i) {
            const DotGraph::Cluster &cluster = graph.clusters[i];
            if (m_index.contains(cluster.key))
                continue; // duplicate keys: the first one wins
            m_index.insert(cluster.key, i);
            const bool nested = !cluster.parent.isEmpty() && keys.contains(cluster.parent)
                && cluster.parent != cluster.key;
            m_children[nested ? cluster.parent : QString()].append(i);
        }
        for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
            const QString &cluster = graph.nodes[i].cluster;
            m_members[m_index.contains(cluster) ? cluster : QString()].append(i);
        }
    }

    void writeTopLevel()
    {
        writeNodes(QString(), 1);
        writeChildren(QString(), 1);
        // Clusters only reachable through a parent cycle.
        for (qsizetype i = 0; i < m_graph.clusters.size(); ++i) {
            if (m_index.value(m_graph.clusters[i].key) == i && !m_written.contains(i))
                writeCluster(i, 1);
        }
    }

private:
    void writeChildren(const QString &parent, int depth)
    {
        for (qsizetype child : m_children.value(parent))
            writeCluster(child, depth);
    }

    void writeCluster(qsizetype index, int depth)
    {
        if (m_written.contains(index))
            return;
        m_written.insert(index);
        const DotGraph::Cluster &cluster = m_graph.clusters[index];
        const QString indent(depth * 4, u' ');
        // Numbered ids: unique even when keys differ only in characters the
        // escaping maps alike, and always starting with "cluster".
        m_out << indent << "subgraph " << quoted(u"cluster_%1"_s.arg(index)) << " {\n";
        m_out << indent << "    label=" << quoted(cluster.label) << ";\n";
        writeNodes(cluster.key, depth + 1);
        writeChildren(cluster.key, depth + 1);
        m_out << indent << "}\n";
    }

    void writeNodes(const QString &cluster, int depth)
    {
        const QString indent(depth * 4, u' ');
        for (qsizetype i : m_members.value(cluster)) {
            const DotGraph::Node &node = m_graph.nodes[i];
            m_out << indent << dotId(node.key) << " [label=" << quoted(node.label);
            if (!node.shape.isEmpty())
                m_out << ", shape=" << quoted(node.shape);
            if (!node.fillColor.isEmpty())
                m_out << ", style=\"rounded,filled\", fillcolor=" << quoted(node.fillColor);
            m_out << "];\n";
        }
    }

    const DotGraph &m_graph;
    QTextStream &m_out;
    QHash<QString, qsizetype> m_index;
    QHash<QString, QList<qsizetype>> m_children;
    QHash<QString, QList<qsizetype>> m_members;
    QSet<qsizetype> m_written;
};

bool useLabelAttribute(const DotGraph &graph)
{
    switch (graph.edgeLabels) {
    case DotGraph::EdgeLabels::Label:
        return true;
    case DotGraph::EdgeLabels::XLabel:
        return false;
    case DotGraph::EdgeLabels::Automatic:
        break;
    }
    return graph.edges.size() <= dotEdgeLabelLimit;
}

} // namespace

QString writeDot(const DotGraph &graph)
{
    QString text;
    QTextStream out(&text);
    out << "digraph " << dotId(graph.name) << " {\n";
    QHash<QString, qsizetype> clusterIndex;
    for (qsizetype c = 0; c < graph.clusters.size(); ++c)
        clusterIndex.insert(graph.clusters[c].key, clusterIndex.value(graph.clusters[c].key, c));
    const bool compound = std::any_of(graph.edges.cbegin(), graph.edges.cend(), [](const auto &e) {
        return !e.sourceCluster.isEmpty() || !e.targetCluster.isEmpty();
    });
    out << "    graph [rankdir=" << (graph.leftToRight ? "LR" : "TB")
        << ", fontname=" << quoted(graph.fontName)
        << ", fontsize=11, labeljust=l, nodesep=0.3, ranksep=0.8";
    if (!graph.title.isEmpty())
        out << ", label=" << quoted(graph.title) << ", labelloc=t";
    if (compound)
        out << ", compound=true";
    // xlabels must not be dropped when they would overlap (forcelabels).
    out << ", forcelabels=true];\n";
    out << "    node [shape=box, fontname=" << quoted(graph.fontName) << ", fontsize=10];\n";
    out << "    edge [fontname=" << quoted(graph.fontName) << ", fontsize=9];\n";

    DotClusterWriter(graph, out).writeTopLevel();

    QSet<QString> nodeKeys;
    for (const DotGraph::Node &node : graph.nodes)
        nodeKeys.insert(node.key);
    const QString labelAttribute = useLabelAttribute(graph) ? u"label"_s : u"xlabel"_s;
    for (const DotGraph::Edge &edge : graph.edges) {
        // An edge to an unknown key would make dot invent a node.
        if (!nodeKeys.contains(edge.source) || !nodeKeys.contains(edge.target))
            continue;
        out << "    " << dotId(edge.source) << " -> " << dotId(edge.target) << " [";
        QStringList attributes;
        if (!edge.label.isEmpty())
            attributes << labelAttribute + u'=' + quoted(edge.label);
        if (!edge.colors.isEmpty())
            attributes << u"color="_s + quoted(edge.colors.join(u':'));
        if (clusterIndex.contains(edge.sourceCluster))
            attributes << u"ltail="_s + quoted(u"cluster_%1"_s.arg(clusterIndex[edge.sourceCluster]));
        if (clusterIndex.contains(edge.targetCluster))
            attributes << u"lhead="_s + quoted(u"cluster_%1"_s.arg(clusterIndex[edge.targetCluster]));
        out << attributes.join(u", "_s) << "];\n";
    }
    out << "}\n";
    return text;
}

} // namespace Portolan
