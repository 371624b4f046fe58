#pragma once
// Component, zone, product, environment and view names: how they are cleaned for
// display and compared. Two names denote the same thing when their keys are
// equal: case-insensitive, white space trimmed and collapsed, trailing dots
// removed ("vCenter Server." == "vcenter  server").

#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace Portolan {

// Display form: trimmed, inner white space (including non-breaking spaces)
// collapsed to one space, trailing dots removed ("Server. ." -> "Server"),
// zero-width spaces, byte-order marks and control characters dropped.
QString cleanName(QStringView name);
// Comparison key: cleanName() case-folded, in Unicode NFKC so that composed
// and decomposed accents, or full-width letters, give one key.
QString nameKey(QStringView name);
bool sameName(QStringView a, QStringView b);

// The longest name a record may have, in characters: room for any real
// name, and a bound on what a diagram box or a sheet cell is asked to hold.
inline constexpr qsizetype maxNameLength = 10'000;

// The first name not taken: candidate(1), candidate(2), … ("New zone 1",
// "New zone 2", …), compared by key with every name of `taken`.
QString uniqueName(const QStringList &taken, const std::function<QString(int)> &candidate);

// Text for a one-line message: line breaks and other control characters as
// spaces, and at most `limit` characters, cut with "…" (a name of 100,000
// characters, a header of 100,000 columns).
QString messageText(QStringView text, qsizetype limit);

// The names of records (anything with a `name`), for uniqueName().
template<typename Records> QStringList namesOf(const Records &records)
{
    QStringList names;
    for (const auto &record : records)
        names.append(record.name);
    return names;
}

} // namespace Portolan
