// What the handover pack says for the TKO sample with the full Lab plan of
// tests/data/handover: every rule resolved and grouped under its product,
// the address plan and prefixes, the two known data problems among the
// findings, a fingerprint that follows the design and nothing else, and the
// revision, author and date of the title block.
#include "addressing/addressplan.h"
#include "handover/handoverpack.h"
#include "lint/servicecatalogue.h"
#include "project/sample.h"
#include "project/snapshot.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QFile>
#include <QTest>

using namespace Portolan;
using namespace Qt::StringLiterals;

class TestHandoverPack : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectStore> m_store;
    Id m_lab = 0;

    HandoverPack pack(const HandoverOptions &options = {},
                      Consolidation consolidation = Consolidation::None) const
    {
        const ProjectSnapshot project = Testing::readSnapshot(*m_store);
        const auto catalogue = ServiceCatalogue::bundled();
        HandoverOptions chosen = options;
        chosen.consolidation = consolidation;
        return handoverPack(project, m_lab, generateRules(project, m_lab, consolidation),
                            lintProject(project, *catalogue, { m_lab }), chosen);
    }
    static QString field(const QList<PackField> &fields, const QString &label)
    {
        for (const PackField &f : fields) {
            if (f.label == label)
                return f.value;
        }
        return u"(missing)"_s;
    }

private slots:
    void init()
    {
        QString error;
        m_store = ProjectStore::createInMemory(&error);
        QVERIFY2(m_store && loadSample(*m_store, u"tko"_s, &error), qPrintable(error));
        m_lab = ensureEnvironment(*m_store, u"Lab"_s, &error);
        QVERIFY(m_lab);
        const struct
        {
            const char *zone, *cidr;
            int vlan;
            const char *gateway;
        } prefixes[] = {
            { "Admin clients", "10.0.1.0/24", 101, "10.0.1.1" },
            { "vSphere infrastructure", "10.0.10.0/24", 110, "10.0.10.1" },
            { "NSX Advanced Load Balancer", "10.0.11.0/24", 111, "10.0.11.1" },
            { "Tanzu Kubernetes Grid", "10.0.12.0/22", 112, "10.0.12.1" },
            { "Shared services", "10.0.20.0/24", 120, "10.0.20.1" },
        };
        for (const auto &p : prefixes)
            QVERIFY2(setZonePrefix(
                         *m_store, m_lab, m_store->findZone(QString::fromUtf8(p.zone))->id,
                         QString::fromUtf8(p.cidr), p.vlan, QString::fromUtf8(p.gateway), &error),
                     qPrintable(error));
        QFile plan(QStringLiteral(PORTOLAN_TEST_DATA "/handover/tko-lab-plan.csv"));
        QVERIFY(plan.open(QIODevice::ReadOnly));
        QStringList messages;
        QVERIFY2(loadPlan(*m_store, m_lab, QString::fromUtf8(plan.readAll()), &messages, &error),
                 qPrintable(error));
    }

    void everyRuleIsResolvedAndGroupedByProduct()
    {
        const HandoverPack p = pack();
        QCOMPARE(p.environment, u"Lab"_s);
        QCOMPARE(p.rules.rows.size(), 33);
        QCOMPARE(p.rules.groups.size(), 33);
        QCOMPARE(p.rules.tones.count(PackTable::Tone::Plain), 33);
        QCOMPARE(p.rules.intro,
                 u"33 rule(s); every source and destination has an address in Lab."_s);
        QCOMPARE(p.rules.columns.size(), 5);
        for (const QStringList &row : p.rules.rows)
            QCOMPARE(row.size(), p.rules.columns.size());
        QCOMPARE(p.rules.groups.first(), u"NSX Advanced Load Balancer"_s);
        QCOMPARE(p.rules.groups.last(), u"Tanzu Kubernetes Grid"_s);
        // An endpoint: its name (the cell's heading), addresses, zone.
        QCOMPARE(p.rules.rows.first().at(1),
                 u"Avi Controller\n10.0.11.10\n10.0.11.11\nzone NSX Advanced Load Balancer"_s);
        QCOMPARE(p.rules.rows.first().at(3), u"TCP 514"_s);
        QVERIFY(p.rules.columns.at(1).headedCells);
        QCOMPARE(field(p.summary, u"Rules"_s), u"33, all resolved"_s);
        QCOMPARE(field(p.summary, u"Addressed components"_s), u"26 of 26"_s);
    }

    void unresolvedEndpointsAreMarkedNotDropped()
    {
        const Id vcenter = m_store->findComponent(u"vCenter Server"_s)->id;
        for (const Address &address : Testing::readSnapshot(*m_store).addressesOf(vcenter, m_lab))
            QVERIFY(m_store->removeAddress(address.id));
        const HandoverPack p = pack();
        QCOMPARE(p.rules.rows.size(), 33);
        const qsizetype unresolved = p.rules.tones.count(PackTable::Tone::Warning);
        QVERIFY(unresolved > 0);
        int marked = 0;
        for (const QStringList &row : p.rules.rows)
            marked += row.join(u'|').contains(u"vCenter Server\n(no address in Lab)"_s);
        QCOMPARE(marked, unresolved);
        QVERIFY(
            p.rules.intro.contains(u"%1 have an endpoint without an address"_s.arg(unresolved)));
        QVERIFY(p.addresses.intro.contains(u"Without one: vCenter Server."_s));
    }

    void addressPlanPrefixesAndFindings()
    {
        const HandoverPack p = pack();
        QCOMPARE(p.addresses.rows.size(), 26);
        QCOMPARE(p.addresses.rows.at(5),
                 (QStringList { u"Avi Controller"_s, u"appliance"_s,
                                u"NSX Advanced Load Balancer"_s, u"10.0.11.10\n10.0.11.11"_s }));
        QCOMPARE(p.prefixes.rows.size(), 5);
        QCOMPARE(p.prefixes.rows.first(),
                 (QStringList { u"Admin clients"_s, u"10.0.1.0/24"_s, u"101"_s, u"10.0.1.1"_s,
                                QString() }));
        // The sample's two known data problems, and nothing else.
        QCOMPARE(p.findings.rows.size(), 2);
        QCOMPARE(p.findings.rows.at(0).at(0), u"error"_s);
        QVERIFY(p.findings.rows.at(0).at(1).contains(u"DHCP"_s));
        QCOMPARE(p.findings.tones.at(0), PackTable::Tone::Error);
        QCOMPARE(p.findings.rows.at(1).at(0), u"warning"_s);
        QVERIFY(p.findings.rows.at(1).at(1).contains(u"31234"_s));
        QCOMPARE(p.findings.tones.at(1), PackTable::Tone::Warning);
        QCOMPARE(field(p.summary, u"Findings"_s), u"1 error(s), 1 warning(s), 0 info"_s);
        QCOMPARE(p.signOffRoles.size(), 3);
    }

    void consolidationMergesRulesAndSaysSo()
    {
        const HandoverPack merged = pack({}, Consolidation::Ports);
        QVERIFY(merged.rules.rows.size() < 33);
        QVERIFY(field(merged.summary, u"Consolidation"_s).startsWith(u"ports"_s));
        QVERIFY(field(pack().summary, u"Consolidation"_s).startsWith(u"none"_s));
    }

    void fingerprintFollowsTheDesignOnly()
    {
        const HandoverPack first = pack();
        QVERIFY(QRegularExpression(u"^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$"_s)
                    .match(first.fingerprint)
                    .hasMatch());
        // Without a revision the fingerprint stands in.
        QCOMPARE(first.revision, first.fingerprint);
        HandoverOptions options;
        options.revision = u"  2.1 "_s;
        options.author = u"Ada Lovelace"_s;
        options.date = QDate(2026, 3, 4);
        const HandoverPack titled = pack(options);
        QCOMPARE(titled.revision, u"2.1"_s);
        QCOMPARE(titled.author, u"Ada Lovelace"_s);
        QCOMPARE(titled.date, QDate(2026, 3, 4));
        QCOMPARE(titled.fingerprint, first.fingerprint); // the title block is not content

        QString error;
        QVERIFY(assignAddress(*m_store, m_lab, m_store->findComponent(u"Harbor"_s)->id,
                              u"10.0.20.40"_s, &error));
        QVERIFY(pack().fingerprint != first.fingerprint);
    }

    void dateComesFromSourceDateEpoch()
    {
        qputenv("SOURCE_DATE_EPOCH", "1772582400"); // 2026-03-04 00:00 UTC
        QCOMPARE(handoverDate(), QDate(2026, 3, 4));
        QCOMPARE(pack().date, QDate(2026, 3, 4));
        qputenv("SOURCE_DATE_EPOCH", "not a number");
        QCOMPARE(handoverDate(), QDate::currentDate());
        qunsetenv("SOURCE_DATE_EPOCH");
        QCOMPARE(handoverDate(), QDate::currentDate());
    }

    void emptyEnvironmentSaysSo()
    {
        QString error;
        m_lab = ensureEnvironment(*m_store, u"Prod"_s, &error);
        const HandoverPack p = pack();
        QCOMPARE(p.addresses.rows.size(), 0);
        QCOMPARE(p.addresses.emptyText, u"No component has an address in Prod yet."_s);
        QCOMPARE(p.prefixes.rows.size(), 0);
        QCOMPARE(p.rules.tones.count(PackTable::Tone::Warning), 33);
    }
};

QTEST_GUILESS_MAIN(TestHandoverPack)
#include "tst_handoverpack.moc"
