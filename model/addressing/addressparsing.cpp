// AddressValue::parse: which form the text is written in, and the strict
// reading of each form.

#include "addressvalue.h"
#include "domain/translationcontexts.h"
#include "hostname.h"
#include "ipnumber.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>

using namespace Qt::Literals::StringLiterals;

namespace Portolan {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isDigitsAndDots(QStringView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar c) { return isDigit(c) || c == u'.'; });
}

// Whether a range endpoint could be meant as an address: names never hold a
// colon, and a name whose last label is all digits is no name.
bool looksLikeIp(QStringView text)
{
    return text.contains(u':') || (isDigitsAndDots(text) && text.contains(u'.'));
}

// A dotted quad, strictly: QHostAddress also reads "127.1", "0x7f.0.0.1" and
// "010.0.0.1" (as octal 8.0.0.1), none of which belongs in a plan.
std::optional<QHostAddress> parseIpv4(QStringView text, QString *error)
{
    const QList<QStringView> parts = text.split(u'.');
    const bool shaped
        = parts.size() == 4 && std::all_of(parts.begin(), parts.end(), [](auto part) {
              return !part.isEmpty() && std::all_of(part.begin(), part.end(), isDigit);
          });
    if (!shaped) {
        setError(error, AddressText::tr("\"%1\" is not an IPv4 address").arg(text));
        return std::nullopt;
    }
    quint32 address = 0;
    for (const QStringView part : parts) {
        if (part.size() > 1 && part.startsWith(u'0')) {
            setError(error,
                     AddressText::tr("%1 has a leading zero in %2, which some tools read as octal; "
                                     "write it without leading zeros")
                         .arg(text, part));
            return std::nullopt;
        }
        const uint octet = part.size() > 3 ? 256 : part.toUInt();
        if (octet > 255) {
            setError(error,
                     AddressText::tr("%1 is not an IPv4 address: %2 is out of range 0-255")
                         .arg(text, part));
            return std::nullopt;
        }
        address = (address << 8) | octet;
    }
    return QHostAddress(address);
}

std::optional<QHostAddress> parseIpv6(QStringView text, QString *error)
{
    const qsizetype percent = text.indexOf(u'%');
    if (percent >= 0) {
        setError(
            error,
            AddressText::tr("%1 has a zone id (%2), which only means something on one machine; "
                            "write the address without it")
                .arg(text, text.mid(percent)));
        return std::nullopt;
    }
    QHostAddress address;
    if (!address.setAddress(text.toString())
        || address.protocol() != QAbstractSocket::IPv6Protocol) {
        setError(error, AddressText::tr("\"%1\" is not an IPv6 address").arg(text));
        return std::nullopt;
    }
    return address;
}

std::optional<QHostAddress> parseIp(QStringView text, QString *error)
{
    if (text.contains(u':'))
        return parseIpv6(text, error);
    if (isDigitsAndDots(text))
        return parseIpv4(text, error);
    setError(error, AddressText::tr("\"%1\" is not an IP address").arg(text));
    return std::nullopt;
}

// A prefix length in digits, or (IPv4) a contiguous netmask in dotted form.
std::optional<int> parsePrefixLength(QStringView text, QStringView whole, int family,
                                     QString *error)
{
    const int bits = IpNumber::bitsOf(family);
    if (family == 4 && text.contains(u'.')) {
        const auto mask = parseIpv4(text, error);
        if (!mask)
            return std::nullopt;
        const quint32 inverted = ~mask->toIPv4Address();
        if ((inverted & (inverted + 1)) != 0) {
            setError(error, AddressText::tr("%1 is not a contiguous netmask").arg(text));
            return std::nullopt;
        }
        return bits - std::popcount(inverted);
    }
    if (text.isEmpty()) {
        setError(error, AddressText::tr("%1 has no prefix length after the /").arg(whole));
        return std::nullopt;
    }
    if (!std::all_of(text.begin(), text.end(), isDigit)) {
        setError(error, AddressText::tr("\"%1\" is not a prefix length").arg(text));
        return std::nullopt;
    }
    const int length = text.size() > 3 ? bits + 1 : text.toInt();
    if (length > bits) {
        setError(error,
                 AddressText::tr("prefix length %1 is out of range 0-%2").arg(text).arg(bits));
        return std::nullopt;
    }
    return length;
}

// Where a range's dash is, if the text is a range: an en or em dash always
// makes one; an ASCII hyphen only when it stands between spaces or between
// two things that look like addresses (host names hold hyphens too).
qsizetype rangeDash(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\u2013' || text[i] == u'\u2014')
            return i;
    }
    const qsizetype dash = text.indexOf(u'-');
    if (dash < 0)
        return -1;
    if (text.indexOf(u'-', dash + 1) >= 0) {
        // Several hyphens make a name, unless the text could not be one.
        const bool nameless
            = text.contains(u':') || std::all_of(text.begin(), text.end(), [](QChar c) {
                  return isDigit(c) || c == u'.' || c == u'-' || c.isSpace();
              });
        return nameless ? dash : -1;
    }
    const QStringView left = text.left(dash);
    const QStringView right = text.mid(dash + 1);
    const bool spaced = (!left.isEmpty() && left.back().isSpace())
        || (!right.isEmpty() && right.front().isSpace());
    const QStringView first = left.trimmed();
    const QStringView last = right.trimmed();
    const bool addresses = (looksLikeIp(first) || first.isEmpty())
        && (looksLikeIp(last) || last.isEmpty()) && !(first.isEmpty() && last.isEmpty());
    return spaced || addresses ? dash : -1;
}

} // namespace

std::optional<AddressValue> AddressValue::parse(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setError(error, AddressText::tr("an address is empty"));
        return std::nullopt;
    }
    if (const qsizetype dash = rangeDash(trimmed); dash >= 0)
        return parseRange(trimmed, trimmed.left(dash).trimmed(), trimmed.mid(dash + 1).trimmed(),
                          error);
    if (const qsizetype slash = trimmed.indexOf(u'/'); slash >= 0)
        return parseCidr(trimmed, slash, error);
    if (trimmed.contains(u':') || isDigitsAndDots(trimmed)) {
        const auto address = parseIp(trimmed, error);
        if (!address)
            return std::nullopt;
        return fromAddress(*address);
    }
    if (trimmed.contains(u'*')) {
        const auto name = HostName::parseWildcard(trimmed, error);
        if (!name)
            return std::nullopt;
        return AddressValue(AddressKind::WildcardFqdn, *name);
    }
    const auto name = HostName::parse(trimmed, error);
    if (!name)
        return std::nullopt;
    return AddressValue(AddressKind::Fqdn, *name);
}

std::optional<AddressValue> AddressValue::parseCidr(QStringView text, qsizetype slash,
                                                    QString *error)
{
    const QStringView addressText = text.left(slash).trimmed();
    if (addressText.isEmpty()) {
        setError(error, AddressText::tr("%1 has no address before the /").arg(text));
        return std::nullopt;
    }
    const auto address = parseIp(addressText, error);
    if (!address)
        return std::nullopt;
    const int family = IpNumber::familyOf(*address);
    const auto length = parsePrefixLength(text.mid(slash + 1).trimmed(), text, family, error);
    if (!length)
        return std::nullopt;
    const AddressValue prefix = fromPrefix(*address, *length);
    if (prefix.first() != *address) {
        setError(
            error,
            AddressText::tr("%1 has host bits set; did you mean %2?").arg(text, prefix.toString()));
        return std::nullopt;
    }
    return prefix;
}

std::optional<AddressValue> AddressValue::parseRange(QStringView text, QStringView first,
                                                     QStringView last, QString *error)
{
    if (first.isEmpty()) {
        setError(error, AddressText::tr("range %1 has no first address").arg(text));
        return std::nullopt;
    }
    if (last.isEmpty()) {
        setError(error, AddressText::tr("range %1 has no last address").arg(text));
        return std::nullopt;
    }
    const auto firstAddress = parseIp(first, error);
    if (!firstAddress)
        return std::nullopt;
    const auto lastAddress = parseIp(last, error);
    if (!lastAddress)
        return std::nullopt;
    const int family = IpNumber::familyOf(*firstAddress);
    if (family != IpNumber::familyOf(*lastAddress)) {
        setError(error, AddressText::tr("range %1 mixes IPv4 and IPv6").arg(text));
        return std::nullopt;
    }
    if (IpNumber::toNumber(*firstAddress) > IpNumber::toNumber(*lastAddress)) {
        setError(error, AddressText::tr("range %1 runs backwards").arg(text));
        return std::nullopt;
    }
    return range(*firstAddress, *lastAddress);
}

} // namespace Portolan
