#pragma once
// The design lint: what a reviewer would flag in a project's flows and
// components before a firewall request is sent, compared with a catalogue of
// well-known services. Pure functions over a snapshot; each finding is one
// sentence naming the flow ("“A” → “B” TCP 67-68 (Product)") or component.
//
// Severities, and why:
//  - Error: a flow's transport contradicts the well-known service on exactly
//    its ports (DHCP 67-68 over TCP): a rule written from it opens the wrong
//    thing and the service still fails, so the request must not go out as is.
//  - Error: a TCP, UDP or SCTP flow without ports: no rule can be written.
//  - Warning: the same source, destination, transport and ports listed more
//    than once in one product: harmless to the network but a sign of a
//    copy-and-paste slip, and it doubles the rule count. Equal flows in
//    different products are not flagged: each product states its own needs.
//  - Warning: more than 1,024 ports, or every port, unless the catalogue
//    marks a range containing them as normal for that transport (Kubernetes
//    NodePort 30000-32767).
//  - Warning: any protocol with no ports (any/any).
//  - Info: a component that no flow uses.

#include "domain/types.h"

#include <QList>
#include <QString>

namespace Portolan {

struct ProjectSnapshot;
class ServiceCatalogue;

struct LintFinding
{
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Info;
    QString message;
    QList<Id> components; // the components the finding is about, in id order
    QList<Id> flows; // the flows the finding is about, in id order

    friend bool operator==(const LintFinding &, const LintFinding &) = default;
};

// Ports wider than this (and not marked normal in the catalogue) are flagged.
inline constexpr int BroadRangeLimit = 1024;

// The design findings, sorted by sortLintFindings().
QList<LintFinding> lintDesign(const ProjectSnapshot &project, const ServiceCatalogue &catalogue);

// The design findings plus the address findings (validateAddresses) of each
// of `environments`, as one sorted list; address errors and warnings keep
// their severity.
QList<LintFinding> lintProject(const ProjectSnapshot &project, const ServiceCatalogue &catalogue,
                               const QList<Id> &environments);

// Errors first, then warnings, then info; by message within each.
void sortLintFindings(QList<LintFinding> &findings);

// "error", "warning", "info": the prefix of a finding on the command line.
QString lintSeverityName(LintFinding::Severity severity);

} // namespace Portolan
