// CSV as spreadsheets write it: sniffing, quoting, line breaks, line numbers.

#include "io/csv.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data();
    void sniff();
    void read_data();
    void read();
    void lineNumbers();
    void unterminatedQuote();
    void givenDelimiter();
    void field_data();
    void field();
    void line();
    void roundTrip_data();
    void roundTrip();
};

void TestCsv::sniff_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("expected");
    QTest::newRow("comma") << u"a,b,c\n1,2,3\n"_s << QChar(u',');
    QTest::newRow("semicolon") << u"a;b;c\n1;2;3\n"_s << QChar(u';');
    QTest::newRow("tab") << u"a\tb\tc\n1\t2\t3\n"_s << QChar(u'\t');
    QTest::newRow("semicolon with commas in text")
        << u"Source;Destination;Purpose\nA;B;logs, metrics and traces\nC;D;x\n"_s << QChar(u';');
    QTest::newRow("tab with commas and semicolons")
        << u"Source\tDestination\tPurpose\nA\tB\ta, b; c\nC\tD\tx, y\n"_s << QChar(u'\t');
    QTest::newRow("quoted commas are not counted")
        << u"a;b\n\"1,2,3\";4\n\"5,6,7\";8\n"_s << QChar(u';');
    QTest::newRow("quoted semicolons are not counted")
        << u"a,b\n\"x;y;z\",1\n\"p;q;r\",2\n"_s << QChar(u',');
    QTest::newRow("multi-line quoted field")
        << u"a;b;c\n\"line 1,\nline 2,\";2;3\n4;5;6\n"_s << QChar(u';');
    QTest::newRow("byte-order mark") << u"\uFEFFa;b\r\n1;2\r\n"_s << QChar(u';');
    QTest::newRow("single column") << u"name\nx\ny\n"_s << QChar(u',');
    QTest::newRow("empty") << QString() << QChar(u',');
}

void TestCsv::sniff()
{
    QFETCH(QString, text);
    QFETCH(QChar, expected);
    QCOMPARE(sniffCsvDelimiter(text), expected);
}

using Records = QList<QStringList>;
Q_DECLARE_METATYPE(Records)

void TestCsv::read_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Records>("expected");
    QTest::newRow("plain") << u"a,b\n1,2\n"_s << Records { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } };
    QTest::newRow("no final line break")
        << u"a,b\n1,2"_s << Records { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } };
    QTest::newRow("CRLF") << u"a,b\r\n1,2\r\n"_s
                          << Records { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } };
    QTest::newRow("CR only") << u"a,b\r1,2\r"_s
                             << Records { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } };
    QTest::newRow("quoted delimiter")
        << u"a,\"b,c\",d\n"_s << Records { { u"a"_s, u"b,c"_s, u"d"_s } };
    QTest::newRow("doubled quotes")
        << u"\"say \"\"hi\"\"\",x\n"_s << Records { { u"say \"hi\""_s, u"x"_s } };
    QTest::newRow("LF inside quotes")
        << u"a,\"67\n68\",c\n"_s << Records { { u"a"_s, u"67\n68"_s, u"c"_s } };
    QTest::newRow("CRLF inside quotes becomes LF")
        << u"a,\"67\r\n68\",c\r\n"_s << Records { { u"a"_s, u"67\n68"_s, u"c"_s } };
    QTest::newRow("empty fields") << u"a,,c,\n,,,\n"_s
                                  << Records { { u"a"_s, u""_s, u"c"_s, u""_s },
                                               { u""_s, u""_s, u""_s, u""_s } };
    QTest::newRow("empty quoted field") << u"\"\",b\n"_s << Records { { u""_s, u"b"_s } };
    QTest::newRow("blank lines skipped")
        << u"a,b\n\n1,2\n\n"_s << Records { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } };
    QTest::newRow("byte-order mark")
        << u"\uFEFFa;b\n1;2\n"_s << Records { { u"a"_s, u"b"_s }, { u"1"_s, u"2"_s } };
    QTest::newRow("spaces kept in unquoted fields")
        << u" a , b \n"_s << Records { { u" a "_s, u" b "_s } };
    QTest::newRow("space before an opening quote")
        << u"a, \"b,c\"\n"_s << Records { { u"a"_s, u"b,c"_s } };
    QTest::newRow("quote inside an unquoted field")
        << u"5\" disk,x\n"_s << Records { { u"5\" disk"_s, u"x"_s } };
    QTest::newRow("tab separated")
        << u"a\tb c\t\"d\te\"\n"_s << Records { { u"a"_s, u"b c"_s, u"d\te"_s } };
}

void TestCsv::read()
{
    QFETCH(QString, text);
    QFETCH(Records, expected);
    const CsvTable table = readCsv(text);
    QVERIFY2(table.error.isEmpty(), qPrintable(table.error));
    Records actual;
    for (const CsvRecord &record : table.records)
        actual.append(record.fields);
    QCOMPARE(actual, expected);
}

void TestCsv::lineNumbers()
{
    const QString text = u"h1;h2\r\n"
                         "\"first\r\nsecond\r\nthird\";x\r\n"
                         "\r\n"
                         "y;\"one\ntwo\"\r\n"
                         "z;w\r\n"_s;
    const CsvTable table = readCsv(text);
    QCOMPARE(table.delimiter, QChar(u';'));
    QVERIFY(table.error.isEmpty());
    QCOMPARE(table.records.size(), 4);
    QCOMPARE(table.records[0].line, 1);
    QCOMPARE(table.records[1].line, 2);
    QCOMPARE(table.records[1].fields.first(), u"first\nsecond\nthird"_s);
    QCOMPARE(table.records[2].line, 6);
    QCOMPARE(table.records[3].line, 8);
    QCOMPARE(table.records[3].fields, QStringList({ u"z"_s, u"w"_s }));
}

void TestCsv::unterminatedQuote()
{
    const CsvTable table = readCsv(u"a,b\n1,2\n3,\"open\nstill open\n"_s);
    QVERIFY(!table.error.isEmpty());
    QCOMPARE(table.errorLine, 3);
    QVERIFY2(table.error.contains(u"line 3"_s), qPrintable(table.error));
    QCOMPARE(table.records.size(), 2); // what was read before it
}

void TestCsv::givenDelimiter()
{
    const CsvTable table = readCsv(u"a;b,c\n"_s, u',');
    QCOMPARE(table.delimiter, QChar(u','));
    QCOMPARE(table.records.first().fields, QStringList({ u"a;b"_s, u"c"_s }));
}

void TestCsv::field_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"TCP"_s << QChar(u',') << u"TCP"_s;
    QTest::newRow("empty") << QString() << QChar(u',') << QString();
    QTest::newRow("comma") << u"80,443"_s << QChar(u',') << u"\"80,443\""_s;
    QTest::newRow("comma, semicolon delimiter") << u"80,443"_s << QChar(u';') << u"80,443"_s;
    QTest::newRow("semicolon delimiter") << u"a;b"_s << QChar(u';') << u"\"a;b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << QChar(u',') << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("LF") << u"a\nb"_s << QChar(u',') << u"\"a\nb\""_s;
    QTest::newRow("CR") << u"a\rb"_s << QChar(u',') << u"\"a\rb\""_s;
    QTest::newRow("leading space") << u" a"_s << QChar(u',') << u"\" a\""_s;
    QTest::newRow("trailing space") << u"a "_s << QChar(u',') << u"\"a \""_s;
    QTest::newRow("inner space") << u"Avi Controller"_s << QChar(u',') << u"Avi Controller"_s;
}

void TestCsv::field()
{
    QFETCH(QString, value);
    QFETCH(QChar, delimiter);
    QFETCH(QString, expected);
    QCOMPARE(csvField(value, delimiter), expected);
}

void TestCsv::line()
{
    QCOMPARE(csvLine({ u"a"_s, u"b,c"_s, QString() }), u"a,\"b,c\",\r\n"_s);
    QCOMPARE(csvLine({ u"a"_s, u"b,c"_s }, u'\t'), u"a\tb,c\r\n"_s);
    QCOMPARE(csvLine({}), u"\r\n"_s);
}

void TestCsv::roundTrip_data()
{
    QTest::addColumn<Records>("records");
    QTest::addColumn<QChar>("delimiter");
    const Records awkward {
        { u"product"_s, u"source"_s, u"purpose"_s },
        { u"NSX, ALB"_s, u" padded "_s, u"say \"hi\"; bye"_s },
        { u""_s, u"67\n68"_s, u"tab\there"_s },
        { u"\"\""_s, u"a\r\nb"_s, u"trailing,"_s },
    };
    QTest::newRow("comma") << awkward << QChar(u',');
    QTest::newRow("semicolon") << awkward << QChar(u';');
    QTest::newRow("tab") << awkward << QChar(u'\t');
}

void TestCsv::roundTrip()
{
    QFETCH(Records, records);
    QFETCH(QChar, delimiter);
    QString text;
    for (const QStringList &fields : records)
        text += csvLine(fields, delimiter);
    const CsvTable table = readCsv(text, delimiter);
    QVERIFY(table.error.isEmpty());
    Records actual;
    for (const CsvRecord &record : table.records)
        actual.append(record.fields);
    Records expected = records;
    for (QStringList &fields : expected) {
        for (QString &field : fields)
            field.replace(u"\r\n"_s, u"\n"_s); // line breaks in fields read as LF
    }
    QCOMPARE(actual, expected);
    // Sniffing finds the delimiter that wrote it.
    QCOMPARE(readCsv(text).delimiter, delimiter);
}

QTEST_APPLESS_MAIN(TestCsv)
#include "tst_csv.moc"
