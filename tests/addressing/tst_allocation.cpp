// Allocation in an address plan: the next free address and sub-prefix of a
// prefix, and the overlapping pairs of a list (checked against brute force).

#include "addressing/allocation.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using Portolan::AddressValue;

namespace {

AddressValue parsed(const QString &text)
{
    QString error;
    const auto value = AddressValue::parse(text, &error);
    if (!value)
        qFatal("test data \"%s\" does not parse: %s", qPrintable(text), qPrintable(error));
    return *value;
}

QList<AddressValue> parsedAll(const QStringList &texts)
{
    QList<AddressValue> values;
    for (const QString &text : texts)
        values.append(parsed(text));
    return values;
}

std::optional<QHostAddress> gatewayOf(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional(QHostAddress(text));
}

} // namespace

class TestAllocation : public QObject
{
    Q_OBJECT

private slots:
    void nextAddress_data();
    void nextAddress();
    void nextAddressFails_data();
    void nextAddressFails();
    void nextAddressManyUsed();
    void nextPrefix_data();
    void nextPrefix();
    void nextPrefixFails_data();
    void nextPrefixFails();
    void overlappingPairsMixed();
    void overlappingPairsMatchBruteForce();
};

void TestAllocation::nextAddress_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("used");
    QTest::addColumn<QString>("gateway"); // empty: none
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty /24") << u"10.0.0.0/24"_s << QStringList() << u""_s << u"10.0.0.1"_s;
    QTest::newRow("gateway .1") << u"10.0.0.0/24"_s << QStringList() << u"10.0.0.1"_s
                                << u"10.0.0.2"_s;
    QTest::newRow("gateway elsewhere")
        << u"10.0.0.0/24"_s << QStringList() << u"10.0.0.254"_s << u"10.0.0.1"_s;
    QTest::newRow("gateway outside")
        << u"10.0.0.0/24"_s << QStringList() << u"10.0.1.1"_s << u"10.0.0.1"_s;
    QTest::newRow("used and range")
        << u"10.0.0.0/24"_s << QStringList { u"10.0.0.2"_s, u"10.0.0.3-10.0.0.9"_s }
        << u"10.0.0.1"_s << u"10.0.0.10"_s;
    QTest::newRow("unsorted used")
        << u"10.0.0.0/24"_s
        << QStringList { u"10.0.0.5"_s, u"10.0.0.1-10.0.0.4"_s, u"10.0.0.2"_s, u"10.0.0.7"_s }
        << u""_s << u"10.0.0.6"_s;
    QTest::newRow("used cidr") << u"10.0.0.0/24"_s << QStringList { u"10.0.0.0/28"_s } << u""_s
                               << u"10.0.0.16"_s;
    QTest::newRow("used half, wider")
        << u"10.0.0.0/24"_s << QStringList { u"9.255.255.0-10.0.0.127"_s } << u""_s
        << u"10.0.0.128"_s;
    QTest::newRow("names and v6 ignored")
        << u"10.0.0.0/24"_s << QStringList { u"host.example.com"_s, u"::ffff:10.0.0.1"_s } << u""_s
        << u"10.0.0.1"_s;
    QTest::newRow("gap after range")
        << u"10.0.0.0/29"_s << QStringList { u"10.0.0.1-10.0.0.3"_s, u"10.0.0.5"_s } << u""_s
        << u"10.0.0.4"_s;
    QTest::newRow("last before broadcast")
        << u"10.0.0.0/30"_s << QStringList { u"10.0.0.1"_s } << u""_s << u"10.0.0.2"_s;
    QTest::newRow("/31 first") << u"10.0.0.4/31"_s << QStringList() << u""_s << u"10.0.0.4"_s;
    QTest::newRow("/31 second") << u"10.0.0.4/31"_s << QStringList { u"10.0.0.4"_s } << u""_s
                                << u"10.0.0.5"_s;
    QTest::newRow("/32") << u"10.0.0.9/32"_s << QStringList() << u""_s << u"10.0.0.9"_s;
    QTest::newRow("top of v4") << u"255.255.255.248/29"_s << QStringList() << u"255.255.255.249"_s
                               << u"255.255.255.250"_s;
    QTest::newRow("ipv6 /64") << u"2001:db8::/64"_s << QStringList() << u""_s << u"2001:db8::1"_s;
    QTest::newRow("ipv6 gateway") << u"2001:db8::/64"_s << QStringList { u"2001:db8::2"_s }
                                  << u"2001:db8::1"_s << u"2001:db8::3"_s;
    QTest::newRow("ipv6 past a /65") << u"2001:db8::/64"_s << QStringList { u"2001:db8::/65"_s }
                                     << u""_s << u"2001:db8:0:0:8000::"_s;
    QTest::newRow("ipv6 huge range")
        << u"2001:db8::/64"_s << QStringList { u"2001:db8::1-2001:db8::ffff:ffff:ffff:fff0"_s }
        << u""_s << u"2001:db8::ffff:ffff:ffff:fff1"_s;
    QTest::newRow("ipv6 /127") << u"2001:db8::/127"_s << QStringList() << u""_s << u"2001:db8::"_s;
    QTest::newRow("ipv6 top /126") << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffc/126"_s
                                   << QStringList { u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffd"_s }
                                   << u""_s << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"_s;
}

void TestAllocation::nextAddress()
{
    QFETCH(QString, prefix);
    QFETCH(QStringList, used);
    QFETCH(QString, gateway);
    QFETCH(QString, expected);

    QString error;
    const auto address
        = Portolan::nextFreeAddress(parsed(prefix), parsedAll(used), gatewayOf(gateway), &error);
    QVERIFY2(address, qPrintable(error));
    QCOMPARE(address->toString(), expected);
}

void TestAllocation::nextAddressFails_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("used");
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<QString>("message");

    QTest::newRow("full /30") << u"10.0.0.0/30"_s << QStringList { u"10.0.0.2"_s } << u"10.0.0.1"_s
                              << u"10.0.0.0/30 has no free address left"_s;
    QTest::newRow("full by range") << u"10.0.0.0/29"_s << QStringList { u"10.0.0.1-10.0.0.6"_s }
                                   << u""_s << u"10.0.0.0/29 has no free address left"_s;
    QTest::newRow("full by wider cidr") << u"10.0.0.0/24"_s << QStringList { u"10.0.0.0/16"_s }
                                        << u""_s << u"10.0.0.0/24 has no free address left"_s;
    QTest::newRow("full /31") << u"10.0.0.4/31"_s << QStringList { u"10.0.0.4"_s } << u"10.0.0.5"_s
                              << u"10.0.0.4/31 has no free address left"_s;
    QTest::newRow("full /32") << u"10.0.0.9/32"_s << QStringList { u"10.0.0.9"_s } << u""_s
                              << u"10.0.0.9/32 has no free address left"_s;
    QTest::newRow("full top of v6")
        << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127"_s
        << QStringList { u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127"_s } << u""_s
        << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe/127 has no free address left"_s;
    QTest::newRow("full v6 /0") << u"::/0"_s << QStringList { u"::/0"_s } << u""_s
                                << u"::/0 has no free address left"_s;
    QTest::newRow("single address")
        << u"10.0.0.1"_s << QStringList() << u""_s << u"\"10.0.0.1\" is not a prefix"_s;
    QTest::newRow("range") << u"10.0.0.1-10.0.0.5"_s << QStringList() << u""_s
                           << u"\"10.0.0.1-10.0.0.5\" is not a prefix"_s;
}

void TestAllocation::nextAddressFails()
{
    QFETCH(QString, prefix);
    QFETCH(QStringList, used);
    QFETCH(QString, gateway);
    QFETCH(QString, message);

    QString error;
    const auto address
        = Portolan::nextFreeAddress(parsed(prefix), parsedAll(used), gatewayOf(gateway), &error);
    QVERIFY2(!address, qPrintable(address ? address->toString() : QString()));
    QCOMPARE(error, message);
}

// Allocation walks the gaps between used values, so a /64 whose first 5000
// addresses are taken (given in random order) answers at once.
void TestAllocation::nextAddressManyUsed()
{
    QList<AddressValue> used;
    for (int i = 1; i <= 5000; ++i)
        used.append(parsed(u"2001:db8::"_s + QString::number(i, 16)));
    std::shuffle(used.begin(), used.end(), QRandomGenerator(7));
    QString error;
    const auto address
        = Portolan::nextFreeAddress(parsed(u"2001:db8::/64"_s), used, std::nullopt, &error);
    QVERIFY2(address, qPrintable(error));
    QCOMPARE(address->toString(), u"2001:db8::1389"_s); // 5001

    used.removeAt(used.indexOf(parsed(u"2001:db8::7d0"_s))); // 2000
    QCOMPARE(Portolan::nextFreeAddress(parsed(u"2001:db8::/64"_s), used, std::nullopt)->toString(),
             u"2001:db8::7d0"_s);
}

void TestAllocation::nextPrefix_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("length");
    QTest::addColumn<QStringList>("used");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << u"10.0.0.0/24"_s << 26 << QStringList() << u"10.0.0.0/26"_s;
    QTest::newRow("first /26 partly used")
        << u"10.0.0.0/24"_s << 26 << QStringList { u"10.0.0.10-10.0.0.20"_s } << u"10.0.0.64/26"_s;
    QTest::newRow("one address used")
        << u"10.0.0.0/24"_s << 26 << QStringList { u"10.0.0.63"_s } << u"10.0.0.64/26"_s;
    QTest::newRow("range across two")
        << u"10.0.0.0/24"_s << 26 << QStringList { u"10.0.0.60-10.0.0.70"_s } << u"10.0.0.128/26"_s;
    QTest::newRow("hole in the middle")
        << u"10.0.0.0/24"_s << 26 << QStringList { u"10.0.0.128/25"_s, u"10.0.0.0/26"_s }
        << u"10.0.0.64/26"_s;
    QTest::newRow("last one") << u"10.0.0.0/24"_s << 26
                              << QStringList { u"10.0.0.5"_s, u"10.0.0.100"_s, u"10.0.0.130"_s }
                              << u"10.0.0.192/26"_s;
    QTest::newRow("used outside ignored")
        << u"10.0.0.0/24"_s << 25 << QStringList { u"10.0.1.0/24"_s, u"fd00::/8"_s, u"a.b.com"_s }
        << u"10.0.0.0/25"_s;
    QTest::newRow("whole prefix") << u"10.0.0.0/24"_s << 24 << QStringList() << u"10.0.0.0/24"_s;
    QTest::newRow("/32s") << u"10.0.0.0/30"_s << 32 << QStringList { u"10.0.0.0-10.0.0.1"_s }
                          << u"10.0.0.2/32"_s;
    QTest::newRow("top of v4") << u"255.255.255.0/24"_s << 25 << QStringList { u"255.255.255.1"_s }
                               << u"255.255.255.128/25"_s;
    QTest::newRow("ipv6 /64s") << u"2001:db8::/48"_s << 64
                               << QStringList { u"2001:db8::/64"_s, u"2001:db8:0:1::5"_s }
                               << u"2001:db8:0:2::/64"_s;
    QTest::newRow("ipv6 halves") << u"::/0"_s << 1 << QStringList { u"::1"_s } << u"8000::/1"_s;
}

void TestAllocation::nextPrefix()
{
    QFETCH(QString, prefix);
    QFETCH(int, length);
    QFETCH(QStringList, used);
    QFETCH(QString, expected);

    QString error;
    const auto free = Portolan::nextFreePrefix(parsed(prefix), length, parsedAll(used), &error);
    QVERIFY2(free, qPrintable(error));
    QCOMPARE(free->toString(), expected);
    QCOMPARE(free->kind(), Portolan::AddressKind::Cidr);
}

void TestAllocation::nextPrefixFails_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("length");
    QTest::addColumn<QStringList>("used");
    QTest::addColumn<QString>("message");

    QTest::newRow("shorter") << u"10.0.0.0/24"_s << 16 << QStringList()
                             << u"a /16 does not fit inside 10.0.0.0/24"_s;
    QTest::newRow("too long v4") << u"10.0.0.0/24"_s << 33 << QStringList()
                                 << u"prefix length 33 is out of range 0-32"_s;
    QTest::newRow("too long v6") << u"2001:db8::/32"_s << 129 << QStringList()
                                 << u"prefix length 129 is out of range 0-128"_s;
    QTest::newRow("negative") << u"10.0.0.0/24"_s << -1 << QStringList()
                              << u"prefix length -1 is out of range 0-32"_s;
    QTest::newRow("full") << u"10.0.0.0/24"_s << 25
                          << QStringList { u"10.0.0.0/25"_s, u"10.0.0.200"_s }
                          << u"10.0.0.0/24 has no free /25 left"_s;
    QTest::newRow("full at top") << u"255.255.255.0/24"_s << 25
                                 << QStringList { u"255.255.255.1"_s, u"255.255.255.255"_s }
                                 << u"255.255.255.0/24 has no free /25 left"_s;
    QTest::newRow("full v6 top") << u"::/0"_s << 1 << QStringList { u"::1"_s, u"ffff::-ffff::1"_s }
                                 << u"::/0 has no free /1 left"_s;
    QTest::newRow("not a prefix") << u"10.0.0.1-10.0.0.5"_s << 30 << QStringList()
                                  << u"\"10.0.0.1-10.0.0.5\" is not a prefix"_s;
}

void TestAllocation::nextPrefixFails()
{
    QFETCH(QString, prefix);
    QFETCH(int, length);
    QFETCH(QStringList, used);
    QFETCH(QString, message);

    QString error;
    const auto free = Portolan::nextFreePrefix(parsed(prefix), length, parsedAll(used), &error);
    QVERIFY2(!free, qPrintable(free ? free->toString() : QString()));
    QCOMPARE(error, message);
}

void TestAllocation::overlappingPairsMixed()
{
    const QList<AddressValue> values = parsedAll({
        u"10.0.0.0/24"_s, // 0
        u"host.example.com"_s, // 1
        u"10.0.0.5"_s, // 2
        u"2001:db8::/64"_s, // 3
        u"10.0.1.0/24"_s, // 4
        u"10.0.0.250-10.0.1.3"_s, // 5
        u"2001:db8::1"_s, // 6
        u"::ffff:10.0.0.5"_s, // 7: IPv6, overlaps no IPv4 value
        u"host.example.com"_s, // 8: names never overlap
        u"10.0.0.5"_s, // 9
    });
    const QList<QPair<int, int>> expected { { 0, 2 }, { 0, 5 }, { 0, 9 },
                                            { 2, 9 }, { 3, 6 }, { 4, 5 } };
    QCOMPARE(Portolan::overlappingPairs(values), expected);
    QVERIFY(Portolan::overlappingPairs({}).isEmpty());
}

void TestAllocation::overlappingPairsMatchBruteForce()
{
    QRandomGenerator random(42);
    QList<AddressValue> values;
    for (int i = 0; i < 600; ++i) {
        const quint32 base = 0x0a000000 + random.bounded(4096);
        const QHostAddress address(base);
        switch (random.bounded(4)) {
        case 0:
            values.append(AddressValue::fromAddress(address));
            break;
        case 1:
            values.append(AddressValue::fromPrefix(address, 24 + int(random.bounded(9))));
            break;
        case 2:
            values.append(parsed(address.toString() + u'-'
                                 + QHostAddress(base + random.bounded(40)).toString()));
            break;
        default:
            values.append(parsed(u"fd00::"_s + QString::number(random.bounded(4096), 16)));
            break;
        }
    }
    QList<QPair<int, int>> expected;
    for (int i = 0; i < values.size(); ++i) {
        for (int j = i + 1; j < values.size(); ++j) {
            if (values.at(i).overlaps(values.at(j)))
                expected.append({ i, j });
        }
    }
    QVERIFY(expected.size() > 100); // the data must exercise the sweep
    QCOMPARE(Portolan::overlappingPairs(values), expected);
}

QTEST_GUILESS_MAIN(TestAllocation)
#include "tst_allocation.moc"
