#include "servicecatalogue.h"

#include "io/csv.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

const QStringList &expectedHeader()
{
    static const QStringList header { u"name"_s, u"transports"_s, u"ports"_s, u"wide"_s,
                                      u"source"_s };
    return header;
}

bool isSkipped(const CsvRecord &record)
{
    if (record.fields.isEmpty())
        return true;
    if (record.fields.first().trimmed().startsWith(u'#'))
        return true;
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const QString &field) { return field.trimmed().isEmpty(); });
}

bool fail(QString *error, int line, const QString &why)
{
    if (error)
        *error = u"service catalogue line %1: %2"_s.arg(line).arg(why);
    return false;
}

bool parseService(const CsvRecord &record, KnownService *service, QString *error)
{
    const QStringList &fields = record.fields;
    if (fields.size() != expectedHeader().size())
        return fail(
            error, record.line,
            u"expected %1 fields but found %2"_s.arg(expectedHeader().size()).arg(fields.size()));
    service->name = fields.at(0).trimmed();
    if (service->name.isEmpty())
        return fail(error, record.line, u"the service has no name"_s);

    const QStringList transportNames = fields.at(1).split(u' ', Qt::SkipEmptyParts);
    for (const QString &name : transportNames) {
        const auto transport = transportFromName(name);
        if (!transport || !transportHasPorts(*transport))
            return fail(error, record.line,
                        u"\"%1\" is not a transport with ports (tcp, udp, sctp)"_s.arg(name));
        if (!service->transports.contains(*transport))
            service->transports.append(*transport);
    }
    if (service->transports.isEmpty())
        return fail(error, record.line, u"“%1” has no transport"_s.arg(service->name));
    std::sort(service->transports.begin(), service->transports.end());

    QString portError;
    const auto ports = PortSet::parse(fields.at(2).trimmed(), &portError);
    if (!ports)
        return fail(error, record.line, portError);
    if (ports->isEmpty())
        return fail(error, record.line, u"“%1” has no ports"_s.arg(service->name));
    service->ports = *ports;

    const QString wide = fields.at(3).trimmed().toLower();
    if (wide != u"yes"_s && !wide.isEmpty())
        return fail(error, record.line,
                    u"the wide column holds \"%1\"; it must be \"yes\" or empty"_s.arg(
                        fields.at(3).trimmed()));
    service->wideRange = wide == u"yes"_s;
    service->source = fields.at(4).trimmed();
    return true;
}

} // namespace

std::optional<ServiceCatalogue> ServiceCatalogue::parse(QStringView text, QString *error)
{
    const CsvTable table = readCsv(text, u',');
    if (!table.error.isEmpty()) {
        fail(error, table.errorLine, table.error);
        return std::nullopt;
    }
    ServiceCatalogue catalogue;
    bool headerSeen = false;
    for (const CsvRecord &record : table.records) {
        if (isSkipped(record))
            continue;
        if (!headerSeen) {
            QStringList header;
            for (const QString &field : record.fields)
                header.append(field.trimmed().toLower());
            if (header != expectedHeader()) {
                fail(error, record.line,
                     u"the header must be \"%1\""_s.arg(expectedHeader().join(u',')));
                return std::nullopt;
            }
            headerSeen = true;
            continue;
        }
        KnownService service;
        if (!parseService(record, &service, error))
            return std::nullopt;
        catalogue.m_services.append(service);
    }
    if (!headerSeen) {
        fail(error, 1, u"the catalogue is empty"_s);
        return std::nullopt;
    }
    return catalogue;
}

std::optional<ServiceCatalogue> ServiceCatalogue::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read the service catalogue %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(QString::fromUtf8(file.readAll()), error);
}

std::optional<ServiceCatalogue> ServiceCatalogue::bundled(QString *error)
{
    return load(u":/catalogue/services.csv"_s, error);
}

QList<KnownService> ServiceCatalogue::servicesOn(const PortSet &ports) const
{
    QList<KnownService> found;
    for (const KnownService &service : m_services) {
        if (service.ports == ports)
            found.append(service);
    }
    return found;
}

const KnownService *ServiceCatalogue::service(QStringView name) const
{
    for (const KnownService &service : m_services) {
        if (service.name.compare(name, Qt::CaseInsensitive) == 0)
            return &service;
    }
    return nullptr;
}

bool ServiceCatalogue::isNormalWideRange(Transport transport, const PortSet &ports) const
{
    return std::any_of(m_services.cbegin(), m_services.cend(), [&](const KnownService &service) {
        return service.wideRange && service.uses(transport) && service.ports.contains(ports);
    });
}

} // namespace Portolan
