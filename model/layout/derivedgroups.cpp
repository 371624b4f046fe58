#include "layout/derivedgroups.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace Portolan {

qsizetype derivedGroupCount(qsizetype count)
{
    return count <= derivedGroupNodes ? 1 : (count + derivedGroupNodes - 1) / derivedGroupNodes;
}

QList<qsizetype> deriveGroups(const QList<qsizetype> &nodes,
                              const QList<std::pair<qsizetype, qsizetype>> &links)
{
    const qsizetype count = nodes.size();
    const qsizetype groups = derivedGroupCount(count);
    if (groups <= 1)
        return QList<qsizetype>(count, 0);
    QHash<qsizetype, qsizetype> local; // node id -> index in `nodes`, first wins
    for (qsizetype i = count - 1; i >= 0; --i)
        local.insert(nodes[i], i);
    QList<QHash<qsizetype, int>> adjacent(count); // local index -> links to it
    for (const auto &[a, b] : links) {
        const qsizetype from = local.value(a, -1), to = local.value(b, -1);
        if (from < 0 || to < 0 || from == to)
            continue;
        ++adjacent[from][to];
        ++adjacent[to][from];
    }
    QList<qsizetype> seeds(count);
    std::iota(seeds.begin(), seeds.end(), 0);
    std::stable_sort(seeds.begin(), seeds.end(), [&](qsizetype a, qsizetype b) {
        return adjacent[a].size() > adjacent[b].size();
    });

    const qsizetype target = (count + groups - 1) / groups; // balanced sizes
    QList<qsizetype> group(count, -1);
    qsizetype nextSeed = 0;
    const auto takeSeed = [&]() -> qsizetype {
        while (nextSeed < count && group[seeds[nextSeed]] >= 0)
            ++nextSeed;
        return nextSeed < count ? seeds[nextSeed] : -1;
    };
    for (qsizetype current = 0;; ++current) {
        qsizetype node = takeSeed();
        if (node < 0)
            break;
        QHash<qsizetype, int> gain; // ungrouped node -> links into this group
        for (qsizetype members = 0; members < target && node >= 0; ++members) {
            group[node] = current;
            gain.remove(node);
            for (auto it = adjacent[node].cbegin(); it != adjacent[node].cend(); ++it) {
                if (group[it.key()] < 0)
                    gain[it.key()] += it.value();
            }
            // The most links into the group; of equals the first node, so
            // that the hash's order never decides.
            node = -1;
            int best = 0;
            for (auto it = gain.cbegin(); it != gain.cend(); ++it) {
                if (it.value() > best || (it.value() == best && it.key() < node)) {
                    best = it.value();
                    node = it.key();
                }
            }
            if (node < 0)
                node = takeSeed();
        }
    }
    return group;
}

} // namespace Portolan
