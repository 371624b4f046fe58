// flowsLabel: the compact services text of an edge, and how a long one
// goes onto two lines.

#include "diagram/diagram.h"
#include "diagram/diagramstyle.h"
#include "diagram/flowslabel.h"

#include <QFontMetricsF>
#include <QTest>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

// "TCP 443" → a flow; "ICMP" → a port-less flow.
Flow flow(const QString &service)
{
    const QStringList parts = service.split(u' ');
    Flow f;
    f.protocol = transportFromName(parts.first()).value();
    if (parts.size() > 1)
        f.ports = PortSet::parse(parts.at(1)).value();
    return f;
}

} // namespace

class TestFlowsLabel : public QObject
{
    Q_OBJECT

private slots:
    void label_data()
    {
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one") << QStringList { u"TCP 443"_s } << u"TCP 443"_s;
        QTest::newRow("ports of one protocol")
            << QStringList { u"TCP 6443"_s, u"TCP 443"_s } << u"TCP 443, 6443"_s;
        QTest::newRow("protocols in order")
            << QStringList { u"UDP 53"_s, u"TCP 6443"_s, u"TCP 443"_s }
            << u"TCP 443, 6443 · UDP 53"_s;
        QTest::newRow("duplicates once")
            << QStringList { u"TCP 443"_s, u"TCP 443"_s } << u"TCP 443"_s;
        QTest::newRow("adjacent ports merge")
            << QStringList { u"TCP 67"_s, u"TCP 68"_s } << u"TCP 67-68"_s;
        QTest::newRow("range") << QStringList { u"TCP 30000-32767"_s } << u"TCP 30000-32767"_s;
        QTest::newRow("range swallows port")
            << QStringList { u"TCP 30000-32767"_s, u"TCP 31234"_s } << u"TCP 30000-32767"_s;
        QTest::newRow("port-less protocols")
            << QStringList { u"ICMP"_s, u"TCP 22"_s, u"ESP"_s } << u"TCP 22 · ICMP · ESP"_s;
        QTest::newRow("sctp after udp")
            << QStringList { u"SCTP 38412"_s, u"UDP 2152"_s } << u"UDP 2152 · SCTP 38412"_s;
        QTest::newRow("any last") << QStringList { u"ANY"_s, u"GRE"_s } << u"GRE · ANY"_s;
        QTest::newRow("tcp without ports") << QStringList { u"TCP"_s } << u"TCP"_s;
        QTest::newRow("every port") << QStringList { u"TCP 1-65535"_s } << u"TCP any"_s;
        QTest::newRow("none") << QStringList {} << QString();
    }

    void label()
    {
        QFETCH(QStringList, services);
        QFETCH(QString, expected);
        QList<Flow> flows;
        for (const QString &service : services)
            flows << flow(service);
        QCOMPARE(flowsLabel(flows), expected);
    }

    void shortLabelStaysOnOneLine()
    {
        QCOMPARE(wrapFlowsLabel(u"TCP 443, 6443 · UDP 53"_s, DiagramStyle::labelMaxWidth),
                 u"TCP 443, 6443 · UDP 53"_s);
    }

    void wrap_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expected");
        QTest::newRow("between protocols") << u"TCP 22, 80, 443, 8443 · UDP 53, 123, 514"_s
                                           << u"TCP 22, 80, 443, 8443\nUDP 53, 123, 514"_s;
        QTest::newRow("between ports") << u"TCP 22, 80, 443, 8443, 9443, 30000-32767"_s
                                       << u"TCP 22, 80, 443, 8443,\n9443, 30000-32767"_s;
    }

    void wrap()
    {
        QFETCH(QString, label);
        QFETCH(QString, expected);
        const qreal width = 150;
        const QFontMetricsF metrics(DiagramStyle::labelFont());
        QVERIFY2(metrics.horizontalAdvance(label) > width, "the case must need wrapping");
        const QString wrapped = wrapFlowsLabel(label, width);
        QCOMPARE(wrapped, expected);
        for (const QString &line : wrapped.split(u'\n'))
            QVERIFY2(metrics.horizontalAdvance(line) <= width, qPrintable(line));
    }

    void wrappedLabelKeepsEveryPort()
    {
        QList<Flow> flows;
        for (const int port : { 22, 80, 443, 2049, 3260, 5432, 6443, 8080, 8443, 9000, 9443 })
            flows << flow(u"TCP %1"_s.arg(port));
        flows << flow(u"UDP 53"_s) << flow(u"UDP 123"_s);
        const QString wrapped = wrapFlowsLabel(flowsLabel(flows), DiagramStyle::labelMaxWidth);
        QCOMPARE(wrapped.count(u'\n'), 1);
        for (const QString &port : { u"22"_s, u"2049"_s, u"9443"_s, u"53"_s, u"123"_s })
            QVERIFY2(wrapped.contains(port), qPrintable(wrapped));
    }

    void hopelessLabelIsElided()
    {
        QList<Flow> flows;
        for (int port = 1000; port < 1400; port += 2)
            flows << flow(u"TCP %1"_s.arg(port));
        const QString wrapped = wrapFlowsLabel(flowsLabel(flows), 150);
        const QFontMetricsF metrics(DiagramStyle::labelFont());
        for (const QString &line : wrapped.split(u'\n'))
            QVERIFY(metrics.horizontalAdvance(line) <= 300);
        QVERIFY(wrapped.contains(u'…'));
    }
};

QTEST_MAIN(TestFlowsLabel)
#include "tst_flowslabel.moc"
