#include "ruledelta.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// What identifies a rule across revisions.
using RuleKey = std::pair<std::pair<Id, Id>, int>;

RuleKey keyOf(const Rule &rule, Consolidation consolidation)
{
    if (consolidation == Consolidation::Ports)
        return { { rule.source.componentId, rule.destination.componentId }, int(rule.protocol) };
    return { { rule.flowIds.value(0), 0 }, -1 };
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The endpoint as the firewall sees it: its addresses, or its name while it
// has none.
void compareEndpoint(QStringList &fields, const QString &role, const RuleEndpoint &a,
                     const RuleEndpoint &b)
{
    if (sorted(a.addresses) != sorted(b.addresses))
        fields.append(role + u" addresses"_s);
    else if (!a.resolved() && a.name != b.name)
        fields.append(role);
}

QStringList enforcedDifferences(const Rule &a, const Rule &b)
{
    QStringList fields;
    compareEndpoint(fields, u"source"_s, a.source, b.source);
    compareEndpoint(fields, u"destination"_s, a.destination, b.destination);
    if (a.protocol != b.protocol)
        fields.append(u"protocol"_s);
    if (a.ports != b.ports)
        fields.append(u"ports"_s);
    return fields;
}

int idNumber(const QString &id)
{
    return QStringView(id).mid(1).toInt();
}

} // namespace

QList<RuleChange> ruleDelta(const QList<Rule> &before, const QList<Rule> &after,
                            Consolidation consolidation)
{
    QHash<RuleKey, const Rule *> earlier;
    for (const Rule &rule : before)
        earlier.insert(keyOf(rule, consolidation), &rule);
    QList<RuleChange> changes;
    QList<const Rule *> added;
    QSet<RuleKey> matched;
    for (const Rule &rule : after) {
        const RuleKey key = keyOf(rule, consolidation);
        const Rule *old = earlier.value(key);
        if (!old) {
            added.append(&rule);
            continue;
        }
        matched.insert(key);
        const QStringList fields = enforcedDifferences(*old, rule);
        if (!fields.isEmpty())
            changes.append({ ChangeKind::Changed, *old, rule, fields });
    }
    QList<const Rule *> removed;
    for (const Rule &rule : before) {
        if (!matched.contains(keyOf(rule, consolidation)))
            removed.append(&rule);
    }
    // A rule removed and added again as it was is no change for the firewall.
    for (const Rule *rule : std::as_const(added)) {
        const auto same = std::find_if(removed.begin(), removed.end(), [rule](const Rule *old) {
            return enforcedDifferences(*old, *rule).isEmpty();
        });
        if (same != removed.end()) {
            removed.erase(same);
            continue;
        }
        changes.append({ ChangeKind::Added, std::nullopt, *rule, {} });
    }
    for (const Rule *rule : std::as_const(removed))
        changes.append({ ChangeKind::Removed, *rule, std::nullopt, {} });
    std::stable_sort(changes.begin(), changes.end(), [](const RuleChange &a, const RuleChange &b) {
        return idNumber(a.id()) < idNumber(b.id());
    });
    return changes;
}

RuleDeltaCounts countRuleChanges(const QList<RuleChange> &changes)
{
    RuleDeltaCounts counts;
    for (const RuleChange &change : changes) {
        switch (change.kind) {
        case ChangeKind::Added:
            ++counts.added;
            break;
        case ChangeKind::Removed:
            ++counts.removed;
            break;
        case ChangeKind::Changed:
            ++counts.modified;
            break;
        }
    }
    return counts;
}

} // namespace Portolan
