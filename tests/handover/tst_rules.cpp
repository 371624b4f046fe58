// Firewall rules from the TKO sample with a Lab plan: one rule per flow with
// a stable id, endpoints resolved to Lab's addresses (unresolved ones
// marked, never dropped), consolidation by endpoints and protocol, the
// spreadsheet layout (golden CSV) and formula cells neutralised.
#include "handover/rules.h"
#include "handover/rulesheet.h"
#include "handover/rulesworkbook.h"
#include "io/sheet.h"
#include "io/xlsxwriter.h"
#include "project/sample.h"
#include "project/snapshot.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Portolan;
using namespace Qt::StringLiterals;

class TestRules : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectStore> m_store;
    Id m_lab = 0;

    Id component(const QString &name) const { return m_store->findComponent(name)->id; }
    void bind(const QString &name, const QString &value, const QString &kind = u"ipv4"_s)
    {
        QVERIFY(m_store->addAddress({ 0, m_lab, component(name), kind, value }));
    }
    ProjectSnapshot project() const { return Testing::readSnapshot(*m_store); }
    static const Rule *ruleBetween(const QList<Rule> &rules, const QString &source,
                                   const QString &destination, Transport protocol)
    {
        for (const Rule &rule : rules) {
            if (rule.source.name == source && rule.destination.name == destination
                && rule.protocol == protocol)
                return &rule;
        }
        return nullptr;
    }

private slots:
    void init()
    {
        QString error;
        m_store = ProjectStore::createInMemory(&error);
        QVERIFY2(m_store && loadSample(*m_store, u"tko"_s, &error), qPrintable(error));
        m_lab = m_store->addEnvironment({ 0, u"Lab"_s });
        bind(u"Avi Controller"_s, u"10.0.11.10"_s);
        bind(u"Avi Controller"_s, u"10.0.11.11"_s);
        bind(u"vCenter Server"_s, u"10.0.10.2"_s);
        bind(u"Syslog"_s, u"10.0.20.2"_s);
        bind(u"Tanzu Mission Control"_s, u"*.tmc.cloud.vmware.com"_s, u"wildcard-fqdn"_s);
    }

    void everyFlowIsARuleWithAStableId()
    {
        const ProjectSnapshot snapshot = project();
        const QList<Rule> rules = generateRules(snapshot, m_lab);
        QCOMPARE(rules.size(), snapshot.flows.size());
        for (int i = 0; i < rules.size(); ++i) {
            QCOMPARE(rules.at(i).flowIds, QList<Id> { snapshot.flows.at(i).id });
            QCOMPARE(rules.at(i).id, u"R%1"_s.arg(snapshot.flows.at(i).id, 4, 10, QChar(u'0')));
        }
        // The same flow keeps its id when others come and go.
        const QString vcenterRule
            = ruleBetween(rules, u"Avi Controller"_s, u"vCenter Server"_s, Transport::Tcp)->id;
        QVERIFY(m_store->removeFlow(snapshot.flows.first().id));
        const QList<Rule> after = generateRules(project(), m_lab);
        QCOMPARE(after.size(), rules.size() - 1);
        QCOMPARE(ruleBetween(after, u"Avi Controller"_s, u"vCenter Server"_s, Transport::Tcp)->id,
                 vcenterRule);
    }

    void endpointsResolveToTheEnvironmentsAddresses()
    {
        const QList<Rule> rules = generateRules(project(), m_lab);
        const Rule *toVCenter
            = ruleBetween(rules, u"Avi Controller"_s, u"vCenter Server"_s, Transport::Tcp);
        QVERIFY(toVCenter);
        QCOMPARE(toVCenter->source.addresses, (QStringList { u"10.0.11.10"_s, u"10.0.11.11"_s }));
        QCOMPARE(toVCenter->destination.addresses, QStringList { u"10.0.10.2"_s });
        QCOMPARE(toVCenter->source.zone, u"NSX Advanced Load Balancer"_s);
        QVERIFY(toVCenter->resolved());
        // Without an address: kept, marked.
        const Rule *toDns
            = ruleBetween(rules, u"Avi Controller"_s, u"Domain Name Server"_s, Transport::Udp);
        QVERIFY(toDns && !toDns->resolved() && toDns->source.resolved());
        // Another environment resolves nothing: still every rule.
        const Id prod = m_store->addEnvironment({ 0, u"Prod"_s });
        const QList<Rule> inProd = generateRules(project(), prod);
        QCOMPARE(inProd.size(), rules.size());
        QVERIFY(std::none_of(inProd.cbegin(), inProd.cend(),
                             [](const Rule &r) { return r.resolved(); }));
    }

    void consolidationUnitesPortsOfTheSameEndpointsAndProtocol()
    {
        const ProjectSnapshot snapshot = project();
        const QList<Rule> none = generateRules(snapshot, m_lab, Consolidation::None);
        const QList<Rule> ports = generateRules(snapshot, m_lab, Consolidation::Ports);
        QVERIFY(ports.size() < none.size());
        // Management Client → Avi Controller: TCP 22, 443 and 80 are three flows.
        QList<const Rule *> separate;
        for (const Rule &rule : none) {
            if (rule.source.name == u"Management Client"_s
                && rule.destination.name == u"Avi Controller"_s && rule.protocol == Transport::Tcp)
                separate.append(&rule);
        }
        QCOMPARE(separate.size(), 3);
        const Rule *merged
            = ruleBetween(ports, u"Management Client"_s, u"Avi Controller"_s, Transport::Tcp);
        QVERIFY(merged);
        QCOMPARE(merged->ports.toString(), u"22,80,443"_s);
        QCOMPARE(merged->flowIds.size(), 3);
        QCOMPARE(merged->id, separate.first()->id); // the first flow's id
        QCOMPARE(
            merged->purposes,
            (QStringList { u"Secure shell login"_s, u"NSX ALB UI/REST API"_s, u"NSX ALB UI"_s }));
        // Nothing is lost: every flow is in exactly one rule.
        int flows = 0;
        for (const Rule &rule : ports)
            flows += int(rule.flowIds.size());
        QCOMPARE(flows, int(snapshot.flows.size()));
        QCOMPARE(consolidationFromName(u" Ports "_s), std::optional(Consolidation::Ports));
        QVERIFY(!consolidationFromName(u"zones"_s));
    }

    void sheetMatchesTheGoldenFile()
    {
        const Sheet sheet = rulesSheet(generateRules(project(), m_lab), u"Lab"_s);
        QFile golden(QStringLiteral(PORTOLAN_TEST_DATA) + u"/handover/tko-lab-rules.csv"_s);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        const QByteArray actual = sheetCsv(sheet, false);
        if (actual != golden.readAll()) {
            QFile written(QDir::temp().filePath(u"tko-lab-rules.actual.csv"_s));
            if (written.open(QIODevice::WriteOnly))
                written.write(actual);
            QFAIL(qPrintable(u"differs from the golden file; see %1"_s.arg(written.fileName())));
        }
        QVERIFY(sheetCsv(sheet, true).startsWith("\xEF\xBB\xBFRule,Product,"));
    }

    void formulaCellsAreNeutralised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::newRow("hyperlink")
            << u"=HYPERLINK(\"http://x\",\"y\")"_s << u"'=HYPERLINK(\"http://x\",\"y\")"_s;
        QTest::newRow("at") << u"@SUM(A1:A9)"_s << u"'@SUM(A1:A9)"_s;
        QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
        QTest::newRow("minus") << u"-1+1"_s << u"'-1+1"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("carriage return") << u"\r=1"_s << u"'\r=1"_s;
        QTest::newRow("lone dash") << u"-"_s << u"-"_s;
        QTest::newRow("lone equals") << u"="_s << u"'="_s;
        QTest::newRow("lone plus") << u"+"_s << u"'+"_s;
        QTest::newRow("lone at") << u"@"_s << u"'@"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("range") << u"30000-32767"_s << u"30000-32767"_s;
        QTest::newRow("address range") << u"10.0.0.1-10.0.0.9"_s << u"10.0.0.1-10.0.0.9"_s;
        QTest::newRow("inner equals") << u"a=b"_s << u"a=b"_s;
    }

    void formulaCellsAreNeutralised()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(neutralisedCell(text), written);
    }

    void sheetNamesSuitExcel()
    {
        QCOMPARE(xlsxSheetName(u"Rules"_s, {}), u"Rules"_s);
        QCOMPARE(xlsxSheetName(u"a/b:c[d]*e?f\\g"_s, {}), u"a-b-c-d--e-f-g"_s);
        QCOMPARE(xlsxSheetName(u"'quoted'"_s, {}), u"quoted"_s);
        QCOMPARE(xlsxSheetName(u"  "_s, {}), u"Sheet"_s);
        const QString longName = u"NSX Advanced Load Balancer and Friends"_s;
        QCOMPARE(xlsxSheetName(longName, {}), longName.left(31));
        QCOMPARE(xlsxSheetName(u"rules"_s, { u"Rules"_s }), u"rules (2)"_s);
        const QString second = xlsxSheetName(longName, { longName.left(31) });
        QCOMPARE(second.size(), 31);
        QVERIFY(second.endsWith(u" (2)"_s));
    }

    void workbookHasRulesProductsPlanAndFindings()
    {
        LintFinding finding;
        finding.severity = LintFinding::Severity::Error;
        finding.message = u"something is wrong"_s;
        const QList<Sheet> sheets
            = rulesWorkbook(project(), m_lab, generateRules(project(), m_lab), { finding });
        QStringList names;
        for (const Sheet &sheet : sheets)
            names.append(sheet.name);
        QCOMPARE(names,
                 (QStringList { u"Rules"_s, u"NSX Advanced Load Balancer"_s,
                                u"Tanzu Kubernetes Grid"_s, u"Address plan"_s, u"Findings"_s }));
        QCOMPARE(sheets.at(1).rows.size() + sheets.at(2).rows.size(), sheets.at(0).rows.size());
        QCOMPARE(sheets.at(3).rows.first(),
                 (QStringList { u"vCenter Server"_s, u"10.0.10.2"_s, u"ipv4"_s,
                                u"vSphere infrastructure"_s })); // component order
        QCOMPARE(sheets.at(4).rows,
                 (QList<QStringList> { { u"error"_s, u"something is wrong"_s } }));
    }

    void namesAndPurposesCannotInjectFormulas()
    {
        Component evil = *m_store->component(component(u"Syslog"_s));
        evil.name = u"=HYPERLINK(\"http://evil\",\"x\")"_s;
        QVERIFY(m_store->updateComponent(evil));
        Flow flow = m_store->flows().first();
        flow.purpose = u"-1+1"_s;
        QVERIFY(m_store->updateFlow(flow));
        const QByteArray csv
            = sheetCsv(rulesSheet(generateRules(project(), m_lab), u"Lab"_s), false);
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""));
        QVERIFY(csv.contains(",'-1+1,"));
        QVERIFY(!csv.contains(",=HYPERLINK"));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
