#pragma once
// Private to the layout module: components in no zone split into groups of
// about the same size that share many flows, so that a large design with
// few or no zones can still be laid out block by block (zonedlayout.h)
// instead of by one dot run over the whole graph, which at 2,000
// components and 10,000 flows took minutes and gigabytes. The groups are
// not drawn: they only decide which components dot places together.

#include <QList>

#include <utility>

namespace Portolan {

// The most nodes a group is given.
inline constexpr qsizetype derivedGroupNodes = 40;

// How many groups `count` loose nodes make: 1 up to derivedGroupNodes.
qsizetype derivedGroupCount(qsizetype count);

// The group (0 .. derivedGroupCount(nodes.size()) - 1) of each of `nodes`.
// `links` are pairs of node ids (flows, either way); pairs with an end
// not in `nodes` are ignored. Greedy and deterministic: the best-connected
// node not yet grouped starts a group, which then takes, one at a time,
// the node with the most links into it, or when none is linked the next
// best-connected one, until it is full.
QList<qsizetype> deriveGroups(const QList<qsizetype> &nodes,
                              const QList<std::pair<qsizetype, qsizetype>> &links);

} // namespace Portolan
