#pragma once
// The firewall rules to add, remove and modify to go from one revision's
// rules to another's (handover/rules.h), as a change request lists them.
// Rules are matched by identity: without consolidation a rule is its flow
// (the stable id "R0042"); with port consolidation it is its source,
// destination and protocol, so that a port added to one of its flows is a
// modify of the consolidated rule, never a removal and an addition.
//
// Only what a firewall enforces makes a modify: the source's and the
// destination's addresses, the protocol and the ports (and an endpoint's
// name while it has no address, since the name then stands in for it). A
// renamed component, a new purpose or a re-zoned component with the same
// addresses changes the design, not the rule base; those are in the design
// changes (designdiff.h). A rule removed and added again with the same
// content (a flow deleted and re-entered) is no change either.

#include "designdiff.h"
#include "handover/rules.h"

#include <optional>

namespace Portolan {

struct RuleChange
{
    ChangeKind kind = ChangeKind::Changed;
    std::optional<Rule> before; // Removed and Changed
    std::optional<Rule> after; // Added and Changed
    // Changed: which of "source", "source addresses", "destination",
    // "destination addresses", "protocol", "ports" differ.
    QStringList fields;

    // The rule's id (the later one when a consolidated rule's first flow
    // changed).
    QString id() const { return after ? after->id : before->id; }
    const Rule &rule() const { return after ? *after : *before; }
};

QList<RuleChange> ruleDelta(const QList<Rule> &before, const QList<Rule> &after,
                            Consolidation consolidation);

// The rule changes as counts: added, removed, modified.
struct RuleDeltaCounts
{
    int added = 0;
    int removed = 0;
    int modified = 0;
};
RuleDeltaCounts countRuleChanges(const QList<RuleChange> &changes);

} // namespace Portolan
