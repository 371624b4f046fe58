#include "reports.h"

#include "io/csv.h"
#include "project/snapshot.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// The fixed order of the `info` contract (README, "Command line").
QList<std::pair<QString, int>> countList(const ProjectCounts &counts)
{
    return { { u"products"_s, counts.products },         { u"zones"_s, counts.zones },
             { u"components"_s, counts.components },     { u"flows"_s, counts.flows },
             { u"environments"_s, counts.environments }, { u"addresses"_s, counts.addresses } };
}

} // namespace

QString flowsCsv(const ProjectStore &store)
{
    const ProjectSnapshot project = ProjectSnapshot::read(store);
    QString out = csvLine(
        { u"product"_s, u"source"_s, u"destination"_s, u"protocol"_s, u"ports"_s, u"purpose"_s });
    for (const Flow &flow : project.flows) {
        out += csvLine({ project.productName(flow.productId), project.componentName(flow.sourceId),
                         project.componentName(flow.destinationId), transportName(flow.protocol),
                         flow.ports.toString(), flow.purpose });
    }
    return out;
}

QString componentsCsv(const ProjectStore &store)
{
    const ProjectSnapshot project = ProjectSnapshot::read(store);
    QString out = csvLine({ u"name"_s, u"kind"_s, u"zone"_s });
    for (const Component &component : project.components)
        out += csvLine({ component.name, componentKindName(component.kind),
                         project.zoneName(component.zoneId) });
    return out;
}

QString countsJson(const ProjectCounts &counts)
{
    QStringList parts;
    for (const auto &[key, value] : countList(counts))
        parts.append(u"\"%1\":%2"_s.arg(key).arg(value));
    return u"{"_s + parts.join(u',') + u"}\n"_s;
}

QString countsText(const ProjectCounts &counts)
{
    QString out;
    for (const auto &[key, value] : countList(counts)) {
        QString label = key;
        label[0] = label[0].toUpper();
        out += u"%1 %2\n"_s.arg(label + u':', -13).arg(value);
    }
    return out;
}

} // namespace Portolan
