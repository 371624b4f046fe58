// Transports and the protocol words of vendor tables ("https", "DNS-udp",
// "TCP/UDP", "RMI/TCP") mapped to transports and default ports.

#include "domain/protocol.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace Portolan;

namespace {

// "TCP|443|https; UDP|53|dns": one entry per guess, fields transport, port
// set and application, so a table row states the whole answer in one string.
QString describe(const QList<ServiceGuess> &guesses)
{
    QStringList entries;
    for (const ServiceGuess &g : guesses)
        entries.append(transportName(g.transport) + u'|' + g.defaultPorts.toString() + u'|'
                       + g.application);
    return entries.join(u"; "_s);
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void transportNames_data();
    void transportNames();
    void transportFromName_data();
    void transportFromName();
    void transportHasPorts();
    void interpret_data();
    void interpret();
    void interpretedPortsFitTransport();
};

void TestProtocol::transportNames_data()
{
    QTest::addColumn<Transport>("transport");
    QTest::addColumn<QString>("name");

    QTest::newRow("tcp") << Transport::Tcp << u"TCP"_s;
    QTest::newRow("udp") << Transport::Udp << u"UDP"_s;
    QTest::newRow("icmp") << Transport::Icmp << u"ICMP"_s;
    QTest::newRow("sctp") << Transport::Sctp << u"SCTP"_s;
    QTest::newRow("esp") << Transport::Esp << u"ESP"_s;
    QTest::newRow("gre") << Transport::Gre << u"GRE"_s;
    QTest::newRow("any") << Transport::Any << u"ANY"_s;
}

void TestProtocol::transportNames()
{
    QFETCH(Transport, transport);
    QFETCH(QString, name);

    QCOMPARE(transportName(transport), name);
    QCOMPARE(Portolan::transportFromName(name), transport);
    QCOMPARE(Portolan::transportFromName(name.toLower()), transport);
    QVERIFY(allTransports().contains(transport));
}

void TestProtocol::transportFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("transport"); // -1: not a transport name

    QTest::newRow("lower") << u"tcp"_s << int(Transport::Tcp);
    QTest::newRow("mixed case") << u"Udp"_s << int(Transport::Udp);
    QTest::newRow("padded") << u"  sctp \t"_s << int(Transport::Sctp);
    QTest::newRow("icmpv6") << u"ICMPv6"_s << int(Transport::Icmp);
    QTest::newRow("ipv6-icmp") << u"ipv6-icmp"_s << int(Transport::Icmp);
    QTest::newRow("ip") << u"IP"_s << int(Transport::Any);
    QTest::newRow("all") << u"all"_s << int(Transport::Any);
    QTest::newRow("gre") << u"gre"_s << int(Transport::Gre);
    QTest::newRow("esp") << u"esp"_s << int(Transport::Esp);
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("application") << u"https"_s << -1;
    QTest::newRow("pair") << u"tcp/udp"_s << -1;
    QTest::newRow("prefix") << u"tc"_s << -1;
    QTest::newRow("longer") << u"tcpx"_s << -1;
}

void TestProtocol::transportFromName()
{
    QFETCH(QString, name);
    QFETCH(int, transport);

    const auto parsed = Portolan::transportFromName(name);
    QCOMPARE(parsed.has_value(), transport >= 0);
    if (parsed)
        QCOMPARE(int(*parsed), transport);
}

void TestProtocol::transportHasPorts()
{
    const QList<Transport> withPorts { Transport::Tcp, Transport::Udp, Transport::Sctp };
    const QList<Transport> all = allTransports();
    QCOMPARE(all.size(), 7);
    for (Transport t : all)
        QCOMPARE(Portolan::transportHasPorts(t), withPorts.contains(t));
}

void TestProtocol::interpret_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");

    // Bare transports.
    QTest::newRow("tcp") << u"tcp"_s << u"TCP||"_s;
    QTest::newRow("TCP") << u"TCP"_s << u"TCP||"_s;
    QTest::newRow("udp padded") << u" udp "_s << u"UDP||"_s;
    QTest::newRow("icmp") << u"ICMP"_s << u"ICMP||"_s;
    QTest::newRow("icmpv6") << u"icmpv6"_s << u"ICMP||"_s;
    QTest::newRow("ipv6-icmp") << u"IPv6-ICMP"_s << u"ICMP||"_s;
    QTest::newRow("sctp") << u"sctp"_s << u"SCTP||"_s;
    QTest::newRow("esp") << u"ESP"_s << u"ESP||"_s;
    QTest::newRow("gre") << u"GRE"_s << u"GRE||"_s;
    QTest::newRow("any") << u"any"_s << u"ANY||"_s;
    QTest::newRow("ip") << u"IP"_s << u"ANY||"_s;

    // Two transports, always TCP before UDP.
    QTest::newRow("TCP/UDP") << u"TCP/UDP"_s << u"TCP||; UDP||"_s;
    QTest::newRow("UDP/TCP") << u"UDP/TCP"_s << u"TCP||; UDP||"_s;
    QTest::newRow("tcp+udp") << u"tcp+udp"_s << u"TCP||; UDP||"_s;
    QTest::newRow("TCP & UDP") << u"TCP & UDP"_s << u"TCP||; UDP||"_s;
    QTest::newRow("TCP and UDP") << u"TCP and UDP"_s << u"TCP||; UDP||"_s;
    QTest::newRow("TCP / UDP") << u"TCP / UDP"_s << u"TCP||; UDP||"_s;
    QTest::newRow("tcp/tcp") << u"tcp/tcp"_s << u"TCP||"_s;

    // Applications alone.
    QTest::newRow("https") << u"https"_s << u"TCP|443|https"_s;
    QTest::newRow("HTTPS") << u"HTTPS"_s << u"TCP|443|https"_s;
    QTest::newRow("http") << u"http"_s << u"TCP|80|http"_s;
    QTest::newRow("ssh") << u"SSH"_s << u"TCP|22|ssh"_s;
    QTest::newRow("telnet") << u"telnet"_s << u"TCP|23|telnet"_s;
    QTest::newRow("ftp") << u"ftp"_s << u"TCP|21|ftp"_s;
    QTest::newRow("smtp") << u"SMTP"_s << u"TCP|25|smtp"_s;
    QTest::newRow("dns") << u"DNS"_s << u"UDP|53|dns"_s;
    QTest::newRow("ntp") << u"NTP"_s << u"UDP|123|ntp"_s;
    QTest::newRow("syslog") << u"Syslog"_s << u"UDP|514|syslog"_s;
    QTest::newRow("syslog-tls") << u"syslog-tls"_s << u"TCP|6514|syslog-tls"_s;
    QTest::newRow("syslog over tls") << u"Syslog over TLS"_s << u"TCP|6514|syslog-tls"_s;
    QTest::newRow("ldap") << u"LDAP"_s << u"TCP|389|ldap"_s;
    QTest::newRow("ldaps") << u"LDAPS"_s << u"TCP|636|ldaps"_s;
    QTest::newRow("snmp") << u"SNMP"_s << u"UDP|161|snmp"_s;
    QTest::newRow("snmptrap") << u"snmptrap"_s << u"UDP|162|snmptrap"_s;
    QTest::newRow("snmp-trap") << u"SNMP-Trap"_s << u"UDP|162|snmptrap"_s;
    QTest::newRow("snmp trap") << u"SNMP trap"_s << u"UDP|162|snmptrap"_s;
    QTest::newRow("dhcp") << u"DHCP"_s << u"UDP|67-68|dhcp"_s;
    QTest::newRow("tftp") << u"TFTP"_s << u"UDP|69|tftp"_s;
    QTest::newRow("kerberos") << u"Kerberos"_s << u"TCP|88|kerberos; UDP|88|kerberos"_s;
    QTest::newRow("rdp") << u"RDP"_s << u"TCP|3389|rdp"_s;
    QTest::newRow("iscsi") << u"iSCSI"_s << u"TCP|3260|iscsi"_s;
    QTest::newRow("nfs") << u"NFS"_s << u"TCP|2049|nfs"_s;
    QTest::newRow("bgp") << u"BGP"_s << u"TCP|179|bgp"_s;
    QTest::newRow("ipsec") << u"IPsec"_s << u"UDP|500,4500|ipsec; ESP||ipsec"_s;
    QTest::newRow("ike") << u"IKE"_s << u"UDP|500|ike"_s;
    QTest::newRow("radius") << u"RADIUS"_s << u"UDP|1812-1813|radius"_s;
    QTest::newRow("tacacs") << u"TACACS"_s << u"TCP|49|tacacs"_s;
    QTest::newRow("tacacs+") << u"TACACS+"_s << u"TCP|49|tacacs"_s;
    QTest::newRow("smb") << u"SMB"_s << u"TCP|445|smb"_s;
    QTest::newRow("mysql") << u"MySQL"_s << u"TCP|3306|mysql"_s;
    QTest::newRow("postgres") << u"postgres"_s << u"TCP|5432|postgresql"_s;
    QTest::newRow("postgresql") << u"PostgreSQL"_s << u"TCP|5432|postgresql"_s;
    QTest::newRow("rabbitmq") << u"RabbitMQ"_s << u"TCP|5672|amqp"_s;
    QTest::newRow("amqp") << u"AMQP"_s << u"TCP|5672|amqp"_s;
    QTest::newRow("amqps") << u"AMQPS"_s << u"TCP|5671|amqps"_s;
    QTest::newRow("kafka") << u"Kafka"_s << u"TCP|9092|kafka"_s;
    QTest::newRow("etcd") << u"etcd"_s << u"TCP|2379-2380|etcd"_s;
    QTest::newRow("kube-api") << u"kube-api"_s << u"TCP|6443|kube-api"_s;
    QTest::newRow("kubernetes-api") << u"Kubernetes API"_s << u"TCP|6443|kube-api"_s;
    QTest::newRow("websocket") << u"WebSocket"_s << u"TCP||websocket"_s;
    QTest::newRow("ws") << u"ws"_s << u"TCP||websocket"_s;
    QTest::newRow("wss") << u"WSS"_s << u"TCP|443|wss"_s;
    QTest::newRow("tls") << u"TLS"_s << u"TCP||tls"_s;
    QTest::newRow("rmi") << u"RMI"_s << u"TCP|1099|rmi"_s;
    QTest::newRow("grpc") << u"gRPC"_s << u"TCP||grpc"_s;
    QTest::newRow("vmotion") << u"vMotion"_s << u"TCP|8000|vmotion"_s;
    QTest::newRow("ping") << u"ping"_s << u"ICMP||ping"_s;
    QTest::newRow("echo") << u"Echo"_s << u"ICMP||ping"_s;

    // Applications with a transport before or after them.
    QTest::newRow("DNS-udp") << u"DNS-udp"_s << u"UDP|53|dns"_s;
    QTest::newRow("DNS-tcp") << u"DNS-tcp"_s << u"TCP|53|dns"_s;
    QTest::newRow("dns/tcp") << u"dns/tcp"_s << u"TCP|53|dns"_s;
    QTest::newRow("dns_tcp") << u"dns_tcp"_s << u"TCP|53|dns"_s;
    QTest::newRow("DNS over TCP") << u"DNS over TCP"_s << u"TCP|53|dns"_s;
    QTest::newRow("DNS TCP/UDP") << u"DNS TCP/UDP"_s << u"TCP|53|dns; UDP|53|dns"_s;
    QTest::newRow("syslog-tcp") << u"syslog-tcp"_s << u"TCP|514|syslog"_s;
    QTest::newRow("syslog/tcp") << u"Syslog/TCP"_s << u"TCP|514|syslog"_s;
    QTest::newRow("syslog-udp") << u"syslog-udp"_s << u"UDP|514|syslog"_s;
    QTest::newRow("tcp-tls") << u"tcp-tls"_s << u"TCP||tls"_s;
    QTest::newRow("TLS/TCP") << u"TLS/TCP"_s << u"TCP||tls"_s;
    QTest::newRow("RMI/TCP") << u"RMI/TCP"_s << u"TCP|1099|rmi"_s;
    QTest::newRow("kerberos/udp") << u"kerberos/udp"_s << u"UDP|88|kerberos"_s;
    QTest::newRow("ipsec/udp") << u"IPsec/UDP"_s << u"UDP|500,4500|ipsec"_s;
    QTest::newRow("https over udp") << u"HTTPS over UDP"_s << u"UDP|443|https"_s;
    QTest::newRow("ping/icmp") << u"ping/icmp"_s << u"ICMP||ping"_s;

    // Nothing known.
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << u"  "_s << QString();
    QTest::newRow("separators only") << u"/ - /"_s << QString();
    QTest::newRow("deny") << u"deny"_s << QString();
    QTest::newRow("foo") << u"foo"_s << QString();
    QTest::newRow("transport and nonsense") << u"tcp/foo"_s << QString();
    QTest::newRow("two applications") << u"http/ssh"_s << QString();
    QTest::newRow("port-less transport for app") << u"dns/icmp"_s << QString();
    QTest::newRow("ping over tcp") << u"ping/tcp"_s << QString();
    QTest::newRow("any beside tcp") << u"tcp/any"_s << QString();
    QTest::newRow("and alone") << u"tcp and"_s << QString();
    QTest::newRow("ports are not words") << u"443"_s << QString();
}

void TestProtocol::interpret()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    QCOMPARE(describe(interpretProtocol(word)), expected);
}

// Whatever the word, a guess never gives ports to a transport that has none.
void TestProtocol::interpretedPortsFitTransport()
{
    const QStringList words { u"ipsec"_s, u"ping"_s, u"icmp"_s, u"gre"_s, u"esp"_s,
                              u"any"_s,   u"dns"_s,  u"ike"_s,  u"tls"_s };
    for (const QString &word : words) {
        const QList<ServiceGuess> guesses = interpretProtocol(word);
        QVERIFY2(!guesses.isEmpty(), qPrintable(word));
        for (const ServiceGuess &g : guesses) {
            if (!Portolan::transportHasPorts(g.transport))
                QVERIFY2(g.defaultPorts.isEmpty(), qPrintable(word));
        }
    }
}

QTEST_APPLESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
