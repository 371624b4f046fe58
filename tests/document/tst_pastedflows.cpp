// Rows pasted from a spreadsheet: with and without a header row, column
// synonyms, Portolan's own Copy output, bad rows reported by their pasted
// line, Windows line endings and trailing empty lines.

#include "document/pastedflows.h"

#include <QTest>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

QString lines(const QStringList &rows, const QString &end = u"\n"_s)
{
    return rows.join(end) + end;
}

QStringList messageLines(const ImportResult &result)
{
    QStringList texts;
    for (const ImportMessage &message : result.messages)
        texts.append(u"%1: %2"_s.arg(message.line).arg(message.text));
    return texts;
}

} // namespace

class TestPastedFlows : public QObject
{
    Q_OBJECT

private slots:
    void withHeader()
    {
        const ImportResult result = parsePastedFlows(lines({
            u"Source\tDestination\tProtocol\tPorts\tPurpose"_s,
            u"Web\tDatabase\tTCP\t5432\tQueries"_s,
        }));
        QVERIFY(result.ok);
        QCOMPARE(messageLines(result), QStringList());
        QCOMPARE(result.flows.size(), 1);
        const ImportedFlow &flow = result.flows.constFirst();
        QCOMPARE(flow.source, u"Web"_s);
        QCOMPARE(flow.destination, u"Database"_s);
        QCOMPARE(flow.protocol, Transport::Tcp);
        QCOMPARE(flow.ports, PortSet::single(5432));
        QCOMPARE(flow.purpose, u"Queries"_s);
        QCOMPARE(flow.line, 2);
        // Not a product named after some file.
        QCOMPARE(flow.product, QString());
    }

    void withoutHeader()
    {
        const ImportResult result = parsePastedFlows(lines({
            u"Web\tDatabase\tTCP\t5432\tQueries"_s,
            u"Web\tCache\tUDP\t6379-6380"_s, // no purpose cell at all
            u"Monitor\tWeb\tICMP\t\tPing\tsee runbook"_s, // one cell more: notes
        }));
        QVERIFY(result.ok);
        QCOMPARE(messageLines(result), QStringList());
        QCOMPARE(result.flows.size(), 3);
        QCOMPARE(result.flows[0].source, u"Web"_s);
        QCOMPARE(result.flows[0].line, 1);
        QCOMPARE(result.flows[0].product, QString());
        QCOMPARE(result.flows[1].destination, u"Cache"_s);
        QCOMPARE(result.flows[1].protocol, Transport::Udp);
        QCOMPARE(result.flows[1].ports, PortSet::range(6379, 6380));
        QCOMPARE(result.flows[1].purpose, QString());
        QCOMPARE(result.flows[1].line, 2);
        QCOMPARE(result.flows[2].protocol, Transport::Icmp);
        QVERIFY(result.flows[2].ports.isEmpty());
        QCOMPARE(result.flows[2].notes, u"see runbook"_s);
        QCOMPARE(result.flows[2].line, 3);
    }

    void synonyms_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("row");
        QTest::newRow("from/to") << u"From\tTo\tTransport\tPort(s)\tDescription"_s
                                 << u"Web\tDatabase\ttcp\t5432\tQueries"_s;
        QTest::newRow("src/dst, service")
            << u"Src\tDst\tService\tComment"_s << u"Web\tDatabase\tTCP/5432\tQueries"_s;
        QTest::newRow("reordered") << u"Purpose\tPort\tTarget\tSource Host\tIP Protocol"_s
                                   << u"Queries\t5432\tDatabase\tWeb\tTCP"_s;
    }

    void synonyms()
    {
        QFETCH(QString, header);
        QFETCH(QString, row);
        const ImportResult result = parsePastedFlows(lines({ header, row }));
        QCOMPARE(messageLines(result), QStringList());
        QCOMPARE(result.flows.size(), 1);
        const ImportedFlow &flow = result.flows.constFirst();
        QCOMPARE(flow.source, u"Web"_s);
        QCOMPARE(flow.destination, u"Database"_s);
        QCOMPARE(flow.protocol, Transport::Tcp);
        QCOMPARE(flow.ports, PortSet::single(5432));
        QCOMPARE(flow.purpose, u"Queries"_s);
    }

    // What the Flows table's Copy writes comes back as it was.
    void ownCopyOutput()
    {
        const ImportResult result = parsePastedFlows(lines({
            u"Product\tSource\tDestination\tProtocol\tPorts\tPurpose\tOptional\tNotes"_s,
            u"vCenter\tWeb\tDatabase\tTCP\t80,443\tQueries\tyes\tbehind the proxy"_s,
            u"\tWeb\tCache\tUDP\t6379\t\tno\t"_s,
        }));
        QCOMPARE(messageLines(result), QStringList());
        QCOMPARE(result.flows.size(), 2);
        QCOMPARE(result.flows[0].product, u"vCenter"_s);
        QCOMPARE(result.flows[0].ports.toString(), u"80,443"_s);
        QCOMPARE(result.flows[0].optional, true);
        QCOMPARE(result.flows[0].notes, u"behind the proxy"_s);
        QCOMPARE(result.flows[1].product, QString()); // an empty product cell: none
        QCOMPARE(result.flows[1].optional, false);
        QCOMPARE(result.flows[1].notes, QString());
    }

    void badRowsReportedWithTheirLine()
    {
        const ImportResult result = parsePastedFlows(lines({
            u"Web\tDatabase\tTCP\t5432\tQueries"_s,
            u"Web\t\tTCP\t443\tNo destination"_s,
            u"Web\tCache\tTCP\t6379\t\"two\nlines\""_s,
            u"Web\tMail\tTCP\tsmtp-ish\tMail"_s,
        }));
        QVERIFY(result.ok);
        QCOMPARE(result.flows.size(), 2);
        QCOMPARE(result.flows[1].destination, u"Cache"_s);
        QCOMPARE(result.flows[1].line, 3);
        const QStringList messages = messageLines(result);
        QCOMPARE(messages.size(), 2);
        QVERIFY2(messages[0].startsWith(u"2: no destination"_s), qPrintable(messages[0]));
        // Line 5: the cell with a line break made row 3 two lines long.
        QVERIFY2(messages[1].startsWith(u"5: "_s), qPrintable(messages[1]));
        QVERIFY2(messages[1].contains(u"smtp-ish"_s), qPrintable(messages[1]));
        for (const ImportMessage &message : result.messages)
            QCOMPARE(message.severity, ImportMessage::Severity::Warning);
    }

    // "(optional)" after an item marks its flows optional, with an Optional
    // column or without.
    void optionalMarkInACell()
    {
        const ImportResult result = parsePastedFlows(lines({
            u"Source\tDestination\tProtocol\tPorts\tOptional"_s,
            u"Web\t\"Proxy\n(optional)\nRegistry\"\tTCP\t3128\tno"_s,
        }));
        QCOMPARE(messageLines(result), QStringList());
        QCOMPARE(result.flows.size(), 2);
        QCOMPARE(result.flows[0].destination, u"Proxy"_s);
        QCOMPARE(result.flows[0].optional, true);
        QCOMPARE(result.flows[1].destination, u"Registry"_s);
        QCOMPARE(result.flows[1].optional, false);
        const ImportResult bare
            = parsePastedFlows(lines({ u"Web\tTelemetry (optional)\tTCP\t443\tUsage"_s }));
        QCOMPARE(bare.flows.size(), 1);
        QCOMPARE(bare.flows[0].destination, u"Telemetry"_s);
        QCOMPARE(bare.flows[0].optional, true);
    }

    void optionalThatIsNotYesOrNo()
    {
        const ImportResult result = parsePastedFlows(lines({
            u"Source\tDestination\tProtocol\tPorts\tOptional"_s,
            u"Web\tDatabase\tTCP\t5432\tmaybe"_s,
        }));
        QCOMPARE(result.flows.size(), 1);
        QCOMPARE(result.flows[0].optional, false);
        QCOMPARE(messageLines(result),
                 QStringList { u"2: “maybe” in the Optional column is neither yes nor no; read "
                               u"as no"_s });
    }

    void lineEndings_data()
    {
        QTest::addColumn<QString>("text");
        const QStringList rows { u"Source\tDestination\tProtocol\tPorts\tPurpose"_s,
                                 u"Web\tDatabase\tTCP\t5432\tQueries"_s,
                                 u"Web\tCache\tTCP\t6379\tSessions"_s };
        QTest::newRow("LF") << lines(rows);
        QTest::newRow("CRLF") << lines(rows, u"\r\n"_s);
        QTest::newRow("no final line break") << rows.join(u'\n');
        QTest::newRow("trailing empty lines") << lines(rows) + u"\n\n"_s;
        QTest::newRow("trailing empty rows, CRLF")
            << lines(rows, u"\r\n"_s) + u"\t\t\t\t\r\n\r\n"_s;
    }

    void lineEndings()
    {
        QFETCH(QString, text);
        const ImportResult result = parsePastedFlows(text);
        QVERIFY(result.ok);
        QCOMPARE(messageLines(result), QStringList());
        QCOMPARE(result.flows.size(), 2);
        QCOMPARE(result.flows[0].purpose, u"Queries"_s);
        QCOMPARE(result.flows[1].purpose, u"Sessions"_s);
        QCOMPARE(result.flows[1].line, 3);
    }

    void nothingToPaste_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank lines") << u"\n\t\t\n  \n"_s;
    }

    void nothingToPaste()
    {
        QFETCH(QString, text);
        const ImportResult result = parsePastedFlows(text);
        QVERIFY(!result.ok);
        QVERIFY(result.flows.isEmpty());
        QCOMPARE(result.messages.size(), 1);
        QCOMPARE(result.messages[0].severity, ImportMessage::Severity::Error);
    }

    // A header the importer cannot use says what is missing.
    void headerWithoutFlowColumns()
    {
        const ImportResult result
            = parsePastedFlows(lines({ u"Source\tPurpose"_s, u"Web\tQueries"_s }));
        QVERIFY(!result.ok);
        QVERIFY(result.flows.isEmpty());
        QCOMPARE(result.messages.size(), 1);
        QVERIFY2(result.messages[0].text.contains(u"Destination"_s),
                 qPrintable(result.messages[0].text));
        QCOMPARE(result.messages[0].line, 1);
    }
};

QTEST_GUILESS_MAIN(TestPastedFlows)
#include "tst_pastedflows.moc"
