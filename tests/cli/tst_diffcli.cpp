// portolan baseline and portolan diff against the built binary, as a new
// user would try them: the TKO sample with a Prod plan is handed over as
// baseline 1.0, the design is then upgraded, and the change request says
// exactly what the firewall team must type in. Golden files hold the rule
// changes (CSV) and the whole request (JSON, its date and author aside).
#include "clirunner.h"
#include "pdfreader.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

QByteArray read(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString golden(const QString &name)
{
    return QDir(QStringLiteral(PORTOLAN_TEST_DATA)).filePath(u"diff/"_s + name);
}

// The JSON without what differs from run to run.
QByteArray stableJson(const QByteArray &json)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    object.remove(u"created"_s);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

class TestDiffCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Compares with a golden file; PORTOLAN_UPDATE_GOLDEN=1 writes it instead.
    static void compareGolden(const QByteArray &actual, const QString &name)
    {
        if (qEnvironmentVariableIntValue("PORTOLAN_UPDATE_GOLDEN")) {
            QFile file(golden(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(actual);
            return;
        }
        QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(read(golden(name))));
    }

    // The project as the user hands it over: the sample with a Prod plan.
    void handOver(const QString &project)
    {
        QCOMPARE(runPortolan({ u"new"_s, project, u"--sample"_s, u"tko"_s }).status, 0);
        QCOMPARE(runPortolan({ u"assign"_s, project, u"--env"_s, u"Prod"_s, u"--from"_s,
                               QDir(QStringLiteral(PORTOLAN_TEST_DATA))
                                   .filePath(u"handover/tko-lab-plan.csv"_s) })
                     .status,
                 0);
        const CliResult made = runPortolan(
            { u"baseline"_s, project, u"--create"_s, u"1.0"_s, u"--note"_s,
              u"handed over to the Prod firewall team"_s, u"--author"_s, u"Ana Architect"_s });
        QCOMPARE(made.status, 0);
        QCOMPARE(made.out, QByteArray("created baseline \"1.0\"\n"));
    }

    // Edits the working design with the store, as the window would.
    static void edit(const QString &project, const std::function<void(ProjectStore &)> &change)
    {
        QString error;
        auto store = ProjectStore::open(project, ProjectStore::Mode::ReadWrite, &error);
        QVERIFY2(store, qPrintable(error));
        change(*store);
    }

    static Flow flowBetween(const ProjectStore &store, const QString &source,
                            const QString &destination, Transport protocol)
    {
        const Id from = store.findComponent(source)->id;
        const Id to = store.findComponent(destination)->id;
        for (const Flow &flow : store.flows()) {
            if (flow.sourceId == from && flow.destinationId == to && flow.protocol == protocol)
                return flow;
        }
        return {};
    }

    static void setAddress(ProjectStore &store, const QString &component, const QString &value)
    {
        const Id prod = store.findEnvironment(u"Prod"_s)->id;
        Address address = store.addresses(store.findComponent(component)->id).constFirst();
        QCOMPARE(address.environmentId, prod);
        address.value = value;
        QVERIFY(store.updateAddress(address));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void baselinesAreListedRenamedAndDeleted()
    {
        const QString project = path(u"list.portolan"_s);
        handOver(project);
        QCOMPARE(runPortolan({ u"baseline"_s, project, u"--create"_s, u"1.1"_s }).status, 0);
        CliResult listed = runPortolan({ u"baseline"_s, project, u"--list"_s });
        QCOMPARE(listed.status, 0);
        const QList<QByteArray> lines = listed.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith("1.0\t20"));
        QVERIFY(lines.at(0).endsWith("\tAna Architect\thanded over to the Prod firewall team"));
        const CliResult json = runPortolan({ u"baseline"_s, project, u"--list"_s, u"--json"_s });
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(1)[u"name"_s].toString(), u"1.1"_s);
        QVERIFY(array.at(0)[u"bytes"_s].toInteger() > 1000);

        QCOMPARE(runPortolan(
                     { u"baseline"_s, project, u"--rename"_s, u"1.1"_s, u"--as"_s, u"1.1 Lab"_s })
                     .out,
                 QByteArray("renamed baseline \"1.1\" to \"1.1 Lab\"\n"));
        const CliResult taken = runPortolan({ u"baseline"_s, project, u"--create"_s, u"1.0"_s });
        QCOMPARE(taken.status, 1);
        QVERIFY(taken.err.contains("a baseline named \"1.0\" already exists"));
        const CliResult working
            = runPortolan({ u"baseline"_s, project, u"--create"_s, u"Working"_s });
        QCOMPARE(working.status, 1);
        QCOMPARE(runPortolan({ u"baseline"_s, project, u"--delete"_s, u"1.1 lab"_s }).status, 0);
        QCOMPARE(runPortolan({ u"baseline"_s, project, u"--list"_s }).out.count('\n'), 1);
        const CliResult missing = runPortolan({ u"baseline"_s, project, u"--delete"_s, u"7"_s });
        QCOMPARE(missing.status, 1);
        QVERIFY(missing.err.contains("there is no baseline named \"7\""));
    }

    void misuseExitsWithTwoAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no action") << QStringList { u"baseline"_s } << QByteArray("say what to do");
        QTest::newRow("two actions")
            << QStringList { u"baseline"_s, u"--list"_s, u"--delete"_s, u"1.0"_s }
            << QByteArray("--list and --delete cannot be given together");
        QTest::newRow("rename without --as")
            << QStringList { u"baseline"_s, u"--rename"_s, u"1.0"_s } << QByteArray("--as NEW");
        QTest::newRow("note without create")
            << QStringList { u"baseline"_s, u"--list"_s, u"--note"_s, u"x"_s }
            << QByteArray("--note goes with --create");
        QTest::newRow("diff without --from")
            << QStringList { u"diff"_s } << QByteArray("--from BASELINE is required");
        QTest::newRow("one environment")
            << QStringList { u"diff"_s, u"--from"_s, u"1.0"_s, u"--env-from"_s, u"Prod"_s }
            << QByteArray("name an environment for both sides");
        QTest::newRow("unknown format")
            << QStringList { u"diff"_s, u"--from"_s, u"1.0"_s, u"--out"_s, u"cr.txt"_s }
            << QByteArray("a change request is written as .xlsx, .csv, .pdf or .json");
        QTest::newRow("bad consolidation")
            << QStringList { u"diff"_s, u"--from"_s, u"1.0"_s, u"--consolidate"_s, u"all"_s }
            << QByteArray("--consolidate");
    }

    void misuseExitsWithTwoAndChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const QString project = path(u"misuse.portolan"_s);
        if (!QFile::exists(project))
            handOver(project);
        const QByteArray before = fileDigest(project);
        arguments.insert(1, project);
        const CliResult result = runPortolan(arguments);
        QCOMPARE(result.status, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
        QCOMPARE(fileDigest(project), before);
        QVERIFY(!QFile::exists(u"cr.txt"_s));
    }

    // The upgrade of the issue: two new flows, a port added, a component
    // renamed, one address changed. Exactly these rule changes, no more.
    void theFirewallTeamGetsExactlyTheRuleChanges()
    {
        const QString project = path(u"upgrade.portolan"_s);
        handOver(project);
        const CliResult same
            = runPortolan({ u"diff"_s, project, u"--from"_s, u"1.0"_s, u"--env"_s, u"Prod"_s });
        QCOMPARE(same.status, 0);
        QCOMPARE(same.out,
                 QByteArray("1.0 → working, Prod: 0 rules to add, 0 to remove, 0 to "
                            "modify; 0 changes in the design\n"));
        Id widened = 0;
        Id added[2] = {};
        edit(project, [&](ProjectStore &store) {
            const auto component
                = [&store](const QString &name) { return store.findComponent(name)->id; };
            Flow first;
            first.sourceId = component(u"Management Client"_s);
            first.destinationId = component(u"Harbor"_s);
            first.ports = PortSet::single(443);
            first.purpose = u"Image registry UI"_s;
            added[0] = store.addFlow(first);
            Flow second = first;
            second.sourceId = component(u"TKG Workload Cluster CIDR"_s);
            second.purpose = u"Image pulls"_s;
            added[1] = store.addFlow(second);
            Flow flow
                = flowBetween(store, u"Avi Controller"_s, u"vCenter Server"_s, Transport::Tcp);
            flow.ports.add(8443);
            widened = flow.id;
            QVERIFY(store.updateFlow(flow));
            Component vcenter = *store.findComponent(u"vCenter Server"_s);
            vcenter.name = u"vCenter"_s;
            QVERIFY(store.updateComponent(vcenter));
            setAddress(store, u"Syslog"_s, u"10.0.20.110"_s);
        });
        QVERIFY(added[0] && added[1] && widened);

        const QString csv = path(u"cr.csv"_s);
        const CliResult written = runPortolan(
            { u"diff"_s, project, u"--from"_s, u"1.0"_s, u"--env"_s, u"Prod"_s, u"--out"_s, csv });
        QCOMPARE(written.status, 3);
        QVERIFY(written.out.isEmpty());
        QVERIFY2(written.err.isEmpty(), written.err.constData());
        const QList<QByteArray> rows = read(csv).split('\n');
        // Header, the two additions, the widened rule, and one modify for
        // every rule that names Syslog (one flow sends it logs).
        QStringList changes;
        for (const QByteArray &row : rows.mid(1)) {
            if (!row.trimmed().isEmpty())
                changes.append(QString::fromUtf8(row.left(row.indexOf(',', 7))));
        }
        const auto id = [](Id flow) { return u"R%1"_s.arg(flow, 4, 10, QChar(u'0')); };
        QVERIFY2(changes.contains(u"add,"_s + id(added[0])), qPrintable(changes.join(u' ')));
        QVERIFY(changes.contains(u"add,"_s + id(added[1])));
        QVERIFY(changes.contains(u"modify,"_s + id(widened)));
        QCOMPARE(changes.size(), 4);
        QVERIFY(read(csv).contains("\"443 → 443,8443\""));
        QVERIFY(read(csv).contains("10.0.20.10 → 10.0.20.110"));
        // The rename alone asks the firewall team for nothing.
        QVERIFY(!read(csv).contains("vCenter Server →"));
        compareGolden(read(csv), u"upgrade-rules.csv"_s);
    }

    // The golden case: add a port to one flow, remove a flow, rename
    // a component, re-zone one, change two addresses in Prod.
    void goldenChangeRequest()
    {
        const QString project = path(u"golden.portolan"_s);
        handOver(project);
        edit(project, [&](ProjectStore &store) {
            Flow ntp = flowBetween(store, u"Avi Controller"_s, u"NTP Server"_s, Transport::Udp);
            ntp.ports.add(4460);
            QVERIFY(store.updateFlow(ntp));
            QVERIFY(store.removeFlow(
                flowBetween(store, u"Avi Controller"_s, u"Syslog"_s, Transport::Tcp).id));
            Component nsx = *store.findComponent(u"NSX Manager"_s);
            nsx.name = u"NSX-T Manager"_s;
            QVERIFY(store.updateComponent(nsx));
            Component harbor = *store.findComponent(u"Harbor"_s);
            harbor.zoneId = store.findZone(u"Tanzu Kubernetes Grid"_s)->id;
            QVERIFY(store.updateComponent(harbor));
            setAddress(store, u"vCenter Server"_s, u"10.0.10.100"_s);
            setAddress(store, u"Harbor"_s, u"10.0.14.17"_s);
        });
        const QString csv = path(u"golden.csv"_s);
        const QString json = path(u"golden.json"_s);
        for (const QString &out : { csv, json })
            QCOMPARE(runPortolan({ u"diff"_s, project, u"--from"_s, u"1.0"_s, u"--env"_s, u"Prod"_s,
                                   u"--author"_s, u"Ana Architect"_s, u"--out"_s, out })
                         .status,
                     3);
        compareGolden(read(csv), u"golden-rules.csv"_s);
        compareGolden(stableJson(read(json)), u"golden.json"_s);

        // The same request with consolidated rules, and the listing.
        const CliResult listed
            = runPortolan({ u"diff"_s, project, u"--from"_s, u"1.0"_s, u"--env"_s, u"Prod"_s,
                            u"--consolidate"_s, u"ports"_s });
        QCOMPARE(listed.status, 3);
        compareGolden(listed.out, u"golden-consolidated.txt"_s);
    }

    // The workbook read back from its package.
    void workbookHasItsSheets()
    {
        const QString project = path(u"golden.portolan"_s);
        QVERIFY(QFile::exists(project));
        const QString out = path(u"cr.xlsx"_s);
        QCOMPARE(runPortolan({ u"diff"_s, project, u"--from"_s, u"1.0"_s, u"--env"_s, u"Prod"_s,
                               u"--out"_s, out })
                     .status,
                 3);
        const auto part = [&out](const QString &name) {
            QProcess unzip;
            unzip.start(u"unzip"_s, { u"-p"_s, out, name });
            unzip.waitForFinished(30000);
            return unzip.readAllStandardOutput();
        };
        const QByteArray workbook = part(u"xl/workbook.xml"_s);
        QVERIFY2(!workbook.isEmpty(), "unzip could not read the workbook");
        qsizetype at = 0;
        for (const QByteArray name :
             { "Summary", "Rule changes", "Address changes", "Design changes" }) {
            at = workbook.indexOf("<sheet name=\"" + name + '"', at);
            QVERIFY2(at >= 0, name.constData()); // in this order
        }
        const QByteArray strings = part(u"xl/sharedStrings.xml"_s);
        for (const QByteArray text :
             { "modify", "remove", "Change number", "Requester", "Approver", "Expiry",
               "123 → 123,4460", "10.0.10.10 → 10.0.10.100", "10.0.14.17", "NSX-T Manager",
               "ports: 123 → 123,4460 (widened by 4460)" })
            QVERIFY2(strings.contains(text), text.constData());
        QVERIFY(part(u"xl/worksheets/sheet2.xml"_s).contains("state=\"frozen\""));
    }

    // The paper change request read back: the title block, the delta
    // diagram's key, the rule changes grouped with before → after, the
    // address and design changes, the sign-off, "n / N" on every page.
    void pdfChangeRequestReadsBack()
    {
        const QString project = path(u"golden.portolan"_s);
        QVERIFY(QFile::exists(project));
        const QString out = path(u"cr.pdf"_s);
        const CliResult written
            = runPortolan({ u"diff"_s, project, u"--from"_s, u"1.0"_s, u"--env"_s, u"Prod"_s,
                            u"--author"_s, u"Ana Architect"_s, u"--out"_s, out });
        QCOMPARE(written.status, 3);
        QVERIFY2(written.err.isEmpty(), written.err.constData());
        const int pages = PdfReader::pageCount(out);
        QVERIFY2(pages >= 3, qPrintable(PdfReader::text(out)));
        const QString title = PdfReader::text(out, 1);
        for (const QString &text : { u"Change request · 1.0 → working"_s, u"Ana Architect"_s,
                                     u"Change number"_s, u"Rules to modify"_s, u"Prod"_s })
            QVERIFY2(title.contains(text), qPrintable(text + u"\n---\n"_s + title));
        const QString diagram = PdfReader::text(out, 2);
        for (const QString &text :
             { u"changes 1.0 → working"_s, u"removed"_s, u"unchanged"_s, u"NSX-T Manager"_s })
            QVERIFY2(diagram.contains(text), qPrintable(text + u"\n---\n"_s + diagram));
        const QString all = PdfReader::text(out).simplified();
        for (const QString &text :
             { u"Rules to remove"_s, u"123 → 123,4460"_s, u"10.0.10.10 → 10.0.10.100"_s,
               u"Address changes"_s, u"Design changes"_s, u"NSX Manager → NSX-T Manager"_s,
               u"Sign-off"_s, u"Approved by"_s, u"Implemented by"_s, u"%1/%1"_s.arg(pages) })
            QVERIFY2(all.contains(text), qPrintable(text));
        // Rule changes come grouped: the modifies before the removal.
        QString tables;
        for (int page = 3; page <= pages; ++page)
            tables += PdfReader::text(out, page);
        const qsizetype modify = tables.indexOf(u"Rules to modify"_s);
        QVERIFY2(modify >= 0 && modify < tables.indexOf(u"Rules to remove"_s), qPrintable(tables));

        // No change: the title page says so, and the exit status is 0.
        const QString same = path(u"same.pdf"_s);
        QCOMPARE(runPortolan({ u"diff"_s, project, u"--from"_s, u"1.0"_s, u"--to"_s, u"1.0"_s,
                               u"--env"_s, u"Prod"_s, u"--out"_s, same })
                     .status,
                 0);
        QVERIFY2(PdfReader::text(same, 1).contains(u"There is no difference between 1.0 and 1.0"_s),
                 qPrintable(PdfReader::text(same, 1)));
        // An unknown paper is a usage error that writes nothing.
        const QString letter = path(u"paper.pdf"_s);
        QCOMPARE(runPortolan({ u"diff"_s, project, u"--from"_s, u"1.0"_s, u"--out"_s, letter,
                               u"--paper"_s, u"B5"_s })
                     .status,
                 2);
        QVERIFY(!QFile::exists(letter));
    }

    // The delta drawn over the diagram: the new flows green, the changed
    // amber, the removed red and dashed where the baseline drew them.
    void exportDrawsTheDelta()
    {
        const QString project = path(u"delta.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, project, u"--sample"_s, u"tko"_s }).status, 0);
        QCOMPARE(runPortolan({ u"layout"_s, project }).status, 0);
        QCOMPARE(runPortolan({ u"baseline"_s, project, u"--create"_s, u"1.0"_s }).status, 0);
        const QString svg = path(u"delta.svg"_s);
        const QStringList exportDelta
            = { u"export"_s, project, u"--diagram"_s, svg, u"--diff-from"_s, u"1.0"_s };
        QCOMPARE(runPortolan(exportDelta).status, 0);
        // Nothing changed: the key alone is green and red.
        QCOMPARE(read(svg).count("#1e8e3e"), 1);
        QCOMPARE(read(svg).count("#c62828"), 1);
        edit(project, [](ProjectStore &store) {
            QVERIFY(store.removeFlow(
                flowBetween(store, u"Avi Controller"_s, u"Syslog"_s, Transport::Tcp).id));
            Flow flow;
            flow.sourceId = store.findComponent(u"Management Client"_s)->id;
            flow.destinationId = store.findComponent(u"Harbor"_s)->id;
            flow.ports = PortSet::single(443);
            QVERIFY(store.addFlow(flow));
        });
        QCOMPARE(runPortolan(exportDelta).status, 0);
        const QByteArray drawn = read(svg);
        QVERIFY(drawn.count("#1e8e3e") > 1);
        QVERIFY(drawn.count("#c62828") > 1);
        QVERIFY(drawn.contains("stroke-dasharray"));
        QVERIFY(drawn.contains(">removed<") && drawn.contains(">unchanged<"));
        const CliResult dot = runPortolan(
            { u"export"_s, project, u"--diagram"_s, path(u"d.dot"_s), u"--diff-from"_s, u"1.0"_s });
        QCOMPARE(dot.status, 2);
        QVERIFY(!QFile::exists(path(u"d.dot"_s)));
    }

    // Two environments of one design, and a baseline against a baseline.
    void environmentsAndBaselinesCompare()
    {
        const QString project = path(u"environments.portolan"_s);
        handOver(project);
        QCOMPARE(runPortolan({ u"assign"_s, project, u"--env"_s, u"Lab"_s, u"--component"_s,
                               u"Harbor"_s, u"--address"_s, u"192.168.0.17"_s })
                     .status,
                 0);
        const CliResult lab = runPortolan(
            { u"diff"_s, project, u"--env-from"_s, u"Lab"_s, u"--env-to"_s, u"Prod"_s });
        QCOMPARE(lab.status, 3);
        QVERIFY2(lab.out.startsWith("working, Lab → Prod: 0 rules to add, 0 to remove, "),
                 lab.out.constData());
        QVERIFY(lab.out.contains("changed\taddress\tHarbor (Prod)\taddresses: 192.168.0.17 → "
                                 "10.0.20.17"));
        QCOMPARE(runPortolan({ u"baseline"_s, project, u"--create"_s, u"1.1"_s }).status, 0);
        const CliResult baselines = runPortolan({ u"diff"_s, project, u"--from"_s, u"1.0"_s,
                                                  u"--to"_s, u"1.1"_s, u"--env"_s, u"Prod"_s });
        QCOMPARE(baselines.status, 0); // Lab changed; Prod did not
        const CliResult all
            = runPortolan({ u"diff"_s, project, u"--from"_s, u"1.0"_s, u"--to"_s, u"1.1"_s });
        QCOMPARE(all.status, 3);
        QVERIFY2(all.out.contains("added\tenvironment\tLab"), all.out.constData());
        const CliResult unknown
            = runPortolan({ u"diff"_s, project, u"--from"_s, u"2.0"_s, u"--env"_s, u"Prod"_s });
        QCOMPARE(unknown.status, 1);
        QVERIFY(unknown.err.contains("there is no baseline named \"2.0\" (there are \"1.0\", "
                                     "\"1.1\")"));
        const CliResult noEnvironment
            = runPortolan({ u"diff"_s, project, u"--from"_s, u"1.0"_s, u"--env"_s, u"Lab"_s });
        QCOMPARE(noEnvironment.status, 1);
        QVERIFY(noEnvironment.err.contains("baseline \"1.0\" has no environment named \"Lab\""));
        // A renamed environment is still itself; another side's name is not.
        edit(project, [](ProjectStore &store) {
            Environment prod = *store.findEnvironment(u"Prod"_s);
            prod.name = u"Production"_s;
            QVERIFY(store.updateEnvironment(prod));
        });
        QCOMPARE(
            runPortolan({ u"diff"_s, project, u"--from"_s, u"1.1"_s, u"--env"_s, u"Production"_s })
                .status,
            0);
        const CliResult other
            = runPortolan({ u"diff"_s, project, u"--from"_s, u"1.0"_s, u"--env-from"_s, u"Lab"_s,
                            u"--env-to"_s, u"Production"_s });
        QCOMPARE(other.status, 1);
        QVERIFY(other.err.contains("baseline \"1.0\" has no environment named \"Lab\""));
    }
};

QTEST_GUILESS_MAIN(TestDiffCli)
#include "tst_diffcli.moc"
