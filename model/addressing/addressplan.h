#pragma once
// The address plan of a project: environments, zone prefixes and component
// addresses as the user edits them. Each function checks its input, runs in
// one store transaction and changes nothing when it fails (returning false /
// 0 / nullopt and one sentence in *error).

#include "domain/types.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portolan {

class ProjectStore;
struct ProjectSnapshot;

// The environment named `name` (names.h rules), created when missing.
Id ensureEnvironment(ProjectStore &store, const QString &name, QString *error);

// Gives `zone` the prefix `cidr` (stored canonical) in `environment`, with an
// optional VLAN (1-4094) and gateway (one address inside the prefix). Setting
// a prefix the zone already has replaces its VLAN and gateway. A prefix that
// overlaps one of another zone in the same environment is refused (unless it
// is a sub-zone's subnet inside its parent's; see zonePrefixChanges()).
// `name` names the prefix ("tkg-nodes"); nullopt keeps the name it has.
bool setZonePrefix(ProjectStore &store, Id environment, Id zone, const QString &cidr,
                   std::optional<int> vlan, const QString &gateway, QString *error,
                   const std::optional<QString> &name = std::nullopt);

// Binds the address `text` (see AddressValue::parse) to `component` in
// `environment`, stored canonical with its kind. A value the component
// already has there is not added again, and that is not an error.
bool assignAddress(ProjectStore &store, Id environment, Id component, const QString &text,
                   QString *error);

// Allocates the next free address for `component` from the prefixes of its
// zone in `environment` (or of the nearest enclosing zone that has some) and
// binds it; returns its canonical text. See allocateNextFree()
// (addressedits.h) for what counts as used and what a network component gets
// (`prefixLength` 0: its zone's whole prefix).
std::optional<QString> assignNextFree(ProjectStore &store, Id environment, Id component,
                                      QString *error, int prefixLength = 0);

struct PlanRow
{
    QString component;
    QString address;
    QString kind; // addressKindName()
    QString zone; // empty when the component has no zone
};

// The addresses of `environment`, in component order, then in the order they
// were bound.
QList<PlanRow> addressPlan(const ProjectSnapshot &project, Id environment);
// addressPlan() as CSV: header "component,address,kind,zone", RFC 4180.
QString addressPlanCsv(const ProjectSnapshot &project, Id environment);

// Binds the addresses of a CSV plan with the header `component,address` (in
// either order; other columns ignored). Any unknown component or unreadable
// address fails the whole plan with an error naming its line. *messages gets
// one line per row that changed nothing ("line 4: Harbor already has …").
bool loadPlan(ProjectStore &store, Id environment, const QString &csvText, QStringList *messages,
              QString *error);

} // namespace Portolan
