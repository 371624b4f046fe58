#pragma once
// The well-known services a design lint compares flows with: for each, the
// ports it listens on, the transports that are normal for them in practice
// (syslog over TCP 514 and LDAP over UDP 389 are normal) and whether a wide
// range is normal for it (Kubernetes NodePort). Read from a CSV catalogue;
// the bundled one is resources/catalogue/services.csv.

#include "domain/portset.h"
#include "domain/protocol.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Portolan {

struct KnownService
{
    QString name;
    QList<Transport> transports; // in Transport order, at least one
    PortSet ports; // never empty
    bool wideRange = false; // a range that is normal although it spans many ports
    QString source; // where the convention comes from (RFC, vendor document)

    bool uses(Transport transport) const { return transports.contains(transport); }
};

class ServiceCatalogue
{
public:
    ServiceCatalogue() = default;

    // Parses CSV with the header "name,transports,ports,wide,source";
    // records whose first field starts with '#' and empty records are
    // skipped. Transports are space separated names of port-carrying
    // transports ("tcp udp"); wide is "yes" or empty. On failure returns
    // nullopt and sets *error to one sentence naming the line.
    static std::optional<ServiceCatalogue> parse(QStringView text, QString *error = nullptr);
    // Reads and parses a file (a path or a ":/" resource).
    static std::optional<ServiceCatalogue> load(const QString &path, QString *error = nullptr);
    // The catalogue bundled as :/catalogue/services.csv.
    static std::optional<ServiceCatalogue> bundled(QString *error = nullptr);

    const QList<KnownService> &services() const { return m_services; }
    // The services whose ports are exactly `ports`.
    QList<KnownService> servicesOn(const PortSet &ports) const;
    // The first service of that name (case-insensitive), or null.
    const KnownService *service(QStringView name) const;
    // True when a service marked wide uses `transport` on ports that contain
    // all of `ports`.
    bool isNormalWideRange(Transport transport, const PortSet &ports) const;

private:
    QList<KnownService> m_services;
};

} // namespace Portolan
