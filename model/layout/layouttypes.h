#pragma once
// What the layout module takes and gives: plain data, no Graphviz. All
// geometry in points (1/72 inch), y growing downwards, boxes by their
// top-left corner. Keys are opaque strings chosen by the caller (e.g. "c12"
// for component 12) and come back unchanged.

#include <QDataStream>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace Portolan {

struct LayoutNode
{
    QString key;
    QSizeF size; // the box drawn for the node
    QString cluster; // key of the innermost cluster; empty: none
    std::optional<QPointF> pinned; // centre the user fixed; kept exactly
    std::optional<QPointF> hint; // centre from the previous layout; kept when possible
    // The box may be drawn wider than `size` (a zone drawn as one node, to
    // take the ends of many edges side by side); taller it always may.
    bool widens = false;
};

struct LayoutCluster
{
    QString key;
    QString parent; // key of the enclosing cluster; empty: top level
    QSizeF labelSize; // the title drawn at the top-left inside the frame
};

struct LayoutEdge
{
    QString key;
    // Node keys, or the key of a cluster: an edge that stands for the flows
    // of a whole zone starts or ends on its frame.
    QString source;
    QString target;
    QSizeF labelSize; // empty: no label
};

struct LayoutOptions
{
    enum class Direction { LeftToRight, TopToBottom };
    Direction direction = Direction::LeftToRight;
    // Orthogonal: every edge in horizontal and vertical runs, its label on a
    // straight run of its own. Curved: Graphviz's own polylines, labels
    // placed along them afterwards.
    enum class EdgeStyle { Orthogonal, Curved };
    EdgeStyle edgeStyle = EdgeStyle::Orthogonal;
    qreal nodeSpacing = 18; // points between boxes in a rank
    qreal rankSpacing = 54; // points between ranks (before room for labels)
    qreal clusterMargin = 12;
    // Let Graphviz place edge labels itself (edge label=). Off by default:
    // with clusters from about 150 nodes up it loses edges and, in-process,
    // aborts (see docs/graphviz.md). Kept to reproduce and contain that crash.
    bool graphvizEdgeLabels = false;
};

struct LayoutRequest;
// Whether the request's edges are routed at right angles: the Orthogonal
// style, up to the size Portolan's router handles in reasonable time (its
// search covers the whole drawing per edge; from a few hundred edges on it
// takes seconds, README "Performance"); larger diagrams keep Graphviz's
// polylines, fresh and when edited alike.
bool routesOrthogonally(const LayoutRequest &request);

struct LayoutRequest
{
    QList<LayoutNode> nodes;
    QList<LayoutCluster> clusters; // parents before children
    QList<LayoutEdge> edges;
    LayoutOptions options;
};

struct NodeGeometry
{
    QString key;
    QRectF box;
};

struct ClusterGeometry
{
    QString key;
    QRectF box;
    QRectF labelBox;
};

struct EdgeGeometry
{
    QString key;
    // Cubic Bézier pieces: start, then three points per piece
    // (control, control, end); the path ends where the arrow head begins.
    QList<QPointF> path;
    QPointF arrowTip; // the point of the arrow head, on the target's border
    QRectF labelBox; // empty when the edge has no label
};

struct LayoutResult
{
    QRectF bounds; // everything, labels included
    QList<NodeGeometry> nodes;
    QList<ClusterGeometry> clusters;
    QList<EdgeGeometry> edges;
    // Set when the layout engine failed (crashed, gave up); the geometry is
    // then a plain fallback arrangement so that something is still shown.
    QString error;
};

QDataStream &operator<<(QDataStream &out, const LayoutRequest &request);
QDataStream &operator>>(QDataStream &in, LayoutRequest &request);
QDataStream &operator<<(QDataStream &out, const LayoutResult &result);
QDataStream &operator>>(QDataStream &in, LayoutResult &result);

} // namespace Portolan
