#pragma once
// Private to the layout module: a LayoutRequest as a cgraph graph, and the
// geometry read back from it after a layout. Two shapes: for dot (zones as
// nested clusters, nothing fixed) and for the no-op engine (every node at
// a given position, no clusters: the engine only routes edges).

#include "layout/gvclustertree.h"
#include "layout/gvcoordinates.h"
#include "layout/gvgraph.h"
#include "layout/gvsettings.h"

#include <QList>
#include <optional>

namespace Portolan {

class GvRequestGraph
{
public:
    static GvRequestGraph forDot(const LayoutRequest &request, const ClusterTree &tree,
                                 const GvSettings &settings);
    // `centres` in layout coordinates, one per request node.
    static GvRequestGraph forFixedPositions(const LayoutRequest &request,
                                            const QList<QPointF> &centres,
                                            const GvCoordinates &coordinates);

    const GvGraph &graph() const { return m_graph; }
    boxf boundingBox() const;

    // Reading back, after a layout ran on graph().
    pointf nodeCentre(qsizetype node) const;
    QRectF clusterBox(qsizetype cluster, const GvCoordinates &coordinates) const;
    // Empty when Graphviz did not route the edge (or it has no endpoints).
    std::optional<EdgeGeometry> edge(qsizetype edge, const GvCoordinates &coordinates) const;
    // Where Graphviz put the edge's label (graphvizEdgeLabels), centred
    // box of the requested size; empty when it placed none.
    QRectF edgeLabelBox(qsizetype edge, const GvCoordinates &coordinates) const;

private:
    GvRequestGraph(const LayoutRequest &request);
    void addNodes(const QList<Agraph_t *> &clusterOf, const QList<QPointF> *centres,
                  const GvCoordinates &coordinates);
    void addEdges(bool withLabels);
    // For dot to place only (the orthogonal router routes): an edge between
    // every pair of nodes the ends stand for (a zone's frame: its nodes).
    void addEdgesBetweenEnds(const ClusterTree &tree);
    // The graph's nodes an edge end stands for: the node, or every node of
    // a cluster (an edge that stands for a whole zone's flows).
    QList<Agnode_t *> endNodes(const QString &key, const ClusterTree &tree) const;

    const LayoutRequest &m_request;
    GvGraph m_graph;
    QList<Agnode_t *> m_nodes; // per request node; duplicates share one
    QList<Agedge_t *> m_edges; // per request edge; null: unknown endpoint
    QList<Agraph_t *> m_clusters; // per ClusterTree index
};

} // namespace Portolan
