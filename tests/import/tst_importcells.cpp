// The importer's cell cleaning, line lists, name lists, header synonyms and
// markdown table finding, one concept at a time.

#include "import/cells.h"
#include "import/columns.h"
#include "import/markdowntables.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan::ImportDetail;

Q_DECLARE_METATYPE(ColumnRole)

class TestImportCells : public QObject
{
    Q_OBJECT

private slots:
    void cleanText_data();
    void cleanText();
    void lineList_data();
    void lineList();
    void names_data();
    void names();
    void footnotes_data();
    void footnotes();
    void notApplicable_data();
    void notApplicable();
    void headerRole_data();
    void headerRole();
    void serviceBesidePorts();
    void duplicateRole();
    void missingColumns_data();
    void missingColumns();
    void markdownTables();
    void markdownRowCells_data();
    void markdownRowCells();
};

void TestImportCells::cleanText_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Avi Controller"_s << u"Avi Controller"_s;
    QTest::newRow("surrounding space") << u"  Avi   Controller \t"_s << u"Avi Controller"_s;
    QTest::newRow("bold") << u"**Source**"_s << u"Source"_s;
    QTest::newRow("bold underscores") << u"__Source__"_s << u"Source"_s;
    QTest::newRow("emphasis") << u"*Bastion* host"_s << u"Bastion host"_s;
    QTest::newRow("emphasis underscores") << u"_Bastion_ host"_s << u"Bastion host"_s;
    QTest::newRow("snake_case stays") << u"my_host_name"_s << u"my_host_name"_s;
    QTest::newRow("wildcard stays") << u"*.example.com"_s << u"*.example.com"_s;
    QTest::newRow("two wildcards stay")
        << u"*.example.com, *.example.org"_s << u"*.example.com, *.example.org"_s;
    QTest::newRow("trailing star stays") << u"Avi Controller*"_s << u"Avi Controller*"_s;
    QTest::newRow("escaped star") << u"\\*.example.com"_s << u"*.example.com"_s;
    QTest::newRow("escaped underscore") << u"log\\_export"_s << u"log_export"_s;
    QTest::newRow("escaped brackets") << u"\\[internal\\]"_s << u"[internal]"_s;
    QTest::newRow("backslash before letter stays") << u"C:\\temp"_s << u"C:\\temp"_s;
    QTest::newRow("amp") << u"API &amp; UI"_s << u"API & UI"_s;
    QTest::newRow("lt gt") << u"&lt;cluster&gt;.example.com"_s << u"<cluster>.example.com"_s;
    QTest::newRow("nbsp") << u"Log&nbsp;Forwarder"_s << u"Log Forwarder"_s;
    QTest::newRow("decimal entity") << u"Admin&#39;s PC"_s << u"Admin's PC"_s;
    QTest::newRow("hex entity") << u"it&#x27;s"_s << u"it's"_s;
    QTest::newRow("unknown entity stays") << u"&bogus; x"_s << u"&bogus; x"_s;
    QTest::newRow("no-break space character") << u"a\u00a0b"_s << u"a b"_s;
    QTest::newRow("zero-width space") << u"vCen\u200bter"_s << u"vCenter"_s;
    QTest::newRow("code span") << u"`kubectl`"_s << u"kubectl"_s;
    QTest::newRow("code tag") << u"<code>443</code>"_s << u"443"_s;
    QTest::newRow("strong tag") << u"<strong>Avi</strong> Controller"_s << u"Avi Controller"_s;
    QTest::newRow("link") << u"[Harbor](https://goharbor.io)"_s << u"Harbor"_s;
    QTest::newRow("autolink") << u"<https://example.com/x>"_s << u"https://example.com/x"_s;
    QTest::newRow("placeholder stays") << u"<tenant>.example.com"_s << u"<tenant>.example.com"_s;
    QTest::newRow("superscript tag") << u"vCenter<sup>2</sup>"_s << u"vCenter[2]"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestImportCells::cleanText()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(Portolan::ImportDetail::cleanText(raw), expected);
}

void TestImportCells::lineList_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("single") << u"443"_s << QStringList { u"443"_s };
    QTest::newRow("empty") << u"  "_s << QStringList {};
    QTest::newRow("br") << u"67 <br> 68"_s << QStringList { u"67"_s, u"68"_s };
    QTest::newRow("br variants") << u"a<br/>b<br />c<BR>d</br>e"_s
                                 << QStringList { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s };
    QTest::newRow("p closed") << u"<p>a</p><p>b</p>"_s << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("p unclosed") << u"<p>a<p>b"_s << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("p with attributes")
        << u"<p class=\"x\">a</p><p>b"_s << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("list items") << u"<ul><li>NSX</li><li>vCenter</li></ul>"_s
                                << QStringList { u"NSX"_s, u"vCenter"_s };
    QTest::newRow("LF") << u"a\nb"_s << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("CRLF") << u"a\r\nb"_s << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("empty lines dropped")
        << u"<br>a<br><br> <br>b<br>"_s << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("lines are cleaned")
        << u"**a** <br> b&amp;c"_s << QStringList { u"a"_s, u"b&c"_s };
    QTest::newRow("escaped br stays text") << u"&lt;br&gt;"_s << QStringList { u"<br>"_s };
}

void TestImportCells::lineList()
{
    QFETCH(QString, raw);
    QFETCH(QStringList, expected);
    QCOMPARE(splitLineList(raw), expected);
}

void TestImportCells::names_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("marks");
    QTest::newRow("one") << u"Avi Controller"_s << QStringList { u"Avi Controller"_s }
                         << QStringList {};
    QTest::newRow("and is no separator")
        << u"TKG Management and Workload Cluster CIDR"_s
        << QStringList { u"TKG Management and Workload Cluster CIDR"_s } << QStringList {};
    QTest::newRow("commas") << u"DNS Server, NTP Server,Syslog"_s
                            << QStringList { u"DNS Server"_s, u"NTP Server"_s, u"Syslog"_s }
                            << QStringList {};
    QTest::newRow("semicolons") << u"Jumpbox; Admin"_s << QStringList { u"Jumpbox"_s, u"Admin"_s }
                                << QStringList {};
    QTest::newRow("comma inside parentheses")
        << u"Web (DMZ, internal), DB"_s << QStringList { u"Web (DMZ, internal)"_s, u"DB"_s }
        << QStringList {};
    QTest::newRow("trailing dots")
        << u"vCenter Server., ESXi."_s << QStringList { u"vCenter Server"_s, u"ESXi"_s }
        << QStringList {};
    QTest::newRow("footnotes") << u"Avi Controller*, NSX\u2020"_s
                               << QStringList { u"Avi Controller"_s, u"NSX"_s }
                               << QStringList { u"*"_s, u"\u2020"_s };
    QTest::newRow("footnote after a dot")
        << u"vCenter.\u00b9"_s << QStringList { u"vCenter"_s } << QStringList { u"\u00b9"_s };
    QTest::newRow("wildcards") << u"*.vmware.com, *.docker.io"_s
                               << QStringList { u"*.vmware.com"_s, u"*.docker.io"_s }
                               << QStringList {};
    QTest::newRow("empty items") << u", a, ,"_s << QStringList { u"a"_s } << QStringList {};
}

void TestImportCells::names()
{
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, marks);
    QStringList found;
    QCOMPARE(splitNames(line, &found), expected);
    QCOMPARE(found, marks);
}

void TestImportCells::footnotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("marks");
    QTest::newRow("none") << u"443"_s << u"443"_s << QString();
    QTest::newRow("star") << u"443*"_s << u"443"_s << u"*"_s;
    QTest::newRow("two stars") << u"443**"_s << u"443"_s << u"**"_s;
    QTest::newRow("dagger and double dagger")
        << u"NSX \u2020\u2021"_s << u"NSX"_s << u"\u2020\u2021"_s;
    QTest::newRow("bracket number") << u"Syslog [1]"_s << u"Syslog"_s << u"[1]"_s;
    QTest::newRow("markdown footnote") << u"Syslog[^note]"_s << u"Syslog"_s << u"[^note]"_s;
    QTest::newRow("letter") << u"Syslog [a]"_s << u"Syslog"_s << u"[a]"_s;
    QTest::newRow("bracketed word stays") << u"Syslog [TLS]"_s << u"Syslog [TLS]"_s << QString();
    QTest::newRow("markdown footnote short") << u"Syslog[^2]"_s << u"Syslog"_s << u"[^2]"_s;
    QTest::newRow("superscripts") << u"443\u00b9\u00b2"_s << u"443"_s << u"\u00b9\u00b2"_s;
    QTest::newRow("superscript four") << u"Harbor\u2074"_s << u"Harbor"_s << u"\u2074"_s;
    QTest::newRow("lone star stays") << u"*"_s << u"*"_s << QString();
    QTest::newRow("wildcard end stays") << u"host.*"_s << u"host.*"_s << QString();
    QTest::newRow("dash wildcard stays") << u"forest-*"_s << u"forest-*"_s << QString();
    QTest::newRow("star after a bracket") << u"Harbor (HA)*"_s << u"Harbor (HA)"_s << u"*"_s;
    QTest::newRow("only a bracket stays") << u"[1]"_s << u"[1]"_s << QString();
}

void TestImportCells::footnotes()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(QString, marks);
    QCOMPARE(takeFootnoteMarks(text), marks);
    QCOMPARE(text, expected);
}

void TestImportCells::notApplicable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    for (const QString &yes : { u""_s, u"N/A"_s, u"n/a"_s, u"NA"_s, u"-"_s, u"\u2013"_s,
                                u"\u2014"_s, u"none"_s, u" None "_s })
        QTest::newRow(qPrintable(u"yes: '"_s + yes + u"'"_s)) << yes << true;
    for (const QString &no : { u"0"_s, u"any"_s, u"443"_s, u"TCP"_s, u"n/a443"_s })
        QTest::newRow(qPrintable(u"no: '"_s + no + u"'"_s)) << no << false;
}

void TestImportCells::notApplicable()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(isNotApplicable(text), expected);
}

void TestImportCells::headerRole_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<ColumnRole>("role");
    const auto row = [](const QString &header, ColumnRole role) {
        QTest::newRow(qPrintable(header)) << header << role;
    };
    for (const QString &h :
         { u"Source"_s, u"Src"_s, u"From"_s, u"Source Component"_s, u"Initiator"_s, u"**Source**"_s,
           u"SOURCE:"_s, u" source "_s, u"Source*"_s })
        row(h, ColumnRole::Source);
    for (const QString &h :
         { u"Destination"_s, u"Target"_s, u"Dest"_s, u"Dst"_s, u"To"_s, u"Destination Component"_s,
           u"__Destination__"_s, u"Destination\u2020"_s })
        row(h, ColumnRole::Destination);
    for (const QString &h : { u"Port"_s, u"Ports"_s, u"Port(s)"_s, u"Destination Port(s)"_s,
                              u"Dst Port"_s, u"**Ports**"_s, u"Port (s)"_s })
        row(h, ColumnRole::Ports);
    for (const QString &h : { u"Protocol"_s, u"Protocols"_s, u"Transport"_s, u"Protocol(s)"_s })
        row(h, ColumnRole::Protocol);
    for (const QString &h :
         { u"Protocol:Port"_s, u"Protocol/Port"_s, u"Port/Protocol"_s, u"Protocol & Port(s)"_s,
           u"Ports and Protocols"_s, u"Service"_s, u"Services"_s, u"Protocol / Port"_s })
        row(h, ColumnRole::Service);
    for (const QString &h : { u"Purpose"_s, u"Description"_s, u"Service Description"_s,
                              u"Comment"_s, u"Reason"_s, u"Use"_s })
        row(h, ColumnRole::Purpose);
    for (const QString &h : { u"Product"_s, u"Component"_s, u"Vendor Product"_s })
        row(h, ColumnRole::Product);
    for (const QString &h :
         { u"Source Port"_s, u"Notes"_s, u"Direction"_s, u"Endpoint"_s, QString() })
        row(h.isEmpty() ? u"(empty)"_s : h, ColumnRole::Other);
}

void TestImportCells::headerRole()
{
    QFETCH(QString, header);
    QFETCH(ColumnRole, role);
    if (header == u"(empty)"_s)
        header.clear();
    QCOMPARE(roleOfHeader(header), role);
}

void TestImportCells::serviceBesidePorts()
{
    // "Service" beside a Ports column names the service; it becomes a note.
    const ColumnMap map = mapColumns({ u"Source"_s, u"Destination"_s, u"Service"_s, u"Port"_s });
    QCOMPARE(map.roles[2], ColumnRole::Other);
    QCOMPARE(map.roles[3], ColumnRole::Ports);
    const ColumnMap alone = mapColumns({ u"Source"_s, u"Destination"_s, u"Service"_s });
    QCOMPARE(alone.roles[2], ColumnRole::Service);
}

void TestImportCells::duplicateRole()
{
    const ColumnMap map
        = mapColumns({ u"Source"_s, u"Destination"_s, u"Port"_s, u"Purpose"_s, u"Description"_s });
    QCOMPARE(map.column(ColumnRole::Purpose), 3);
    QCOMPARE(map.roles[4], ColumnRole::Other);
    QCOMPARE(map.headers[4], u"Description"_s);
}

void TestImportCells::missingColumns_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("missing");
    QTest::addColumn<QString>("found");
    QTest::newRow("complete") << QStringList { u"Src"_s, u"Dst"_s, u"Protocol"_s } << QString()
                              << u"Src, Dst, Protocol"_s;
    QTest::newRow("no destination")
        << QStringList { u"**Source**"_s, u"Ports"_s, u""_s, u"Purpose"_s }
        << u"no Destination column"_s << u"Source, Ports, Purpose"_s;
    QTest::newRow("no source") << QStringList { u"Target"_s, u"Service"_s } << u"no Source column"_s
                               << u"Target, Service"_s;
    QTest::newRow("no ports") << QStringList { u"Source"_s, u"Destination"_s, u"Purpose"_s }
                              << u"no Port or Protocol column"_s
                              << u"Source, Destination, Purpose"_s;
    QTest::newRow("nothing") << QStringList { u"Version"_s, u"Date"_s }
                             << u"no Source or Destination column and no Port or Protocol column"_s
                             << u"Version, Date"_s;
}

void TestImportCells::missingColumns()
{
    QFETCH(QStringList, header);
    QFETCH(QString, missing);
    QFETCH(QString, found);
    const ColumnMap map = mapColumns(header);
    QCOMPARE(map.missing(), missing);
    QCOMPARE(map.hasFlowColumns(), missing.isEmpty());
    QCOMPARE(map.found(), found);
}

void TestImportCells::markdownTables()
{
    const QString text = u"# Title\n" // 1
                         "\n" // 2
                         "| a | b |\n" // 3
                         "| --- | :-: |\n" // 4
                         "| 1 | 2 |\n" // 5
                         "| --- | --- |\n" // 6: separator-like, left out
                         "| 3 | 4 |\n" // 7
                         "prose ends the table\n" // 8
                         "| 5 | 6 |\n" // 9: no separator: no table
                         "\n" // 10
                         "```\n" // 11
                         "| x | y |\n" // 12
                         "|---|---|\n" // 13
                         "```\n" // 14
                         "c | d\n" // 15
                         "--|--\n" // 16
                         "7 | 8\n" // 17
                         "---\n" // 18: thematic break, no row
                         "| lone |\n" // 19
                         "|------|\n" // 20
                         "| 9 |"_s; // 21, no final line break
    const QList<RawTable> tables = findMarkdownTables(text);
    QCOMPARE(tables.size(), 3);
    QCOMPARE(tables[0].line, 3);
    QCOMPARE(tables[0].header, QStringList({ u"a"_s, u"b"_s }));
    QCOMPARE(tables[0].rows.size(), 2);
    QCOMPARE(tables[0].rows[0].line, 5);
    QCOMPARE(tables[0].rows[1].line, 7);
    QCOMPARE(tables[0].rows[1].cells, QStringList({ u"3"_s, u"4"_s }));
    QCOMPARE(tables[1].line, 15);
    QCOMPARE(tables[1].header, QStringList({ u"c"_s, u"d"_s }));
    QCOMPARE(tables[1].rows.size(), 1);
    QCOMPARE(tables[1].rows[0].line, 17);
    QCOMPARE(tables[2].line, 19);
    QCOMPARE(tables[2].rows.size(), 1);
    QCOMPARE(tables[2].rows[0].line, 21);
    QCOMPARE(tables[2].rows[0].cells, QStringList({ u"9"_s }));
}

void TestImportCells::markdownRowCells_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("outer pipes") << u"| a | b |"_s << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("no outer pipes") << u"a | b"_s << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("leading pipe only") << u"| a | b"_s << QStringList { u"a"_s, u"b"_s };
    QTest::newRow("escaped pipe") << u"| a \\| b | c |"_s << QStringList { u"a | b"_s, u"c"_s };
    QTest::newRow("escaped trailing pipe") << u"a | b \\|"_s << QStringList { u"a"_s, u"b |"_s };
    QTest::newRow("escaped backslash then pipe")
        << u"| a\\\\| b |"_s << QStringList { u"a\\\\"_s, u"b"_s };
    QTest::newRow("empty cells") << u"|  | b | |"_s << QStringList { u""_s, u"b"_s, u""_s };
    QTest::newRow("br kept for later") << u"| 67 <br> 68 |"_s << QStringList { u"67 <br> 68"_s };
}

void TestImportCells::markdownRowCells()
{
    QFETCH(QString, line);
    QFETCH(QStringList, cells);
    QCOMPARE(splitTableRow(line), cells);
}

QTEST_APPLESS_MAIN(TestImportCells)
#include "tst_importcells.moc"
