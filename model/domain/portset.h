#pragma once
// A set of TCP/UDP/SCTP ports (1-65535) kept as sorted, merged ranges.
// Canonical text: ascending, overlapping/adjacent ranges merged, ranges as
// "lo-hi", comma-separated, no spaces ("22,80,443,30000-32767").

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Portolan {

class PortSet
{
public:
    struct Range
    {
        quint16 lo = 0;
        quint16 hi = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    PortSet() = default;
    static PortSet single(quint16 port);
    static PortSet range(quint16 lo, quint16 hi);
    // Every port, 1-65535.
    static PortSet all();

    // Parses "514", "80,443", "80, 443", "30000-32767", "30000–32767" (en or
    // em dash), "67 - 68", "80 443", "any"/"all"/"*" (every port; only on its
    // own) and the empty string (empty set); empty items ("80,443,") are
    // skipped. On failure returns nullopt and sets *error to one sentence
    // naming the culprit ("port 70000 is out of range 1-65535", "range 5-3
    // runs backwards", "\"http\" is not a port number").
    static std::optional<PortSet> parse(QStringView text, QString *error = nullptr);

    QString toString() const;
    bool isEmpty() const { return m_ranges.isEmpty(); }
    // Number of ports in the set (up to 65535).
    int count() const;
    bool contains(quint16 port) const;
    bool contains(const PortSet &other) const;
    bool intersects(const PortSet &other) const;
    bool isAll() const;

    // Bounds may come in either order; port 0 is ignored (not a usable port).
    void add(quint16 port) { add(port, port); }
    void add(quint16 lo, quint16 hi);
    void merge(const PortSet &other);
    PortSet united(const PortSet &other) const;
    // The ports of this set that `other` does not have.
    PortSet subtracted(const PortSet &other) const;

    const QList<Range> &ranges() const { return m_ranges; }

    friend bool operator==(const PortSet &, const PortSet &) = default;

private:
    QList<Range> m_ranges; // sorted, disjoint, non-adjacent
};

} // namespace Portolan
