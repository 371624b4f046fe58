// The importer through its public API: the TKO reference sheet, encodings,
// binary files, products, messages and component kinds.

#include "domain/names.h"
#include "import/importer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

namespace {

QString flowText(const ImportedFlow &flow)
{
    return u"%1|%2|%3|%4|%5|%6"_s.arg(flow.product, flow.source, flow.destination,
                                      transportName(flow.protocol), flow.ports.toString(),
                                      flow.purpose);
}

QString messagesText(const ImportResult &result)
{
    QStringList lines;
    for (const ImportMessage &message : result.messages)
        lines.append(message.toString());
    return lines.join(u'\n');
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void rowsMayNotExpandPastTheLimit();
    void namesAndCellsHaveLimits();
    void messagesStayOneShortLine();
    void sourcesPastTheSizeLimitAreRefused();
    void seedSheet();
    void seedSheetRows_data();
    void seedSheetRows();
    void binaryFile_data();
    void binaryFile();
    void binaryText();
    void utf8WithBom();
    void windows1252Fallback();
    void utf16WithBom();
    void missingFile();
    void formatFromExtension();
    void productFallback_data();
    void productFallback();
    void messageText_data();
    void messageText();
    void notes_data();
    void notes();
    void noTable();
    void componentKind_data();
    void componentKind();
    void garbage_data();
    void garbage();
    void largeTable();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString TestImporter::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImporter::seedSheet()
{
    const QString path = QStringLiteral(PORTOLAN_SOURCE_DIR) + u"/resources/samples/tko/flows.md"_s;
    const ImportResult result = importFile(path);
    QVERIFY2(result.ok, qPrintable(messagesText(result)));
    // The sheet is clean: nothing to warn about (DHCP over TCP and LDAP over
    // UDP are what the sheet says; judging them is lint's business).
    QVERIFY2(result.messages.isEmpty(), qPrintable(messagesText(result)));
    QCOMPARE(result.flows.size(), 33);
    QCOMPARE(result.tablesImported, 1);
    QCOMPARE(result.tablesSkipped, 0);

    QStringList products;
    for (const ImportedFlow &flow : result.flows) {
        if (!products.contains(flow.product))
            products.append(flow.product);
    }
    QCOMPARE(products,
             QStringList({ u"NSX Advanced Load Balancer"_s, u"Tanzu Kubernetes Grid"_s }));

    // Sheet order: the rows' lines ascend, one flow per row.
    for (qsizetype k = 1; k < result.flows.size(); ++k)
        QVERIFY(result.flows[k].line > result.flows[k - 1].line);
    QCOMPARE(result.flows.first().line, 7);
    QCOMPARE(result.flows.last().line, 39);
}

void TestImporter::seedSheetRows_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first")
        << 0 << u"NSX Advanced Load Balancer|Avi Controller|Syslog|TCP|514|Log Export"_s;
    QTest::newRow("LDAP over UDP")
        << 4 << u"NSX Advanced Load Balancer|Avi Controller|LDAP Server|UDP|389|Authentication"_s;
    QTest::newRow("self flow")
        << 14
        << u"NSX Advanced Load Balancer|Avi Service Engine|Avi Service Engine|TCP|9001|"
           "Inter-SE distributed object store for vCenter/NSX-T/No Orchestrator/Linux server clouds"_s;
    QTest::newRow("NodePort range")
        << 17
        << u"Tanzu Kubernetes Grid|Bootstrap Machine|NodePort Services|TCP|30000-32767|"
           "External access to hosted services via L7 ingress in NodePort mode"_s;
    QTest::newRow("NodePortLocal default range")
        << 18
        << u"Tanzu Kubernetes Grid|Bootstrap Machine|NodePortLocal Services|TCP|61000-62000|"
           "External access to hosted services via L7 ingress in NodePortLocal mode"_s;
    QTest::newRow("31234 Pinniped")
        << 20
        << u"Tanzu Kubernetes Grid|TKG Workload Cluster CIDR|TKG Management Cluster CIDR|TCP|31234|"
           "Allow Pinniped concierge on workload cluster to access Pinniped supervisor on "
           "management cluster"_s;
    QTest::newRow("31234 register")
        << 21
        << u"Tanzu Kubernetes Grid|TKG Workload Cluster CIDR|TKG Management Cluster CIDR|TCP|31234|"
           "To register Workload Cluster with Management Cluster"_s;
    QTest::newRow("DHCP line list is one flow")
        << 27
        << u"Tanzu Kubernetes Grid|TKG Management and Workload Cluster CIDR|DHCP Server|TCP|67-68|"
           "Allow nodes to get DHCP addresses"_s;
    QTest::newRow("last, typo kept")
        << 32
        << u"Tanzu Kubernetes Grid|TKG Management and Workload Cluster CIDR|"
           "vRealzie Log Insight Cloud|TCP|443|To configure remote logging with fluentbit"_s;
}

void TestImporter::seedSheetRows()
{
    QFETCH(int, index);
    QFETCH(QString, expected);
    const QString path = QStringLiteral(PORTOLAN_SOURCE_DIR) + u"/resources/samples/tko/flows.md"_s;
    const ImportResult result = importFile(path);
    QVERIFY(index < result.flows.size());
    QCOMPARE(flowText(result.flows[index]), expected);
    if (index == 18)
        QVERIFY2(result.flows[index].notes.contains(u"default"_s),
                 qPrintable(result.flows[index].notes));
    else
        QCOMPARE(result.flows[index].notes, QString());
}

void TestImporter::binaryFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("NUL bytes, .md")
        << u"image.md"_s << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    QTest::newRow("NUL bytes, .csv") << u"data.csv"_s << QByteArray("a,b\n1,\0\n", 8);
    QTest::newRow("control bytes")
        << u"noise.csv"_s << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08source,dest\x0e\x0f");
}

void TestImporter::binaryFile()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    const ImportResult result = importFile(writeFile(name, bytes));
    QVERIFY(!result.ok);
    QVERIFY(result.flows.isEmpty());
    QCOMPARE(result.messages.size(), 1);
    QCOMPARE(result.messages.first().severity, ImportMessage::Severity::Error);
    QCOMPARE(result.messages.first().line, 0);
    QVERIFY2(result.messages.first().text.startsWith(u"not a text file"_s),
             qPrintable(result.messages.first().text));
}

void TestImporter::binaryText()
{
    const QString text = u"| Source | Destination | Port |\n|---|---|---|\n| a | b\u0000 | 1 |\n"_s;
    const ImportResult result = importText(text, SourceFormat::Markdown, u"x.md"_s);
    QVERIFY(!result.ok);
    QCOMPARE(messagesText(result), u"x.md: error: not a text file (it holds NUL bytes)"_s);
}

void TestImporter::utf8WithBom()
{
    const QByteArray bytes = "\xEF\xBB\xBFSource,Destination,Port,Protocol\r\n"
                             "Caf\xC3\xA9 Server,DNS,53,UDP\r\n";
    const ImportResult result = importFile(writeFile(u"bom.csv"_s, bytes));
    QVERIFY2(result.ok && result.messages.isEmpty(), qPrintable(messagesText(result)));
    QCOMPARE(result.flows.size(), 1);
    QCOMPARE(flowText(result.flows.first()), u"bom|Caf\u00e9 Server|DNS|UDP|53|"_s);
}

void TestImporter::windows1252Fallback()
{
    // "Café" and an en dash in a range, written by a Windows spreadsheet.
    const QByteArray bytes = "Source;Destination;Port;Protocol;Purpose\r\n"
                             "Admin;Server;443;TCP;UI\r\n"
                             "Caf\xE9;Server;30000\x96"
                             "30010;TCP;\x93quoted\x94\r\n";
    const ImportResult result = importFile(writeFile(u"legacy.csv"_s, bytes));
    QVERIFY(result.ok);
    QCOMPARE(messagesText(result),
             m_dir.filePath(u"legacy.csv"_s)
                 + u":3: warning: not valid UTF-8; read as Windows-1252"_s);
    QCOMPARE(result.flows.size(), 2);
    QCOMPARE(flowText(result.flows[1]),
             u"legacy|Caf\u00e9|Server|TCP|30000-30010|\u201cquoted\u201d"_s);
}

void TestImporter::utf16WithBom()
{
    const QString text = u"Source\tDestination\tPort\tProtocol\nA\tB\t22\tTCP\n"_s;
    QByteArray bytes("\xFF\xFE");
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    const ImportResult result = importFile(writeFile(u"unicode.txt"_s, bytes));
    QVERIFY2(result.ok, qPrintable(messagesText(result)));
    QCOMPARE(result.flows.size(), 1);
    QCOMPARE(flowText(result.flows.first()), u"unicode|A|B|TCP|22|"_s);
}

void TestImporter::missingFile()
{
    const ImportResult result = importFile(m_dir.filePath(u"nowhere.md"_s));
    QVERIFY(!result.ok);
    QCOMPARE(result.messages.size(), 1);
    QCOMPARE(result.messages.first().severity, ImportMessage::Severity::Error);
}

void TestImporter::formatFromExtension()
{
    // The same text is a markdown table in a .md file and a one-column CSV
    // in a .csv file.
    const QByteArray table = "| Source | Destination | Port |\n|---|---|---|\n| a | b | 22 |\n";
    QVERIFY(importFile(writeFile(u"t.md"_s, table)).ok);
    QVERIFY(!importFile(writeFile(u"t.csv"_s, table)).ok);
    // An unknown extension is sniffed.
    const ImportResult sniffed = importFile(writeFile(u"t.text"_s, table));
    QVERIFY(sniffed.ok);
    QCOMPARE(sniffed.flows.size(), 1);
}

void TestImporter::productFallback_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("defaultProduct");
    QTest::addColumn<QString>("expected");
    const QString noProductColumn = u"Source,Destination,Port\na,b,TCP:1\n"_s;
    const QString productColumn = u"Product,Source,Destination,Port\nNSX,a,b,TCP:1\n,c,d,TCP:2\n"_s;
    QTest::newRow("file base name") << noProductColumn << QString() << u"vendor.ports"_s;
    QTest::newRow("option") << noProductColumn << u"  Harbor "_s << u"Harbor"_s;
    QTest::newRow("cell wins, empty cell falls back")
        << productColumn << u"Other"_s << u"NSX,Other"_s;
    QTest::newRow("cell wins, base name") << productColumn << QString() << u"NSX,vendor.ports"_s;
}

void TestImporter::productFallback()
{
    QFETCH(QString, text);
    QFETCH(QString, defaultProduct);
    QFETCH(QString, expected);
    ImportOptions options;
    options.defaultProduct = defaultProduct;
    const ImportResult result
        = importText(text, SourceFormat::Csv, u"/some/dir/vendor.ports.csv"_s, options);
    QVERIFY2(result.ok, qPrintable(messagesText(result)));
    QStringList products;
    for (const ImportedFlow &flow : result.flows)
        products.append(flow.product);
    QCOMPARE(products.join(u','), expected);
}

void TestImporter::messageText_data()
{
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("warning with line")
        << int(ImportMessage::Severity::Warning) << 12 << u"doc.md:12: warning: text"_s;
    QTest::newRow("error with line")
        << int(ImportMessage::Severity::Error) << 3 << u"doc.md:3: error: text"_s;
    QTest::newRow("error about the file")
        << int(ImportMessage::Severity::Error) << 0 << u"doc.md: error: text"_s;
}

void TestImporter::messageText()
{
    QFETCH(int, severity);
    QFETCH(int, line);
    QFETCH(QString, expected);
    const ImportMessage message { ImportMessage::Severity(severity), u"doc.md"_s, line, u"text"_s };
    QCOMPARE(message.toString(), expected);
}

void TestImporter::notes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("extra columns")
        << u"Source,Destination,Port,Direction,Owner,Notes\na,b,TCP:1,Inbound,,see KB 42\n"_s
        << u"Direction: Inbound; Notes: see KB 42"_s;
    QTest::newRow("text after the port")
        << u"Source,Destination,Protocol:Port\na,*.example.com,TCP:443 (*.example.com)\n"_s
        << u"*.example.com"_s;
    QTest::newRow("footnote marks")
        << u"Source,Destination,Port,Protocol\nAvi Controller\u2020,b*,443 [2],TCP\n"_s
        << u"footnote [2] in Port; footnote \u2020 in Source; footnote * in Destination"_s;
    QTest::newRow("extra column line list")
        << u"Source,Destination,Port,Protocol,Direction\na,b,22,TCP,\"in\nout\"\n"_s
        << u"Direction: in, out"_s;
}

void TestImporter::notes()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const ImportResult result = importText(text, SourceFormat::Csv, u"n.csv"_s);
    QVERIFY2(result.ok && result.messages.isEmpty(), qPrintable(messagesText(result)));
    QCOMPARE(result.flows.size(), 1);
    QCOMPARE(result.flows.first().notes, expected);
}

void TestImporter::noTable()
{
    const ImportResult noRows
        = importText(u"Source,Destination,Port\r\n"_s, SourceFormat::Csv, u"h.csv"_s);
    QVERIFY(noRows.ok);
    QCOMPARE(messagesText(noRows), u"h.csv:1: warning: the table has no rows"_s);

    const ImportResult result = importText(u"# Ports\n\nJust prose, | with a pipe.\n"_s,
                                           SourceFormat::Markdown, u"p.md"_s);
    QVERIFY(!result.ok);
    QCOMPARE(messagesText(result), u"p.md: error: no markdown table found"_s);
    const ImportResult empty = importText(u"\n\n"_s, SourceFormat::Csv, u"e.csv"_s);
    QVERIFY(!empty.ok);
}

void TestImporter::componentKind_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    const auto row = [](const QString &name, const QString &kind) {
        QTest::newRow(qPrintable(name)) << name << kind;
    };
    row(u"any"_s, u"any"_s);
    row(u"ANY"_s, u"any"_s);
    row(u"0.0.0.0/0"_s, u"any"_s);
    row(u"Internet"_s, u"any"_s);
    row(u"*.vmware.com"_s, u"saas"_s);
    row(u"registry.example.com"_s, u"saas"_s);
    row(u"10.0.0.0/24"_s, u"network"_s);
    row(u"10.1.2.3"_s, u"host"_s);
    row(u"TKG Management Cluster CIDR"_s, u"network"_s);
    row(u"TKG Management and Workload Cluster CIDR"_s, u"network"_s);
    row(u"Management Network"_s, u"network"_s);
    row(u"Workload Subnet"_s, u"network"_s);
    row(u"VLAN 100"_s, u"network"_s);
    row(u"Overlay Segment"_s, u"network"_s);
    row(u"Supervisor Cluster"_s, u"cluster"_s);
    row(u"TKG Cluster Kubernetes API Server"_s, u"cluster"_s);
    row(u"Management Client"_s, u"client"_s);
    row(u"Bootstrap Machine"_s, u"client"_s);
    row(u"Admin Workstation"_s, u"client"_s);
    row(u"Jumpbox"_s, u"client"_s);
    row(u"Web Browser"_s, u"client"_s);
    row(u"End Users"_s, u"client"_s);
    row(u"Avi Controller"_s, u"appliance"_s);
    row(u"NSX Manager"_s, u"appliance"_s);
    row(u"vCenter Server"_s, u"appliance"_s);
    row(u"NSX Edge"_s, u"appliance"_s);
    row(u"Backup Appliance"_s, u"appliance"_s);
    row(u"Syslog"_s, u"service"_s);
    row(u"DNS Server"_s, u"service"_s);
    row(u"Domain Name Server"_s, u"service"_s);
    row(u"NTP"_s, u"service"_s);
    row(u"SecureLDAP Server"_s, u"service"_s);
    row(u"Harbor"_s, u"service"_s);
    row(u"Container Registry"_s, u"service"_s);
    row(u"NodePort Services"_s, u"service"_s);
    row(u"HTTP Proxy"_s, u"service"_s);
    row(u"Tanzu Mission Control"_s, u"saas"_s);
    row(u"Tanzu Service Mesh"_s, u"saas"_s);
    row(u"Tanzu Observability"_s, u"saas"_s);
    row(u"vRealzie Log Insight Cloud"_s, u"saas"_s);
    row(u"Some SaaS"_s, u"saas"_s);
    row(u"ESXi Host"_s, u"host"_s);
    row(u"Frontpage"_s, u"host"_s); // no "ntp" inside a word
    row(u"vRealize Log Insight"_s, u"host"_s);
}

void TestImporter::componentKind()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QCOMPARE(componentKindName(guessComponentKind(name)), kind);
}

void TestImporter::garbage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("format");
    const int md = int(SourceFormat::Markdown);
    const int csv = int(SourceFormat::Csv);
    const QString header = u"| Source | Destination | Port | Protocol |\n|---|---|---|---|\n"_s;
    QTest::newRow("lone pipe") << u"|"_s << md;
    QTest::newRow("empty table") << u"||\n|-|\n"_s << md;
    QTest::newRow("parentheses") << header + u"| a | b | (((( | TCP |\n"_s << md;
    QTest::newRow("closing parentheses") << header + u"| a | b | )) 443 ]] | TCP |\n"_s << md;
    QTest::newRow("unclosed tag") << header + u"| a<br | b<p | 443 | TCP |\n"_s << md;
    QTest::newRow("huge entity") << header + u"| &#xFFFFFFFFF; | &#0; | 443 | TCP |\n"_s << md;
    QTest::newRow("surrogate entity") << header + u"| &#xD800; | b | 443 | TCP |\n"_s << md;
    QTest::newRow("backslashes") << header + u"| \\ | \\\\ | 443\\ | TCP |\n"_s << md;
    QTest::newRow("stars") << header + u"| * | ** | *** | TCP |\n"_s << md;
    QTest::newRow("huge number") << header + u"| a | b | 99999999999999999999999 | TCP |\n"_s << md;
    QTest::newRow("dashes") << header + u"| a | b | --- - -- | TCP |\n"_s << md;
    QTest::newRow("only separators") << u"|---|---|\n|---|---|\n"_s << md;
    QTest::newRow("quote soup") << u"\"\"\"\",\"\n\"\"\"\n"_s << csv;
    QTest::newRow("delimiters only") << u";;;;\n;;;;\n"_s << csv;
    QTest::newRow("header only") << u"Source,Destination,Port\n"_s << csv;
    QTest::newRow("long cell") << header + u"| "_s + QString(100000, u'a') + u" | b | 1 | TCP |\n"_s
                               << md;
}

void TestImporter::garbage()
{
    QFETCH(QString, text);
    QFETCH(int, format);
    const ImportResult result = importText(text, SourceFormat(format), u"g"_s);
    // No crash; a result that keeps its promises.
    if (!result.ok) {
        QVERIFY(result.flows.isEmpty());
        QVERIFY(std::any_of(
            result.messages.cbegin(), result.messages.cend(),
            [](const ImportMessage &m) { return m.severity == ImportMessage::Severity::Error; }));
    }
    for (const ImportMessage &message : result.messages) {
        if (message.severity == ImportMessage::Severity::Warning)
            QVERIFY2(message.line > 0, qPrintable(message.toString()));
    }
    for (const ImportedFlow &flow : result.flows) {
        QVERIFY(!flow.source.isEmpty());
        QVERIFY(!flow.destination.isEmpty());
        QVERIFY(!flow.source.contains(QChar(0)));
    }
}

void TestImporter::largeTable()
{
    QString text
        = u"| Source | Destination | Ports | Protocol | Purpose |\n|---|---|---|---|---|\n"_s;
    for (int k = 0; k < 5000; ++k)
        text += u"| Host %1 | **Server %2**<br>Backup %2 | %3<br>%4 | TCP | Sync<br>Copy |\n"_s
                    .arg(k)
                    .arg(k % 97)
                    .arg(1024 + k % 5000)
                    .arg(20000 + k);
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = importText(text, SourceFormat::Markdown, u"big.md"_s);
    QVERIFY(result.ok);
    QCOMPARE(result.flows.size(), 10000);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(u"%1 ms"_s.arg(timer.elapsed())));
    qInfo("5000 rows in %lld ms", timer.elapsed());
}

// A row of 200 sources and 200 destinations makes 40,000 flows: over the
// default limit of 10,000 it fails the source, naming its line and the
// limit, and none of the source's flows are kept; a raised limit takes it.
void TestImporter::rowsMayNotExpandPastTheLimit()
{
    QStringList sources, destinations;
    for (int i = 0; i < 200; ++i) {
        sources << u"S%1"_s.arg(i);
        destinations << u"D%1"_s.arg(i);
    }
    const QString text = u"| Source | Destination | Protocol | Port |\n|---|---|---|---|\n"
                         u"| A | B | TCP | 22 |\n| %1 | %2 | TCP | 443 |\n"_s.arg(
                             sources.join(u"<br>"_s), destinations.join(u"<br>"_s));
    const ImportResult refused = importText(text, SourceFormat::Markdown, u"big.md"_s);
    QVERIFY(!refused.ok);
    QVERIFY(refused.flows.isEmpty());
    const QString shown = messagesText(refused);
    QVERIFY2(shown.startsWith(u"big.md:4: error: the row would make 40000 flows"_s),
             qPrintable(shown));
    QVERIFY2(shown.contains(u"limit of 10000"_s), qPrintable(shown));

    ImportOptions raised;
    raised.maxFlowsPerRow = 40000;
    const ImportResult taken = importText(text, SourceFormat::Markdown, u"big.md"_s, raised);
    QVERIFY(taken.ok);
    QCOMPARE(taken.flows.size(), 40001);
}

// A name of 10,000 characters is taken whole; one more fails the source
// at its line, naming the limit, as does a cell of more than 100,000.
void TestImporter::namesAndCellsHaveLimits()
{
    const QString header = u"product,source,destination,protocol,ports,purpose\n"_s;
    const QString longest = u"n"_s.repeated(maxNameLength);
    const ImportResult taken = importText(header + u"P,%1,D,TCP,1,p\n"_s.arg(longest),
                                          SourceFormat::Csv, u"names.csv"_s);
    QVERIFY(taken.ok);
    QCOMPARE(taken.flows.value(0).source, longest);

    const ImportResult longName
        = importText(header + u"P,a,b,TCP,1,p\nP,%1x,D,TCP,1,p\n"_s.arg(longest), SourceFormat::Csv,
                     u"names.csv"_s);
    QVERIFY(!longName.ok);
    QVERIFY(longName.flows.isEmpty());
    QCOMPARE(messagesText(longName),
             u"names.csv:3: error: a name of 10001 characters, more than the limit of 10000 a "
             u"name"_s);

    const ImportResult longCell
        = importText(header + u"P,a,b,TCP,1,%1\n"_s.arg(u"p"_s.repeated(maxCellLength + 1)),
                     SourceFormat::Csv, u"cells.csv"_s);
    QVERIFY(!longCell.ok);
    QCOMPARE(messagesText(longCell),
             u"cells.csv:2: error: cell 6 holds 100001 characters, more than the limit of "
             u"100000 a cell"_s);
}

// A header of 100,000 columns, a name with line breaks: each message is one
// line of at most 240 characters of text.
void TestImporter::messagesStayOneShortLine()
{
    QStringList header { u"Nothing"_s };
    for (int i = 0; i < 100000; ++i)
        header << u"c%1"_s.arg(i);
    const ImportResult wide = importText(header.join(u','), SourceFormat::Csv, u"wide.csv"_s);
    QVERIFY(!wide.ok);
    const QString line = wide.messages.first().toString();
    QVERIFY2(line.size() <= 300 && line.endsWith(u"…"_s), qPrintable(line.left(400)));

    const ImportResult broken
        = importText(u"source,destination,protocol,port\n\"A\nB\",C,TCP,70000\n"_s,
                     SourceFormat::Csv, u"broken.csv"_s);
    for (const ImportMessage &message : broken.messages)
        QVERIFY2(!message.text.contains(u'\n'), qPrintable(message.text));
}

void TestImporter::sourcesPastTheSizeLimitAreRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(maxSourceBytes + 1)); // sparse: no disk used
    file.close();
    const ImportResult huge = importFile(path);
    QVERIFY(!huge.ok);
    QVERIFY2(messagesText(huge).contains(u"larger than the limit of 64 MB"_s),
             qPrintable(messagesText(huge)));
#ifdef Q_OS_UNIX
    // A device without an end is read only up to the limit.
    const ImportResult zero = importFile(u"/dev/zero"_s);
    QVERIFY(!zero.ok);
    QVERIFY(messagesText(zero).contains(u"larger than the limit"_s));
#endif
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
