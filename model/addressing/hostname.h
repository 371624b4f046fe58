#pragma once
// The rules for host names in an address plan (RFC 1123 labels, fully
// qualified) and for wildcard names ("*.example.com"). Internal to
// AddressValue's parser.

#include <QString>
#include <QStringView>

#include <optional>

namespace Portolan::HostName {

// A fully qualified name: at least two labels of 1-63 ASCII letters, digits
// and hyphens, no hyphen first or last, at most 253 characters, the last
// label not all digits; one trailing dot is dropped. Returns it lowercase,
// or nullopt with *error naming the culprit.
std::optional<QString> parse(QStringView name, QString *error);

// "*." followed by a name as above; the * only as the whole leftmost label.
std::optional<QString> parseWildcard(QStringView name, QString *error);

} // namespace Portolan::HostName
