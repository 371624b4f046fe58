#pragma once
// Checks the address plan of one environment for mistakes a reviewer would
// flag: addresses bound twice, overlapping values, addresses outside their
// zone's prefixes, flow endpoints without an address and networks given a
// name. Read-only; each finding is one sentence naming what is wrong.

#include "domain/types.h"

#include <QList>
#include <QString>

namespace Portolan {

struct ProjectSnapshot;

struct AddressFinding
{
    enum class Severity { Warning, Error };
    Severity severity = Severity::Warning;
    QString message;
    QList<Id> components; // the components the finding is about, in id order
};

// The findings for `environment`, errors first, then by message:
//  - Error: one value bound to several components;
//  - Error: overlapping IP values of different components, unless one of
//    them is exactly a prefix of a zone in the environment (a network
//    component standing for its zone's subnet) or one is a network
//    component's value that holds the other whole (a cluster's CIDR holds
//    its nodes, its API address and narrower networks);
//  - Warning: an IP value outside every prefix of its component's zone (or
//    of the nearest enclosing zone that has prefixes), checked only against
//    prefixes of its own family;
//  - Warning: a component used by a flow that has no address at all;
//  - Error: a host name or wildcard name on a network component.
// An unknown environment gives no findings.
QList<AddressFinding> validateAddresses(const ProjectSnapshot &project, Id environment);

// Sorts findings as validateAddresses() returns them.
void sortFindings(QList<AddressFinding> &findings);

} // namespace Portolan
