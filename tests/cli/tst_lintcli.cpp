// portolan lint, run against the built binary on copies of the TKO sample
// whose address plans are set up with portolan prefix and assign.
#include "clirunner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLintCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_sample; // the untouched sample, copied for each test
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
    }

    void init()
    {
        m_project = m_dir.filePath(u"project%1.portolan"_s.arg(++m_copies));
        QVERIFY(QFile::copy(m_sample, m_project));
    }

    void noEnvironmentIsClean()
    {
        const CliResult result = run({ u"lint"_s, m_project });
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.isEmpty(), result.err.constData());
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
