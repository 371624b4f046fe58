// portolan prefix | assign | addresses, run against the built binary on a
// copy of the TKO sample.
#include "clirunner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAddressCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray addresses(const QString &environment = u"Lab"_s) const
    {
        const CliResult result = runPortolan(
            { u"addresses"_s, m_project, u"--env"_s, environment, u"--format"_s, u"csv"_s });
        return result.status == 0 ? result.out : QByteArray("failed: ") + result.err;
    }
    static CliResult run(const QStringList &arguments) { return runPortolan(arguments); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = path(u"lab.portolan"_s);
        QCOMPARE(run({ u"new"_s, m_project, u"--sample"_s, u"tko"_s }).status, 0);
    }

    void roundTrip()
    {
        CliResult result = run({ u"prefix"_s, m_project, u"--env"_s, u"Lab"_s, u"--zone"_s,
                                 u"shared services"_s, u"--cidr"_s, u"10.0.20.0/24"_s, u"--vlan"_s,
                                 u"20"_s, u"--gateway"_s, u"10.0.20.1"_s });
        QCOMPARE(result.status, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData());
        result = run({ u"assign"_s, m_project, u"--env"_s, u"lab"_s, u"--component"_s,
                       u"vCenter Server"_s, u"--address"_s, u"2001:DB8::0001"_s });
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.isEmpty());

        result = run({ u"assign"_s, m_project, u"--env"_s, u"Lab"_s, u"--component"_s, u"Harbor"_s,
                       u"--next-free"_s });
        QCOMPARE(result.status, 0);
        QCOMPARE(result.out, "10.0.20.2\n");
        result = run({ u"assign"_s, m_project, u"--env"_s, u"Lab"_s, u"--component"_s,
                       u"DNS Server"_s, u"--next-free"_s });
        QCOMPARE(result.status, 0);
        QCOMPARE(result.out, "10.0.20.3\n");

        QFile plan(path(u"plan.csv"_s));
        QVERIFY(plan.open(QIODevice::WriteOnly));
        plan.write("component,address\r\nSyslog,\"10.0.20.10-10.0.20.12\"\r\n"
                   "Harbor,10.0.20.2\r\nTanzu Mission Control,\"tmc.example.com.\"\r\n");
        plan.close();
        result
            = run({ u"assign"_s, m_project, u"--env"_s, u"Lab"_s, u"--from"_s, plan.fileName() });
        QCOMPARE(result.status, 0);
        QVERIFY2(result.err.contains("line 3: Harbor already has 10.0.20.2"),
                 result.err.constData());

        QCOMPARE(addresses(),
                 QByteArray("component,address,kind,zone\r\n"
                            "vCenter Server,2001:db8::1,ipv6,vSphere infrastructure\r\n"
                            "Syslog,10.0.20.10-10.0.20.12,range,Shared services\r\n"
                            "DNS Server,10.0.20.3,ipv4,Shared services\r\n"
                            "Harbor,10.0.20.2,ipv4,Shared services\r\n"
                            "Tanzu Mission Control,tmc.example.com,fqdn,VMware SaaS\r\n"));
        QCOMPARE(run({ u"addresses"_s, m_project, u"--env"_s, u"Lab"_s }).out, addresses());
    }

    void networksAndNamedPrefixes()
    {
        CliResult result = run({ u"prefix"_s, m_project, u"--env"_s, u"Net"_s, u"--zone"_s,
                                 u"Tanzu Kubernetes Grid"_s, u"--cidr"_s, u"10.50.0.0/22"_s,
                                 u"--name"_s, u"tkg"_s });
        QCOMPARE(result.status, 0);
        // Setting it again without --name keeps the name.
        result = run({ u"prefix"_s, m_project, u"--env"_s, u"Net"_s, u"--zone"_s,
                       u"Tanzu Kubernetes Grid"_s, u"--cidr"_s, u"10.50.0.0/22"_s, u"--vlan"_s,
                       u"50"_s });
        QCOMPARE(result.status, 0);
        result = run({ u"assign"_s, m_project, u"--env"_s, u"Net"_s, u"--component"_s,
                       u"TKG Workload Cluster CIDR"_s, u"--next-free"_s, u"--prefix-length"_s,
                       u"/24"_s });
        QCOMPARE(result.status, 0);
        QCOMPARE(result.out, "10.50.0.0/24\n");
        result = run({ u"assign"_s, m_project, u"--env"_s, u"Net"_s, u"--component"_s,
                       u"TKG Management Cluster CIDR"_s, u"--next-free"_s, u"--prefix-length"_s,
                       u"23"_s });
        QCOMPARE(result.out, "10.50.2.0/23\n");
        result = run({ u"assign"_s, m_project, u"--env"_s, u"Net"_s, u"--component"_s,
                       u"TKG Management and Workload Cluster CIDR"_s, u"--next-free"_s });
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains("already in use (10.50.0.0/22)"), result.err.constData());
        QCOMPARE(addresses(u"Net"_s),
                 "component,address,kind,zone\r\n"
                 "TKG Management Cluster CIDR,10.50.2.0/23,cidr,Tanzu Kubernetes Grid\r\n"
                 "TKG Workload Cluster CIDR,10.50.0.0/24,cidr,Tanzu Kubernetes Grid\r\n");
        const CliResult info = run({ u"info"_s, m_project, u"--json"_s });
        QCOMPARE(info.status, 0);
    }

    void failuresChangeNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected");
        const QString file = u"PROJECT"_s;
        QTest::newRow("gateway outside") << QStringList {
            u"prefix"_s,          file,        u"--env"_s,       u"Staging"_s,   u"--zone"_s,
            u"Shared services"_s, u"--cidr"_s, u"10.9.0.0/24"_s, u"--gateway"_s, u"10.8.0.1"_s
        } << QByteArray("not inside");
        QTest::newRow("overlapping zone")
            << QStringList { u"prefix"_s,      file,        u"--env"_s,      u"Lab"_s, u"--zone"_s,
                             u"VMware SaaS"_s, u"--cidr"_s, u"10.0.0.0/16"_s }
            << QByteArray("Shared services");
        QTest::newRow("vlan out of range") << QStringList {
            u"prefix"_s,      file,        u"--env"_s,       u"Staging"_s, u"--zone"_s,
            u"VMware SaaS"_s, u"--cidr"_s, u"10.9.0.0/24"_s, u"--vlan"_s,  u"5000"_s
        } << QByteArray("VLAN");
        QTest::newRow("unknown zone")
            << QStringList { u"prefix"_s, file,         u"--env"_s,  u"Lab"_s,
                             u"--zone"_s, u"Nowhere"_s, u"--cidr"_s, u"10.9.0.0/24"_s }
            << QByteArray("Nowhere");
        QTest::newRow("bad address")
            << QStringList { u"assign"_s,      file,        u"--env"_s,     u"Staging"_s,
                             u"--component"_s, u"Harbor"_s, u"--address"_s, u"10.0.20.5/24"_s }
            << QByteArray("host bits");
        QTest::newRow("unknown component")
            << QStringList { u"assign"_s,      file,        u"--env"_s,     u"Lab"_s,
                             u"--component"_s, u"Nobody"_s, u"--address"_s, u"10.0.20.5"_s }
            << QByteArray("Nobody");
        QTest::newRow("no prefix")
            << QStringList { u"assign"_s,      file,        u"--env"_s,      u"Staging"_s,
                             u"--component"_s, u"Harbor"_s, u"--next-free"_s }
            << QByteArray("zone “Shared services” of “Harbor” has no prefix in Staging");
        QTest::newRow("plan with unknown component")
            << QStringList { u"assign"_s, file, u"--env"_s, u"Lab"_s, u"--from"_s, u"BADPLAN"_s }
            << QByteArray("line 3: there is no component named “Nobody”");
        QTest::newRow("missing plan")
            << QStringList { u"assign"_s, file,        u"--env"_s,
                             u"Lab"_s,    u"--from"_s, u"/nonexistent/plan.csv"_s }
            << QByteArray("cannot read");
        QTest::newRow("endless plan")
            << QStringList { u"assign"_s, file, u"--env"_s, u"Lab"_s, u"--from"_s, u"/dev/zero"_s }
            << QByteArray("/dev/zero: the file is larger than the limit of 64 MB for a plan");
        QTest::newRow("unknown environment")
            << QStringList { u"addresses"_s, file, u"--env"_s, u"Prod"_s }
            << QByteArray("no environment named \"Prod\" (known: Lab, Net)");
    }

    void failuresChangeNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        QFile plan(path(u"badplan.csv"_s));
        QVERIFY(plan.open(QIODevice::WriteOnly));
        plan.write("component,address\nNTP Server,10.0.20.40\nNobody,10.0.20.41\n");
        plan.close();
        arguments.replaceInStrings(u"BADPLAN"_s, plan.fileName());
        arguments.replace(1, m_project);

        const QByteArray before = addresses();
        const QByteArray digest = fileDigest(m_project);
        const CliResult result = run(arguments);
        QCOMPARE(result.status, 1);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.startsWith("portolan: ") && result.err.contains(expected),
                 result.err.constData());
        QCOMPARE(result.err.count('\n'), 1);
        QCOMPARE(addresses(), before);
        QCOMPARE(fileDigest(m_project), digest);
        // A refused command creates no environment either.
        QVERIFY(addresses(u"Staging"_s).startsWith("failed: "));
    }

    void misuseExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString file = u"PROJECT"_s;
        QTest::newRow("assign with two modes")
            << QStringList { u"assign"_s,      file,        u"--env"_s,     u"Lab"_s,
                             u"--component"_s, u"Harbor"_s, u"--address"_s, u"10.0.20.9"_s,
                             u"--next-free"_s };
        QTest::newRow("assign without mode") << QStringList { u"assign"_s,      file,
                                                              u"--env"_s,       u"Lab"_s,
                                                              u"--component"_s, u"Harbor"_s };
        QTest::newRow("assign plan and address")
            << QStringList { u"assign"_s, file,       u"--env"_s,     u"Lab"_s,
                             u"--from"_s, u"p.csv"_s, u"--address"_s, u"10.0.20.9"_s };
        QTest::newRow("assign without component")
            << QStringList { u"assign"_s, file, u"--env"_s, u"Lab"_s, u"--next-free"_s };
        QTest::newRow("assign without env")
            << QStringList { u"assign"_s, file, u"--component"_s, u"Harbor"_s, u"--next-free"_s };
        QTest::newRow("prefix without cidr") << QStringList { u"prefix"_s, file,
                                                              u"--env"_s,  u"Lab"_s,
                                                              u"--zone"_s, u"VMware SaaS"_s };
        QTest::newRow("prefix vlan not a number") << QStringList {
            u"prefix"_s,      file,        u"--env"_s,       u"Lab"_s,    u"--zone"_s,
            u"VMware SaaS"_s, u"--cidr"_s, u"10.9.0.0/24"_s, u"--vlan"_s, u"x"_s
        };
        QTest::newRow("prefix length without next-free")
            << QStringList { u"assign"_s,          file,        u"--env"_s,     u"Lab"_s,
                             u"--component"_s,     u"Harbor"_s, u"--address"_s, u"10.0.20.9"_s,
                             u"--prefix-length"_s, u"24"_s };
        QTest::newRow("prefix length out of range")
            << QStringList { u"assign"_s,      file,        u"--env"_s,       u"Lab"_s,
                             u"--component"_s, u"Harbor"_s, u"--next-free"_s, u"--prefix-length"_s,
                             u"129"_s };
        QTest::newRow("addresses unknown format")
            << QStringList { u"addresses"_s, file, u"--env"_s, u"Lab"_s, u"--format"_s, u"xml"_s };
        QTest::newRow("addresses without file")
            << QStringList { u"addresses"_s, u"--env"_s, u"Lab"_s };
    }

    void misuseExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        arguments.replaceInStrings(u"PROJECT"_s, m_project);
        const QByteArray digest = fileDigest(m_project);
        const CliResult result = run(arguments);
        QCOMPARE(result.status, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.err.startsWith("portolan: "));
        QCOMPARE(result.err.count('\n'), 1);
        QCOMPARE(fileDigest(m_project), digest);
    }

    void helpListsTheCommands()
    {
        const CliResult result = run({ u"--help"_s });
        QCOMPARE(result.status, 0);
        for (const char *command :
             { "prefix FILE --env E", "assign FILE --env E", "addresses FILE --env E" })
            QVERIFY2(result.out.contains(command), command);
    }
};

QTEST_GUILESS_MAIN(TestAddressCli)
#include "tst_addresscli.moc"
