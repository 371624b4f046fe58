#pragma once
// Firewall rules of one environment, as the firewall team reads them: every
// flow becomes a rule with its endpoints resolved to the environment's
// addresses. An endpoint without an address stays in, marked unresolved —
// a rule is never dropped. Optionally rules with the same endpoints and
// protocol are consolidated into one, their ports united.

#include "domain/types.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portolan {

struct ProjectSnapshot;

enum class Consolidation {
    None, // one rule per flow
    Ports, // one rule per source, destination and protocol
};

// "none", "ports"; nullopt for anything else (case-insensitive).
std::optional<Consolidation> consolidationFromName(QStringView name);

struct RuleEndpoint
{
    Id componentId = 0;
    QString name;
    QString zone; // empty when the component has no zone
    QStringList addresses; // canonical, in the order bound
    bool resolved() const { return !addresses.isEmpty(); }
};

struct Rule
{
    // Stable across exports of the project: "R" and the id of its (first)
    // flow, zero-padded to four digits ("R0042").
    QString id;
    QStringList products; // distinct, in flow order; empty: no product
    RuleEndpoint source;
    RuleEndpoint destination;
    Transport protocol = Transport::Tcp;
    PortSet ports; // united over the consolidated flows
    QStringList purposes; // distinct, in flow order
    QStringList notes; // distinct, in flow order
    bool optional = false; // every flow of the rule is optional
    QList<Id> flowIds; // in project order

    bool resolved() const { return source.resolved() && destination.resolved(); }
};

// The rules of `environment` in project (flow) order; with consolidation,
// in the order of each group's first flow. An unknown environment resolves
// nothing.
QList<Rule> generateRules(const ProjectSnapshot &project, Id environment,
                          Consolidation consolidation = Consolidation::None);

// "TCP 443", "UDP 67-68", "ICMP", "ANY": the protocol and ports as one cell.
QString rulePortsText(const Rule &rule);

} // namespace Portolan
