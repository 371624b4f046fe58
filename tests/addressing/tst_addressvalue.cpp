// AddressValue: every form an address plan holds, valid and invalid, its
// canonical text, the reasons given for bad text, and containment.

#include "addressing/addressvalue.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using Portolan::AddressKind;
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

} // namespace

class TestAddressValue : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void bounds_data();
    void bounds();
    void containment_data();
    void containment();
    void factories();
    void kindNames_data();
    void kindNames();
};

void TestAddressValue::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<AddressKind>("kind");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("family");

    const auto v4 = AddressKind::Ipv4, v6 = AddressKind::Ipv6, cidr = AddressKind::Cidr,
               range = AddressKind::Range, fqdn = AddressKind::Fqdn,
               wildcard = AddressKind::WildcardFqdn;
    QTest::newRow("ipv4") << u"10.0.0.1"_s << v4 << u"10.0.0.1"_s << 4;
    QTest::newRow("ipv4 spaces") << u"  192.168.1.254\t"_s << v4 << u"192.168.1.254"_s << 4;
    QTest::newRow("ipv4 zeros") << u"0.0.0.0"_s << v4 << u"0.0.0.0"_s << 4;
    QTest::newRow("ipv4 top") << u"255.255.255.255"_s << v4 << u"255.255.255.255"_s << 4;
    QTest::newRow("ipv6 compressed") << u"2001:DB8:0:0::1"_s << v6 << u"2001:db8::1"_s << 6;
    QTest::newRow("ipv6 full") << u"2001:0db8:0000:0000:0000:0000:0000:0001"_s << v6
                               << u"2001:db8::1"_s << 6;
    QTest::newRow("ipv6 loopback") << u"::1"_s << v6 << u"::1"_s << 6;
    QTest::newRow("ipv6 unspecified") << u"::"_s << v6 << u"::"_s << 6;
    QTest::newRow("ipv4-mapped") << u"::FFFF:10.0.0.1"_s << v6 << u"::ffff:10.0.0.1"_s << 6;
    QTest::newRow("cidr") << u"10.0.0.0/24"_s << cidr << u"10.0.0.0/24"_s << 4;
    QTest::newRow("cidr spaces") << u"10.0.0.0 / 8"_s << cidr << u"10.0.0.0/8"_s << 4;
    QTest::newRow("cidr /0") << u"0.0.0.0/0"_s << cidr << u"0.0.0.0/0"_s << 4;
    QTest::newRow("cidr /32") << u"10.1.2.3/32"_s << cidr << u"10.1.2.3/32"_s << 4;
    QTest::newRow("cidr netmask") << u"172.16.0.0/255.240.0.0"_s << cidr << u"172.16.0.0/12"_s << 4;
    QTest::newRow("cidr ipv6") << u"2001:DB8::/32"_s << cidr << u"2001:db8::/32"_s << 6;
    QTest::newRow("cidr ipv6 long")
        << u"2001:db8:0:0:0:0:0:0/64"_s << cidr << u"2001:db8::/64"_s << 6;
    QTest::newRow("cidr ipv6 /128") << u"::1/128"_s << cidr << u"::1/128"_s << 6;
    QTest::newRow("range") << u"10.0.0.1-10.0.0.9"_s << range << u"10.0.0.1-10.0.0.9"_s << 4;
    QTest::newRow("range spaced") << u"10.0.0.1 - 10.0.0.9"_s << range << u"10.0.0.1-10.0.0.9"_s
                                  << 4;
    QTest::newRow("range en dash")
        << u"10.0.0.1\u201310.0.0.9"_s << range << u"10.0.0.1-10.0.0.9"_s << 4;
    QTest::newRow("range em dash spaced")
        << u"10.0.0.1 \u2014 10.0.0.9"_s << range << u"10.0.0.1-10.0.0.9"_s << 4;
    QTest::newRow("range of one") << u"10.0.0.1-10.0.0.1"_s << range << u"10.0.0.1-10.0.0.1"_s << 4;
    QTest::newRow("range ipv6") << u"2001:DB8::1-2001:db8::ff"_s << range
                                << u"2001:db8::1-2001:db8::ff"_s << 6;
    QTest::newRow("fqdn") << u"FOO.Example.COM."_s << fqdn << u"foo.example.com"_s << 0;
    QTest::newRow("fqdn hyphens") << u"my-host.eu-west-1.example.com"_s << fqdn
                                  << u"my-host.eu-west-1.example.com"_s << 0;
    QTest::newRow("fqdn digit labels")
        << u"10-0-0-1.example.com"_s << fqdn << u"10-0-0-1.example.com"_s << 0;
    QTest::newRow("fqdn digits first") << u"123.example.com"_s << fqdn << u"123.example.com"_s << 0;
    QTest::newRow("fqdn punycode")
        << u"xn--bcher-kva.example"_s << fqdn << u"xn--bcher-kva.example"_s << 0;
    QTest::newRow("fqdn 63") << QString(63, u'a') + u".com"_s << fqdn
                             << QString(63, u'a') + u".com"_s << 0;
    QTest::newRow("wildcard") << u"*.Example.com."_s << wildcard << u"*.example.com"_s << 0;
    QTest::newRow("wildcard deep")
        << u" *.apps.k8s.example.com "_s << wildcard << u"*.apps.k8s.example.com"_s << 0;
}

void TestAddressValue::parseValid()
{
    QFETCH(QString, text);
    QFETCH(AddressKind, kind);
    QFETCH(QString, canonical);
    QFETCH(int, family);

    QString error = u"untouched"_s;
    const auto value = AddressValue::parse(text, &error);
    QVERIFY2(value, qPrintable(error));
    QCOMPARE(value->kind(), kind);
    QCOMPARE(value->toString(), canonical);
    QCOMPARE(value->family(), family);
    QCOMPARE(value->isIp(), family != 0);
    // The canonical text reads back as itself.
    QCOMPARE(parsed(canonical), *value);
    QCOMPARE(parsed(canonical).toString(), canonical);
}

void TestAddressValue::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mentions"); // every one must be in the reason

    QTest::newRow("empty") << u""_s << QStringList { u"an address is empty"_s };
    QTest::newRow("blank") << u" \t "_s << QStringList { u"an address is empty"_s };
    QTest::newRow("octet 300") << u"10.0.0.300"_s << QStringList { u"10.0.0.300"_s, u"300"_s };
    QTest::newRow("octet 4 digits") << u"10.0.0.1000"_s << QStringList { u"10.0.0.1000"_s };
    QTest::newRow("three octets") << u"10.0.0"_s
                                  << QStringList { u"10.0.0"_s, u"not an IPv4 address"_s };
    QTest::newRow("five octets") << u"10.0.0.1.2"_s << QStringList { u"10.0.0.1.2"_s };
    QTest::newRow("empty octet") << u"10..0.1"_s << QStringList { u"10..0.1"_s };
    QTest::newRow("leading zero") << u"010.0.0.1"_s
                                  << QStringList { u"010"_s, u"leading zero"_s, u"octal"_s };
    QTest::newRow("prefix 33") << u"10.0.0.0/33"_s << QStringList { u"33"_s, u"0-32"_s };
    QTest::newRow("prefix 129") << u"2001:db8::/129"_s << QStringList { u"129"_s, u"0-128"_s };
    QTest::newRow("prefix huge") << u"10.0.0.0/99999"_s << QStringList { u"99999"_s };
    QTest::newRow("prefix missing") << u"10.0.0.0/"_s << QStringList { u"no prefix length"_s };
    QTest::newRow("prefix word") << u"10.0.0.0/ab"_s << QStringList { u"\"ab\""_s };
    QTest::newRow("prefix no address") << u"/24"_s << QStringList { u"no address"_s };
    QTest::newRow("host bits") << u"10.0.0.5/24"_s
                               << QStringList { u"host bits"_s, u"10.0.0.0/24"_s };
    QTest::newRow("host bits ipv6")
        << u"2001:db8::1/32"_s << QStringList { u"host bits"_s, u"2001:db8::/32"_s };
    QTest::newRow("netmask gaps") << u"10.0.0.0/255.0.255.0"_s
                                  << QStringList { u"255.0.255.0"_s, u"contiguous"_s };
    QTest::newRow("backwards") << u"10.0.0.9-10.0.0.1"_s
                               << QStringList { u"10.0.0.9-10.0.0.1"_s, u"backwards"_s };
    QTest::newRow("backwards ipv6")
        << u"2001:db8::9 - 2001:db8::1"_s << QStringList { u"backwards"_s };
    QTest::newRow("mixed range") << u"10.0.0.1-2001:db8::1"_s << QStringList { u"IPv4 and IPv6"_s };
    QTest::newRow("range bad end")
        << u"10.0.0.1 - 10.0.0.256"_s << QStringList { u"10.0.0.256"_s, u"256"_s };
    QTest::newRow("range name end")
        << u"10.0.0.1 - host"_s << QStringList { u"\"host\" is not an IP address"_s };
    QTest::newRow("range of three")
        << u"10.0.0.1-10.0.0.2-10.0.0.3"_s << QStringList { u"\"10.0.0.2-10.0.0.3\""_s };
    QTest::newRow("range of prefixes") << u"10.0.0.0/24 - 10.0.1.0/24"_s
                                       << QStringList { u"\"10.0.0.0/24\" is not an IP address"_s };
    QTest::newRow("range no last") << u"10.0.0.1 -"_s << QStringList { u"no last address"_s };
    QTest::newRow("range no first") << u"\u201310.0.0.1"_s << QStringList { u"no first"_s };
    QTest::newRow("zone id") << u"fe80::1%eth0"_s << QStringList { u"zone id"_s, u"%eth0"_s };
    QTest::newRow("bad ipv6") << u"2001:db8::g"_s
                              << QStringList { u"\"2001:db8::g\" is not an IPv6 address"_s };
    QTest::newRow("two double colons") << u"1::2::3"_s << QStringList { u"1::2::3"_s };
    QTest::newRow("bracketed ipv6") << u"[::1]"_s << QStringList { u"[::1]"_s };
    QTest::newRow("hyphen label") << u"-bad-.example.com"_s
                                  << QStringList { u"\"-bad-\""_s, u"hyphen"_s };
    QTest::newRow("hyphen last") << u"host.example-"_s << QStringList { u"\"example-\""_s };
    QTest::newRow("underscore") << u"my_host.example.com"_s
                                << QStringList { u"\"my_host\""_s, u"underscore"_s };
    QTest::newRow("label 64") << QString(64, u'a') + u".com"_s
                              << QStringList { QString(64, u'a'), u"63"_s };
    QTest::newRow("name 254") << (QString(62, u'a') + u'.').repeated(4) + u"abcd"_s
                              << QStringList { u"too long"_s, u"253"_s };
    QTest::newRow("single label") << u"localhost"_s
                                  << QStringList { u"\"localhost\""_s, u"fully qualified"_s };
    QTest::newRow("empty label") << u"host..example.com"_s << QStringList { u"empty label"_s };
    QTest::newRow("two trailing dots")
        << u"host.example.com.."_s << QStringList { u"empty label"_s };
    QTest::newRow("digit tld") << u"host.123"_s << QStringList { u"\"123\""_s, u"all digits"_s };
    QTest::newRow("space inside") << u"my host.example.com"_s << QStringList { u"a space"_s };
    QTest::newRow("non-ascii") << u"b\u00fccher.example"_s << QStringList { u"\u00fc"_s };
    QTest::newRow("star in label")
        << u"a*.example.com"_s << QStringList { u"a*.example.com"_s, u"leftmost label"_s };
    QTest::newRow("two stars") << u"*.*.example.com"_s << QStringList { u"leftmost label"_s };
    QTest::newRow("star inside") << u"host.*.example.com"_s << QStringList { u"leftmost label"_s };
    QTest::newRow("star alone") << u"*"_s << QStringList { u"leftmost label"_s };
    QTest::newRow("wildcard tld only") << u"*.com"_s << QStringList { u"fully qualified"_s };
    QTest::newRow("wildcard bad label") << u"*.-x.example.com"_s << QStringList { u"\"-x\""_s };
}

void TestAddressValue::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mentions);

    QString error;
    const auto value = AddressValue::parse(text, &error);
    QVERIFY2(!value, qPrintable(value ? value->toString() : QString()));
    for (const QString &mention : mentions)
        QVERIFY2(error.contains(mention), qPrintable(u"\"%1\" lacks \"%2\""_s.arg(error, mention)));
    QVERIFY(!AddressValue::parse(text)); // no error pointer needed
}

void TestAddressValue::bounds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<int>("prefixLength");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("broadcast"); // empty: none

    QTest::newRow("ipv4") << u"10.0.0.1"_s << u"10.0.0.1"_s << u"10.0.0.1"_s << -1 << u""_s
                          << u""_s;
    QTest::newRow("cidr") << u"10.0.0.0/24"_s << u"10.0.0.0"_s << u"10.0.0.255"_s << 24
                          << u"10.0.0.0"_s << u"10.0.0.255"_s;
    QTest::newRow("cidr /0") << u"0.0.0.0/0"_s << u"0.0.0.0"_s << u"255.255.255.255"_s << 0
                             << u"0.0.0.0"_s << u"255.255.255.255"_s;
    QTest::newRow("cidr /31") << u"10.0.0.4/31"_s << u"10.0.0.4"_s << u"10.0.0.5"_s << 31
                              << u"10.0.0.4"_s << u"10.0.0.5"_s;
    QTest::newRow("ipv6 cidr") << u"2001:db8::/64"_s << u"2001:db8::"_s
                               << u"2001:db8::ffff:ffff:ffff:ffff"_s << 64 << u"2001:db8::"_s
                               << u""_s;
    QTest::newRow("ipv6 /0") << u"::/0"_s << u"::"_s << u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_s
                             << 0 << u"::"_s << u""_s;
    QTest::newRow("range") << u"10.0.0.1-10.0.1.9"_s << u"10.0.0.1"_s << u"10.0.1.9"_s << -1
                           << u""_s << u""_s;
    QTest::newRow("fqdn") << u"a.example.com"_s << u""_s << u""_s << -1 << u""_s << u""_s;
}

void TestAddressValue::bounds()
{
    QFETCH(QString, text);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(int, prefixLength);
    QFETCH(QString, network);
    QFETCH(QString, broadcast);

    const AddressValue value = parsed(text);
    QCOMPARE(value.first().toString(), first);
    QCOMPARE(value.last().toString(), last);
    QCOMPARE(value.first().isNull(), first.isEmpty());
    QCOMPARE(value.prefixLength(), prefixLength);
    QCOMPARE(value.network().toString(), network);
    QCOMPARE(value.broadcast().has_value(), !broadcast.isEmpty());
    if (value.broadcast())
        QCOMPARE(value.broadcast()->toString(), broadcast);
}

void TestAddressValue::containment_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("aContainsB");
    QTest::addColumn<bool>("bContainsA");
    QTest::addColumn<bool>("overlap");

    const auto row = [](const char *name, const QString &a, const QString &b, bool ab, bool ba,
                        bool overlap) { QTest::newRow(name) << a << b << ab << ba << overlap; };
    row("same address", u"10.0.0.1"_s, u"10.0.0.1"_s, true, true, true);
    row("other address", u"10.0.0.1"_s, u"10.0.0.2"_s, false, false, false);
    row("cidr holds address", u"10.0.0.0/24"_s, u"10.0.0.77"_s, true, false, true);
    row("cidr misses address", u"10.0.0.0/24"_s, u"10.0.1.0"_s, false, false, false);
    row("cidr in cidr", u"10.0.0.0/16"_s, u"10.0.3.0/24"_s, true, false, true);
    row("adjacent cidrs", u"10.0.0.0/25"_s, u"10.0.0.128/25"_s, false, false, false);
    row("range in cidr", u"10.0.0.0/24"_s, u"10.0.0.10-10.0.0.20"_s, true, false, true);
    row("range across cidr", u"10.0.0.0/24"_s, u"10.0.0.250-10.0.1.5"_s, false, false, true);
    row("range touching range", u"10.0.0.1-10.0.0.5"_s, u"10.0.0.5-10.0.0.9"_s, false, false, true);
    row("ranges apart", u"10.0.0.1-10.0.0.4"_s, u"10.0.0.5-10.0.0.9"_s, false, false, false);
    row("equal cidr and range", u"10.0.0.0/30"_s, u"10.0.0.0-10.0.0.3"_s, true, true, true);
    row("ipv6 in ipv6", u"2001:db8::/32"_s, u"2001:db8:1::5"_s, true, false, true);
    row("ipv6 outside", u"2001:db8::/32"_s, u"2001:db9::1"_s, false, false, false);
    row("everything v4 vs v6", u"0.0.0.0/0"_s, u"::/0"_s, false, false, false);
    row("mapped is not v4", u"10.0.0.0/8"_s, u"::ffff:10.0.0.1"_s, false, false, false);
    row("name and address", u"host.example.com"_s, u"10.0.0.1"_s, false, false, false);
    row("same name", u"host.example.com"_s, u"host.example.com"_s, false, false, false);
    row("wildcard and name", u"*.example.com"_s, u"host.example.com"_s, false, false, false);
}

void TestAddressValue::containment()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, aContainsB);
    QFETCH(bool, bContainsA);
    QFETCH(bool, overlap);

    const AddressValue first = parsed(a), second = parsed(b);
    QCOMPARE(first.contains(second), aContainsB);
    QCOMPARE(second.contains(first), bContainsA);
    QCOMPARE(first.overlaps(second), overlap);
    QCOMPARE(second.overlaps(first), overlap);
}

void TestAddressValue::factories()
{
    QHostAddress scoped(u"fe80::1%eth0"_s);
    QCOMPARE(AddressValue::fromAddress(scoped).toString(), u"fe80::1"_s);
    QCOMPARE(AddressValue::fromAddress(scoped).kind(), AddressKind::Ipv6);
    QCOMPARE(AddressValue::fromAddress(QHostAddress(u"10.0.0.1"_s)), parsed(u"10.0.0.1"_s));
    QCOMPARE(AddressValue::fromPrefix(QHostAddress(u"10.1.2.3"_s), 16), parsed(u"10.1.0.0/16"_s));
    QCOMPARE(AddressValue::fromPrefix(QHostAddress(u"2001:db8::1"_s), 48),
             parsed(u"2001:db8::/48"_s));
    // A single address and a /32 cover the same but are written differently.
    QVERIFY(parsed(u"10.0.0.1"_s) != parsed(u"10.0.0.1/32"_s));
}

void TestAddressValue::kindNames_data()
{
    QTest::addColumn<AddressKind>("kind");
    QTest::addColumn<QString>("name");

    QTest::newRow("ipv4") << AddressKind::Ipv4 << u"ipv4"_s;
    QTest::newRow("ipv6") << AddressKind::Ipv6 << u"ipv6"_s;
    QTest::newRow("cidr") << AddressKind::Cidr << u"cidr"_s;
    QTest::newRow("range") << AddressKind::Range << u"range"_s;
    QTest::newRow("fqdn") << AddressKind::Fqdn << u"fqdn"_s;
    QTest::newRow("wildcard") << AddressKind::WildcardFqdn << u"wildcard-fqdn"_s;
}

void TestAddressValue::kindNames()
{
    QFETCH(AddressKind, kind);
    QFETCH(QString, name);

    QCOMPARE(Portolan::addressKindName(kind), name);
    QCOMPARE(Portolan::addressKindFromName(name).value_or(AddressKind(-1)), kind);
    QCOMPARE(Portolan::addressKindFromName(name.toUpper()).value_or(AddressKind(-1)), kind);
    QVERIFY(!Portolan::addressKindFromName(name + u'x'));
}

QTEST_GUILESS_MAIN(TestAddressValue)
#include "tst_addressvalue.moc"
