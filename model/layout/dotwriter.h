#pragma once
// The diagram as a DOT file for people who want to lay it out with `dot`
// themselves (`portolan export --diagram OUT.dot`). The caller fills a
// DotGraph with plain text; every string is escaped here (escape.h).

#include <QList>
#include <QString>
#include <QStringList>

namespace Portolan {

struct DotGraph
{
    struct Cluster
    {
        QString key;
        QString label;
        QString parent; // key of the enclosing cluster; empty: top level
    };
    struct Node
    {
        QString key;
        QString label;
        QString shape = QStringLiteral("box"); // a Graphviz shape name
        QString fillColor; // "#rrggbb"; empty: none
        QString cluster; // key of its cluster; empty: none
    };
    struct Edge
    {
        QString source; // node keys
        QString target;
        QString label;
        QStringList colors; // one per product; two or more draw parallel lines
        // An edge from or to a zone's frame: the cluster's key (dot's ltail,
        // lhead); source or target is then a node in that cluster.
        QString sourceCluster {};
        QString targetCluster {};
    };
    // How edge labels are written. `label` reserves room for the text but
    // makes dot 2.42 lose edges in clustered graphs from about 150 nodes up;
    // `xlabel` is fast and never loses edges but may overlap (docs/graphviz.md).
    enum class EdgeLabels { Automatic, Label, XLabel };

    QString name; // the graph's id
    QString title; // drawn above the diagram; empty: none
    QString fontName = QStringLiteral("Liberation Sans");
    bool leftToRight = true;
    EdgeLabels edgeLabels = EdgeLabels::Automatic;
    QList<Cluster> clusters;
    QList<Node> nodes;
    QList<Edge> edges; // edges naming a node not in `nodes` are left out
};

// Automatic chooses `label` up to this many edges, `xlabel` above.
inline constexpr int dotEdgeLabelLimit = 80;

QString writeDot(const DotGraph &graph);

} // namespace Portolan
