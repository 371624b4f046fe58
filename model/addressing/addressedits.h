#pragma once
// Edits of an address plan as change lists (see document/recordchange.h):
// zone prefixes set, edited and removed, addresses bound and replaced,
// next-free allocation and CSV plans. Each function checks the user's input
// against a snapshot of the project, never touches a store, and returns the
// records to add, update and remove — or nullopt and one sentence in *error.
// The document pushes the list as one undo step; the command line applies it
// in one transaction. New records carry temporary ids -1, -2, ….

#include "document/recordchange.h"
#include "domain/types.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portolan {

struct ProjectSnapshot;

// Sets a zone prefix as the user typed it: `prefix.cidr` (any form
// AddressValue::parse reads as a CIDR), VLAN (1-4094), gateway (one address
// inside the prefix, or empty) and name, for `prefix.zoneId` in
// `prefix.environmentId`. With `prefix.id` 0 the prefix is added — or, when
// the zone already has that CIDR there, that one is updated; with an id, that
// prefix is replaced. A prefix overlapping one of another zone in the same
// environment is refused, unless one zone lies inside the other and so does
// its prefix (a sub-zone's subnet carved from its parent's).
std::optional<ChangeList> zonePrefixChanges(const ProjectSnapshot &project, ZonePrefix prefix,
                                            QString *error);
ChangeList removeZonePrefixChanges(const ProjectSnapshot &project, const QList<Id> &ids);

// Binds `text` to `component` in `environment` (stored canonical with its
// kind). A value the component already has there gives an empty list.
std::optional<ChangeList> bindAddressChanges(const ProjectSnapshot &project, Id environment,
                                             Id component, const QString &text, QString *error);

// The values of a list as a user types it in one cell: separated by commas,
// semicolons, spaces or line breaks ("10.0.0.5, 10.0.0.6 host.example").
QStringList splitAddressList(const QString &text);

// Makes `texts` the addresses of `component` in `environment`: values it
// keeps keep their ids, repeats are dropped, empty texts ignored. The first
// unreadable text fails the whole edit ("10.0.0.300: …").
std::optional<ChangeList> replaceAddressChanges(const ProjectSnapshot &project, Id environment,
                                                Id component, const QStringList &texts,
                                                QString *error);

struct AllocationOptions
{
    // For network components: the length of the prefix to carve from the
    // zone's prefix (/26 …); 0 gives them the zone's whole prefix.
    int prefixLength = 0;
    // Leave out components that already have an IP value in the environment.
    bool skipAddressed = false;
};

struct Allocation
{
    ChangeList changes; // one added address per allocated component
    QList<QPair<Id, QString>> allocated; // component, canonical value
    QStringList problems; // one sentence per component that got nothing
    QList<Id> missed; // those components, in the same order
};

// Allocates, in the order given, the next free address for each component
// from the prefixes of its zone in `environment` (or of the nearest
// enclosing zone that has some): the lowest address that no IP value bound
// in the environment, no gateway and no prefix of another zone nested inside
// covers, and never the network or broadcast address of an IPv4 prefix. A
// network component gets the zone's whole prefix (unless another component
// holds a prefix or range in it) or, with a prefix length, the lowest free
// prefix of that length. Each allocation counts as used for the next.
Allocation allocateNextFree(const ProjectSnapshot &project, Id environment,
                            const QList<Id> &components, const AllocationOptions &options = {});

// Binds the addresses of a CSV plan with the header `component,address` (in
// either order; other columns ignored). Any unknown component or unreadable
// address fails the whole plan with an error naming its line. *messages gets
// one line per row that changed nothing ("line 4: Harbor already has …").
std::optional<ChangeList> planChanges(const ProjectSnapshot &project, Id environment,
                                      const QString &csvText, QStringList *messages,
                                      QString *error);

} // namespace Portolan
