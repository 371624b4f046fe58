#pragma once
// One address as a user writes it in an address plan: a single IPv4 or IPv6
// address, a CIDR prefix, a range of addresses, a host name or a wildcard
// name. Parsed from text, kept in one canonical form, compared by what it
// covers.

#include <QHostAddress>
#include <QString>
#include <QStringView>

#include <optional>

namespace Portolan {

enum class AddressKind { Ipv4, Ipv6, Cidr, Range, Fqdn, WildcardFqdn };

// "ipv4", "ipv6", "cidr", "range", "fqdn", "wildcard-fqdn": the kind as stored.
QString addressKindName(AddressKind kind);
// The stored names above, case-insensitive; nullopt for anything else.
std::optional<AddressKind> addressKindFromName(QStringView name);

class AddressValue
{
public:
    // Accepts, with surrounding white space ignored:
    //   single addresses: 10.0.0.1, 2001:db8::1 (IPv4 strictly as a dotted quad
    //     without leading zeros; no IPv6 zone id);
    //   prefixes without host bits set: 10.0.0.0/24, 2001:db8::/32, and with an
    //     IPv4 mask 10.0.0.0/255.255.255.0;
    //   ranges of one family, first <= last: 10.0.0.1-10.0.0.9, with spaces
    //     around the dash or an en/em dash allowed;
    //   names: host.example.com, *.example.com (a trailing dot is dropped).
    // On failure returns nullopt and sets *error to one sentence naming the
    // culprit ("10.0.0.5/24 has host bits set; did you mean 10.0.0.0/24?").
    static std::optional<AddressValue> parse(QStringView text, QString *error = nullptr);

    // A single address (any IPv6 zone id dropped); `address` must not be null.
    static AddressValue fromAddress(const QHostAddress &address);
    // The prefix of `length` bits holding `address` (host bits cleared);
    // `length` must suit the address's family.
    static AddressValue fromPrefix(const QHostAddress &address, int length);

    AddressKind kind() const { return m_kind; }
    // 4 or 6 for the IP kinds, 0 for names.
    int family() const;
    bool isIp() const { return m_kind != AddressKind::Fqdn && m_kind != AddressKind::WildcardFqdn; }
    // The canonical text: "10.0.0.1", "2001:db8::1", "10.0.0.0/24",
    // "10.0.0.1-10.0.0.9", "host.example.com", "*.example.com".
    QString toString() const { return m_text; }

    // The lowest and highest address covered; both null for names.
    QHostAddress first() const { return m_first; }
    QHostAddress last() const { return m_last; }
    // The prefix length of a CIDR value, -1 for the other kinds.
    int prefixLength() const { return m_prefixLength; }
    // The network address of a CIDR value (its first address); null otherwise.
    QHostAddress network() const;
    // The last address of an IPv4 CIDR value; nullopt for the other kinds.
    std::optional<QHostAddress> broadcast() const;

    // Whether every address `other` covers is covered by this value. Only IP
    // values of the same family compare; anything else gives false.
    bool contains(const AddressValue &other) const;
    // Whether the two values have an address in common (same rules).
    bool overlaps(const AddressValue &other) const;

    friend bool operator==(const AddressValue &a, const AddressValue &b)
    {
        return a.m_kind == b.m_kind && a.m_text == b.m_text;
    }

private:
    AddressValue(AddressKind kind, QString text, QHostAddress first = {}, QHostAddress last = {},
                 int prefixLength = -1);

    static AddressValue range(const QHostAddress &first, const QHostAddress &last);
    static std::optional<AddressValue> parseCidr(QStringView text, qsizetype slash, QString *error);
    static std::optional<AddressValue> parseRange(QStringView text, QStringView first,
                                                  QStringView last, QString *error);

    AddressKind m_kind = AddressKind::Ipv4;
    QString m_text;
    QHostAddress m_first;
    QHostAddress m_last;
    int m_prefixLength = -1;
};

} // namespace Portolan
