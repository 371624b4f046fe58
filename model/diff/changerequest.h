#pragma once
// A change request: what changed between two revisions of a design (or two
// environments of one), as the firewall and network teams act on it — the
// rule delta resolved against an environment's addresses, the address and
// prefix changes, and the design changes behind them.

#include "designdiff.h"
#include "ruledelta.h"

#include <QDateTime>

namespace Portolan {

struct ProjectSnapshot;

struct ChangeRequest
{
    QString project; // the project's name
    QString from; // revision names: a baseline's, or "working"
    QString to;
    QString fromEnvironment; // empty: no environment (rules unresolved)
    QString toEnvironment;
    Consolidation consolidation = Consolidation::None;
    QString author;
    QDateTime created; // UTC
    DesignDiff design;
    QList<RuleChange> rules;

    bool isEmpty() const { return design.isEmpty() && rules.isEmpty(); }
    // "1.0 → working", "Lab → Prod (working)": the title's comparison.
    QString comparison() const;
    // "Prod", "Lab → Prod", or empty.
    QString environments() const;
};

struct ChangeSide
{
    QString revision; // its name
    const ProjectSnapshot *project = nullptr;
    Id environment = 0; // 0: none
};

ChangeRequest makeChangeRequest(const ChangeSide &from, const ChangeSide &to,
                                Consolidation consolidation);

} // namespace Portolan
