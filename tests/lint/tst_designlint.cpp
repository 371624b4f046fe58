// The design lint: each check on a small made-up project, the order of the
// findings, and the TKO reference design, whose sheet has exactly two data
// problems (DHCP over TCP, the repeated 31234 row).
#include "lint/designlint.h"
#include "lint/servicecatalogue.h"
#include "project/sample.h"
#include "project/snapshot.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Portolan;

using Severity = LintFinding::Severity;

class TestDesignLint : public QObject
{
    Q_OBJECT

private:
    std::optional<ServiceCatalogue> m_catalogue;
    std::unique_ptr<ProjectStore> m_store;
    Id m_product = 0;
    Id m_a = 0;
    Id m_b = 0;

    Id component(const QString &name)
    {
        Component component;
        component.name = name;
        const Id id = m_store->addComponent(component);
        if (id == 0)
            qWarning("addComponent failed: %s", qPrintable(m_store->errorString()));
        return id;
    }
    Id flow(Transport protocol, const QString &ports, Id product = -1, Id source = 0,
            Id destination = 0)
    {
        Flow flow;
        flow.productId = product < 0 ? m_product : product;
        flow.sourceId = source ? source : m_a;
        flow.destinationId = destination ? destination : m_b;
        flow.protocol = protocol;
        flow.ports = PortSet::parse(ports).value();
        const Id id = m_store->addFlow(flow);
        if (id == 0)
            qWarning("addFlow failed: %s", qPrintable(m_store->errorString()));
        return id;
    }
    QList<LintFinding> lint() const
    {
        return lintDesign(Testing::readSnapshot(*m_store), *m_catalogue);
    }
    static QStringList texts(const QList<LintFinding> &findings)
    {
        QStringList out;
        for (const LintFinding &finding : findings)
            out.append(lintSeverityName(finding.severity) + u": "_s + finding.message);
        return out;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_catalogue = ServiceCatalogue::bundled(&error);
        QVERIFY2(m_catalogue, qPrintable(error));
    }

    void init()
    {
        QString error;
        m_store = ProjectStore::createInMemory(&error);
        QVERIFY2(m_store, qPrintable(error));
        m_product = m_store->addProduct({ 0, u"Shop"_s, u"#336699"_s });
        QVERIFY(m_product);
        m_a = component(u"Web"_s);
        m_b = component(u"Infra"_s);
        QVERIFY(m_a && m_b);
    }

    void cleanDesignHasNoFindings()
    {
        flow(Transport::Udp, u"67,68"_s);
        flow(Transport::Tcp, u"514"_s); // syslog over TCP is common practice
        flow(Transport::Udp, u"389"_s); // CLDAP
        flow(Transport::Tcp, u"30000-32767"_s); // Kubernetes NodePort
        flow(Transport::Tcp, u"31000-31999"_s); // part of the NodePort range
        flow(Transport::Tcp, u"61000-62000"_s); // NodePortLocal
        // Inside the dynamic range; a wide range is no service whose
        // transport a flow could contradict.
        flow(Transport::Udp, u"61000-62000"_s);
        flow(Transport::Sctp, u"30000-32767"_s);
        flow(Transport::Tcp, u"1024"_s);
        flow(Transport::Tcp, u"2000-3023"_s); // exactly the limit
        flow(Transport::Icmp, QString());
        flow(Transport::Esp, QString());
        QCOMPARE(texts(lint()), QStringList());
    }

    void protocolContradictsCatalogue_data()
    {
        QTest::addColumn<Transport>("protocol");
        QTest::addColumn<QString>("ports");
        QTest::addColumn<QString>("message");
        QTest::newRow("dhcp over tcp")
            << Transport::Tcp << u"67 68"_s
            << u"“Web” → “Infra” TCP 67-68 (Shop) contradicts DHCP, which uses UDP on 67-68"_s;
        QTest::newRow("dhcp server over sctp")
            << Transport::Sctp << u"67"_s
            << u"“Web” → “Infra” SCTP 67 (Shop) contradicts DHCP server, which uses UDP on 67"_s;
        QTest::newRow("ssh over udp")
            << Transport::Udp << u"22"_s
            << u"“Web” → “Infra” UDP 22 (Shop) contradicts SSH, which uses TCP on 22"_s;
        QTest::newRow("ntp over tcp")
            << Transport::Tcp << u"123"_s
            << u"“Web” → “Infra” TCP 123 (Shop) contradicts NTP, which uses UDP on 123"_s;
        QTest::newRow("dns over sctp")
            << Transport::Sctp << u"53"_s
            << u"“Web” → “Infra” SCTP 53 (Shop) contradicts DNS, which uses TCP or UDP on 53"_s;
    }

    void protocolContradictsCatalogue()
    {
        QFETCH(Transport, protocol);
        QFETCH(QString, ports);
        QFETCH(QString, message);
        const Id id = flow(protocol, ports);
        const QList<LintFinding> findings = lint();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, Severity::Error);
        QCOMPARE(findings.first().message, message);
        QCOMPARE(findings.first().flows, QList<Id> { id });
        QCOMPARE(findings.first().components, (QList<Id> { m_a, m_b }));
    }

    void portsThatAreNotExactlyAServiceAreNotChecked()
    {
        flow(Transport::Tcp, u"67-69"_s); // not exactly DHCP's ports
        flow(Transport::Udp, u"31234"_s); // unknown port
        flow(Transport::Udp, u"443"_s); // HTTP/3
        QCOMPARE(texts(lint()), QStringList());
    }

    void duplicateFlows()
    {
        const Id other = component(u"Other"_s);
        const Id second = m_store->addProduct({ 0, u"Billing"_s, u"#aa0000"_s });
        QVERIFY(other && second);
        const Id first = flow(Transport::Tcp, u"31234"_s);
        flow(Transport::Udp, u"31234"_s); // other transport
        flow(Transport::Tcp, u"31234,31235"_s); // other ports
        flow(Transport::Tcp, u"31234"_s, second); // other product
        flow(Transport::Tcp, u"31234"_s, -1, m_b, m_a); // reversed
        flow(Transport::Tcp, u"31234"_s, -1, m_a, other); // other destination
        const Id repeat = flow(Transport::Tcp, u"31234"_s);
        const Id third = flow(Transport::Tcp, u"31234"_s);
        const QList<LintFinding> findings = lint();
        QCOMPARE(texts(findings),
                 QStringList { u"warning: “Web” → “Infra” TCP 31234 (Shop) is listed 3 times"_s });
        QCOMPARE(findings.first().flows, (QList<Id> { first, repeat, third }));
        QCOMPARE(findings.first().components, (QList<Id> { m_a, m_b }));
    }

    void duplicateFlowsWithoutProduct()
    {
        flow(Transport::Udp, u"5000"_s, 0);
        flow(Transport::Udp, u"5000"_s, 0);
        QCOMPARE(texts(lint()),
                 QStringList { u"warning: “Web” → “Infra” UDP 5000 is listed 2 times"_s });
    }

    void flowWithoutPorts_data()
    {
        QTest::addColumn<Transport>("protocol");
        QTest::newRow("tcp") << Transport::Tcp;
        QTest::newRow("udp") << Transport::Udp;
        QTest::newRow("sctp") << Transport::Sctp;
    }

    void flowWithoutPorts()
    {
        QFETCH(Transport, protocol);
        const Id id = flow(protocol, QString());
        const QList<LintFinding> findings = lint();
        const QString name = transportName(protocol);
        QCOMPARE(texts(findings),
                 QStringList { u"error: “Web” → “Infra” %1 (Shop) has no ports; a %1 flow needs "
                               u"the ports it opens"_s.arg(name) });
        QCOMPARE(findings.first().flows, QList<Id> { id });
    }

    void broadRanges()
    {
        flow(Transport::Tcp, u"1024-65535"_s);
        flow(Transport::Udp, u"2000-3024"_s); // one over the limit
        flow(Transport::Tcp, u"any"_s);
        flow(Transport::Udp, u"20000-21100"_s);
        flow(Transport::Tcp, u"30000-40000"_s); // beyond NodePort
        QCOMPARE(texts(lint()),
                 (QStringList {
                     u"warning: “Web” → “Infra” TCP 1-65535 (Shop) opens every port"_s,
                     u"warning: “Web” → “Infra” TCP 1024-65535 (Shop) opens 64512 ports; a "
                     u"range wider than 1024 ports is rarely what is meant"_s,
                     u"warning: “Web” → “Infra” TCP 30000-40000 (Shop) opens 10001 ports; a "
                     u"range wider than 1024 ports is rarely what is meant"_s,
                     u"warning: “Web” → “Infra” UDP 2000-3024 (Shop) opens 1025 ports; a "
                     u"range wider than 1024 ports is rarely what is meant"_s,
                     u"warning: “Web” → “Infra” UDP 20000-21100 (Shop) opens 1101 ports; a "
                     u"range wider than 1024 ports is rarely what is meant"_s,
                 }));
    }

    void anyAny()
    {
        const Id id = flow(Transport::Any, QString());
        const QList<LintFinding> findings = lint();
        QCOMPARE(texts(findings),
                 QStringList { u"warning: “Web” → “Infra” ANY (Shop) allows any protocol on "
                               u"any port"_s });
        QCOMPARE(findings.first().flows, QList<Id> { id });
    }

    void componentWithoutFlows()
    {
        const Id lonely = component(u"Lonely"_s);
        flow(Transport::Tcp, u"443"_s);
        const QList<LintFinding> findings = lint();
        QCOMPARE(texts(findings), QStringList { u"info: “Lonely” has no flows"_s });
        QCOMPARE(findings.first().components, QList<Id> { lonely });
        QVERIFY(findings.first().flows.isEmpty());
    }

    void selfFlowNamesTheComponentOnce()
    {
        flow(Transport::Tcp, QString(), -1, m_a, m_a);
        const QList<LintFinding> findings = lint();
        QCOMPARE(findings.size(), 2); // the error, and “Infra” unused
        QCOMPARE(findings.first().components, QList<Id> { m_a });
    }

    void sortedBySeverityThenMessage()
    {
        component(u"Zeta"_s);
        component(u"Alpha"_s);
        flow(Transport::Any, QString());
        flow(Transport::Tcp, QString(), -1, m_b, m_a);
        flow(Transport::Tcp, u"67,68"_s);
        flow(Transport::Udp, QString());
        const QStringList actual = texts(lint());
        QCOMPARE(actual,
                 (QStringList {
                     u"error: “Infra” → “Web” TCP (Shop) has no ports; a TCP flow needs the "
                     u"ports it opens"_s,
                     u"error: “Web” → “Infra” TCP 67-68 (Shop) contradicts DHCP, which uses UDP "
                     u"on 67-68"_s,
                     u"error: “Web” → “Infra” UDP (Shop) has no ports; a UDP flow needs the "
                     u"ports it opens"_s,
                     u"warning: “Web” → “Infra” ANY (Shop) allows any protocol on any port"_s,
                     u"info: “Alpha” has no flows"_s,
                     u"info: “Zeta” has no flows"_s,
                 }));
    }

    // The sheet's two data problems, and nothing else: syslog over TCP 514,
    // LDAP over UDP 389, NodePort 30000-32767 and NodePortLocal 61000-62000
    // are normal practice. Every component of the sample has flows, so there
    // are no info findings either.
    void tkoSample()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY2(store && loadSample(*store, u"tko"_s, &error), qPrintable(error));
        const ProjectSnapshot project = Testing::readSnapshot(*store);
        QVERIFY(project.flows.size() > 30);
        const QList<LintFinding> findings = lintDesign(project, *m_catalogue);
        QCOMPARE(texts(findings),
                 (QStringList {
                     u"error: “TKG Management and Workload Cluster CIDR” → “DHCP Server” TCP "
                     u"67-68 (Tanzu Kubernetes Grid) contradicts DHCP, which uses UDP on 67-68"_s,
                     u"warning: “TKG Workload Cluster CIDR” → “TKG Management Cluster CIDR” TCP "
                     u"31234 (Tanzu Kubernetes Grid) is listed 2 times"_s,
                 }));

        QCOMPARE(findings.at(0).flows.size(), 1);
        const Flow *dhcp = project.flow(findings.at(0).flows.first());
        QVERIFY(dhcp);
        QCOMPARE(project.componentName(dhcp->destinationId), u"DHCP Server"_s);
        QCOMPARE(findings.at(0).components,
                 (QList<Id> { std::min(dhcp->sourceId, dhcp->destinationId),
                              std::max(dhcp->sourceId, dhcp->destinationId) }));

        QCOMPARE(findings.at(1).flows.size(), 2);
        QStringList purposes;
        for (const Id id : findings.at(1).flows) {
            const Flow *repeated = project.flow(id);
            QVERIFY(repeated);
            QCOMPARE(repeated->ports.toString(), u"31234"_s);
            purposes.append(repeated->purpose);
        }
        QCOMPARE(purposes.size(), 2);
        QVERIFY(purposes.at(0) != purposes.at(1)); // two rows of the sheet, not one read twice
    }

    // Design and address findings come as one list, sorted as a whole.
    void lintProjectAddsAddressFindings()
    {
        flow(Transport::Tcp, u"67,68"_s);
        const Id environment = m_store->addEnvironment({ 0, u"Lab"_s });
        QVERIFY(environment);
        Address address;
        address.environmentId = environment;
        address.componentId = m_a;
        address.kind = u"ipv4"_s;
        address.value = u"10.0.0.5"_s;
        QVERIFY(m_store->addAddress(address));
        const ProjectSnapshot project = Testing::readSnapshot(*m_store);
        QCOMPARE(texts(lintProject(project, *m_catalogue, { environment })),
                 (QStringList {
                     u"error: “Web” → “Infra” TCP 67-68 (Shop) contradicts DHCP, which uses UDP "
                     u"on 67-68"_s,
                     u"warning: “Infra” is used by flows but has no address in Lab"_s,
                 }));
        QCOMPARE(texts(lintProject(project, *m_catalogue, {})),
                 texts(lintDesign(project, *m_catalogue)));
    }
};

QTEST_GUILESS_MAIN(TestDesignLint)
#include "tst_designlint.moc"
