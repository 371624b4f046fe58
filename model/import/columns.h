#pragma once
// Private to the importer: what the columns of a vendor table mean, from the
// many names vendors give them.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>
#include <utility>

namespace Portolan::ImportDetail {

enum class ColumnRole {
    Other, // kept in the flow's notes as "Header: value"
    Product,
    Source,
    Destination,
    Ports,
    Protocol,
    Service, // protocol and ports in one cell ("TCP:443")
    Purpose,
    SourceZone, // the zone new source components go into
    DestinationZone,
    Optional, // yes or no: the row's flows are optional
};

struct ColumnMap
{
    QList<ColumnRole> roles; // one per header cell
    QStringList headers; // header cells cleaned for display

    // The first column with the role, or -1.
    int column(ColumnRole role) const;
    bool has(ColumnRole role) const { return column(role) >= 0; }
    // Source, Destination and at least one of Ports/Protocol/Service.
    bool hasFlowColumns() const;
    // What is missing for flow columns, e.g. "no Destination column"; empty
    // when nothing is.
    QString missing() const;
    // Header cells up to the last one that is not empty: trailing empty
    // header cells (spreadsheets export them) do not count.
    qsizetype width() const;
    // The non-empty cleaned headers, "Source, Ports, Purpose".
    QString found() const;
};

// Header keys (headerKey()) to the role each names, from groups of keys per
// role.
template<typename Role>
QHash<QString, Role>
synonymTable(std::initializer_list<std::pair<Role, std::initializer_list<const char16_t *>>> groups)
{
    QHash<QString, Role> table;
    for (const auto &[role, keys] : groups) {
        for (const char16_t *key : keys)
            table.insert(QString::fromUtf16(key), role);
    }
    return table;
}

// The header cell as displayed: markup, escapes, footnote marks and trailing
// colons removed.
QString cleanHeader(QStringView cell);
// Lower case letters and digits only, "&" read as "and": "Port(s)" ->
// "ports", "Protocol & Port(s)" -> "protocolandports".
QString headerKey(QStringView cleaned);
// The role a header names; Other when none.
ColumnRole roleOfHeader(QStringView cell);
// Roles for a header row. When two columns name the same role, the first
// has it and later ones are Other.
ColumnMap mapColumns(const QStringList &headerCells);

} // namespace Portolan::ImportDetail
