#pragma once
// Finding free space in an address plan: the next free address or sub-prefix
// of a prefix, and which values of a plan overlap. Pure functions over
// AddressValue; the caller gathers what is used.

#include "addressvalue.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Portolan {

// The lowest address of the CIDR `prefix` that no value in `used` covers
// (single addresses, prefixes and ranges count; names and other families are
// ignored) and that is not `gateway`. Never the network or broadcast address
// of an IPv4 prefix up to /30, nor the subnet-router anycast (network)
// address of an IPv6 prefix up to /126; in a /31, /32, /127 or /128 every
// address is usable (RFC 3021, RFC 6164). Returns nullopt with *error set
// when `prefix` is not a CIDR value or has no free address left.
std::optional<QHostAddress> nextFreeAddress(const AddressValue &prefix,
                                            const QList<AddressValue> &used,
                                            const std::optional<QHostAddress> &gateway,
                                            QString *error = nullptr);

// The lowest prefix of `length` bits inside the CIDR `prefix` that overlaps
// no value in `used`. Returns nullopt with *error set when `prefix` is not a
// CIDR value, `length` is shorter than its prefix length or longer than its
// family allows, or no such prefix is free.
std::optional<AddressValue> nextFreePrefix(const AddressValue &prefix, int length,
                                           const QList<AddressValue> &used,
                                           QString *error = nullptr);

// The index pairs (i < j, ascending) of every two IP values in `values` that
// overlap; names never overlap anything and families never mix.
QList<QPair<int, int>> overlappingPairs(const QList<AddressValue> &values);

} // namespace Portolan
