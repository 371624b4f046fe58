// Column synonyms: the names vendors give the columns of their port tables.

#include "import/columns.h"

#include "import/cells.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Portolan::ImportDetail {

namespace {

const QHash<QString, ColumnRole> &synonyms()
{
    static const QHash<QString, ColumnRole> table = synonymTable<ColumnRole>({
        { ColumnRole::Source,
          { u"source", u"sources", u"src", u"from", u"sourcecomponent", u"sourcecomponents",
            u"initiator", u"sourcehost", u"sourcehosts" } },
        { ColumnRole::Destination,
          { u"destination", u"destinations", u"target", u"targets", u"dest", u"dst", u"to",
            u"destinationcomponent", u"destinationcomponents", u"destinationhost",
            u"destinationhosts", u"targetcomponent" } },
        { ColumnRole::Ports,
          { u"port", u"ports", u"destinationport", u"destinationports", u"dstport", u"dstports",
            u"destport", u"destports", u"portnumber", u"portnumbers", u"portrange", u"portranges",
            u"targetport", u"targetports" } },
        { ColumnRole::Protocol,
          { u"protocol", u"protocols", u"transport", u"transportprotocol", u"ipprotocol" } },
        { ColumnRole::Service,
          { u"protocolport", u"protocolports", u"protocolsports", u"protocolandport",
            u"protocolandports", u"protocolsandports", u"portprotocol", u"portsprotocol",
            u"portsprotocols", u"portandprotocol", u"portandprotocols", u"portsandprotocols",
            u"service", u"services", u"serviceport", u"serviceports" } },
        { ColumnRole::Purpose,
          { u"purpose", u"description", u"servicedescription", u"comment", u"comments", u"reason",
            u"use", u"usage", u"function" } },
        { ColumnRole::SourceZone,
          { u"sourcezone", u"srczone", u"fromzone", u"sourcesecurityzone", u"sourcenetworkzone",
            u"sourcesegment", u"sourcenetworksegment" } },
        { ColumnRole::DestinationZone,
          { u"destinationzone", u"dstzone", u"destzone", u"tozone", u"targetzone",
            u"destinationsecurityzone", u"destinationnetworkzone", u"destinationsegment",
            u"destinationnetworksegment" } },
        { ColumnRole::Product,
          { u"product", u"products", u"component", u"vendorproduct", u"productname" } },
        { ColumnRole::Optional, { u"optional", u"isoptional" } },
    });
    return table;
}

QString roleName(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Source:
        return u"Source"_s;
    case ColumnRole::Destination:
        return u"Destination"_s;
    default:
        return QString();
    }
}

} // namespace

QString headerKey(QStringView cleaned)
{
    QString key;
    for (const QChar c : cleaned) {
        if (c == u'&')
            key += u"and"_s;
        else if (c.isLetterOrNumber())
            key += c.toLower();
    }
    return key;
}

QString cleanHeader(QStringView cell)
{
    QString text = splitLineList(cell).join(u' ');
    takeFootnoteMarks(text);
    while (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

ColumnRole roleOfHeader(QStringView cell)
{
    return synonyms().value(headerKey(cleanHeader(cell)), ColumnRole::Other);
}

ColumnMap mapColumns(const QStringList &headerCells)
{
    ColumnMap map;
    for (const QString &cell : headerCells) {
        ColumnRole role = roleOfHeader(cell);
        if (role != ColumnRole::Other && map.roles.contains(role))
            role = ColumnRole::Other;
        map.roles.append(role);
        map.headers.append(cleanHeader(cell));
    }
    // Beside a Port or Protocol column, "Service" names the service ("vCenter
    // UI"), not its protocol and port: it becomes a note.
    if (map.has(ColumnRole::Ports) || map.has(ColumnRole::Protocol)) {
        for (ColumnRole &role : map.roles) {
            if (role == ColumnRole::Service)
                role = ColumnRole::Other;
        }
    }
    return map;
}

int ColumnMap::column(ColumnRole role) const
{
    return int(roles.indexOf(role));
}

bool ColumnMap::hasFlowColumns() const
{
    return missing().isEmpty();
}

QString ColumnMap::missing() const
{
    QStringList absent;
    for (const ColumnRole role : { ColumnRole::Source, ColumnRole::Destination }) {
        if (!has(role))
            absent.append(roleName(role));
    }
    QStringList parts;
    if (!absent.isEmpty())
        parts.append(u"no %1 column"_s.arg(absent.join(u" or "_s)));
    if (!has(ColumnRole::Ports) && !has(ColumnRole::Protocol) && !has(ColumnRole::Service))
        parts.append(u"no Port or Protocol column"_s);
    return parts.join(u" and "_s);
}

qsizetype ColumnMap::width() const
{
    qsizetype width = headers.size();
    while (width > 0 && headers[width - 1].isEmpty())
        --width;
    return width;
}

QString ColumnMap::found() const
{
    QStringList names;
    for (const QString &header : headers) {
        if (!header.isEmpty())
            names.append(header);
    }
    return names.join(u", "_s);
}

} // namespace Portolan::ImportDetail
