#pragma once
// What changed between two revisions of a design (two baselines, a baseline
// and the working design) or between two environments of one: records are
// matched by identity (their ids, which a baseline keeps), never by name, so
// a renamed component is one rename and not a removal and an addition.
// Addresses and zone prefixes are compared per component and per zone
// between the two sides' environments.

#include "domain/types.h"

#include <QList>
#include <QString>

namespace Portolan {

struct ProjectSnapshot;

enum class ChangeKind { Added, Removed, Changed };

// "added", "removed", "changed": the words JSON and CSV carry.
QString changeKindKey(ChangeKind kind);

enum class ChangeSubject { Product, Zone, Component, Flow, Environment, Prefix, Address };

// "product", "zone", …: the words JSON and CSV carry.
QString changeSubjectKey(ChangeSubject subject);

// One field of a record, before and after ("ports": "443" → "443,8443").
// `field` is a key ("name", "zone", "kind", "ports", …).
struct FieldChange
{
    QString field;
    QString before;
    QString after;
};

struct DesignChange
{
    ChangeKind kind = ChangeKind::Changed;
    ChangeSubject subject = ChangeSubject::Flow;
    Id id = 0; // the record's id (a component's for an address, a zone's for a prefix)
    QString name; // as the later side calls it (the earlier for a removal)
    QString environment; // addresses and prefixes: the later side's environment
    QList<FieldChange> fields; // Changed: each field that changed
};

// One side of a comparison: a project and, for addresses, one of its
// environments (0: every environment, matched by identity).
struct DiffSide
{
    const ProjectSnapshot *project = nullptr;
    Id environment = 0;
};

struct DesignDiff
{
    QList<DesignChange> changes; // products, zones, components, flows, environments,
                                 // prefixes, addresses; each in the later side's order

    bool isEmpty() const { return changes.isEmpty(); }
    qsizetype count(ChangeSubject subject) const;
};

DesignDiff diffDesigns(const DiffSide &from, const DiffSide &to);

// What a change of ports does: the ports gained and lost.
struct PortsChange
{
    QString gained; // canonical port list, empty when none
    QString lost;
};
// Both empty when either side is empty (every port).
PortsChange portsChange(const QString &before, const QString &after);

// "Avi Controller → vCenter, TCP 443": how changes name a flow.
QString flowLabel(const ProjectSnapshot &project, const Flow &flow);

} // namespace Portolan
