#include "layout/gvrequestgraph.h"

#include "layout/gvroutes.h"

#include <QHash>

namespace Portolan {

namespace {

QByteArray number(qreal value)
{
    return QByteArray::number(value, 'f', 3);
}

QByteArray inches(qreal points)
{
    return number(points / 72.0);
}

// An HTML-like label that is an empty table of exactly this size: Graphviz
// reserves the room without measuring any text.
QByteArray placeholderLabel(const QSizeF &size)
{
    return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\" "
           "FIXEDSIZE=\"TRUE\" WIDTH=\""
        + QByteArray::number(qMax(1, qRound(size.width()))) + "\" HEIGHT=\""
        + QByteArray::number(qMax(1, qRound(size.height()))) + "\"><TR><TD></TD></TR></TABLE>";
}

void setHtml(Agraph_t *graph, void *object, Agsym_t *attribute, const QByteArray &html)
{
    // agxset() keeps the HTML mark of a string already in the graph's
    // string pool, so intern it as HTML first.
    char *text = agstrdup_html(graph, const_cast<char *>(html.constData()));
    agxset(object, attribute, text);
    agstrfree(graph, text);
}

} // namespace

GvRequestGraph::GvRequestGraph(const LayoutRequest &request)
    : m_request(request)
    , m_graph("portolan")
{ }

GvRequestGraph GvRequestGraph::forDot(const LayoutRequest &request, const ClusterTree &tree,
                                      const GvSettings &settings)
{
    GvRequestGraph result(request);
    GvGraph &graph = result.m_graph;
    Agraph_t *root = graph.get();
    const bool leftToRight = request.options.direction == LayoutOptions::Direction::LeftToRight;
    graph.declare(AGRAPH, "rankdir", leftToRight ? "LR" : "TB");
    graph.declare(AGRAPH, "nodesep", inches(settings.nodeSep));
    graph.declare(AGRAPH, "ranksep", inches(settings.rankSep));
    graph.declare(AGRAPH, "splines", settings.splines);
    if (!settings.mclimit.isEmpty())
        graph.declare(AGRAPH, "mclimit", settings.mclimit);
    if (!settings.nslimit.isEmpty())
        graph.declare(AGRAPH, "nslimit", settings.nslimit);
    if (!settings.remincross)
        graph.declare(AGRAPH, "remincross", "false");
    // Declared on the root, inherited by every cluster unless set there.
    Agsym_t *label = graph.declare(AGRAPH, "label", "");
    graph.declare(AGRAPH, "labeljust", "l");
    graph.declare(AGRAPH, "labelloc", "t");
    Agsym_t *margin = graph.declare(AGRAPH, "margin", "");

    result.m_clusters.resize(tree.clusterCount());
    // Parents exist before children: walk the tree from the top.
    QList<qsizetype> pending = tree.children(-1);
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const qsizetype c = pending[i];
        pending.append(tree.children(c));
        const qsizetype parent = tree.parentOf(c);
        Agraph_t *parentGraph = parent < 0 ? root : result.m_clusters[parent];
        const QByteArray name = "cluster_" + QByteArray::number(c);
        Agraph_t *sub = agsubg(parentGraph, const_cast<char *>(name.constData()), 1);
        result.m_clusters[c] = sub;
        agxset(sub, margin, const_cast<char *>(number(request.options.clusterMargin).constData()));
        const QSizeF labelSize = tree.cluster(c).labelSize;
        if (!labelSize.isEmpty()) {
            // Graphviz pads a cluster label by 2 * clusterLabelPad itself.
            setHtml(root, sub, label, placeholderLabel(labelSize));
        }
    }
    QList<Agraph_t *> clusterOf(request.nodes.size(), nullptr);
    for (qsizetype n = 0; n < request.nodes.size(); ++n) {
        const qsizetype c = tree.indexOf(request.nodes[n].cluster);
        clusterOf[n] = c < 0 ? nullptr : result.m_clusters[c];
    }
    result.addNodes(clusterOf, nullptr, GvCoordinates());
    if (settings.orthogonal)
        result.addEdgesBetweenEnds(tree);
    else
        result.addEdges(request.options.graphvizEdgeLabels);
    return result;
}

QList<Agnode_t *> GvRequestGraph::endNodes(const QString &key, const ClusterTree &tree) const
{
    for (qsizetype n = 0; n < m_request.nodes.size(); ++n) {
        if (m_request.nodes[n].key == key)
            return { m_nodes[n] };
    }
    const qsizetype cluster = tree.indexOf(key);
    if (cluster < 0)
        return {};
    QList<Agnode_t *> nodes;
    QList<qsizetype> pending { cluster };
    for (qsizetype i = 0; i < pending.size(); ++i) {
        pending.append(tree.children(pending[i]));
        for (const qsizetype n : tree.members(pending[i]))
            nodes.append(m_nodes[n]);
    }
    return nodes;
}

void GvRequestGraph::addEdgesBetweenEnds(const ClusterTree &tree)
{
    Agraph_t *root = m_graph.get();
    for (const LayoutEdge &edge : m_request.edges) {
        const QList<Agnode_t *> tails = endNodes(edge.source, tree);
        for (Agnode_t *head : endNodes(edge.target, tree)) {
            for (Agnode_t *tail : tails)
                agedge(root, tail, head, nullptr, 1);
        }
    }
}

GvRequestGraph GvRequestGraph::forFixedPositions(const LayoutRequest &request,
                                                 const QList<QPointF> &centres,
                                                 const GvCoordinates &coordinates)
{
    GvRequestGraph result(request);
    GvGraph &graph = result.m_graph;
    // neato's router builds a visibility graph over every node corner:
    // fine for the sample (tens of ms), 12 s at 150 nodes/600 edges, so
    // only small graphs come here (gvfixedlayout.cpp).
    graph.declare(AGRAPH, "splines", "spline");
    // Room kept between edges and the nodes they pass (points).
    graph.declare(AGRAPH, "esep", "+6");
    graph.declare(AGRAPH, "sep", "+8");
    result.addNodes(QList<Agraph_t *>(request.nodes.size(), nullptr), &centres, coordinates);
    result.addEdges(false);
    return result;
}

void GvRequestGraph::addNodes(const QList<Agraph_t *> &clusterOf, const QList<QPointF> *centres,
                              const GvCoordinates &coordinates)
{
    Agraph_t *root = m_graph.get();
    m_graph.declare(AGNODE, "shape", "box");
    m_graph.declare(AGNODE, "fixedsize", "true");
    m_graph.declare(AGNODE, "label", "");
    Agsym_t *width = m_graph.declare(AGNODE, "width", "1");
    Agsym_t *height = m_graph.declare(AGNODE, "height", "0.5");
    Agsym_t *pos = centres ? m_graph.declare(AGNODE, "pos", "") : nullptr;
    QHash<QString, Agnode_t *> byKey;
    m_nodes.resize(m_request.nodes.size());
    for (qsizetype n = 0; n < m_request.nodes.size(); ++n) {
        const LayoutNode &node = m_request.nodes[n];
        if (Agnode_t *existing = byKey.value(node.key)) {
            m_nodes[n] = existing;
            continue;
        }
        const QByteArray name = "n" + QByteArray::number(n);
        Agnode_t *gvNode = agnode(root, const_cast<char *>(name.constData()), 1);
        byKey.insert(node.key, gvNode);
        m_nodes[n] = gvNode;
        if (clusterOf[n])
            agsubnode(clusterOf[n], gvNode, 1);
        // A box of no size would make Graphviz route through it.
        GvGraph::set(gvNode, width, inches(qMax<qreal>(1, node.size.width())));
        GvGraph::set(gvNode, height, inches(qMax<qreal>(1, node.size.height())));
        if (pos) {
            const pointf p = coordinates.toGraphviz((*centres)[n]);
            GvGraph::set(gvNode, pos, number(p.x) + ',' + number(p.y) + '!');
        }
    }
}

void GvRequestGraph::addEdges(bool withLabels)
{
    Agraph_t *root = m_graph.get();
    Agsym_t *label = withLabels ? m_graph.declare(AGEDGE, "label", "") : nullptr;
    QHash<QString, Agnode_t *> byKey;
    for (qsizetype n = m_request.nodes.size() - 1; n >= 0; --n)
        byKey.insert(m_request.nodes[n].key, m_nodes[n]);
    m_edges.resize(m_request.edges.size());
    for (qsizetype e = 0; e < m_request.edges.size(); ++e) {
        const LayoutEdge &edge = m_request.edges[e];
        Agnode_t *tail = byKey.value(edge.source);
        Agnode_t *head = byKey.value(edge.target);
        if (!tail || !head)
            continue;
        // Anonymous edges: a parallel edge is a new edge, not the old one.
        m_edges[e] = agedge(root, tail, head, nullptr, 1);
        if (label && !edge.labelSize.isEmpty())
            setHtml(root, m_edges[e], label, placeholderLabel(edge.labelSize));
    }
}

boxf GvRequestGraph::boundingBox() const
{
    return GD_bb(m_graph.get());
}

pointf GvRequestGraph::nodeCentre(qsizetype node) const
{
    return ND_coord(m_nodes[node]);
}

QRectF GvRequestGraph::clusterBox(qsizetype cluster, const GvCoordinates &coordinates) const
{
    const boxf box = GD_bb(m_clusters[cluster]);
    if (box.UR.x <= box.LL.x || box.UR.y <= box.LL.y)
        return QRectF(); // an empty cluster: dot leaves it out
    return coordinates.toLayout(box);
}

std::optional<EdgeGeometry> GvRequestGraph::edge(qsizetype e,
                                                 const GvCoordinates &coordinates) const
{
    Agedge_t *gvEdge = m_edges[e];
    if (!gvEdge || !ED_spl(gvEdge))
        return std::nullopt;
    const splines *spl = ED_spl(gvEdge);
    EdgeGeometry edge;
    edge.key = m_request.edges[e].key;
    bool hasTip = false;
    for (int b = 0; b < spl->size; ++b) {
        const bezier &bz = spl->list[b];
        // Pieces join end to start; drop the repeated point.
        for (int i = (edge.path.isEmpty() ? 0 : 1); i < bz.size; ++i)
            edge.path.append(coordinates.toLayout(bz.list[i]));
        if (bz.eflag) {
            edge.arrowTip = coordinates.toLayout(bz.ep);
            hasTip = true;
        }
    }
    if (edge.path.size() < 4 || (edge.path.size() - 1) % 3 != 0)
        return std::nullopt;
    if (!hasTip)
        makeArrowRoom(edge); // no arrow clipped: make room for it here
    return edge;
}

QRectF GvRequestGraph::edgeLabelBox(qsizetype e, const GvCoordinates &coordinates) const
{
    Agedge_t *gvEdge = m_edges[e];
    if (!gvEdge || !ED_label(gvEdge) || !ED_label(gvEdge)->set)
        return QRectF();
    QRectF box(QPointF(), m_request.edges[e].labelSize);
    box.moveCenter(coordinates.toLayout(ED_label(gvEdge)->pos));
    return box;
}

} // namespace Portolan
