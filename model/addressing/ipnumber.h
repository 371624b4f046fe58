#pragma once
// IP addresses as plain unsigned numbers, so that address arithmetic (ranges,
// prefixes, gaps between used addresses) is integer arithmetic. Internal to
// the addressing code; QHostAddress stays the type that crosses its edges.

#include <QHostAddress>

namespace Portolan::IpNumber {

// 128 bits hold an IPv6 address; IPv4 addresses use the low 32.
__extension__ using Number = unsigned __int128;

// 32 for family 4, 128 for family 6, 0 otherwise.
int bitsOf(int family);
// 4, 6, or 0 for a null or unknown address.
int familyOf(const QHostAddress &address);

Number toNumber(const QHostAddress &address);
QHostAddress toAddress(Number number, int family);

// The host part of a prefix of `length` bits: the low (bits - length) bits set.
Number hostMask(int length, int family);

} // namespace Portolan::IpNumber
