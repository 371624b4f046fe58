// The catalogue of well-known services: the bundled one loads and knows
// common practice; malformed catalogues are refused with the line named.
#include "lint/servicecatalogue.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

class TestServiceCatalogue : public QObject
{
    Q_OBJECT

private:
    static PortSet ports(const QString &text) { return PortSet::parse(text).value(); }

private slots:
    void bundledLoads()
    {
        QString error;
        const auto catalogue = ServiceCatalogue::bundled(&error);
        QVERIFY2(catalogue, qPrintable(error));
        QVERIFY(catalogue->services().size() > 50);
        for (const KnownService &service : catalogue->services()) {
            QVERIFY2(!service.transports.isEmpty(), qPrintable(service.name));
            QVERIFY2(!service.ports.isEmpty(), qPrintable(service.name));
            QVERIFY2(!service.source.isEmpty(), qPrintable(service.name));
        }
    }

    void lookups_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("ports");
        QTest::addColumn<bool>("tcp");
        QTest::addColumn<bool>("udp");
        QTest::addColumn<bool>("wide");
        QTest::newRow("dhcp") << u"DHCP"_s << u"67-68"_s << false << true << false;
        QTest::newRow("dns") << u"dns"_s << u"53"_s << true << true << false;
        QTest::newRow("syslog") << u"Syslog"_s << u"514"_s << true << true << false;
        QTest::newRow("ldap") << u"LDAP"_s << u"389"_s << true << true << false;
        QTest::newRow("ldaps") << u"LDAPS"_s << u"636"_s << true << false << false;
        QTest::newRow("ntp") << u"NTP"_s << u"123"_s << false << true << false;
        QTest::newRow("kerberos") << u"Kerberos"_s << u"88"_s << true << true << false;
        QTest::newRow("kubernetes api")
            << u"Kubernetes API server"_s << u"6443"_s << true << false << false;
        QTest::newRow("nodeport") << u"Kubernetes NodePort services"_s << u"30000-32767"_s << true
                                  << true << true;
    }

    void lookups()
    {
        QFETCH(QString, name);
        QFETCH(QString, ports);
        QFETCH(bool, tcp);
        QFETCH(bool, udp);
        QFETCH(bool, wide);
        const auto catalogue = ServiceCatalogue::bundled();
        QVERIFY(catalogue);
        const KnownService *service = catalogue->service(name);
        QVERIFY(service);
        QCOMPARE(service->ports, TestServiceCatalogue::ports(ports));
        QCOMPARE(service->uses(Transport::Tcp), tcp);
        QCOMPARE(service->uses(Transport::Udp), udp);
        QCOMPARE(service->wideRange, wide);
        QVERIFY(catalogue->servicesOn(service->ports).size() >= 1);
    }

    void servicesOnMatchesExactly()
    {
        const auto catalogue = ServiceCatalogue::bundled();
        QVERIFY(catalogue);
        QStringList names;
        for (const KnownService &service : catalogue->servicesOn(ports(u"67,68"_s)))
            names.append(service.name);
        QCOMPARE(names, QStringList { u"DHCP"_s });
        QVERIFY(catalogue->servicesOn(ports(u"67,68,69"_s)).isEmpty());
        QVERIFY(catalogue->servicesOn(ports(u"31234"_s)).isEmpty());
        QVERIFY(catalogue->service(u"no such service"_s) == nullptr);
    }

    void wideRanges()
    {
        const auto catalogue = ServiceCatalogue::bundled();
        QVERIFY(catalogue);
        QVERIFY(catalogue->isNormalWideRange(Transport::Tcp, ports(u"30000-32767"_s)));
        QVERIFY(catalogue->isNormalWideRange(Transport::Tcp, ports(u"31000-32000"_s)));
        QVERIFY(catalogue->isNormalWideRange(Transport::Tcp, ports(u"61000-62000"_s)));
        QVERIFY(catalogue->isNormalWideRange(Transport::Udp, ports(u"49152-65535"_s)));
        QVERIFY(!catalogue->isNormalWideRange(Transport::Udp, ports(u"20000-21100"_s)));
        QVERIFY(!catalogue->isNormalWideRange(Transport::Tcp, ports(u"1024-65535"_s)));
        QVERIFY(!catalogue->isNormalWideRange(Transport::Tcp, PortSet::all()));
        // A service that is not marked wide never excuses a range.
        QVERIFY(!catalogue->isNormalWideRange(Transport::Tcp, ports(u"443"_s)));
    }

    void parsesCommentsAndQuotes()
    {
        QString error;
        const auto catalogue = ServiceCatalogue::parse(
            u"# comment, with a comma\nname,transports,ports,wide,source\n"
            u"\n# another\nDNS, tcp  UDP ,53,,\"RFC 1035, RFC 7766\"\n"
            u"NodePort,tcp,30000-32767,YES,Kubernetes\n"_s,
            &error);
        QVERIFY2(catalogue, qPrintable(error));
        QCOMPARE(catalogue->services().size(), 2);
        const KnownService &dns = catalogue->services().at(0);
        QCOMPARE(dns.name, u"DNS"_s);
        QCOMPARE(dns.transports, (QList<Transport> { Transport::Tcp, Transport::Udp }));
        QCOMPARE(dns.source, u"RFC 1035, RFC 7766"_s);
        QVERIFY(!dns.wideRange);
        QVERIFY(catalogue->services().at(1).wideRange);
    }

    void refusesBadCatalogues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        const QString header = u"name,transports,ports,wide,source\n"_s;
        QTest::newRow("empty") << QString()
                               << u"service catalogue line 1: the catalogue is empty"_s;
        QTest::newRow("header") << u"name,ports\nDNS,53\n"_s
                                << u"service catalogue line 1: the header must be "
                                   u"\"name,transports,ports,wide,source\""_s;
        QTest::newRow("fields") << header + u"DNS,udp,53\n"_s
                                << u"service catalogue line 2: expected 5 fields but found 3"_s;
        QTest::newRow("no name") << header + u" ,udp,53,,x\n"_s
                                 << u"service catalogue line 2: the service has no name"_s;
        QTest::newRow("transport") << header + u"Ping,icmp,7,,x\n"_s
                                   << u"service catalogue line 2: \"icmp\" is not a transport "
                                      u"with ports (tcp, udp, sctp)"_s;
        QTest::newRow("no transport")
            << header + u"DNS,,53,,x\n"_s << u"service catalogue line 2: “DNS” has no transport"_s;
        QTest::newRow("port") << header + u"DNS,udp,70000,,x\n"_s
                              << u"service catalogue line 2: port 70000 is out of range 1-65535"_s;
        QTest::newRow("no ports") << header + u"DNS,udp,,,x\n"_s
                                  << u"service catalogue line 2: “DNS” has no ports"_s;
        QTest::newRow("wide") << header + u"DNS,udp,53,maybe,x\n"_s
                              << u"service catalogue line 2: the wide column holds \"maybe\"; it "
                                 u"must be \"yes\" or empty"_s;
    }

    void refusesBadCatalogues()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString actual;
        QVERIFY(!ServiceCatalogue::parse(text, &actual));
        QCOMPARE(actual, error);
    }

    void missingFile()
    {
        QString error;
        QVERIFY(!ServiceCatalogue::load(u"/nonexistent/services.csv"_s, &error));
        QVERIFY2(error.startsWith(u"cannot read the service catalogue /nonexistent/services.csv"_s),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestServiceCatalogue)
#include "tst_servicecatalogue.moc"
