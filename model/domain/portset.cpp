#include "portset.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Portolan {

namespace {

constexpr int MinPort = 1;
constexpr int MaxPort = 65535;

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Reads one port number as written; digits only, so "+80", "8O" and "http"
// are rejected rather than half-read.
std::optional<quint16> parsePort(QStringView text, QString *error)
{
    const bool digitsOnly = !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digitsOnly) {
        setError(error, u"\"%1\" is not a port number"_s.arg(text));
        return std::nullopt;
    }
    bool ok = false;
    const uint value = text.toUInt(&ok); // not ok: too many digits
    if (!ok || value < MinPort || value > MaxPort) {
        setError(error, u"port %1 is out of range 1-65535"_s.arg(text));
        return std::nullopt;
    }
    return quint16(value);
}

// One list item: "443" or "30000-32767" (dashes already normalised).
std::optional<PortSet::Range> parseItem(QStringView item, QString *error)
{
    const qsizetype dash = item.indexOf(u'-');
    if (dash < 0) {
        const auto port = parsePort(item, error);
        if (!port)
            return std::nullopt;
        return PortSet::Range { *port, *port };
    }
    if (item.indexOf(u'-', dash + 1) >= 0) {
        setError(error, u"\"%1\" is not a port or a range"_s.arg(item));
        return std::nullopt;
    }
    const QStringView loText = item.left(dash);
    const QStringView hiText = item.mid(dash + 1);
    if (loText.isEmpty()) {
        setError(error, u"range \"%1\" has no first port"_s.arg(item));
        return std::nullopt;
    }
    if (hiText.isEmpty()) {
        setError(error, u"range \"%1\" has no last port"_s.arg(item));
        return std::nullopt;
    }
    const auto lo = parsePort(loText, error);
    if (!lo)
        return std::nullopt;
    const auto hi = parsePort(hiText, error);
    if (!hi)
        return std::nullopt;
    if (*lo > *hi) {
        setError(error, u"range %1 runs backwards"_s.arg(item));
        return std::nullopt;
    }
    return PortSet::Range { *lo, *hi };
}

bool isEveryPortWord(QStringView word)
{
    return word.compare(u"any", Qt::CaseInsensitive) == 0
        || word.compare(u"all", Qt::CaseInsensitive) == 0 || word == u"*";
}

} // namespace

PortSet PortSet::single(quint16 port)
{
    PortSet set;
    set.add(port);
    return set;
}

PortSet PortSet::range(quint16 lo, quint16 hi)
{
    PortSet set;
    set.add(lo, hi);
    return set;
}

PortSet PortSet::all()
{
    return range(MinPort, MaxPort);
}

std::optional<PortSet> PortSet::parse(QStringView text, QString *error)
{
    // Vendor tables write ranges with en/em dashes, minus signs and spaces
    // around the dash ("67 – 68"); fold all of them into a bare "-" first so
    // that white space is left to separate items only ("80 443").
    static const QRegularExpression dashes(u"\\s*[-\u2010-\u2015\u2212]\\s*"_s,
                                           QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression separators(u"[,\\s]+"_s,
                                               QRegularExpression::UseUnicodePropertiesOption);
    QString normalised = text.toString();
    normalised.replace(dashes, u"-"_s);
    // Empty items (a trailing or doubled comma) add nothing, as in a spreadsheet.
    const QStringList items = normalised.split(separators, Qt::SkipEmptyParts);

    if (items.size() == 1 && isEveryPortWord(items.first()))
        return all();

    PortSet set;
    for (const QString &item : items) {
        // "80,any" is more likely a slip than a wish to open every port.
        if (isEveryPortWord(item)) {
            setError(error, u"\"%1\" cannot be combined with other ports"_s.arg(item));
            return std::nullopt;
        }
        const auto parsed = parseItem(item, error);
        if (!parsed)
            return std::nullopt;
        set.add(parsed->lo, parsed->hi);
    }
    return set;
}

QString PortSet::toString() const
{
    QStringList parts;
    parts.reserve(m_ranges.size());
    for (const Range &r : m_ranges) {
        parts.append(r.lo == r.hi ? QString::number(r.lo)
                                  : QString::number(r.lo) + u'-' + QString::number(r.hi));
    }
    return parts.join(u',');
}

int PortSet::count() const
{
    int total = 0;
    for (const Range &r : m_ranges)
        total += r.hi - r.lo + 1;
    return total;
}

bool PortSet::contains(quint16 port) const
{
    const auto it = std::partition_point(m_ranges.cbegin(), m_ranges.cend(),
                                         [port](const Range &r) { return r.hi < port; });
    return it != m_ranges.cend() && it->lo <= port;
}

bool PortSet::contains(const PortSet &other) const
{
    // Our ranges are merged, so each range of `other` must lie inside one of ours.
    return std::all_of(other.m_ranges.cbegin(), other.m_ranges.cend(), [this](const Range &r) {
        const auto it = std::partition_point(m_ranges.cbegin(), m_ranges.cend(),
                                             [&r](const Range &mine) { return mine.hi < r.lo; });
        return it != m_ranges.cend() && it->lo <= r.lo && r.hi <= it->hi;
    });
}

bool PortSet::intersects(const PortSet &other) const
{
    auto a = m_ranges.cbegin();
    auto b = other.m_ranges.cbegin();
    while (a != m_ranges.cend() && b != other.m_ranges.cend()) {
        if (a->hi < b->lo)
            ++a;
        else if (b->hi < a->lo)
            ++b;
        else
            return true;
    }
    return false;
}

bool PortSet::isAll() const
{
    return m_ranges.size() == 1 && m_ranges.first() == Range { MinPort, MaxPort };
}

void PortSet::add(quint16 lo, quint16 hi)
{
    // Port 0 is not a port a flow can use; bounds may come in either order.
    if (lo > hi)
        std::swap(lo, hi);
    lo = std::max<quint16>(lo, MinPort);
    if (hi < lo)
        return;

    // Ranges that overlap or touch [lo, hi] form the run [first, last); they
    // are replaced by one merged range. int arithmetic avoids 65535 + 1 wrapping.
    const auto first = std::partition_point(m_ranges.begin(), m_ranges.end(),
                                            [lo](const Range &r) { return int(r.hi) + 1 < lo; });
    auto last = first;
    Range merged { lo, hi };
    while (last != m_ranges.end() && int(last->lo) <= int(hi) + 1) {
        merged.lo = std::min(merged.lo, last->lo);
        merged.hi = std::max(merged.hi, last->hi);
        ++last;
    }
    const qsizetype index = first - m_ranges.begin();
    m_ranges.erase(first, last);
    m_ranges.insert(index, merged);
}

void PortSet::merge(const PortSet &other)
{
    for (const Range &r : other.m_ranges)
        add(r.lo, r.hi);
}

PortSet PortSet::united(const PortSet &other) const
{
    PortSet result = *this;
    result.merge(other);
    return result;
}

PortSet PortSet::subtracted(const PortSet &other) const
{
    PortSet result;
    for (Range left : m_ranges) {
        // Both lists are sorted: cut out every range of `other` in turn.
        bool kept = true;
        for (const Range &cut : other.m_ranges) {
            if (cut.hi < left.lo)
                continue;
            if (cut.lo > left.hi)
                break;
            if (cut.lo > left.lo)
                result.m_ranges.append({ left.lo, quint16(cut.lo - 1) });
            if (cut.hi >= left.hi) {
                kept = false;
                break;
            }
            left.lo = quint16(cut.hi + 1);
        }
        if (kept)
            result.m_ranges.append(left);
    }
    return result;
}

} // namespace Portolan
