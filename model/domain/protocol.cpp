#include "protocol.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Portolan {

namespace {

struct TransportWord
{
    QStringView word;
    Transport transport;
};

// The first entry of each transport is its canonical name (upper-cased).
// clang-format off
constexpr TransportWord transportWords[] = {
    { u"tcp", Transport::Tcp },
    { u"udp", Transport::Udp },
    { u"icmp", Transport::Icmp },
    { u"icmpv6", Transport::Icmp },
    { u"ipv6-icmp", Transport::Icmp },
    { u"sctp", Transport::Sctp },
    { u"esp", Transport::Esp },
    { u"gre", Transport::Gre },
    { u"any", Transport::Any },
    { u"ip", Transport::Any },
    { u"all", Transport::Any },
};
// clang-format on

// What an application name means when a vendor table gives it without a
// transport: one row per transport it uses, with its well-known ports ("" for
// none). Where a service runs over both TCP and UDP, the row set follows what
// a firewall request for it usually means (DNS, syslog: UDP only; Kerberos:
// both, since clients fall back to TCP for large tickets).
struct ServiceRow
{
    QStringView application;
    Transport transport;
    QStringView ports;
};

constexpr ServiceRow services[] = {
    { u"http", Transport::Tcp, u"80" },
    { u"https", Transport::Tcp, u"443" },
    { u"ssh", Transport::Tcp, u"22" },
    { u"telnet", Transport::Tcp, u"23" },
    { u"ftp", Transport::Tcp, u"21" },
    { u"smtp", Transport::Tcp, u"25" },
    { u"dns", Transport::Udp, u"53" },
    { u"ntp", Transport::Udp, u"123" },
    { u"syslog", Transport::Udp, u"514" },
    { u"syslog-tls", Transport::Tcp, u"6514" },
    { u"ldap", Transport::Tcp, u"389" },
    { u"ldaps", Transport::Tcp, u"636" },
    { u"snmp", Transport::Udp, u"161" },
    { u"snmptrap", Transport::Udp, u"162" },
    { u"dhcp", Transport::Udp, u"67-68" },
    { u"tftp", Transport::Udp, u"69" },
    { u"kerberos", Transport::Tcp, u"88" },
    { u"kerberos", Transport::Udp, u"88" },
    { u"rdp", Transport::Tcp, u"3389" },
    { u"iscsi", Transport::Tcp, u"3260" },
    { u"nfs", Transport::Tcp, u"2049" },
    { u"bgp", Transport::Tcp, u"179" },
    { u"ipsec", Transport::Udp, u"500,4500" },
    { u"ipsec", Transport::Esp, u"" },
    { u"ike", Transport::Udp, u"500" },
    { u"radius", Transport::Udp, u"1812-1813" },
    { u"tacacs", Transport::Tcp, u"49" },
    { u"smb", Transport::Tcp, u"445" },
    { u"mysql", Transport::Tcp, u"3306" },
    { u"postgresql", Transport::Tcp, u"5432" },
    { u"amqp", Transport::Tcp, u"5672" },
    { u"amqps", Transport::Tcp, u"5671" },
    { u"kafka", Transport::Tcp, u"9092" },
    { u"etcd", Transport::Tcp, u"2379-2380" },
    { u"kube-api", Transport::Tcp, u"6443" },
    // Vendors write these next to an explicit port, so they imply none.
    { u"websocket", Transport::Tcp, u"" },
    { u"tls", Transport::Tcp, u"" },
    { u"grpc", Transport::Tcp, u"" },
    { u"wss", Transport::Tcp, u"443" },
    { u"rmi", Transport::Tcp, u"1099" },
    { u"vmotion", Transport::Tcp, u"8000" },
    { u"ping", Transport::Icmp, u"" },
};

struct Alias
{
    QStringView alias;
    QStringView application;
};

// Keys are written as interpretProtocol() normalises them: lower case, parts
// joined with "-".
constexpr Alias aliases[] = {
    { u"www", u"http" },
    { u"domain", u"dns" },
    { u"snmp-trap", u"snmptrap" },
    { u"snmp-traps", u"snmptrap" },
    { u"bootp", u"dhcp" },
    { u"krb5", u"kerberos" },
    { u"isakmp", u"ike" },
    { u"cifs", u"smb" },
    { u"postgres", u"postgresql" },
    { u"rabbitmq", u"amqp" },
    { u"kubernetes-api", u"kube-api" },
    { u"k8s-api", u"kube-api" },
    { u"ws", u"websocket" },
    { u"ssl", u"tls" },
    { u"java-rmi", u"rmi" },
    { u"echo", u"ping" },
    { u"echo-request", u"ping" },
};

QStringView canonicalApplication(QStringView key)
{
    for (const Alias &a : aliases) {
        if (a.alias == key)
            return a.application;
    }
    for (const ServiceRow &s : services) {
        if (s.application == key)
            return s.application;
    }
    return {};
}

QList<ServiceGuess> defaultsOf(QStringView application)
{
    QList<ServiceGuess> guesses;
    for (const ServiceRow &s : services) {
        if (s.application == application) {
            const auto ports = PortSet::parse(s.ports);
            Q_ASSERT(ports); // the table above is ours
            guesses.append({ s.transport, ports.value_or(PortSet()), s.application.toString() });
        }
    }
    return guesses;
}

// "dns" + [Tcp] -> TCP 53: a transport named beside the application replaces
// its default transport but keeps its ports ("syslog-tcp", "DNS over TCP").
QList<ServiceGuess> applyTransports(QStringView application, const QList<Transport> &transports)
{
    const QList<ServiceGuess> defaults = defaultsOf(application);
    QList<ServiceGuess> guesses;
    for (Transport t : transports) {
        const auto same = std::find_if(defaults.cbegin(), defaults.cend(),
                                       [t](const ServiceGuess &g) { return g.transport == t; });
        const auto withPorts
            = std::find_if(defaults.cbegin(), defaults.cend(),
                           [](const ServiceGuess &g) { return transportHasPorts(g.transport); });
        if (same != defaults.cend())
            guesses.append(*same);
        else if (transportHasPorts(t) && withPorts != defaults.cend())
            guesses.append({ t, withPorts->defaultPorts, withPorts->application });
        // else: "ping/tcp" names nothing we can make sense of.
    }
    return guesses;
}

} // namespace

QString transportName(Transport transport)
{
    for (const TransportWord &w : transportWords) {
        if (w.transport == transport)
            return w.word.toString().toUpper();
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Transport> transportFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const TransportWord &w : transportWords) {
        if (trimmed.compare(w.word, Qt::CaseInsensitive) == 0)
            return w.transport;
    }
    return std::nullopt;
}

bool transportHasPorts(Transport transport)
{
    return transport == Transport::Tcp || transport == Transport::Udp
        || transport == Transport::Sctp;
}

QList<Transport> allTransports()
{
    return { Transport::Tcp, Transport::Udp, Transport::Icmp, Transport::Sctp,
             Transport::Esp, Transport::Gre, Transport::Any };
}

QList<ServiceGuess> interpretProtocol(QStringView word)
{
    // Vendors join applications and transports in many ways: "DNS-udp",
    // "RMI/TCP", "tcp_tls", "TCP & UDP", "TCP and UDP", "DNS over TCP".
    static const QRegularExpression separators(u"\\s+(?:and|over)\\s+|\\s*[-/_+&,\\s]\\s*"_s,
                                               QRegularExpression::UseUnicodePropertiesOption);
    const QStringList parts = word.toString().toLower().split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};

    const QString key = parts.join(u'-');
    if (const auto transport = transportFromName(key))
        return { ServiceGuess { *transport, {}, {} } };
    if (const QStringView application = canonicalApplication(key); !application.isEmpty())
        return defaultsOf(application);

    QList<Transport> transports;
    QStringList rest;
    for (const QString &part : parts) {
        // "any" beside another word ("tcp/any") is no transport we can use.
        const auto transport = transportFromName(part);
        if (transport && *transport != Transport::Any) {
            if (!transports.contains(*transport))
                transports.append(*transport);
        } else {
            rest.append(part);
        }
    }
    // Callers get a stable order whatever the vendor wrote: "UDP/TCP" is TCP, UDP.
    std::sort(transports.begin(), transports.end());

    if (rest.isEmpty()) {
        QList<ServiceGuess> guesses;
        for (Transport t : transports)
            guesses.append({ t, {}, {} });
        return guesses;
    }
    const QStringView application = canonicalApplication(rest.join(u'-'));
    if (application.isEmpty() || transports.isEmpty())
        return {};
    return applyTransports(application, transports);
}

} // namespace Portolan
