#include "addressvalue.h"
#include "ipnumber.h"

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Portolan {

namespace {

constexpr std::array<std::pair<AddressKind, QStringView>, 6> KindNames { {
    { AddressKind::Ipv4, u"ipv4" },
    { AddressKind::Ipv6, u"ipv6" },
    { AddressKind::Cidr, u"cidr" },
    { AddressKind::Range, u"range" },
    { AddressKind::Fqdn, u"fqdn" },
    { AddressKind::WildcardFqdn, u"wildcard-fqdn" },
} };

// The covered interval of an IP value as numbers; both values must be IP
// values of the same family.
struct Interval
{
    IpNumber::Number first;
    IpNumber::Number last;
};

std::optional<std::pair<Interval, Interval>> comparable(const AddressValue &a,
                                                        const AddressValue &b)
{
    if (!a.isIp() || !b.isIp() || a.family() != b.family())
        return std::nullopt;
    return std::pair { Interval { IpNumber::toNumber(a.first()), IpNumber::toNumber(a.last()) },
                       Interval { IpNumber::toNumber(b.first()), IpNumber::toNumber(b.last()) } };
}

} // namespace

QString addressKindName(AddressKind kind)
{
    for (const auto &[k, name] : KindNames) {
        if (k == kind)
            return name.toString();
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<AddressKind> addressKindFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const auto &[kind, kindName] : KindNames) {
        if (trimmed.compare(kindName, Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

AddressValue::AddressValue(AddressKind kind, QString text, QHostAddress first, QHostAddress last,
                           int prefixLength)
    : m_kind(kind)
    , m_text(std::move(text))
    , m_first(std::move(first))
    , m_last(std::move(last))
    , m_prefixLength(prefixLength)
{ }

AddressValue AddressValue::fromAddress(const QHostAddress &address)
{
    Q_ASSERT(!address.isNull());
    QHostAddress plain = address;
    plain.setScopeId(QString());
    const AddressKind kind = IpNumber::familyOf(plain) == 4 ? AddressKind::Ipv4 : AddressKind::Ipv6;
    return AddressValue(kind, plain.toString(), plain, plain);
}

AddressValue AddressValue::fromPrefix(const QHostAddress &address, int length)
{
    const int family = IpNumber::familyOf(address);
    Q_ASSERT(family != 0 && length >= 0 && length <= IpNumber::bitsOf(family));
    const IpNumber::Number hostMask = IpNumber::hostMask(length, family);
    const IpNumber::Number network = IpNumber::toNumber(address) & ~hostMask;
    const QHostAddress first = IpNumber::toAddress(network, family);
    return AddressValue(AddressKind::Cidr, u"%1/%2"_s.arg(first.toString()).arg(length), first,
                        IpNumber::toAddress(network | hostMask, family), length);
}

AddressValue AddressValue::range(const QHostAddress &first, const QHostAddress &last)
{
    return AddressValue(AddressKind::Range, first.toString() + u'-' + last.toString(), first, last);
}

int AddressValue::family() const
{
    return IpNumber::familyOf(m_first);
}

QHostAddress AddressValue::network() const
{
    return m_kind == AddressKind::Cidr ? m_first : QHostAddress();
}

std::optional<QHostAddress> AddressValue::broadcast() const
{
    if (m_kind != AddressKind::Cidr || family() != 4)
        return std::nullopt;
    return m_last;
}

bool AddressValue::contains(const AddressValue &other) const
{
    const auto intervals = comparable(*this, other);
    if (!intervals)
        return false;
    const auto &[mine, theirs] = *intervals;
    return mine.first <= theirs.first && theirs.last <= mine.last;
}

bool AddressValue::overlaps(const AddressValue &other) const
{
    const auto intervals = comparable(*this, other);
    if (!intervals)
        return false;
    const auto &[mine, theirs] = *intervals;
    return mine.first <= theirs.last && theirs.first <= mine.last;
}

} // namespace Portolan
