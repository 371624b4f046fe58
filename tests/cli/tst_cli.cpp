// The command-line contract of the README, run against the built binary.
#include "clirunner.h"
#include "store/projectstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Portolan;
using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString data(const QString &name)
    {
        return QStringLiteral(PORTOLAN_TEST_DATA) + u'/' + name;
    }
    static QJsonObject info(const QString &project)
    {
        const CliResult result = runPortolan({ u"info"_s, project, u"--json"_s });
        if (result.status != 0)
            return {};
        return QJsonDocument::fromJson(result.out).object();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void version()
    {
        const CliResult result = runPortolan({ u"--version"_s });
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.startsWith("portolan "));
        QVERIFY(result.out.contains('.'));
    }

    void helpListsEveryCommand()
    {
        const CliResult result = runPortolan({ u"--help"_s });
        QCOMPARE(result.status, 0);
        for (const char *command :
             { "new FILE", "import [SOURCE…] [--components TABLE]", "info FILE", "flows FILE",
               "components FILE", "views FILE", "view FILE --name NAME" })
            QVERIFY2(result.out.contains(command), command);
    }

    // The installed manual page (installer/portolan.1) gives every
    // command's usage and description as --help does.
    void manualPageFollowsTheHelp()
    {
        QFile page(QStringLiteral(PORTOLAN_SOURCE_DIR) + u"/installer/portolan.1"_s);
        QVERIFY(page.open(QIODevice::ReadOnly | QIODevice::Text));
        QString roff = QString::fromUtf8(page.readAll());
        roff.replace(u"\\-"_s, u"-"_s).replace(u"..."_s, u"…"_s);
        const QStringList lines = QString::fromUtf8(runPortolan({ u"--help"_s }).out).split(u'\n');
        const qsizetype commands = lines.indexOf(u"Commands:"_s);
        QVERIFY(commands > 0);
        int checked = 0;
        for (qsizetype i = commands + 1; i + 1 < lines.size(); ++i) {
            const QString &line = lines[i];
            if (line.startsWith(u"  --"_s))
                break;
            if (!line.startsWith(u"  "_s) || line.startsWith(u"      "_s) || line.isEmpty())
                continue;
            const QString usage = line.trimmed(), description = lines[i + 1].trimmed();
            QVERIFY2(roff.contains(u".B "_s + usage + u'\n' + description + u'\n'),
                     qPrintable(u"the manual page lacks or differs on: "_s + usage));
            ++checked;
        }
        QVERIFY(checked >= 15);
    }

    void commandHelp()
    {
        const CliResult result = runPortolan({ u"import"_s, u"--help"_s });
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.contains("--into"));
        QVERIFY(result.out.contains("--product"));
        QCOMPARE(runPortolan({ u"help"_s, u"flows"_s }).status, 0);
    }

    void misuseExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList { u"frobnicate"_s };
        QTest::newRow("unknown option") << QStringList { u"info"_s, u"x.portolan"_s, u"--bogus"_s };
        QTest::newRow("import without --into") << QStringList { u"import"_s, u"a.md"_s };
        QTest::newRow("import without source")
            << QStringList { u"import"_s, u"--into"_s, u"x.portolan"_s };
        QTest::newRow("info without file") << QStringList { u"info"_s };
        QTest::newRow("flows unknown format")
            << QStringList { u"flows"_s, u"x.portolan"_s, u"--format"_s, u"xml"_s };
        QTest::newRow("new unknown sample")
            << QStringList { u"new"_s, u"y.portolan"_s, u"--sample"_s, u"nope"_s };
        QTest::newRow("help on unknown command") << QStringList { u"help"_s, u"nope"_s };
    }

    void misuseExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        const CliResult result = runPortolan(arguments);
        QCOMPARE(result.status, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.err.startsWith("portolan: "));
        QCOMPARE(result.err.count('\n'), 1); // one line
        QVERIFY(!QFile::exists(u"y.portolan"_s));
    }

    void newSampleCounts()
    {
        const QString project = path(u"sample.portolan"_s);
        const CliResult created = runPortolan({ u"new"_s, project, u"--sample"_s, u"tko"_s });
        QCOMPARE(created.status, 0);
        QVERIFY2(created.err.isEmpty(), created.err.constData());
        const QJsonObject counts = info(project);
        QCOMPARE(counts.value(u"products"_s).toInt(-1), 2);
        QCOMPARE(counts.value(u"flows"_s).toInt(-1), 33);
        QCOMPARE(counts.value(u"zones"_s).toInt(-1), 6);
        QCOMPARE(counts.value(u"components"_s).toInt(-1), 26);
        QCOMPARE(counts.value(u"environments"_s).toInt(-1), 0);
        QCOMPARE(counts.value(u"addresses"_s).toInt(-1), 0);
        QCOMPARE(counts.size(), 6);
    }

    void newEmpty()
    {
        const QString project = path(u"empty.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, project }).status, 0);
        const QJsonObject counts = info(project);
        QCOMPARE(counts.value(u"flows"_s).toInt(-1), 0);
        QCOMPARE(counts.value(u"products"_s).toInt(-1), 0);
    }

    void newRefusesExistingFile()
    {
        const QString project = path(u"existing.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, project, u"--sample"_s, u"tko"_s }).status, 0);
        const QByteArray before = fileDigest(project);
        const CliResult again = runPortolan({ u"new"_s, project });
        QCOMPARE(again.status, 1);
        QVERIFY(again.err.contains("exists"));
        QCOMPARE(fileDigest(project), before);
    }

    void infoAsText()
    {
        const QString project = path(u"text.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, project, u"--sample"_s, u"tko"_s }).status, 0);
        const CliResult result = runPortolan({ u"info"_s, project });
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.contains("Flows:"));
        QVERIFY(result.out.contains("33"));
    }

    void seedImportMatchesSample()
    {
        const QString sample = path(u"s.portolan"_s);
        const QString imported = path(u"imported.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, sample, u"--sample"_s, u"tko"_s }).status, 0);
        const CliResult first = runPortolan(
            { u"import"_s, data(u"seed/tko-port-reference.md"_s), u"--into"_s, imported });
        QCOMPARE(first.status, 0);
        QVERIFY2(first.out.contains("33 flows added"), first.out.constData());

        const CliResult sampleFlows = runPortolan({ u"flows"_s, sample, u"--format"_s, u"csv"_s });
        const CliResult importedFlows = runPortolan({ u"flows"_s, imported });
        QCOMPARE(sampleFlows.status, 0);
        QCOMPARE(importedFlows.status, 0);
        QCOMPARE(importedFlows.out, sampleFlows.out);

        // The listing itself, checked by hand against the seed sheet.
        QFile golden(data(u"cli/tko-flows.csv"_s));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(sampleFlows.out, golden.readAll());

        // Importing the same source again adds nothing.
        const QJsonObject before = info(imported);
        const CliResult second = runPortolan(
            { u"import"_s, data(u"seed/tko-port-reference.md"_s), u"--into"_s, imported });
        QCOMPARE(second.status, 0);
        QVERIFY2(second.out.contains("0 flows added, 33 already present"), second.out.constData());
        QCOMPARE(info(imported), before);
        QCOMPARE(runPortolan({ u"flows"_s, imported }).out, importedFlows.out);
    }

    void componentsListing()
    {
        const QString project = path(u"c.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, project, u"--sample"_s, u"tko"_s }).status, 0);
        const CliResult result = runPortolan({ u"components"_s, project, u"--format"_s, u"csv"_s });
        QCOMPARE(result.status, 0);
        const QList<QByteArray> lines = result.out.split('\n');
        QCOMPARE(lines.first(), "name,kind,zone\r");
        QVERIFY(result.out.contains("Avi Controller,appliance,NSX Advanced Load Balancer\r\n"));
        QVERIFY(result.out.contains(
            "TKG Management and Workload Cluster CIDR,network,Tanzu Kubernetes Grid\r\n"));
        QCOMPARE(result.out.count('\n'), 27); // header + 26 components
    }

    // Every CSV the command line lists goes into spreadsheets: a cell that
    // would run as a formula there is written with a leading apostrophe,
    // in flows, components and addresses alike.
    void listingsNeutraliseFormulaCells()
    {
        const QString table = path(u"formulas.csv"_s);
        QFile file(table);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("product,source,destination,protocol,ports,purpose\n"
                   "=2+2,@SUM(A1),+Dst,TCP,443,-1+1\n"
                   "P,=,Plain,TCP,22,@\n");
        file.close();
        const QString project = path(u"formulas.portolan"_s);
        QCOMPARE(runPortolan({ u"import"_s, table, u"--into"_s, project }).status, 0);
        const CliResult flows = runPortolan({ u"flows"_s, project });
        QCOMPARE(flows.status, 0);
        QVERIFY2(flows.out.contains("'=2+2,'@SUM(A1),'+Dst,TCP,443,'-1+1\r\n"),
                 flows.out.constData());
        QVERIFY2(flows.out.contains("P,'=,Plain,TCP,22,'@\r\n"), flows.out.constData());
        const CliResult components = runPortolan({ u"components"_s, project });
        QVERIFY(components.out.contains("'@SUM(A1),"));
        QVERIFY(components.out.contains("'=,"));
        QCOMPARE(runPortolan({ u"assign"_s, project, u"--env"_s, u"Lab"_s, u"--component"_s,
                               u"+Dst"_s, u"--address"_s, u"10.0.0.1"_s })
                     .status,
                 0);
        const CliResult addresses = runPortolan({ u"addresses"_s, project, u"--env"_s, u"Lab"_s });
        QVERIFY2(addresses.out.contains("'+Dst,10.0.0.1,"), addresses.out.constData());
        for (const QByteArray &out : { flows.out, components.out, addresses.out }) {
            for (const QByteArray &line : out.split('\n')) {
                for (const QByteArray &cell : line.trimmed().split(','))
                    QVERIFY2(cell.isEmpty() || !QByteArray("=+@").contains(cell.front()),
                             line.constData());
            }
        }
    }

    void viewsListing()
    {
        const QString project = path(u"v.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, project, u"--sample"_s, u"tko"_s }).status, 0);
        {
            QString error;
            auto store = ProjectStore::open(project, ProjectStore::Mode::ReadWrite, &error);
            QVERIFY2(store, qPrintable(error));
            View avi { 0, u"Avi, lab"_s, 2, ViewLevel::Components, {}, true };
            avi.selection.products = { store->findProduct(u"NSX Advanced Load Balancer"_s)->id };
            avi.selection.components = { store->findComponent(u"Harbor"_s)->id,
                                         store->findComponent(u"Avi Controller"_s)->id };
            avi.selection.protocols = { Transport::Udp, Transport::Tcp };
            avi.selection.text = u"443"_s;
            QVERIFY2(store->addView(avi), qPrintable(store->errorString()));
            View zones { 0, u"Zones"_s, 1, ViewLevel::Zones, {}, false };
            zones.selection.zones = { store->findZone(u"Shared services"_s)->id, 999 };
            QVERIFY2(store->addView(zones), qPrintable(store->errorString()));
        }
        const CliResult result = runPortolan({ u"views"_s, project });
        QCOMPARE(result.status, 0);
        QCOMPARE(result.out,
                 "name,level,print,products,zones,components,protocols,text\r\n"
                 "All,components,no,,,,,\r\n"
                 "Zones,zones,no,,#999 (deleted); Shared services,,,\r\n"
                 "\"Avi, lab\",components,yes,NSX Advanced Load Balancer,,Avi Controller; Harbor,"
                 "TCP; UDP,443\r\n");
        QCOMPARE(runPortolan({ u"views"_s, project, u"--format"_s, u"json"_s }).status, 2);
    }

    void viewCommand()
    {
        const QString project = path(u"vc.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, project, u"--sample"_s, u"tko"_s }).status, 0);
        const auto run = [&](const QStringList &arguments) {
            return runPortolan(QStringList { u"view"_s, project } + arguments);
        };
        CliResult added = run({ u"--name"_s, u"Shared"_s, u"--zone"_s, u"shared services"_s });
        QCOMPARE(added.status, 0);
        QCOMPARE(added.out, "added view \"Shared\"\n");
        QCOMPARE(run({ u"--name"_s, u"DNS"_s, u"--text"_s, u"53"_s, u"--protocol"_s, u"udp"_s,
                       u"--protocol"_s, u"TCP"_s, u"--level"_s, u"zones"_s, u"--print"_s })
                     .status,
                 0);
        // Changing a view keeps its place.
        const CliResult changed = run({ u"--name"_s, u"shared"_s, u"--component"_s, u"Harbor"_s,
                                        u"--product"_s, u"NSX Advanced Load Balancer"_s });
        QCOMPARE(changed.status, 0);
        QCOMPARE(changed.out, "changed view \"Shared\"\n");
        QCOMPARE(runPortolan({ u"views"_s, project }).out,
                 "name,level,print,products,zones,components,protocols,text\r\n"
                 "All,components,no,,,,,\r\n"
                 "Shared,components,no,NSX Advanced Load Balancer,,Harbor,,\r\n"
                 "DNS,zones,yes,,,,TCP; UDP,53\r\n");

        // Refused, and nothing written.
        const QByteArray before = fileDigest(project);
        const auto refused = [&](const QStringList &arguments, int status, const char *message) {
            const CliResult result = run(arguments);
            QCOMPARE(result.status, status);
            QVERIFY2(result.err.contains(message), result.err.constData());
            QCOMPARE(result.err.count('\n'), 1);
            QCOMPARE(fileDigest(project), before);
        };
        refused({}, 2, "--name is required");
        refused({ u"--name"_s, u"All"_s }, 1, "whole project");
        refused({ u"--name"_s, u"X"_s, u"--zone"_s, u"Nope"_s }, 1, "no zone named \"Nope\"");
        refused({ u"--name"_s, u"X"_s, u"--protocol"_s, u"pigeon"_s }, 2, "not a protocol");
        refused({ u"--name"_s, u"X"_s, u"--level"_s, u"racks"_s }, 2, "components or zones");
        refused({ u"--name"_s, u"DNS"_s, u"--delete"_s, u"--print"_s }, 2, "takes no --print");
        refused({ u"--name"_s, u"Nope"_s, u"--delete"_s }, 1, "no view named \"Nope\"");

        const CliResult deleted = run({ u"--name"_s, u"dns"_s, u"--delete"_s });
        QCOMPARE(deleted.status, 0);
        QCOMPARE(deleted.out, "deleted view \"DNS\"\n");
        QVERIFY(!runPortolan({ u"views"_s, project }).out.contains("DNS"));
    }

    // Junk never changes an existing project and gives a short error.
    void junkLeavesProjectUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("suffix");
        QByteArray binary;
        for (int i = 0; i < 4096; ++i)
            binary.append(char((i * 7919) % 256));
        QTest::newRow("binary as .md") << binary << u".md"_s;
        QTest::newRow("binary as .csv") << binary << u".csv"_s;
        QTest::newRow("csv without destination")
            << QByteArray("Source,Ports,Protocol,Purpose\nA,443,TCP,web\n") << u".csv"_s;
        QTest::newRow("markdown without table")
            << QByteArray("# Title\n\nJust prose, no table.\n") << u".md"_s;
        QTest::newRow("empty csv") << QByteArray() << u".csv"_s;
    }

    void junkLeavesProjectUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, suffix);
        const QString project = path(u"junk-%1.portolan"_s.arg(
            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QCOMPARE(runPortolan({ u"new"_s, project, u"--sample"_s, u"tko"_s }).status, 0);
        const QByteArray before = fileDigest(project);
        const QString source = path(u"junk"_s + suffix);
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();

        const CliResult result = runPortolan({ u"import"_s, source, u"--into"_s, project });
        QVERIFY2(result.status == 1 || result.status == 2, result.err.constData());
        QVERIFY(!result.err.isEmpty());
        QVERIFY2(result.err.count('\n') <= 3, result.err.constData());
        QCOMPARE(fileDigest(project), before);

        // Into a project that does not exist yet: nothing is left behind.
        const QString fresh = path(u"fresh-%1.portolan"_s.arg(
            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        const CliResult intoFresh = runPortolan({ u"import"_s, source, u"--into"_s, fresh });
        QVERIFY(intoFresh.status == 1 || intoFresh.status == 2);
        QVERIFY(!QFile::exists(fresh));
    }

    void truncatedProject()
    {
        const QString project = path(u"truncated.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, project, u"--sample"_s, u"tko"_s }).status, 0);
        QFile file(project);
        QVERIFY(file.resize(file.size() / 2));
        const QByteArray before = fileDigest(project);

        for (const QString &command : { u"info"_s, u"flows"_s, u"components"_s, u"views"_s }) {
            const CliResult result = runPortolan({ command, project });
            QCOMPARE(result.status, 1);
            QVERIFY(result.out.isEmpty());
            QCOMPARE(result.err.count('\n'), 1);
            QVERIFY2(result.err.contains("truncated.portolan"), result.err.constData());
        }
        const CliResult import = runPortolan(
            { u"import"_s, data(u"seed/tko-port-reference.md"_s), u"--into"_s, project });
        QCOMPARE(import.status, 1);
        QCOMPARE(fileDigest(project), before);
    }

    void notAProject()
    {
        const QString project = path(u"notes.portolan"_s);
        QFile file(project);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a project\n");
        file.close();
        const QByteArray before = fileDigest(project);
        const CliResult result = runPortolan({ u"info"_s, project, u"--json"_s });
        QCOMPARE(result.status, 1);
        QVERIFY(result.err.contains("not a Portolan project"));
        QCOMPARE(fileDigest(project), before);
    }

    void missingProject()
    {
        const CliResult result = runPortolan({ u"flows"_s, path(u"absent.portolan"_s) });
        QCOMPARE(result.status, 1);
        QVERIFY(!QFile::exists(path(u"absent.portolan"_s)));
    }

    void importWarningsNameTheLine()
    {
        const QString source = path(u"messy.md"_s);
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("| Source | Destination | Ports | Protocol | Purpose |\n"
                   "| --- | --- | --- | --- | --- |\n"
                   "| A | B | 443 | TCP | web |\n"
                   "| deny-all | any | any | deny | |\n");
        file.close();
        const QString project = path(u"messy.portolan"_s);
        const CliResult result
            = runPortolan({ u"import"_s, source, u"--into"_s, project, u"--product"_s, u"Lab"_s });
        QCOMPARE(result.status, 0);
        QVERIFY2(result.err.contains("messy.md:4: warning:"), result.err.constData());
        const CliResult flows = runPortolan({ u"flows"_s, project });
        QCOMPARE(flows.out,
                 QByteArray("product,source,destination,protocol,ports,purpose\r\n"
                            "Lab,A,B,TCP,443,web\r\n"));
    }

    void importSeveralSourcesInOneGo()
    {
        const QString a = path(u"a.csv"_s);
        const QString b = path(u"b.csv"_s);
        for (const auto &[name, row] :
             { std::pair { a, "X,Y,TCP,22,ssh\n" }, std::pair { b, "Y,Z,UDP,53,dns\n" } }) {
            QFile file(name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Source,Destination,Protocol,Ports,Purpose\n");
            file.write(row);
        }
        const QString project = path(u"two.portolan"_s);
        const CliResult result = runPortolan({ u"import"_s, a, b, u"--into"_s, project });
        QCOMPARE(result.status, 0);
        QCOMPARE(info(project).value(u"flows"_s).toInt(), 2);
        QCOMPARE(info(project).value(u"components"_s).toInt(), 3);
        QCOMPARE(info(project).value(u"products"_s).toInt(), 2); // "a" and "b"
    }

    void importComponentListThenFlows()
    {
        const QString list = path(u"cmdb.csv"_s);
        const QString flows = path(u"zoned-flows.csv"_s);
        for (const auto &[name, text] :
             { std::pair { list,
                           "name,kind,zone,parent zone\nvCenter,appliance,Management,DC1\n"
                           "Jump,client,Admin,\n" },
               std::pair { flows,
                           "Source,Destination,Destination Zone,Protocol,Ports\n"
                           "Jump,vCenter,Elsewhere,TCP,443\nJump,Harbor,Registry,TCP,443\n" } }) {
            QFile file(name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
        const QString project = path(u"cmdb.portolan"_s);
        const CliResult result
            = runPortolan({ u"import"_s, flows, u"--components"_s, list, u"--into"_s, project });
        QCOMPARE(result.status, 0);
        QVERIFY2(result.out.contains(": 2 components added, 0 moved to another zone, 0 given "
                                     "another kind, 0 unchanged; 3 zones added, 0 nested"),
                 result.out.constData());
        QVERIFY2(result.out.contains("2 flows added, 0 already present; 1 components, 1 "
                                     "products and 1 zones added"),
                 result.out.constData());
        // Components come first: vCenter keeps its zone, Harbor gets the flow table's.
        const CliResult components = runPortolan({ u"components"_s, project });
        QCOMPARE(components.out,
                 QByteArray("name,kind,zone\r\nvCenter,appliance,Management\r\n"
                            "Jump,client,Admin\r\nHarbor,service,Registry\r\n"));
    }

    void componentListWithoutNamesImportsNothing()
    {
        const QString list = path(u"noname.csv"_s);
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Label,Zone\nA,B\n");
        file.close();
        const QString project = path(u"noname.portolan"_s);
        const CliResult result
            = runPortolan({ u"import"_s, u"--components"_s, list, u"--into"_s, project });
        QCOMPARE(result.status, 1);
        QVERIFY2(result.err.contains("noname.csv:1: error: no Name column (found: Label, Zone)"),
                 result.err.constData());
        QVERIFY(!QFile::exists(project));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
