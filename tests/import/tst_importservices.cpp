// Reading protocols and ports as vendors write them: a combined cell, or a
// Protocol column beside a Ports column.

#include "import/services.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;
using namespace Portolan::ImportDetail;

namespace {

// "TCP 443; UDP 53", "ICMP", or "error: …"
QString describe(const ServiceLine &line)
{
    if (!line.error.isEmpty())
        return u"error: "_s + line.error;
    QStringList entries;
    for (const ServiceEntry &entry : line.entries) {
        QString text = transportName(entry.transport);
        if (!entry.ports.isEmpty())
            text += u' ' + entry.ports.toString();
        entries.append(text);
    }
    return entries.join(u"; "_s);
}

} // namespace

class TestImportServices : public QObject
{
    Q_OBJECT

private slots:
    void combined_data();
    void combined();
    void columns_data();
    void columns();
    void merge();
};

void TestImportServices::combined_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("notes");
    QTest::addColumn<QStringList>("warnings");
    const auto row = [](const char *name, const QString &text, const QString &expected,
                        const QStringList &notes = {}, const QStringList &warnings = {}) {
        QTest::newRow(name) << text << expected << notes << warnings;
    };
    row("TCP:443", u"TCP:443"_s, u"TCP 443"_s);
    row("TCP 443", u"TCP 443"_s, u"TCP 443"_s);
    row("tcp/443", u"tcp/443"_s, u"TCP 443"_s);
    row("443/TCP", u"443/TCP"_s, u"TCP 443"_s);
    row("443 TCP", u"443 TCP"_s, u"TCP 443"_s);
    row("SSH:22", u"SSH:22"_s, u"TCP 22"_s);
    row("UDP: 67, 68", u"UDP: 67, 68"_s, u"UDP 67-68"_s);
    row("TCP/UDP: 389/636", u"TCP/UDP: 389/636"_s, u"TCP 389,636; UDP 389,636"_s);
    row("UDP/TCP 53", u"UDP/TCP 53"_s, u"TCP 53; UDP 53"_s);
    row("TCP & UDP 53", u"TCP & UDP 53"_s, u"TCP 53; UDP 53"_s);
    row("https", u"https"_s, u"TCP 443"_s);
    row("https(443)", u"https(443)"_s, u"TCP 443"_s);
    row("HTTPS (8443)", u"HTTPS (8443)"_s, u"TCP 8443"_s);
    row("ssh", u"ssh"_s, u"TCP 22"_s);
    row("DNS", u"DNS"_s, u"UDP 53"_s);
    row("DNS-udp", u"DNS-udp"_s, u"UDP 53"_s);
    row("DNS-tcp", u"DNS-tcp"_s, u"TCP 53"_s);
    row("tcp-tls 8443", u"tcp-tls 8443"_s, u"TCP 8443"_s);
    row("WebSocket 443", u"WebSocket 443"_s, u"TCP 443"_s);
    row("RMI/TCP", u"RMI/TCP"_s, u"TCP 1099"_s);
    row("en dash range", u"TCP 30000\u201332767"_s, u"TCP 30000-32767"_s);
    row("spaced dash range", u"TCP 30000 - 32767"_s, u"TCP 30000-32767"_s);
    row("range with to", u"UDP 1000 to 1010"_s, u"UDP 1000-1010"_s);
    row("default in parentheses", u"TCP 61000-62000(default)"_s, u"TCP 61000-62000"_s,
        { u"default"_s });
    row("text after the port in parentheses", u"TCP:443 (*.example.com)"_s, u"TCP 443"_s,
        { u"*.example.com"_s });
    row("text after the port", u"TCP:443 for the UI"_s, u"TCP 443"_s, { u"for the UI"_s });
    row("text after the port, dash", u"TCP 443 - vCenter UI (optional)"_s, u"TCP 443"_s,
        { u"vCenter UI (optional)"_s });
    row("two segments", u"TCP:443, UDP:53"_s, u"TCP 443; UDP 53"_s);
    row("two applications", u"https, ssh"_s, u"TCP 22,443"_s);
    row("two applications with a slash", u"HTTP/HTTPS"_s, u"TCP 80,443"_s);
    row("HTTP/S", u"HTTP/S"_s, u"TCP 80,443"_s);
    row("known and unknown between slashes", u"HTTPS/mTLS"_s, u"TCP 443"_s, {},
        { u"\"mTLS\" is not a protocol; \"HTTPS/mTLS\" read as HTTPS"_s });
    row("only unknown between slashes", u"foo/bar"_s,
        u"error: \"foo/bar\" is not a protocol or port"_s);
    row("port and transports", u"8053/UDP+TCP, 8080/TCP"_s, u"TCP 8053,8080; UDP 8053"_s);
    row("applications and their ports", u"HTTPS (443), SSH (22)"_s, u"TCP 22,443"_s);
    row("two transports in one protocol cell", u"TCP, UDP 53"_s, u"TCP 53; UDP 53"_s);
    row("segments with a slash", u"UDP 161-162 / TCP 22"_s, u"UDP 161-162; TCP 22"_s);
    row("port words", u"TCP port 8080"_s, u"TCP 8080"_s);
    row("and between ports", u"TCP 80 and 443"_s, u"TCP 80,443"_s);
    row("tcp any", u"tcp any"_s, u"TCP 1-65535"_s);
    row("any", u"any"_s, u"ANY"_s);
    row("any any", u"any any"_s, u"ANY"_s);
    row("ICMP", u"ICMP"_s, u"ICMP"_s);
    row("ping", u"ping"_s, u"ICMP"_s);
    row("ESP", u"ESP"_s, u"ESP"_s);
    row("ICMP with a number", u"ICMP 8"_s, u"ICMP"_s, {},
        { u"port 8 does not apply to ICMP; ignored"_s });
    row("bare port", u"8443"_s, u"TCP 8443"_s, {},
        { u"no protocol given for port 8443; read as TCP"_s });
    row("bare transport", u"UDP"_s, u"UDP"_s);
    row("N/A", u"N/A"_s, QString());
    row("trailing dot", u"TCP 443."_s, u"TCP 443"_s);
    row("deny", u"deny"_s, u"error: \"deny\" is not a protocol or port"_s);
    row("carrier pigeon", u"carrier pigeon"_s, u"error: \"carrier\" is not a protocol or port"_s);
    row("port out of range", u"TCP:70000"_s, u"error: port 70000 is out of range 1-65535"_s);
    row("range backwards", u"TCP 5-3"_s, u"error: range 5-3 runs backwards"_s);
    row("unclosed parenthesis", u"TCP 443 (see"_s, u"TCP 443"_s, { u"see"_s });
}

void TestImportServices::combined()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QStringList, notes);
    QFETCH(QStringList, warnings);
    const ServiceLine line = readCombinedService(text);
    QCOMPARE(describe(line), expected);
    if (line.error.isEmpty()) {
        QCOMPARE(line.notes, notes);
        QCOMPARE(line.warnings, warnings);
    }
}

void TestImportServices::columns_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("ports");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("notes");
    QTest::addColumn<QStringList>("warnings");
    const auto row = [](const char *name, const QString &protocol, const QString &ports,
                        const QString &expected, const QStringList &notes = {},
                        const QStringList &warnings = {}) {
        QTest::newRow(name) << protocol << ports << expected << notes << warnings;
    };
    row("plain", u"TCP"_s, u"443"_s, u"TCP 443"_s);
    row("list", u"tcp"_s, u"80, 443"_s, u"TCP 80,443"_s);
    row("slash list", u"TCP"_s, u"389/636"_s, u"TCP 389,636"_s);
    row("TCP/UDP", u"TCP/UDP"_s, u"53"_s, u"TCP 53; UDP 53"_s);
    row("application in protocol column", u"HTTPS"_s, u"8443"_s, u"TCP 8443"_s);
    row("application, no port", u"HTTPS"_s, QString(), u"TCP 443"_s);
    row("DNS-udp", u"DNS-udp"_s, u"53"_s, u"UDP 53"_s);
    row("ports naming transports", QString(), u"42000-42001/UDP"_s, u"UDP 42000-42001"_s);
    row("unknown beside a protocol", u"gRPC/mTLS"_s, u"8443"_s, u"TCP 8443"_s, {},
        { u"\"mTLS\" is not a protocol; \"gRPC/mTLS\" read as gRPC"_s });
    row("tcp-tls", u"tcp-tls"_s, u"8443"_s, u"TCP 8443"_s);
    row("WebSocket", u"WebSocket"_s, u"443"_s, u"TCP 443"_s);
    row("RMI/TCP", u"RMI/TCP"_s, u"1099"_s, u"TCP 1099"_s);
    row("en dash", u"TCP"_s, u"30000\u201332767"_s, u"TCP 30000-32767"_s);
    row("default", u"TCP"_s, u"61000-62000(default)"_s, u"TCP 61000-62000"_s, { u"default"_s });
    row("ports naming the application", u"TCP"_s, u"443 (HTTPS)"_s, u"TCP 443"_s);
    row("only the ports naming the application", QString(), u"443 (HTTPS)"_s, u"TCP 443"_s);
    row("only an application in the ports", QString(), u"SSH"_s, u"TCP 22"_s);
    row("transports in parentheses", QString(), u"443 (TCP), 53 (UDP)"_s, u"TCP 443; UDP 53"_s);
    row("applications in parentheses", QString(), u"443 (HTTPS), 22 (SSH)"_s, u"TCP 22,443"_s);
    row("protocol column over parentheses", u"TCP"_s, u"443 (TCP), 53 (UDP)"_s, u"TCP 53,443"_s);
    row("protocol column wins", u"UDP"_s, u"53 (DNS)"_s, u"UDP 53"_s);
    row("ICMP, N/A", u"ICMP"_s, u"N/A"_s, u"ICMP"_s);
    row("ICMP, dash", u"ICMP"_s, u"-"_s, u"ICMP"_s);
    row("ICMP, empty", u"ICMP"_s, QString(), u"ICMP"_s);
    row("ANY, any", u"ANY"_s, u"any"_s, u"ANY"_s);
    row("any ports", u"TCP"_s, u"any"_s, u"TCP 1-65535"_s);
    row("all ports", u"UDP"_s, u"All"_s, u"UDP 1-65535"_s);
    row("full range", u"TCP"_s, u"1-65535"_s, u"TCP 1-65535"_s);
    row("no protocol", QString(), u"443"_s, u"TCP 443"_s, {},
        { u"no protocol given for port 443; read as TCP"_s });
    row("no port", u"TCP"_s, u"N/A"_s, u"TCP"_s);
    row("nothing", QString(), QString(), QString());
    row("bad port", u"TCP"_s, u"http"_s, u"TCP 80"_s);
    row("unreadable ports", u"TCP"_s, u"see below"_s,
        u"error: \"see\" is not a protocol or port"_s);
    row("unreadable protocol", u"carrier"_s, u"443"_s,
        u"error: \"carrier\" is not a protocol or port"_s);
    row("text after the ports", u"TCP"_s, u"443 for the UI"_s, u"TCP 443"_s, { u"for the UI"_s });
}

void TestImportServices::columns()
{
    QFETCH(QString, protocol);
    QFETCH(QString, ports);
    QFETCH(QString, expected);
    QFETCH(QStringList, notes);
    QFETCH(QStringList, warnings);
    const ServiceLine line = readService(protocol, ports);
    QCOMPARE(describe(line), expected);
    if (line.error.isEmpty()) {
        QCOMPARE(line.notes, notes);
        QCOMPARE(line.warnings, warnings);
    }
}

void TestImportServices::merge()
{
    QList<ServiceEntry> entries;
    mergeEntries(entries, { { Transport::Tcp, PortSet::single(67) } });
    mergeEntries(
        entries,
        { { Transport::Udp, PortSet::single(53) }, { Transport::Tcp, PortSet::single(68) } });
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].transport, Transport::Tcp);
    QCOMPARE(entries[0].ports.toString(), u"67-68"_s);
    QCOMPARE(entries[1].transport, Transport::Udp);
    QCOMPARE(entries[1].ports.toString(), u"53"_s);
}

QTEST_APPLESS_MAIN(TestImportServices)
#include "tst_importservices.moc"
