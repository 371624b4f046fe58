// portolan lint, run against the built binary on the TKO sample (whose sheet
// has two data problems the design lint flags) and on copies of it with
// those two fixed, whose address plans are set up with portolan prefix and
// assign.
#include "clirunner.h"

#include "store/projectstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

namespace {

const QByteArray DhcpOverTcp
    = "error: “TKG Management and Workload Cluster CIDR” → “DHCP Server” TCP 67-68 (Tanzu "
      "Kubernetes Grid) contradicts DHCP, which uses UDP on 67-68";
const QByteArray Repeated31234
    = "warning: “TKG Workload Cluster CIDR” → “TKG Management Cluster CIDR” TCP 31234 (Tanzu "
      "Kubernetes Grid) is listed 2 times";

std::unique_ptr<ProjectStore> openForEditing(const QString &path)
{
    QString error;
    auto store = ProjectStore::open(path, ProjectStore::Mode::ReadWrite, &error);
    if (!store)
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(error));
    return store;
}

// Fixes the sheet's two data problems: DHCP over UDP, the repeated row gone.
bool fixDesign(const QString &path)
{
    const auto store = openForEditing(path);
    if (!store)
        return false;
    bool seen31234 = false;
    int fixes = 0;
    for (Flow flow : store->flows()) {
        if (flow.ports.toString() == u"67-68"_s && flow.protocol == Transport::Tcp) {
            flow.protocol = Transport::Udp;
            fixes += store->updateFlow(flow) ? 1 : 0;
        } else if (flow.ports.toString() == u"31234"_s) {
            if (seen31234)
                fixes += store->removeFlow(flow.id) ? 1 : 0;
            seen31234 = true;
        }
    }
    return fixes == 2;
}

} // namespace

class TestLintCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample; // the untouched sample
    QString m_fixed; // the sample with its two data problems fixed, copied for each test
    QString m_project;
    int m_copies = 0;

    static CliResult run(const QStringList &arguments) { return runPortolan(arguments); }
    bool assign(const QString &environment, const QString &component, const QString &address)
    {
        const CliResult result = run({ u"assign"_s, m_project, u"--env"_s, environment,
                                       u"--component"_s, component, u"--address"_s, address });
        if (result.status != 0)
            qWarning("assign failed: %s", result.err.constData());
        return result.status == 0;
    }
    static QList<QByteArray> lines(const QByteArray &text)
    {
        QList<QByteArray> out = text.split('\n');
        if (!out.isEmpty() && out.last().isEmpty())
            out.removeLast();
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = m_dir.filePath(u"sample.portolan"_s);
        QCOMPARE(run({ u"new"_s, m_sample, u"--sample"_s, u"tko"_s }).status, 0);
        m_fixed = m_dir.filePath(u"fixed.portolan"_s);
        QVERIFY(QFile::copy(m_sample, m_fixed));
        QVERIFY(fixDesign(m_fixed));
    }

    void init()
    {
        m_project = m_dir.filePath(u"project%1.portolan"_s.arg(++m_copies));
        QVERIFY(QFile::copy(m_fixed, m_project));
    }

    // The done-when of the lint: the DHCP/TCP row and the repeated 31234
    // row, and nothing else; the DHCP one is an error, so the status is 1.
    void sampleFlagsItsTwoDataProblems()
    {
        const QByteArray digest = fileDigest(m_sample);
        const CliResult result = run({ u"lint"_s, m_sample });
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        QCOMPARE(lines(result.out), (QList<QByteArray> { DhcpOverTcp, Repeated31234 }));
        QCOMPARE(fileDigest(m_sample), digest); // read-only
    }

    void fixedSampleIsClean()
    {
        const CliResult result = run({ u"lint"_s, m_project });
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.isEmpty(), result.out.constData());
        QVERIFY2(result.err.isEmpty(), result.err.constData());
    }

    void infoAndWarningsExitZero()
    {
        {
            const auto store = openForEditing(m_project);
            QVERIFY(store);
            Component component;
            component.name = u"Jump Host"_s;
            QVERIFY(store->addComponent(component));
            Flow flow = store->flows().first();
            flow.id = 0;
            flow.protocol = Transport::Tcp;
            flow.ports = PortSet::range(1024, 65535);
            QVERIFY(store->addFlow(flow));
        }
        const CliResult result = run({ u"lint"_s, m_project });
        QCOMPARE(result.status, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        QCOMPARE(lines(result.out),
                 (QList<QByteArray> {
                     "warning: “Avi Controller” → “Syslog” TCP 1024-65535 (NSX Advanced Load "
                     "Balancer) opens 64512 ports; a range wider than 1024 ports is rarely what "
                     "is meant",
                     "info: “Jump Host” has no flows" }));
    }

    // Design and address findings are one list: errors, warnings, then by
    // message.
    void designAndAddressFindingsTogether()
    {
        QVERIFY(QFile::remove(m_project));
        QVERIFY(QFile::copy(m_sample, m_project));
        QVERIFY(assign(u"Lab"_s, u"NTP Server"_s, u"10.0.20.5"_s));
        QVERIFY(assign(u"Lab"_s, u"DNS Server"_s, u"10.0.20.5"_s));
        const CliResult result = run({ u"lint"_s, m_project, u"--env"_s, u"Lab"_s });
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        const QList<QByteArray> output = lines(result.out);
        QVERIFY(output.size() > 4);
        QCOMPARE(output.at(0),
                 "error: 10.0.20.5 is bound to both “NTP Server” and “DNS Server” in Lab");
        QCOMPARE(output.at(1), DhcpOverTcp);
        for (qsizetype i = 2; i < output.size(); ++i)
            QVERIFY2(output.at(i).startsWith("warning: "), output.at(i).constData());
        QVERIFY(output.contains(Repeated31234));
        QVERIFY(output.contains("warning: “Syslog” is used by flows but has no address in Lab"));
    }

    void warningsOnlyExitZero()
    {
        QVERIFY(assign(u"Lab"_s, u"Avi Controller"_s, u"10.0.10.5"_s));
        const QByteArray digest = fileDigest(m_project);
        const CliResult result = run({ u"lint"_s, m_project, u"--env"_s, u"lab"_s });
        QCOMPARE(result.status, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        const QList<QByteArray> output = lines(result.out);
        QVERIFY(output.size() > 10);
        for (const QByteArray &line : output)
            QVERIFY2(line.startsWith("warning: "), line.constData());
        QVERIFY(output.contains("warning: “Syslog” is used by flows but has no address in Lab"));
        QVERIFY(!result.out.contains("“Avi Controller”"));
        QCOMPARE(fileDigest(m_project), digest); // read-only
    }

    void errorsExitOne()
    {
        QVERIFY(assign(u"Lab"_s, u"NTP Server"_s, u"10.0.20.5"_s));
        QVERIFY(assign(u"Lab"_s, u"DNS Server"_s, u"10.0.20.5"_s));
        QVERIFY(assign(u"Lab"_s, u"TKG Management Cluster CIDR"_s, u"tkg.example.com"_s));
        const QByteArray digest = fileDigest(m_project);
        const CliResult result = run({ u"lint"_s, m_project, u"--env"_s, u"Lab"_s });
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        const QList<QByteArray> output = lines(result.out);
        QVERIFY(output.size() > 2);
        QCOMPARE(output.at(0),
                 "error: 10.0.20.5 is bound to both “NTP Server” and “DNS Server” in Lab");
        QCOMPARE(output.at(1),
                 "error: “TKG Management Cluster CIDR” is a network but has the name "
                 "tkg.example.com in Lab; a network needs a CIDR");
        for (qsizetype i = 2; i < output.size(); ++i)
            QVERIFY2(output.at(i).startsWith("warning: "), output.at(i).constData());
        QCOMPARE(fileDigest(m_project), digest);
    }

    void everyEnvironmentWithoutEnv()
    {
        QVERIFY(assign(u"Lab"_s, u"Harbor"_s, u"10.0.20.5"_s));
        QVERIFY(assign(u"Production"_s, u"Syslog"_s, u"10.9.0.0/24"_s));
        QVERIFY(assign(u"Production"_s, u"Harbor"_s, u"10.9.0.7"_s));
        CliResult result = run({ u"lint"_s, m_project });
        QCOMPARE(result.status, 1);
        const QList<QByteArray> output = lines(result.out);
        QCOMPARE(output.first(),
                 "error: 10.9.0.0/24 of “Syslog” overlaps 10.9.0.7 of “Harbor” in Production");
        QVERIFY(output.contains("warning: “Syslog” is used by flows but has no address in Lab"));
        QVERIFY(output.contains(
            "warning: “Avi Controller” is used by flows but has no address in Production"));

        // Lab alone has warnings only.
        result = run({ u"lint"_s, m_project, u"--env"_s, u"Lab"_s });
        QCOMPARE(result.status, 0);
        QVERIFY(!result.out.contains("Production"));
    }

    void unknownEnvironment()
    {
        CliResult result = run({ u"lint"_s, m_project, u"--env"_s, u"Lab"_s });
        QCOMPARE(result.status, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.startsWith("portolan: there is no environment named \"Lab\"; the "
                                       "project has none yet"),
                 result.err.constData());

        QVERIFY(assign(u"Lab"_s, u"Harbor"_s, u"10.0.20.5"_s));
        QVERIFY(assign(u"Staging"_s, u"Harbor"_s, u"10.0.20.5"_s));
        result = run({ u"lint"_s, m_project, u"--env"_s, u"Prod"_s });
        QCOMPARE(result.status, 1);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err,
                 "portolan: there is no environment named \"Prod\" (known: Lab, Staging)\n");
    }

    void misuse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no file") << QStringList { u"lint"_s };
        QTest::newRow("two files") << QStringList { u"lint"_s, u"PROJECT"_s, u"PROJECT"_s };
        QTest::newRow("empty env") << QStringList { u"lint"_s, u"PROJECT"_s, u"--env"_s, u" "_s };
        QTest::newRow("unknown option") << QStringList { u"lint"_s, u"PROJECT"_s, u"--fix"_s };
    }

    void misuse()
    {
        QFETCH(QStringList, arguments);
        arguments.replaceInStrings(u"PROJECT"_s, m_project);
        const CliResult result = run(arguments);
        QCOMPARE(result.status, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.startsWith("portolan: "), result.err.constData());
        QCOMPARE(result.err.count('\n'), 1);
    }

    void missingFileFails()
    {
        const CliResult result = run({ u"lint"_s, m_dir.filePath(u"nothing.portolan"_s) });
        QCOMPARE(result.status, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.err.startsWith("portolan: "));
    }

    void helpListsLint()
    {
        const CliResult result = run({ u"--help"_s });
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.contains("lint FILE [--env E]"));
    }
};

QTEST_GUILESS_MAIN(TestLintCli)
#include "tst_lintcli.moc"
