// Fuzz target: port sets and protocol words. The input is read as text by
// PortSet::parse(), transportFromName() and interpretProtocol(); its bytes,
// taken as pairs of 16-bit bounds, are also added to a PortSet that is
// compared with the plain list of ranges added.

#include "domain/portset.h"
#include "domain/protocol.h"
#include "fuzzing.h"

#include <algorithm>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

// Ranges added from the bytes; a few are enough to merge, split and touch.
constexpr size_t maxAddedRanges = 16;

quint16 bound(const uint8_t *bytes)
{
    return quint16(bytes[0] | (bytes[1] << 8));
}

void checkTransport(Transport transport)
{
    Fuzz::check(allTransports().contains(transport), "a transport is not among allTransports()");
    const auto again = transportFromName(transportName(transport));
    Fuzz::check(again == transport, "a transport's name does not read back",
                transportName(transport));
}

void checkParse(const QString &text)
{
    QString error;
    const auto set = PortSet::parse(text, &error);
    if (set)
        Fuzz::checkPortSet(*set);
    else
        Fuzz::check(!error.isEmpty(), "a refused port list has no message", text);

    if (const auto transport = transportFromName(text))
        checkTransport(*transport);

    const QList<ServiceGuess> guesses = interpretProtocol(text);
    for (qsizetype k = 0; k < guesses.size(); ++k) {
        checkTransport(guesses[k].transport);
        Fuzz::checkPortSet(guesses[k].defaultPorts);
        if (k > 0)
            Fuzz::check(guesses[k - 1].transport < guesses[k].transport,
                        "protocol guesses are not in transport order, or repeat one", text);
    }
}

// A plain model of a port set: the ranges as added, bounds in either order,
// port 0 left out.
struct AddedRanges
{
    QList<std::pair<int, int>> ranges;

    bool contains(int port) const
    {
        return port >= 1 && std::any_of(ranges.cbegin(), ranges.cend(), [port](const auto &r) {
                   return r.first <= port && port <= r.second;
               });
    }
};

// Membership of two unions of ranges changes only next to a bound: where
// they agree at every bound and next to it, they agree everywhere.
QList<int> portsNextToBounds(const QList<const PortSet *> &sets, const AddedRanges &model)
{
    QList<int> ports { 1, 65535 };
    const auto addAround = [&ports](int lo, int hi) {
        for (int port : { lo - 1, lo, hi, hi + 1 }) {
            if (port >= 1 && port <= 65535)
                ports.append(port);
        }
    };
    for (const PortSet *set : sets) {
        for (const PortSet::Range &r : set->ranges())
            addAround(r.lo, r.hi);
    }
    for (const auto &[lo, hi] : model.ranges)
        addAround(lo, hi);
    return ports;
}

void checkAdded(const uint8_t *data, size_t size, const std::optional<PortSet> &parsed)
{
    PortSet added;
    AddedRanges model;
    for (size_t k = 0; k < maxAddedRanges && 4 * k + 4 <= size; ++k) {
        const quint16 a = bound(data + 4 * k);
        const quint16 b = bound(data + 4 * k + 2);
        added.add(a, b);
        model.ranges.append({ std::min(a, b), std::max(a, b) });
    }
    Fuzz::checkPortSet(added);
    for (int port : portsNextToBounds({ &added }, model))
        Fuzz::check(added.contains(quint16(port)) == model.contains(port),
                    "added ranges differ from the ranges added", added.toString());
    if (!parsed)
        return;

    const PortSet united = parsed->united(added);
    Fuzz::checkPortSet(united);
    bool meet = false;
    bool inside = true;
    for (int port : portsNextToBounds({ &*parsed, &added, &united }, model)) {
        const bool inParsed = parsed->contains(quint16(port));
        Fuzz::check(united.contains(quint16(port)) == (inParsed || model.contains(port)),
                    "united() differs from its parts", united.toString());
        meet = meet || (inParsed && model.contains(port));
        inside = inside && (inParsed || !model.contains(port));
    }
    Fuzz::check(parsed->intersects(added) == meet, "intersects() differs from the ports",
                united.toString());
    Fuzz::check(parsed->contains(added) == inside, "contains() differs from the ports",
                united.toString());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Fuzz::textOf(data, size);
    checkParse(text);
    checkAdded(data, size, PortSet::parse(text));
    return 0;
}
