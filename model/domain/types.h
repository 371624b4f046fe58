#pragma once
// Plain records of the domain as the store hands them out. Ids are the
// store's row ids; 0 means "not stored yet".

#include "portset.h"
#include "protocol.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace Portolan {

using Id = qint64;

enum class ComponentKind { Host, Appliance, Cluster, Network, Service, Saas, Client, Any };

// "host", "appliance", "cluster", "network", "service", "saas", "client", "any"
// The identifier: stored in project files, written to CSV and JSON, parsed
// back. Never translated.
QString componentKindName(ComponentKind kind);
// The kind as a person reads it in the window or the printed pack: the
// identifier's text, translated (context "Portolan::ComponentKind").
QString componentKindLabel(ComponentKind kind);
// Case-insensitive; also accepts synonyms: "vm"/"server"/"virtual machine"
// (host), "network cidr"/"cidr"/"subnet" (network), "fqdn"/"saas/fqdn"/"cloud"
// (saas), "workstation" (client).
std::optional<ComponentKind> componentKindFromName(QStringView name);
QList<ComponentKind> allComponentKinds();

struct Product
{
    Id id = 0;
    QString name;
    QString color; // "#rrggbb"

    friend bool operator==(const Product &, const Product &) = default;
};

struct Zone
{
    Id id = 0;
    QString name;
    Id parentId = 0; // 0: top level
    QString notes;

    friend bool operator==(const Zone &, const Zone &) = default;
};

struct Component
{
    Id id = 0;
    QString name;
    ComponentKind kind = ComponentKind::Host;
    Id zoneId = 0; // 0: no zone
    QString notes;
    std::optional<QPointF> position; // diagram position in points, when placed
    bool pinned = false;

    friend bool operator==(const Component &, const Component &) = default;
};

struct Flow
{
    Id id = 0;
    Id productId = 0; // 0: no product
    Id sourceId = 0;
    Id destinationId = 0;
    Transport protocol = Transport::Tcp;
    PortSet ports;
    QString purpose;
    bool optional = false;
    QString notes;

    friend bool operator==(const Flow &, const Flow &) = default;
};

struct Environment
{
    Id id = 0;
    QString name;

    friend bool operator==(const Environment &, const Environment &) = default;
};

// A component's address in one environment, as stored: kind ("ipv4",
// "cidr", "fqdn", …) and value text.
struct Address
{
    Id id = 0;
    Id environmentId = 0;
    Id componentId = 0;
    QString kind;
    QString value;

    friend bool operator==(const Address &, const Address &) = default;
};

// A zone's prefix in one environment, with its VLAN and gateway.
struct ZonePrefix
{
    Id id = 0;
    Id environmentId = 0;
    Id zoneId = 0;
    QString cidr;
    std::optional<int> vlan;
    QString gateway;
    QString name;

    friend bool operator==(const ZonePrefix &, const ZonePrefix &) = default;
};

struct ProjectCounts
{
    int products = 0;
    int zones = 0;
    int components = 0;
    int flows = 0;
    int environments = 0;
    int addresses = 0;
};

} // namespace Portolan
