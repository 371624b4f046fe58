#pragma once
// Transport protocols of a flow, and the application names that vendors write
// in their tables ("https", "DNS-udp", "RMI/TCP") mapped to a transport and
// the service's default ports.

#include "portset.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Portolan {

enum class Transport { Tcp, Udp, Icmp, Sctp, Esp, Gre, Any };

// "TCP", "UDP", … "ANY": the canonical upper-case name.
QString transportName(Transport transport);
// Exact transport names only (case-insensitive, trimmed): "tcp", "UDP", "icmp",
// "ipv6-icmp"/"icmpv6" (as ICMP), "any"/"ip"/"all".
std::optional<Transport> transportFromName(QStringView name);
// TCP, UDP and SCTP carry ports; the others do not.
bool transportHasPorts(Transport transport);
QList<Transport> allTransports();

// One transport with the ports an application name implies, e.g.
// "https" -> {Tcp, 443}; "dns-udp" -> {Udp, 53}; "tcp-tls" -> {Tcp, {}}.
struct ServiceGuess
{
    Transport transport = Transport::Tcp;
    PortSet defaultPorts;
    QString application; // normalised application name, empty for bare transports
};

// Interprets one protocol word as written in vendor tables. Returns one entry
// per transport it stands for: "TCP/UDP" -> two; "DNS" -> UDP 53 only (what
// firewall requests usually mean); "ldap" -> TCP 389.
// Accepts: bare transports, "TCP/UDP", "UDP/TCP", "tcp+udp", "TCP & UDP",
// application names from the built-in table (https, http, ssh, dns, ntp,
// syslog, ldap, ldaps, snmp, dhcp, tftp, smtp, kerberos, rdp, iscsi, nfs,
// bgp, ipsec, websocket, rmi, …), names with a transport suffix or prefix
// ("DNS-udp", "tcp-tls", "RMI/TCP", "syslog-tcp"), and "ping"/"echo" (ICMP).
// Separators: "-", "/", "_", "+", "&", ",", white space, " and ", " over ".
// A transport named beside an application keeps the application's ports
// ("syslog-tcp" -> TCP 514). Entries come in Transport order ("UDP/TCP" ->
// TCP, UDP); application is the canonical name ("postgres" -> "postgresql").
// Returns an empty list when the word means nothing known.
QList<ServiceGuess> interpretProtocol(QStringView word);

} // namespace Portolan
