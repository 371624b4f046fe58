#include "allocation.h"
#include "domain/translationcontexts.h"
#include "ipnumber.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Portolan {

namespace {

using IpNumber::Number;

struct Interval
{
    Number first;
    Number last;
};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool checkPrefix(const AddressValue &prefix, QString *error)
{
    if (prefix.kind() == AddressKind::Cidr)
        return true;
    setError(error, AddressText::tr("\"%1\" is not a prefix").arg(prefix.toString()));
    return false;
}

void addClipped(QList<Interval> &intervals, Number first, Number last, Number lo, Number hi)
{
    if (last >= lo && first <= hi)
        intervals.append({ std::max(first, lo), std::min(last, hi) });
}

// What `used` takes of [lo, hi], in no particular order.
QList<Interval> usedWithin(const QList<AddressValue> &used, int family, Number lo, Number hi)
{
    QList<Interval> intervals;
    intervals.reserve(used.size() + 3);
    for (const AddressValue &value : used) {
        if (value.isIp() && value.family() == family)
            addClipped(intervals, IpNumber::toNumber(value.first()),
                       IpNumber::toNumber(value.last()), lo, hi);
    }
    return intervals;
}

void sortByFirst(QList<Interval> &intervals)
{
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval &a, const Interval &b) { return a.first < b.first; });
}

} // namespace

std::optional<QHostAddress> nextFreeAddress(const AddressValue &prefix,
                                            const QList<AddressValue> &used,
                                            const std::optional<QHostAddress> &gateway,
                                            QString *error)
{
    if (!checkPrefix(prefix, error))
        return std::nullopt;
    const int family = prefix.family();
    const Number lo = IpNumber::toNumber(prefix.first());
    const Number hi = IpNumber::toNumber(prefix.last());
    QList<Interval> taken = usedWithin(used, family, lo, hi);
    // A point-to-point link (two addresses or one) has no network address.
    if (IpNumber::bitsOf(family) - prefix.prefixLength() > 1) {
        taken.append({ lo, lo });
        if (family == 4)
            taken.append({ hi, hi });
    }
    if (gateway && IpNumber::familyOf(*gateway) == family) {
        const Number address = IpNumber::toNumber(*gateway);
        addClipped(taken, address, address, lo, hi);
    }
    sortByFirst(taken);

    // Walk the gaps: `candidate` is the lowest address not yet known taken.
    Number candidate = lo;
    for (const Interval &interval : taken) {
        if (interval.first > candidate)
            break;
        if (interval.last >= hi) {
            setError(error, AddressText::tr("%1 has no free address left").arg(prefix.toString()));
            return std::nullopt;
        }
        candidate = std::max(candidate, interval.last + 1);
    }
    return IpNumber::toAddress(candidate, family);
}

std::optional<AddressValue> nextFreePrefix(const AddressValue &prefix, int length,
                                           const QList<AddressValue> &used, QString *error)
{
    if (!checkPrefix(prefix, error))
        return std::nullopt;
    const int family = prefix.family();
    const int bits = IpNumber::bitsOf(family);
    if (length < 0 || length > bits) {
        setError(error,
                 AddressText::tr("prefix length %1 is out of range 0-%2").arg(length).arg(bits));
        return std::nullopt;
    }
    if (length < prefix.prefixLength()) {
        setError(
            error,
            AddressText::tr("a /%1 does not fit inside %2").arg(length).arg(prefix.toString()));
        return std::nullopt;
    }
    const Number lo = IpNumber::toNumber(prefix.first());
    const Number hi = IpNumber::toNumber(prefix.last());
    const Number hostMask = IpNumber::hostMask(length, family);
    QList<Interval> taken = usedWithin(used, family, lo, hi);
    sortByFirst(taken);

    // `candidate` is always the start of an aligned block inside the prefix,
    // so candidate + hostMask never passes hi.
    Number candidate = lo;
    for (const Interval &interval : taken) {
        if (interval.last < candidate)
            continue;
        if (interval.first > candidate + hostMask)
            break;
        const Number blockOfNext = (interval.last + 1) & ~hostMask;
        if (interval.last >= hi || (blockOfNext <= interval.last && hi - blockOfNext <= hostMask)) {
            setError(error,
                     AddressText::tr("%1 has no free /%2 left").arg(prefix.toString()).arg(length));
            return std::nullopt;
        }
        candidate = blockOfNext > interval.last ? blockOfNext : blockOfNext + hostMask + 1;
    }
    return AddressValue::fromPrefix(IpNumber::toAddress(candidate, family), length);
}

QList<QPair<int, int>> overlappingPairs(const QList<AddressValue> &values)
{
    struct Item
    {
        int family;
        Number first;
        Number last;
        int index;
    };
    std::vector<Item> items;
    items.reserve(size_t(values.size()));
    for (int i = 0; i < values.size(); ++i) {
        const AddressValue &value = values.at(i);
        if (value.isIp())
            items.push_back({ value.family(), IpNumber::toNumber(value.first()),
                              IpNumber::toNumber(value.last()), i });
    }
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.family != b.family ? a.family < b.family : a.first < b.first;
    });

    // Sweep by first address, keeping the values still open as a min-heap by
    // last address; each new value overlaps exactly the ones still open.
    QList<QPair<int, int>> pairs;
    std::vector<Item> open;
    const auto endsLater = [](const Item &a, const Item &b) { return a.last > b.last; };
    for (const Item &item : items) {
        if (!open.empty() && open.front().family != item.family)
            open.clear();
        while (!open.empty() && open.front().last < item.first) {
            std::pop_heap(open.begin(), open.end(), endsLater);
            open.pop_back();
        }
        for (const Item &other : open)
            pairs.append({ std::min(other.index, item.index), std::max(other.index, item.index) });
        open.push_back(item);
        std::push_heap(open.begin(), open.end(), endsLater);
    }
    std::sort(pairs.begin(), pairs.end());
    return pairs;
}

} // namespace Portolan
