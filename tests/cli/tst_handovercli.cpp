// portolan handover, run against the built binary on the TKO sample with the
// full Lab plan: the PDF read back with poppler's pdfinfo and pdftotext —
// page count and "n / N" on every page, the title block, every rule, the
// repeated header of a long rule table, the findings and the sign-off, the
// diagram's pages with no label under 6 pt (in parts on A4), the paper sizes, the author from the
// preferences, and refusals that write nothing.
#include "clirunner.h"
#include "pdfreader.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using PdfReader::pageCount;
using PdfReader::pageSize;
using PdfReader::smallestWord;
using PdfReader::text;

class TestHandoverCli : public QObject
{
    Q_OBJECT

    // The diagram's pages from page 2 on: every one headed "Port diagram",
    // no edge label on any under 6 pt (pdftotext's word boxes are about
    // 1.1 × the font's size). Returns how many there are.
    int checkDiagramPages(const QString &pdf)
    {
        int pages = 0;
        static const QRegularExpression service(u"^(TCP|UDP)$"_s);
        for (int page = 2; page <= pageCount(pdf); ++page) {
            if (!text(pdf, page).contains(u"Port diagram"_s))
                break;
            ++pages;
            const qreal smallest = smallestWord(pdf, page, service);
            if (smallest >= 0 && smallest < 6.5) {
                qWarning("page %d: a label %.2f pt high", page, smallest);
                return -1;
            }
        }
        return pages;
    }

private:
    QTemporaryDir m_dir;
    QString m_project;
    QList<std::pair<QString, QString>> m_env; // no preferences, a fixed date

    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliResult handover(const QStringList &extra)
    {
        return runPortolan(QStringList { u"handover"_s, m_project, u"--env"_s, u"Lab"_s } + extra,
                           m_env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).mkdir(u"config"_s);
        m_env = { { u"XDG_CONFIG_HOME"_s, path(u"config"_s) },
                  { u"SOURCE_DATE_EPOCH"_s, u"1772582400"_s } }; // 2026-03-04
        m_project = path(u"lab.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, m_project, u"--sample"_s, u"tko"_s }).status, 0);
        const QStringList prefixes[] = {
            { u"Admin clients"_s, u"10.0.1.0/24"_s },
            { u"vSphere infrastructure"_s, u"10.0.10.0/24"_s },
            { u"NSX Advanced Load Balancer"_s, u"10.0.11.0/24"_s },
            { u"Tanzu Kubernetes Grid"_s, u"10.0.12.0/22"_s },
            { u"Shared services"_s, u"10.0.20.0/24"_s },
        };
        for (const QStringList &p : prefixes)
            QCOMPARE(runPortolan({ u"prefix"_s, m_project, u"--env"_s, u"Lab"_s, u"--zone"_s,
                                   p.at(0), u"--cidr"_s, p.at(1) })
                         .status,
                     0);
        QCOMPARE(runPortolan({ u"assign"_s, m_project, u"--env"_s, u"Lab"_s, u"--from"_s,
                               QStringLiteral(PORTOLAN_TEST_DATA "/handover/tko-lab-plan.csv") })
                     .status,
                 0);
    }

    void thePackOfLab()
    {
        const QString out = path(u"lab.pdf"_s);
        const CliResult result = handover(
            { u"--out"_s, out, u"--author"_s, u"Ada Lovelace"_s, u"--revision"_s, u"1.0"_s });
        QCOMPARE(result.status, 0);
        QVERIFY2(result.err.isEmpty(), result.err.constData()); // every rule resolved
        QVERIFY(result.out.isEmpty());

        const int pages = pageCount(out);
        QVERIFY2(pages >= 6, qPrintable(QString::number(pages)));
        for (int page = 1; page <= pages; ++page) {
            const QString t = text(out, page);
            const auto footer
                = QRegularExpression(u"(\\d+)\\s*/\\s*(\\d+)\\s*$"_s).match(t.trimmed());
            QVERIFY2(footer.hasMatch(), qPrintable(t.right(80)));
            QCOMPARE(footer.captured(1).toInt(), page);
            QCOMPARE(footer.captured(2).toInt(), pages);
        }

        const QString title = text(out, 1);
        for (const QString &expected :
             { u"VMware Tanzu for Kubernetes Operations"_s, u"Network handover pack · Lab"_s,
               u"Revision"_s, u"1.0"_s, u"2026-03-04"_s, u"Ada Lovelace"_s,
               u"Content fingerprint"_s, u"33, all resolved"_s, u"26 of 26"_s, u"Contents"_s })
            QVERIFY2(title.contains(expected), qPrintable(expected));

        // The diagrams start on a page of their own, with names and
        // addresses as text and no edge label under 6 pt: first the zone
        // overview on one page, then (no view being marked for print) the
        // whole diagram, which on A4 is printed in parts behind a map.
        QCOMPARE(pageSize(out, 1), u"595 x 842"_s);
        const int diagramPages = checkDiagramPages(out);
        QVERIFY(diagramPages > 2);
        QVERIFY2(text(out, 2).contains(u"Port diagram · Lab · zone overview"_s),
                 qPrintable(text(out, 2)));
        QVERIFY(text(out, 2).contains(u"9 components"_s)); // Shared services, as one node
        QVERIFY(!text(out, 2).contains(u"Syslog"_s));
        static const QRegularExpression parts(u"in parts A1 to [A-Z]+[0-9]+, one page each"_s);
        QVERIFY2(parts.match(text(out, 3).simplified()).hasMatch(), qPrintable(text(out, 3)));
        QVERIFY(text(out, 3).contains(u"Port diagram · Lab\n"_s)
                || text(out, 3).contains(u"Port diagram · Lab "_s));
        QVERIFY(text(out).contains(u"10.0.20.10"_s));
        QCOMPARE(pageSize(out, 2 + diagramPages), u"595 x 842"_s);

        // Every rule the rules command writes is in the pack.
        const QString csv = path(u"lab.csv"_s);
        QCOMPARE(
            runPortolan({ u"rules"_s, m_project, u"--env"_s, u"Lab"_s, u"--out"_s, csv }).status,
            0);
        QFile rulesFile(csv);
        QVERIFY(rulesFile.open(QIODevice::ReadOnly));
        QSet<QString> expectedIds;
        for (const auto &m :
             QRegularExpression(u"^(R\\d{4}),"_s, QRegularExpression::MultilineOption)
                 .globalMatch(QString::fromUtf8(rulesFile.readAll())))
            expectedIds.insert(m.captured(1));
        QCOMPARE(expectedIds.size(), 33);
        const QString all = text(out);
        QSet<QString> printedIds;
        for (const auto &m : QRegularExpression(u"\\b(R\\d{4})\\b"_s).globalMatch(all))
            printedIds.insert(m.captured(1));
        QCOMPARE(printedIds, expectedIds);

        for (const QString &expected :
             { u"Firewall rules"_s, u"Address plan"_s, u"Zone prefixes"_s, u"10.0.12.0/22"_s,
               u"*.tmc.cloud.vmware.com"_s, u"Findings"_s, u"contradicts DHCP"_s, u"TCP 31234"_s,
               u"Sign-off"_s, u"Prepared by"_s, u"Reviewed by"_s, u"Accepted by"_s,
               u"Handover pack · revision 1.0"_s })
            QVERIFY2(all.contains(expected), qPrintable(expected));
        // Searchable words: no ligature glyphs in the text.
        QVERIFY(all.contains(u"fingerprint"_s));
        QVERIFY(!all.contains(QChar(0xfb01)) && !all.contains(QChar(0xfb02)));
    }

    void longRuleTablesRepeatTheirHeader()
    {
        // 160 flows: the rule table runs over several pages.
        QString csv = u"product,source,destination,protocol,ports,purpose\n"_s;
        for (int i = 0; i < 160; ++i)
            csv += u"Big,Client %1,Server %2,TCP,%3,Purpose number %1\n"_s.arg(i).arg(i % 7).arg(
                8000 + i);
        QFile source(path(u"big.csv"_s));
        QVERIFY(source.open(QIODevice::WriteOnly));
        source.write(csv.toUtf8());
        source.close();
        const QString big = path(u"big.portolan"_s);
        QCOMPARE(runPortolan({ u"import"_s, source.fileName(), u"--into"_s, big }).status, 0);
        QCOMPARE(runPortolan({ u"assign"_s, big, u"--env"_s, u"Lab"_s, u"--component"_s,
                               u"Server 1"_s, u"--address"_s, u"10.9.0.1"_s })
                     .status,
                 0);
        const QString out = path(u"big.pdf"_s);
        const CliResult result
            = runPortolan({ u"handover"_s, big, u"--env"_s, u"Lab"_s, u"--out"_s, out }, m_env);
        QCOMPARE(result.status, 0);
        QVERIFY(result.err.contains("160 rules have an endpoint without an address in Lab"));

        int rulePages = 0;
        for (int page = 3; page <= pageCount(out); ++page) {
            const QString t = text(out, page);
            if (!t.contains(u"Firewall rules"_s))
                continue;
            ++rulePages;
            for (const QString &header :
                 { u"Rule"_s, u"Source"_s, u"Destination"_s, u"Service"_s, u"Purpose"_s })
                QVERIFY2(t.contains(header), qPrintable(u"page %1: %2"_s.arg(page).arg(header)));
            if (rulePages > 1)
                QVERIFY(t.contains(u"Firewall rules (continued)"_s));
        }
        QVERIFY2(rulePages >= 4, qPrintable(QString::number(rulePages)));
        QVERIFY(text(out).contains(u"Purpose number 159"_s));
    }

    void papersAndOrientation_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("portrait");
        QTest::addColumn<QString>("diagram");
        QTest::newRow("A3") << QStringList { u"--paper"_s, u"a3"_s } << u"842 x 1191"_s
                            << QString();
        QTest::newRow("Letter") << QStringList { u"--paper"_s, u"Letter"_s } << u"612 x 792"_s
                                << QString();
        QTest::newRow("portrait diagram")
            << QStringList { u"--diagram-orientation"_s, u"portrait"_s } << u"595 x 842"_s
            << u"595 x 842"_s;
    }

    void papersAndOrientation()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, portrait);
        QFETCH(QString, diagram);
        const QString out = path(u"paper.pdf"_s);
        QCOMPARE(handover(QStringList { u"--out"_s, out } + options).status, 0);
        QCOMPARE(pageSize(out, 1), portrait);
        const int diagramPages = checkDiagramPages(out);
        QVERIFY(diagramPages >= 1);
        if (!diagram.isEmpty()) { // asked for: every diagram page that way
            for (int page = 2; page < 2 + diagramPages; ++page)
                QCOMPARE(pageSize(out, page), diagram);
        }
        QCOMPARE(pageSize(out, 2 + diagramPages), portrait);
    }

    void viewsMarkedForPrintReplaceTheWholeDiagram()
    {
        const QString project = path(u"printed.portolan"_s);
        QVERIFY(QFile::copy(m_project, project));
        QCOMPARE(runPortolan({ u"view"_s, project, u"--name"_s, u"Avi"_s, u"--product"_s,
                               u"NSX Advanced Load Balancer"_s, u"--print"_s })
                     .status,
                 0);
        QCOMPARE(runPortolan(
                     { u"view"_s, project, u"--name"_s, u"Not printed"_s, u"--text"_s, u"443"_s })
                     .status,
                 0);
        const QString out = path(u"printed.pdf"_s);
        QCOMPARE(
            runPortolan({ u"handover"_s, project, u"--env"_s, u"Lab"_s, u"--out"_s, out }, m_env)
                .status,
            0);
        QStringList headings;
        for (int page = 2; page <= pageCount(out); ++page) {
            const QString t = text(out, page);
            if (!t.contains(u"Port diagram"_s))
                break;
            // One heading per diagram, its parts (" · part A2") aside.
            QString heading = QRegularExpression(u"Port diagram[^\n]*"_s).match(t).captured(0);
            heading.remove(QRegularExpression(u" · part [A-Z]+[0-9]+"_s));
            heading = heading.trimmed();
            if (!headings.contains(heading))
                headings << heading;
        }
        QCOMPARE(headings,
                 QStringList({ u"Port diagram · Lab · zone overview"_s,
                               u"Port diagram · Lab · view “Avi”"_s }));
        QVERIFY(text(out, 3).contains(u"Avi Controller"_s));
        QVERIFY(!text(out, 3).contains(u"Harbor"_s)); // a TKG service only
    }

    void authorComesFromThePreferences()
    {
        const QString out = path(u"author.pdf"_s);
        QCOMPARE(handover({ u"--out"_s, out }).status, 0);
        QVERIFY(!text(out).contains(u"Grace Hopper"_s));

        QDir(path(u"config"_s)).mkdir(u"Portolan"_s);
        QFile settings(path(u"config/Portolan/Portolan.conf"_s));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[handover]\nauthor=Grace Hopper\n");
        settings.close();
        QCOMPARE(handover({ u"--out"_s, out }).status, 0);
        const QString title = text(out, 1);
        QVERIFY(title.contains(u"Grace Hopper"_s));
        // Without --revision the fingerprint is the revision.
        const auto fingerprint
            = QRegularExpression(u"Content fingerprint\\s+([0-9a-f ]{14})"_s).match(title);
        QVERIFY2(fingerprint.hasMatch(), qPrintable(title));
        QVERIFY(text(out).contains(u"revision "_s + fingerprint.captured(1)));
        // --author wins over the preferences.
        QCOMPARE(handover({ u"--out"_s, out, u"--author"_s, u"Alan Turing"_s }).status, 0);
        QVERIFY(text(out, 1).contains(u"Alan Turing"_s));
        QVERIFY(settings.remove());
    }

    // --baseline prints the pack from a baseline and records it; a baseline
    // of that name is made first when there is none, and removed again when
    // the pack cannot be written.
    void packRecordsItsBaseline()
    {
        const QString project = path(u"baseline.portolan"_s);
        QVERIFY(QFile::copy(m_project, project));
        const auto pack = [&](const QStringList &extra) {
            return runPortolan(QStringList { u"handover"_s, project, u"--env"_s, u"Lab"_s }
                                   + extra,
                               m_env);
        };
        const QString working = path(u"working.pdf"_s);
        QCOMPARE(pack({ u"--out"_s, working }).status, 0);
        QVERIFY(text(working, 1).contains(u"none: the working design"_s));

        const QString missing = path(u"no such folder/pack.pdf"_s);
        QCOMPARE(pack({ u"--out"_s, missing, u"--baseline"_s, u"1.0"_s }).status, 1);
        QVERIFY(runPortolan({ u"baseline"_s, project, u"--list"_s }).out.isEmpty());

        const QString first = path(u"first.pdf"_s);
        const CliResult made = pack({ u"--out"_s, first, u"--baseline"_s, u"1.0"_s });
        QCOMPARE(made.status, 0);
        QVERIFY(made.err.contains("created baseline \"1.0\" for this pack"));
        const QString title = text(first, 1);
        QVERIFY2(QRegularExpression(u"Baseline\\s+1\\.0, frozen \\d{4}-\\d\\d-\\d\\d"_s)
                     .match(title)
                     .hasMatch(),
                 qPrintable(title));
        QVERIFY(title.contains(u"Revision"_s) && text(first).contains(u"revision 1.0"_s));
        QVERIFY(runPortolan({ u"baseline"_s, project, u"--list"_s }).out.startsWith("1.0\t"));

        // The design moves on; the pack of 1.0 stays the pack of 1.0.
        QCOMPARE(runPortolan({ u"assign"_s, project, u"--env"_s, u"Lab"_s, u"--component"_s,
                               u"Harbor"_s, u"--address"_s, u"10.0.20.250"_s })
                     .status,
                 0);
        const QString again = path(u"again.pdf"_s);
        const CliResult printed = pack({ u"--out"_s, again, u"--baseline"_s, u"1.0"_s });
        QCOMPARE(printed.status, 0);
        QVERIFY(!printed.err.contains("created baseline"));
        QVERIFY(!text(again).contains(u"10.0.20.250"_s));
        QCOMPARE(pack({ u"--out"_s, working }).status, 0);
        QVERIFY(text(working).contains(u"10.0.20.250"_s));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString file = u"lab.portolan"_s;
        QTest::newRow("no env") << QStringList { u"handover"_s, file, u"--out"_s, u"x.pdf"_s } << 2
                                << u"--env"_s;
        QTest::newRow("no out") << QStringList { u"handover"_s, file, u"--env"_s, u"Lab"_s } << 2
                                << u"--out"_s;
        QTest::newRow("not pdf") << QStringList { u"handover"_s, file,       u"--env"_s,
                                                  u"Lab"_s,      u"--out"_s, u"x.docx"_s }
                                 << 2 << u"written as .pdf"_s;
        QTest::newRow("paper") << QStringList { u"handover"_s, file,       u"--env"_s,   u"Lab"_s,
                                                u"--out"_s,    u"x.pdf"_s, u"--paper"_s, u"A5"_s }
                               << 2 << u"unknown paper \"A5\""_s;
        QTest::newRow("orientation") << QStringList { u"handover"_s,
                                                      file,
                                                      u"--env"_s,
                                                      u"Lab"_s,
                                                      u"--out"_s,
                                                      u"x.pdf"_s,
                                                      u"--diagram-orientation"_s,
                                                      u"sideways"_s }
                                     << 2 << u"auto, portrait or landscape"_s;
        QTest::newRow("consolidate")
            << QStringList { u"handover"_s, file,       u"--env"_s,         u"Lab"_s,
                             u"--out"_s,    u"x.pdf"_s, u"--consolidate"_s, u"all"_s }
            << 2 << u"none or ports"_s;
        QTest::newRow("unknown env")
            << QStringList { u"handover"_s, file, u"--env"_s, u"Prod"_s, u"--out"_s, u"x.pdf"_s }
            << 1 << u"Lab"_s;
        QTest::newRow("no project")
            << QStringList { u"handover"_s, u"nowhere.portolan"_s, u"--env"_s, u"Lab"_s, u"--out"_s,
                             u"x.pdf"_s }
            << 1 << u"nowhere.portolan"_s;
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, message);
        for (QString &argument : arguments) {
            if (argument.contains(u'.') && !argument.startsWith(u"--"_s))
                argument = path(argument);
        }
        // An existing file at the target stays as it was.
        const QString target = path(u"x.pdf"_s);
        QFile existing(target);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        const CliResult result = runPortolan(arguments, m_env);
        QCOMPARE(result.status, status);
        QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
        QVERIFY(result.err.startsWith("portolan: "));
        QFile check(target);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("keep me"));
        QVERIFY(!QFile::exists(path(u"x.docx"_s)));
    }
};

QTEST_GUILESS_MAIN(TestHandoverCli)
#include "tst_handovercli.moc"
