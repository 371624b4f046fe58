#include "layout/zonedlayout.h"

#include "layout/derivedgroups.h"
#include "layout/gridrouting.h"
#include "layout/gvdotlayout.h"
#include "layout/gvroutes.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// From this many edges on, the whole-graph dot layout takes seconds
// (README, "Performance").
constexpr qsizetype zonedLayoutEdges = 1000;

const QString inPortKey = u"in"_s;
const QString outPortKey = u"out"_s;
constexpr qreal portSize = 1;

QString subNodeKey(qsizetype node)
{
    return u"n"_s + QString::number(node);
}

// One top-level zone (or a group of nodes in no zone) laid out on its own.
struct Block
{
    qsizetype cluster = -1; // top-level cluster; -1: the nodes in no zone
    LayoutRequest request;
    LayoutResult result;
    QRectF bounds;
};

// Where a flow of the request ended up.
struct EdgePlace
{
    qsizetype block = -1; // for edges inside one block
    qsizetype edge = -1; // index in that block's request
    qsizetype from = -1, fromStub = -1; // for flows between blocks
    qsizetype to = -1, toStub = -1;
    qsizetype route = -1;
};

qsizetype topLevel(const ClusterTree &tree, qsizetype cluster)
{
    while (cluster >= 0 && tree.parentOf(cluster) >= 0)
        cluster = tree.parentOf(cluster);
    return cluster;
}

// The block's clusters, parents first, with their parents resolved by the tree.
void addClusters(Block &block, const ClusterTree &tree)
{
    if (block.cluster < 0)
        return;
    QList<qsizetype> pending { block.cluster };
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const qsizetype c = pending[i];
        pending.append(tree.children(c));
        const qsizetype parent = tree.parentOf(c);
        block.request.clusters.append(
            LayoutCluster { tree.cluster(c).key, parent >= 0 ? tree.cluster(parent).key : QString(),
                            tree.cluster(c).labelSize });
    }
}

qsizetype addPort(Block &block, const QString &key)
{
    // Inside the zone's frame: stubs then stay inside it too.
    const QString cluster
        = block.request.clusters.isEmpty() ? QString() : block.request.clusters.first().key;
    block.request.nodes.append(
        LayoutNode { key, QSizeF(portSize, portSize), cluster, std::nullopt, std::nullopt });
    return block.request.nodes.size() - 1;
}

void shift(EdgeGeometry &edge, QPointF by)
{
    for (QPointF &p : edge.path)
        p += by;
    edge.arrowTip += by;
}

// Continues `path` with a straight piece to `to` (nothing when already there).
void lineTo(QList<QPointF> &path, QPointF to)
{
    if (!path.isEmpty() && path.last() == to)
        return;
    appendLine(path, path.isEmpty() ? to : path.last(), to);
}

bool hasPortEdges(const Block &block, const QString &port)
{
    return std::any_of(
        block.request.edges.cbegin(), block.request.edges.cend(),
        [&](const LayoutEdge &edge) { return edge.source == port || edge.target == port; });
}

// The in port must be left of every node and the out port right of every
// node, or routes from them would cross the block. dot's rank=min/max
// would say so, but together with clusters it trips an assertion in dot
// 2.42 (mincross.c, install_in_rank) that kills the process. Instead the
// in port gets an edge to every node that has none coming in, and every
// node with none going out an edge to the out port. These edges are laid
// out but never drawn: no flow refers to them.
void keepPortsAtTheEnds(Block &block, bool in, bool out)
{
    QSet<QString> hasIncoming, hasOutgoing;
    for (const LayoutEdge &edge : std::as_const(block.request.edges)) {
        if (edge.source == edge.target)
            continue;
        hasOutgoing.insert(edge.source);
        hasIncoming.insert(edge.target);
    }
    const qsizetype nodes = block.request.nodes.size();
    for (qsizetype n = 0; n < nodes; ++n) {
        const QString key = block.request.nodes[n].key;
        if (key == inPortKey || key == outPortKey)
            continue;
        if (in && !hasIncoming.contains(key))
            block.request.edges.append(LayoutEdge { u"~i"_s + key, inPortKey, key, {} });
        if (out && !hasOutgoing.contains(key))
            block.request.edges.append(LayoutEdge { u"~o"_s + key, key, outPortKey, {} });
    }
}

} // namespace

bool prefersZonedLayout(const LayoutRequest &request, const ClusterTree &tree)
{
    if (request.edges.size() <= zonedLayoutEdges || request.options.graphvizEdgeLabels
        || request.options.direction != LayoutOptions::Direction::LeftToRight)
        return false;
    qsizetype blocks = derivedGroupCount(tree.members(-1).size());
    for (qsizetype top : tree.children(-1))
        blocks += tree.hasNodes(top) ? 1 : 0;
    return blocks >= 2;
}

LayoutResult zonedLayout(const LayoutRequest &request, const ClusterTree &tree, QString *error)
{
    // Nodes by key, first one wins (as in dotLayout); each in one block.
    QHash<QString, qsizetype> nodeByKey;
    for (qsizetype n = 0; n < request.nodes.size(); ++n)
        nodeByKey.insert(request.nodes[n].key, nodeByKey.value(request.nodes[n].key, n));
    QList<Block> blocks;
    QHash<qsizetype, qsizetype> blockOfCluster; // top-level cluster -> block
    for (qsizetype top : tree.children(-1)) {
        if (tree.hasNodes(top)) {
            blockOfCluster.insert(top, blocks.size());
            blocks.append(Block { top, {}, {}, {} });
        }
    }
    // The nodes in no zone are split into groups (derivedgroups.h), a
    // block each.
    QList<qsizetype> loose;
    for (qsizetype n = 0; n < request.nodes.size(); ++n) {
        if (nodeByKey.value(request.nodes[n].key) == n
            && topLevel(tree, tree.indexOf(request.nodes[n].cluster)) < 0)
            loose.append(n);
    }
    QList<qsizetype> groupOf(request.nodes.size(), -1); // loose node -> its group
    if (!loose.isEmpty()) {
        QList<std::pair<qsizetype, qsizetype>> links;
        for (const LayoutEdge &edge : request.edges)
            links.append({ nodeByKey.value(edge.source, -1), nodeByKey.value(edge.target, -1) });
        const QList<qsizetype> groups = deriveGroups(loose, links);
        for (qsizetype i = 0; i < loose.size(); ++i)
            groupOf[loose[i]] = groups[i];
    }
    QHash<qsizetype, qsizetype> blockOfGroup;
    QList<qsizetype> blockOf(request.nodes.size(), -1), subIndex(request.nodes.size(), -1);
    for (qsizetype n = 0; n < request.nodes.size(); ++n) {
        if (nodeByKey.value(request.nodes[n].key) != n)
            continue;
        const qsizetype cluster = tree.indexOf(request.nodes[n].cluster);
        const qsizetype top = topLevel(tree, cluster);
        if (top < 0) {
            const qsizetype group = groupOf[n];
            if (!blockOfGroup.contains(group)) {
                blockOfGroup.insert(group, blocks.size());
                blocks.append(Block { -1, {}, {}, {} });
            }
            blockOf[n] = blockOfGroup.value(group);
        } else {
            blockOf[n] = blockOfCluster.value(top);
        }
        Block &block = blocks[blockOf[n]];
        subIndex[n] = block.request.nodes.size();
        block.request.nodes.append(LayoutNode {
            subNodeKey(n), request.nodes[n].size,
            cluster >= 0 ? tree.cluster(cluster).key : QString(), std::nullopt, std::nullopt });
    }
    for (Block &block : blocks) {
        block.request.options = request.options;
        // A drawing laid out zone by zone is beyond the orthogonal router's
        // size (routesOrthogonally): its blocks keep dot's polylines too,
        // or each block of up to 200 edges would be routed at right angles
        // and the whole would take minutes.
        block.request.options.edgeStyle = LayoutOptions::EdgeStyle::Curved;
        addClusters(block, tree);
    }

    // Flows inside a block stay there; one between blocks becomes a stub
    // to the source block's out port, a route, and a stub from the target
    // block's in port.
    QList<EdgePlace> places(request.edges.size());
    QList<GridRoute> routes;
    QHash<qsizetype, qsizetype> outStubs, inStubs; // node -> stub edge in its block
    for (qsizetype e = 0; e < request.edges.size(); ++e) {
        const LayoutEdge &edge = request.edges[e];
        const qsizetype source = nodeByKey.value(edge.source, -1);
        const qsizetype target = nodeByKey.value(edge.target, -1);
        if (source < 0 || target < 0)
            continue; // drawn straight below
        EdgePlace &place = places[e];
        const qsizetype from = blockOf[source], to = blockOf[target];
        if (from == to) {
            QList<LayoutEdge> &edges = blocks[from].request.edges;
            place.block = from;
            place.edge = edges.size();
            edges.append(
                LayoutEdge { edge.key, subNodeKey(source), subNodeKey(target), edge.labelSize });
            continue;
        }
        // All flows leaving a node share its stub, as do all entering one:
        // a fan of stubs per flow would fill the zone.
        const auto stub = [&](QHash<qsizetype, qsizetype> &stubs, qsizetype node, Block &block,
                              const QString &tail, const QString &head) {
            auto it = stubs.constFind(node);
            if (it == stubs.cend()) {
                it = stubs.insert(node, block.request.edges.size());
                block.request.edges.append(LayoutEdge { tail + u'>' + head, tail, head, {} });
            }
            return it.value();
        };
        place.from = from;
        place.fromStub = stub(outStubs, source, blocks[from], subNodeKey(source), outPortKey);
        place.to = to;
        place.toStub = stub(inStubs, target, blocks[to], inPortKey, subNodeKey(target));
        place.route = routes.size();
        routes.append(GridRoute { from, to });
    }

    QList<GridBlock> gridBlocks;
    for (Block &block : blocks) {
        const qsizetype in = hasPortEdges(block, inPortKey) ? addPort(block, inPortKey) : -1;
        const qsizetype out = hasPortEdges(block, outPortKey) ? addPort(block, outPortKey) : -1;
        keepPortsAtTheEnds(block, in >= 0, out >= 0);
        const ClusterTree blockTree(block.request);
        block.result = dotLayout(block.request, blockTree, error);
        if (!error->isEmpty())
            return {};
        block.bounds = resultBounds(block.result);
        // Routes meet the block on its sides, level with its ports.
        const QPointF topLeft = block.bounds.topLeft();
        const qreal middle = block.bounds.height() / 2;
        const QPointF inPort(
            0, in >= 0 ? block.result.nodes[in].box.center().y() - topLeft.y() : middle);
        const QPointF outPort(block.bounds.width(),
                              out >= 0 ? block.result.nodes[out].box.center().y() - topLeft.y()
                                       : middle);
        gridBlocks.append(GridBlock { block.bounds.size(), inPort, outPort });
    }
    const GridPlan plan = planGrid(gridBlocks, routes);

    LayoutResult result;
    QList<QPointF> offsets; // block coordinates to the drawing's
    for (qsizetype b = 0; b < blocks.size(); ++b)
        offsets.append(plan.origins[b] - blocks[b].bounds.topLeft());
    QHash<QString, QRectF> boxByKey;
    for (qsizetype n = 0; n < request.nodes.size(); ++n) {
        const qsizetype first = nodeByKey.value(request.nodes[n].key);
        const qsizetype b = blockOf[first];
        const QRectF box = blocks[b].result.nodes[subIndex[first]].box.translated(offsets[b]);
        result.nodes.append(NodeGeometry { request.nodes[n].key, box });
        boxByKey.insert(request.nodes[n].key, box);
    }
    result.clusters.resize(tree.clusterCount());
    for (qsizetype c = 0; c < tree.clusterCount(); ++c)
        result.clusters[c].key = tree.cluster(c).key;
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        for (const ClusterGeometry &cluster : std::as_const(blocks[b].result.clusters)) {
            ClusterGeometry &into = result.clusters[tree.indexOf(cluster.key)];
            into.box = cluster.box.translated(offsets[b]);
            into.labelBox = cluster.labelBox.translated(offsets[b]);
        }
    }
    for (qsizetype e = 0; e < request.edges.size(); ++e) {
        const LayoutEdge &edge = request.edges[e];
        const EdgePlace &place = places[e];
        if (place.block >= 0) {
            EdgeGeometry geometry = blocks[place.block].result.edges[place.edge];
            shift(geometry, offsets[place.block]);
            result.edges.append(geometry);
            continue;
        }
        if (place.route < 0) {
            const QRectF source = boxByKey.value(edge.source, boxByKey.value(edge.target));
            result.edges.append(
                straightEdge(edge.key, source, boxByKey.value(edge.target, source)));
            continue;
        }
        EdgeGeometry out = blocks[place.from].result.edges[place.fromStub];
        shift(out, offsets[place.from]);
        EdgeGeometry in = blocks[place.to].result.edges[place.toStub];
        shift(in, offsets[place.to]);
        EdgeGeometry geometry;
        geometry.key = edge.key;
        geometry.path = out.path;
        lineTo(geometry.path, out.arrowTip); // the stub's arrow head is not drawn
        for (const QPointF &p : plan.routes[place.route])
            lineTo(geometry.path, p);
        if (!in.path.isEmpty()) {
            lineTo(geometry.path, in.path.first());
            geometry.path.append(in.path.mid(1)); // the stub's Bézier pieces as they are
        }
        geometry.arrowTip = in.arrowTip;
        result.edges.append(geometry);
    }
    return result;
}

} // namespace Portolan
