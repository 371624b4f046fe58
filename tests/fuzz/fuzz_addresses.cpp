// Fuzz target: addresses as users write them in an address plan. The input is
// read as text by AddressValue::parse() and by the host-name rules
// (HostName::parse(), HostName::parseWildcard()); what they accept must read
// back from its canonical text and describe itself consistently.

#include "addressing/addressvalue.h"
#include "addressing/hostname.h"
#include "addressing/ipnumber.h"
#include "fuzzing.h"

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

void checkIpValue(const AddressValue &value)
{
    const QString text = value.toString();
    const int family = value.family();
    Fuzz::check(family == 4 || family == 6, "an IP value has no family", text);
    Fuzz::check(IpNumber::familyOf(value.first()) == family
                    && IpNumber::familyOf(value.last()) == family,
                "an IP value's bounds are of another family", text);
    Fuzz::check(IpNumber::toNumber(value.first()) <= IpNumber::toNumber(value.last()),
                "an IP value's first address is above its last", text);
    Fuzz::check(value.contains(value) && value.overlaps(value),
                "an IP value does not contain or overlap itself", text);

    switch (value.kind()) {
    case AddressKind::Ipv4:
    case AddressKind::Ipv6:
        Fuzz::check((value.kind() == AddressKind::Ipv4) == (family == 4),
                    "a single address's kind differs from its family", text);
        Fuzz::check(value.first() == value.last(), "a single address covers several", text);
        Fuzz::check(AddressValue::fromAddress(value.first()) == value,
                    "fromAddress() differs from the parsed address", text);
        break;
    case AddressKind::Cidr: {
        const int length = value.prefixLength();
        Fuzz::check(length >= 0 && length <= IpNumber::bitsOf(family),
                    "a prefix length is out of range", text);
        Fuzz::check(value.network() == value.first(), "network() differs from first()", text);
        Fuzz::check(AddressValue::fromPrefix(value.first(), length) == value,
                    "fromPrefix() differs from the parsed prefix", text);
        const IpNumber::Number hostMask = IpNumber::hostMask(length, family);
        Fuzz::check((IpNumber::toNumber(value.first()) & hostMask) == 0,
                    "a prefix has host bits set", text);
        Fuzz::check(IpNumber::toNumber(value.last())
                        == (IpNumber::toNumber(value.first()) | hostMask),
                    "a prefix's last address is not its highest", text);
        Fuzz::check(family == 4 ? value.broadcast() == value.last() : !value.broadcast(),
                    "broadcast() is wrong for a prefix", text);
        break;
    }
    case AddressKind::Range:
        break;
    case AddressKind::Fqdn:
    case AddressKind::WildcardFqdn:
        Fuzz::fail("an IP value has a name's kind", text);
    }
    if (value.kind() != AddressKind::Cidr) {
        Fuzz::check(value.prefixLength() == -1 && value.network().isNull() && !value.broadcast(),
                    "a value that is not a prefix has prefix properties", text);
    }
}

void checkNameValue(const AddressValue &value)
{
    const QString text = value.toString();
    Fuzz::check(value.family() == 0 && value.first().isNull() && value.last().isNull(),
                "a name has addresses", text);
    Fuzz::check(!value.contains(value) && !value.overlaps(value), "a name is compared as addresses",
                text);
    QString error;
    const bool wildcard = value.kind() == AddressKind::WildcardFqdn;
    const auto name
        = wildcard ? HostName::parseWildcard(text, &error) : HostName::parse(text, &error);
    Fuzz::check(name == text, "a name's canonical text is not a name", text + u" / "_s + error);
}

void checkAddressValue(const QString &input)
{
    QString error;
    const auto value = AddressValue::parse(input, &error);
    if (!value) {
        Fuzz::check(!error.isEmpty(), "a refused address has no message", input);
        return;
    }
    const QString text = value->toString();
    Fuzz::check(addressKindFromName(addressKindName(value->kind())) == value->kind(),
                "an address kind's name does not read back", text);
    const auto again = AddressValue::parse(text, &error);
    Fuzz::check(again.has_value(), "the canonical text does not parse", text + u" / "_s + error);
    Fuzz::check(*again == *value && again->toString() == text,
                "the canonical text parses to another value", text);
    Fuzz::check(again->first() == value->first() && again->last() == value->last()
                    && again->prefixLength() == value->prefixLength(),
                "the canonical text parses to other addresses", text);
    if (value->isIp())
        checkIpValue(*value);
    else
        checkNameValue(*value);
}

// hostname.h: a name comes back lowercase, without a trailing dot, at most
// 253 characters, and reads back as itself.
void checkName(const QString &input, bool wildcard)
{
    QString error;
    const auto parse = [wildcard](QStringView text, QString *why) {
        return wildcard ? HostName::parseWildcard(text, why) : HostName::parse(text, why);
    };
    const auto name = parse(input, &error);
    if (!name) {
        Fuzz::check(!error.isEmpty(), "a refused name has no message", input);
        return;
    }
    Fuzz::check(*name == name->toLower(), "a name is not lowercase", *name);
    Fuzz::check(!name->endsWith(u'.'), "a name ends with a dot", *name);
    Fuzz::check(name->size() <= (wildcard ? 255 : 253), "a name is too long", *name);
    Fuzz::check(!wildcard || name->startsWith(u"*."_s), "a wildcard name lacks its *.", *name);
    Fuzz::check(parse(*name, &error) == name, "a name does not read back as itself", *name);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Fuzz::textOf(data, size);
    checkAddressValue(text);
    checkName(text, false);
    checkName(text, true);
    return 0;
}
