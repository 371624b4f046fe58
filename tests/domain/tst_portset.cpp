// PortSet: parsing every form vendors write, the canonical text, and set
// operations, checked against tables and against a plain bit-per-port model.

#include "domain/portset.h"

#include <QRandomGenerator>
#include <QTest>

#include <bitset>

using namespace Qt::Literals::StringLiterals;
using Portolan::PortSet;

namespace {

PortSet parsed(const QString &text)
{
    QString error;
    const auto set = PortSet::parse(text, &error);
    if (!set)
        qFatal("test data \"%s\" does not parse: %s", qPrintable(text), qPrintable(error));
    return *set;
}

using PortBits = std::bitset<65536>; // index = port; bit 0 never set

PortBits bitsOf(const PortSet &set)
{
    PortBits bits;
    for (const PortSet::Range &r : set.ranges()) {
        for (int p = r.lo; p <= r.hi; ++p)
            bits.set(size_t(p));
    }
    return bits;
}

} // namespace

class TestPortSet : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void roundTrip_data();
    void roundTrip();
    void factories();
    void add_data();
    void add();
    void containsPort_data();
    void containsPort();
    void containsSet_data();
    void containsSet();
    void intersects_data();
    void intersects();
    void united_data();
    void united();
    void isAll_data();
    void isAll();
    void matchesBitModel();
};

void TestPortSet::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("count");

    QTest::newRow("single") << u"514"_s << u"514"_s << 1;
    QTest::newRow("lowest") << u"1"_s << u"1"_s << 1;
    QTest::newRow("highest") << u"65535"_s << u"65535"_s << 1;
    QTest::newRow("leading zero") << u"080"_s << u"80"_s << 1;
    QTest::newRow("comma list") << u"80,443"_s << u"80,443"_s << 2;
    QTest::newRow("comma space") << u"80, 443"_s << u"80,443"_s << 2;
    QTest::newRow("space list") << u"80 443"_s << u"80,443"_s << 2;
    QTest::newRow("tab and newline") << u"80\t443\n8443"_s << u"80,443,8443"_s << 3;
    QTest::newRow("nbsp list") << u"80\u00A0443"_s << u"80,443"_s << 2;
    QTest::newRow("range") << u"30000-32767"_s << u"30000-32767"_s << 2768;
    QTest::newRow("en dash") << u"30000\u201332767"_s << u"30000-32767"_s << 2768;
    QTest::newRow("em dash") << u"30000\u201432767"_s << u"30000-32767"_s << 2768;
    QTest::newRow("minus sign") << u"1000\u22121010"_s << u"1000-1010"_s << 11;
    QTest::newRow("spaced range") << u"67 - 68"_s << u"67-68"_s << 2;
    QTest::newRow("spaced en dash") << u"67 \u2013 68"_s << u"67-68"_s << 2;
    QTest::newRow("one-port range") << u"22-22"_s << u"22"_s << 1;
    QTest::newRow("surrounding space") << u"  443  "_s << u"443"_s << 1;
    QTest::newRow("trailing comma") << u"80,443,"_s << u"80,443"_s << 2;
    QTest::newRow("doubled comma") << u"80,,443"_s << u"80,443"_s << 2;
    QTest::newRow("empty") << QString() << QString() << 0;
    QTest::newRow("blank") << u"   "_s << QString() << 0;
    QTest::newRow("any") << u"any"_s << u"1-65535"_s << 65535;
    QTest::newRow("ANY") << u"ANY"_s << u"1-65535"_s << 65535;
    QTest::newRow("all") << u"All"_s << u"1-65535"_s << 65535;
    QTest::newRow("star") << u"*"_s << u"1-65535"_s << 65535;
    QTest::newRow("spaced any") << u" any "_s << u"1-65535"_s << 65535;
    QTest::newRow("full range") << u"1-65535"_s << u"1-65535"_s << 65535;
    QTest::newRow("adjacent merged") << u"67,68"_s << u"67-68"_s << 2;
    QTest::newRow("sorted, duplicate dropped") << u"443,80,80"_s << u"80,443"_s << 2;
    QTest::newRow("overlap merged") << u"1-10,5-20"_s << u"1-20"_s << 20;
    QTest::newRow("range touching range") << u"1-10,11-20"_s << u"1-20"_s << 20;
    QTest::newRow("contained range") << u"1-100,20-30"_s << u"1-100"_s << 100;
    QTest::newRow("bridge") << u"1-5,10-15,6-9"_s << u"1-15"_s << 15;
    QTest::newRow("port inside range") << u"8000-8100,8080"_s << u"8000-8100"_s << 101;
    QTest::newRow("unsorted mixed")
        << u"9001,22,30000-32767,443,6443"_s << u"22,443,6443,9001,30000-32767"_s << 2772;
    QTest::newRow("top edge merge") << u"65535,65534"_s << u"65534-65535"_s << 2;
}

void TestPortSet::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(int, count);

    QString error = u"untouched"_s;
    const auto set = PortSet::parse(text, &error);
    QVERIFY2(set.has_value(), qPrintable(error));
    QCOMPARE(set->toString(), canonical);
    QCOMPARE(set->count(), count);
    QCOMPARE(set->isEmpty(), count == 0);
}

void TestPortSet::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("above range") << u"70000"_s << u"port 70000 is out of range 1-65535"_s;
    QTest::newRow("just above") << u"65536"_s << u"port 65536 is out of range 1-65535"_s;
    QTest::newRow("zero") << u"0"_s << u"port 0 is out of range 1-65535"_s;
    QTest::newRow("zero in range") << u"0-1023"_s << u"port 0 is out of range"_s;
    QTest::newRow("huge") << u"123456789012345678901"_s << u"port 123456789012345678901 is out"_s;
    QTest::newRow("backwards") << u"5-3"_s << u"range 5-3 runs backwards"_s;
    QTest::newRow("backwards en dash") << u"5\u20133"_s << u"range 5-3 runs backwards"_s;
    QTest::newRow("word") << u"abc"_s << u"\"abc\" is not a port number"_s;
    QTest::newRow("service name") << u"http"_s << u"\"http\" is not a port number"_s;
    QTest::newRow("word in list") << u"80,https,443"_s << u"\"https\" is not a port number"_s;
    QTest::newRow("no last port") << u"80-"_s << u"range \"80-\" has no last port"_s;
    QTest::newRow("no first port") << u"-5"_s << u"range \"-5\" has no first port"_s;
    QTest::newRow("dash alone") << u"-"_s << u"range \"-\" has no first port"_s;
    QTest::newRow("two dashes") << u"1-2-3"_s << u"\"1-2-3\" is not a port or a range"_s;
    QTest::newRow("double dash") << u"1--3"_s << u"\"1--3\" is not a port or a range"_s;
    QTest::newRow("letter in port") << u"8O"_s << u"\"8O\" is not a port number"_s;
    QTest::newRow("plus sign") << u"+80"_s << u"\"+80\" is not a port number"_s;
    QTest::newRow("colon") << u"TCP:443"_s << u"\"TCP:443\" is not a port number"_s;
    QTest::newRow("decimal") << u"80.5"_s << u"\"80.5\" is not a port number"_s;
    QTest::newRow("word as range end") << u"80-abc"_s << u"\"abc\" is not a port number"_s;
    QTest::newRow("bad after good") << u"22, 70000"_s << u"port 70000"_s;
    QTest::newRow("any in list") << u"80,any"_s << u"\"any\" cannot be combined"_s;
    QTest::newRow("star in list") << u"* 443"_s << u"\"*\" cannot be combined"_s;
}

void TestPortSet::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    QString error;
    const auto set = PortSet::parse(text, &error);
    QVERIFY2(!set.has_value(), qPrintable(set ? set->toString() : QString()));
    QVERIFY2(error.contains(reason), qPrintable(error));
    // One sentence: no line breaks, no trailing full stop to clash with a prefix.
    QVERIFY(!error.contains(u'\n'));
    QVERIFY(!error.endsWith(u'.'));
    // The error pointer is optional.
    QVERIFY(!PortSet::parse(text).has_value());
}

void TestPortSet::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("single") << u"22"_s;
    QTest::newRow("list") << u"443, 80 , 8080"_s;
    QTest::newRow("ranges") << u"30000\u201332767, 1-5, 7"_s;
    QTest::newRow("all") << u"*"_s;
    QTest::newRow("edges") << u"1,65535"_s;
    QTest::newRow("merged") << u"10-20,15-25,26"_s;
}

void TestPortSet::roundTrip()
{
    QFETCH(QString, text);
    const PortSet set = parsed(text);
    const QString canonical = set.toString();
    QCOMPARE(parsed(canonical), set);
    QCOMPARE(parsed(canonical).toString(), canonical);
    QVERIFY(!canonical.contains(u' '));
}

void TestPortSet::factories()
{
    QCOMPARE(PortSet::single(443).toString(), u"443"_s);
    QCOMPARE(PortSet::range(67, 68).toString(), u"67-68"_s);
    QCOMPARE(PortSet::range(68, 67), PortSet::range(67, 68));
    QCOMPARE(PortSet::all().toString(), u"1-65535"_s);
    QCOMPARE(PortSet::all().count(), 65535);
    QVERIFY(PortSet::single(0).isEmpty());
    QCOMPARE(PortSet::range(0, 3).toString(), u"1-3"_s);
    QVERIFY(PortSet().isEmpty());
    QCOMPARE(PortSet().toString(), QString());
    QCOMPARE(PortSet().count(), 0);
    QCOMPARE(PortSet::range(20, 22).ranges(), (QList<PortSet::Range> { { 20, 22 } }));
}

void TestPortSet::add_data()
{
    // Pairs of bounds added one after another to an empty set.
    QTest::addColumn<QList<int>>("bounds");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one port") << QList<int> { 80, 80 } << u"80"_s;
    QTest::newRow("reversed bounds") << QList<int> { 90, 80 } << u"80-90"_s;
    QTest::newRow("port 0 ignored") << QList<int> { 0, 0 } << QString();
    QTest::newRow("port 0 clipped") << QList<int> { 0, 2 } << u"1-2"_s;
    QTest::newRow("before") << QList<int> { 50, 60, 10, 20 } << u"10-20,50-60"_s;
    QTest::newRow("after") << QList<int> { 10, 20, 50, 60 } << u"10-20,50-60"_s;
    QTest::newRow("between") << QList<int> { 10, 20, 50, 60, 30, 40 } << u"10-20,30-40,50-60"_s;
    QTest::newRow("touch left") << QList<int> { 10, 20, 21, 30 } << u"10-30"_s;
    QTest::newRow("touch right") << QList<int> { 10, 20, 5, 9 } << u"5-20"_s;
    QTest::newRow("gap of one kept") << QList<int> { 10, 20, 22, 30 } << u"10-20,22-30"_s;
    QTest::newRow("swallow several") << QList<int> { 3, 3, 5, 5, 7, 7, 9, 9, 2, 10 } << u"2-10"_s;
    QTest::newRow("join two") << QList<int> { 1, 4, 8, 9, 5, 7 } << u"1-9"_s;
    QTest::newRow("inside") << QList<int> { 1, 100, 40, 50 } << u"1-100"_s;
    QTest::newRow("top") << QList<int> { 65535, 65535, 65530, 65534 } << u"65530-65535"_s;
    QTest::newRow("everything") << QList<int> { 1, 30000, 30001, 65535 } << u"1-65535"_s;
}

void TestPortSet::add()
{
    QFETCH(QList<int>, bounds);
    QFETCH(QString, expected);

    PortSet set;
    for (qsizetype i = 0; i + 1 < bounds.size(); i += 2)
        set.add(quint16(bounds.at(i)), quint16(bounds.at(i + 1)));
    QCOMPARE(set.toString(), expected);
}

void TestPortSet::containsPort_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("expected");

    QTest::newRow("empty") << QString() << 80 << false;
    QTest::newRow("single hit") << u"80"_s << 80 << true;
    QTest::newRow("single miss below") << u"80"_s << 79 << false;
    QTest::newRow("single miss above") << u"80"_s << 81 << false;
    QTest::newRow("range low edge") << u"30000-32767"_s << 30000 << true;
    QTest::newRow("range high edge") << u"30000-32767"_s << 32767 << true;
    QTest::newRow("range outside") << u"30000-32767"_s << 32768 << false;
    QTest::newRow("in gap") << u"22,443,8443"_s << 80 << false;
    QTest::newRow("third range") << u"22,443,8443"_s << 8443 << true;
    QTest::newRow("all, lowest") << u"any"_s << 1 << true;
    QTest::newRow("all, highest") << u"any"_s << 65535 << true;
    QTest::newRow("port 0 never") << u"any"_s << 0 << false;
}

void TestPortSet::containsPort()
{
    QFETCH(QString, set);
    QFETCH(int, port);
    QFETCH(bool, expected);
    QCOMPARE(parsed(set).contains(quint16(port)), expected);
}

void TestPortSet::containsSet_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("expected"); // a contains b

    QTest::newRow("empty in empty") << QString() << QString() << true;
    QTest::newRow("empty in any") << u"80"_s << QString() << true;
    QTest::newRow("something in empty") << QString() << u"80"_s << false;
    QTest::newRow("equal") << u"80,443"_s << u"443,80"_s << true;
    QTest::newRow("subset of list") << u"22,80,443"_s << u"80"_s << true;
    QTest::newRow("range in range") << u"1000-2000"_s << u"1500-1600"_s << true;
    QTest::newRow("range sticks out") << u"1000-2000"_s << u"1500-2001"_s << false;
    QTest::newRow("spans a gap") << u"1-10,12-20"_s << u"5-15"_s << false;
    QTest::newRow("one of two missing") << u"80"_s << u"80,443"_s << false;
    QTest::newRow("all contains ranges") << u"*"_s << u"1,30000-32767,65535"_s << true;
    QTest::newRow("ranges do not contain all") << u"1-65534"_s << u"*"_s << false;
    QTest::newRow("pieces across ranges") << u"1-10,20-30"_s << u"2,25-30"_s << true;
}

void TestPortSet::containsSet()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, expected);
    QCOMPARE(parsed(a).contains(parsed(b)), expected);
}

void TestPortSet::intersects_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("expected");

    QTest::newRow("empties") << QString() << QString() << false;
    QTest::newRow("empty and all") << QString() << u"any"_s << false;
    QTest::newRow("same port") << u"443"_s << u"443"_s << true;
    QTest::newRow("different ports") << u"80"_s << u"443"_s << false;
    QTest::newRow("adjacent, not shared") << u"1-10"_s << u"11-20"_s << false;
    QTest::newRow("shared edge") << u"1-10"_s << u"10-20"_s << true;
    QTest::newRow("port in range") << u"30000-32767"_s << u"31234"_s << true;
    QTest::newRow("interleaved, disjoint") << u"1,3,5,7"_s << u"2,4,6,8"_s << false;
    QTest::newRow("interleaved, last meets") << u"1,3,5,7"_s << u"2,4,6,7"_s << true;
    QTest::newRow("all and one") << u"*"_s << u"65535"_s << true;
}

void TestPortSet::intersects()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, expected);
    QCOMPARE(parsed(a).intersects(parsed(b)), expected);
    QCOMPARE(parsed(b).intersects(parsed(a)), expected);
}

void TestPortSet::united_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected");

    QTest::newRow("with empty") << u"80"_s << QString() << u"80"_s;
    QTest::newRow("disjoint") << u"80"_s << u"443"_s << u"80,443"_s;
    QTest::newRow("adjacent") << u"67"_s << u"68"_s << u"67-68"_s;
    QTest::newRow("overlapping") << u"1-10"_s << u"5-20"_s << u"1-20"_s;
    QTest::newRow("fills gaps") << u"1-10,21-30"_s << u"11-20"_s << u"1-30"_s;
    QTest::newRow("interleaved") << u"1,3,5"_s << u"2,4,6"_s << u"1-6"_s;
    QTest::newRow("with all") << u"22,443"_s << u"*"_s << u"1-65535"_s;
    QTest::newRow("partial overlap of many")
        << u"22,80,443,8000-8100"_s << u"81-442,8100-8200"_s << u"22,80-443,8000-8200"_s;
}

void TestPortSet::united()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);

    const PortSet left = parsed(a);
    const PortSet right = parsed(b);
    QCOMPARE(left.united(right).toString(), expected);
    QCOMPARE(right.united(left).toString(), expected);

    PortSet merged = left;
    merged.merge(right);
    QCOMPARE(merged.toString(), expected);
    QVERIFY(merged.contains(left));
    QVERIFY(merged.contains(right));
    QCOMPARE(left.toString(), parsed(a).toString()); // united() leaves its operand alone
}

void TestPortSet::isAll_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<bool>("expected");

    QTest::newRow("any") << u"any"_s << true;
    QTest::newRow("spelled out") << u"1-65535"_s << true;
    QTest::newRow("two halves") << u"1-30000,30001-65535"_s << true;
    QTest::newRow("one short at top") << u"1-65534"_s << false;
    QTest::newRow("one short at bottom") << u"2-65535"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("single") << u"443"_s << false;
}

void TestPortSet::isAll()
{
    QFETCH(QString, set);
    QFETCH(bool, expected);
    QCOMPARE(parsed(set).isAll(), expected);
}

// Random adds, compared port by port with a bitset: catches merge bugs that
// hand-picked cases miss (ranges swallowing neighbours, off-by-one at edges).
void TestPortSet::matchesBitModel()
{
    QRandomGenerator random(20240611);
    for (int round = 0; round < 200; ++round) {
        PortSet set;
        PortBits model;
        const int adds = random.bounded(1, 12);
        // Small universes make overlaps and adjacency common.
        const int top = round % 2 ? 65535 : 60;
        for (int i = 0; i < adds; ++i) {
            const int lo = random.bounded(1, top + 1);
            const int hi = std::min(top, lo + random.bounded(0, 8));
            set.add(quint16(lo), quint16(hi));
            for (int p = lo; p <= hi; ++p)
                model.set(size_t(p));
        }
        QCOMPARE(bitsOf(set), model);
        QCOMPARE(set.count(), int(model.count()));

        const QList<PortSet::Range> &ranges = set.ranges();
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            QVERIFY(ranges.at(i).lo >= 1 && ranges.at(i).lo <= ranges.at(i).hi);
            if (i > 0)
                QVERIFY2(ranges.at(i - 1).hi + 1 < ranges.at(i).lo, "ranges not merged");
        }
        QCOMPARE(parsed(set.toString()), set);

        const int probe = random.bounded(1, top + 1);
        QCOMPARE(set.contains(quint16(probe)), model.test(size_t(probe)));
    }
}

QTEST_APPLESS_MAIN(TestPortSet)
#include "tst_portset.moc"
