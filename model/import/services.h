#pragma once
// Private to the importer: reading what a row says about protocols and ports,
// from a Protocol column and a Ports column or from one combined cell
// ("TCP:443", "SSH:22", "UDP: 67, 68", "TCP/UDP: 389/636", "https(443)",
// "DNS-udp", "61000-62000(default)", "TCP:443 (*.example.com)").

#include "domain/portset.h"
#include "domain/protocol.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Portolan::ImportDetail {

struct ServiceEntry
{
    Transport transport = Transport::Tcp;
    PortSet ports;
};

// One service line of a row: the transports it names with their ports. A
// TCP/UDP/SCTP entry may have no ports; telling the user is the caller's job.
struct ServiceLine
{
    QList<ServiceEntry> entries; // one per transport, in order of appearance
    QStringList notes; // text after ports, "(default)", footnote marks
    QStringList warnings; // read, but with a guess worth telling
    QString error; // set when the line cannot be read
    bool optional = false; // the line ended in "(optional)" (listrules.h)
};

// One line of a Protocol column with the matching line of a Ports column
// (either may be empty, not both for a useful result).
ServiceLine readService(QStringView protocolText, QStringView portsText);
// One line of a combined Protocol:Port cell.
ServiceLine readCombinedService(QStringView text);

// Adds the entries of `line` to `into`, uniting the ports of equal transports.
void mergeEntries(QList<ServiceEntry> &into, const QList<ServiceEntry> &line);

} // namespace Portolan::ImportDetail
