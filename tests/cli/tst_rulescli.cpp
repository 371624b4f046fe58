// portolan rules, run against the built binary on the TKO sample with a Lab
// plan: the rule spreadsheet written, consolidation, the byte-order mark,
// unresolved endpoints reported, and refusals that write nothing.
#include "clirunner.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRulesCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static int records(const QByteArray &csv)
    {
        return int(csv.count("\r\n")); // line breaks inside cells are bare LF
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = path(u"lab.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, m_project, u"--sample"_s, u"tko"_s }).status, 0);
        const QStringList plan[] = {
            { u"Avi Controller"_s, u"10.0.11.10"_s },
            { u"Avi Controller"_s, u"10.0.11.11"_s },
            { u"vCenter Server"_s, u"10.0.10.2"_s },
            { u"Syslog"_s, u"10.0.20.2"_s },
            { u"Tanzu Mission Control"_s, u"*.tmc.cloud.vmware.com"_s },
        };
        for (const QStringList &row : plan)
            QCOMPARE(runPortolan({ u"assign"_s, m_project, u"--env"_s, u"Lab"_s, u"--component"_s,
                                   row.at(0), u"--address"_s, row.at(1) })
                         .status,
                     0);
    }

    void rulesAreWritten()
    {
        const QString out = path(u"lab.csv"_s);
        const CliResult result
            = runPortolan({ u"rules"_s, m_project, u"--env"_s, u"lab"_s, u"--out"_s, out });
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.isEmpty());
        // The same rows as the model's golden file, byte for byte.
        QCOMPARE(read(out),
                 read(QStringLiteral(PORTOLAN_TEST_DATA) + u"/handover/tko-lab-rules.csv"_s));
        QCOMPARE(records(read(out)), 1 + 33);
        QCOMPARE(result.err,
                 "portolan: warning: 31 of 33 rules have an endpoint without an address in Lab "
                 "(marked in the Status column)\n");
    }

    void consolidationAndBom()
    {
        const QString out = path(u"ports.csv"_s);
        const CliResult result
            = runPortolan({ u"rules"_s, m_project, u"--env"_s, u"Lab"_s, u"--out"_s, out,
                            u"--consolidate"_s, u"PORTS"_s, u"--bom"_s });
        QCOMPARE(result.status, 0);
        const QByteArray csv = read(out);
        QVERIFY(csv.startsWith("\xEF\xBB\xBFRule,"));
        QVERIFY(records(csv) < 1 + 33);
        QVERIFY(csv.contains(",TCP,\"22,80,443\","));
    }

    // The workbook read back from its package (unzip).
    void workbookHasItsSheets()
    {
        const QString out = path(u"lab.xlsx"_s);
        QCOMPARE(
            runPortolan({ u"rules"_s, m_project, u"--env"_s, u"Lab"_s, u"--out"_s, out }).status,
            0);
        const auto part = [&out](const QString &name) {
            QProcess unzip;
            unzip.start(u"unzip"_s, { u"-p"_s, out, name });
            unzip.waitForFinished(30000);
            return unzip.readAllStandardOutput();
        };
        const QByteArray workbook = part(u"xl/workbook.xml"_s);
        QVERIFY2(!workbook.isEmpty(), "unzip could not read the workbook");
        const QByteArray names[]
            = { "<sheet name=\"Rules\"", "<sheet name=\"NSX Advanced Load Balancer\"",
                "<sheet name=\"Tanzu Kubernetes Grid\"", "<sheet name=\"Address plan\"",
                "<sheet name=\"Findings\"" };
        qsizetype at = 0;
        for (const QByteArray &name : names) {
            at = workbook.indexOf(name, at);
            QVERIFY2(at >= 0, name.constData()); // in this order
        }
        const QByteArray rules = part(u"xl/worksheets/sheet1.xml"_s);
        QVERIFY(rules.contains("<dimension ref=\"A1:N34\"/>")); // header and 33 rules
        QVERIFY(rules.contains("state=\"frozen\""));
        QVERIFY(rules.contains("<autoFilter ref=\"A1:N34\"/>"));
        // Rows of several lines are written high enough for them (R0001
        // lists the Avi Controller's two addresses); one-line rows are not.
        QVERIFY(rules.contains("<row r=\"1\" spans=\"1:14\">"));
        QVERIFY(rules.contains("<row r=\"2\" spans=\"1:14\" ht=\"30\" customHeight=\"1\">"));
        const QByteArray strings = part(u"xl/sharedStrings.xml"_s);
        QVERIFY(strings.contains("<t>R0001</t>"));
        QVERIFY(strings.contains("*.tmc.cloud.vmware.com"));
        QVERIFY(strings.contains("contradicts DHCP")); // the Findings sheet
        const QByteArray styles = part(u"xl/styles.xml"_s);
        QVERIFY(styles.contains("wrapText=\"1\""));
        QVERIFY(styles.contains("<b/>"));
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("message");
        const QString file = u"PROJECT"_s;
        const QString out = u"OUT"_s;
        QTest::newRow("unknown environment")
            << QStringList { u"rules"_s, file, u"--env"_s, u"Prod"_s, u"--out"_s, out } << 1
            << QByteArray("no environment named \"Prod\"");
        QTest::newRow("unknown environment, workbook")
            << QStringList { u"rules"_s, file, u"--env"_s, u"Prod"_s, u"--out"_s, u"OUT.xlsx"_s }
            << 1 << QByteArray("no environment named \"Prod\"");
        QTest::newRow("no environment") << QStringList { u"rules"_s, file, u"--out"_s, out } << 2
                                        << QByteArray("rules: --env is required");
        QTest::newRow("no output") << QStringList { u"rules"_s, file, u"--env"_s, u"Lab"_s } << 2
                                   << QByteArray("rules: --out is required");
        QTest::newRow("unknown consolidation")
            << QStringList { u"rules"_s, file, u"--env"_s,         u"Lab"_s,
                             u"--out"_s, out,  u"--consolidate"_s, u"zones"_s }
            << 2 << QByteArray("--consolidate takes none or ports");
        QTest::newRow("other format")
            << QStringList { u"rules"_s, file, u"--env"_s, u"Lab"_s, u"--out"_s, u"rules.ods"_s }
            << 2 << QByteArray("the rules are written as .csv or .xlsx");
        QTest::newRow("missing project")
            << QStringList { u"rules"_s, u"nowhere.portolan"_s, u"--env"_s, u"Lab"_s, u"--out"_s,
                             out }
            << 1 << QByteArray("nowhere.portolan");
    }

    void refusalsWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QByteArray, message);
        const QString out = path(u"refused.csv"_s);
        arguments.replaceInStrings(u"PROJECT"_s, m_project);
        arguments.replaceInStrings(u"OUT"_s, out);
        const QByteArray digest = fileDigest(m_project);
        const CliResult result = runPortolan(arguments);
        QCOMPARE(result.status, status);
        QVERIFY2(result.err.startsWith("portolan: ") && result.err.contains(message),
                 result.err.constData());
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + u".xlsx"_s));
        QCOMPARE(fileDigest(m_project), digest);
    }
};

QTEST_GUILESS_MAIN(TestRulesCli)
#include "tst_rulescli.moc"
