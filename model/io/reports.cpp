#include "reports.h"

#include "io/sheet.h"
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

QString flowsCsv(const ProjectSnapshot &project)
{
    QString out = safeCsvLine(
        { u"product"_s, u"source"_s, u"destination"_s, u"protocol"_s, u"ports"_s, u"purpose"_s });
    for (const Flow &flow : project.flows) {
        out += safeCsvLine({ project.productName(flow.productId),
                             project.componentName(flow.sourceId),
                             project.componentName(flow.destinationId),
                             transportName(flow.protocol), flow.ports.toString(), flow.purpose });
    }
    return out;
}

QString componentsCsv(const ProjectSnapshot &project)
{
    QString out = safeCsvLine({ u"name"_s, u"kind"_s, u"zone"_s });
    for (const Component &component : project.components)
        out += safeCsvLine({ component.name, componentKindName(component.kind),
                             project.zoneName(component.zoneId) });
    return out;
}

QString viewsCsv(const ProjectSnapshot &project)
{
    QString out = safeCsvLine({ u"name"_s, u"level"_s, u"print"_s, u"products"_s, u"zones"_s,
                                u"components"_s, u"protocols"_s, u"text"_s });
    // The names of the records a view selects, sorted; ids that are gone
    // are kept visible rather than dropped.
    const auto names = [](const QSet<Id> &ids, auto nameOf) {
        QStringList list;
        for (const Id id : ids) {
            const QString name = nameOf(id);
            list.append(name.isEmpty() ? u"#%1 (deleted)"_s.arg(id) : name);
        }
        list.sort(Qt::CaseInsensitive);
        return list.join(u"; "_s);
    };
    out += safeCsvLine(
        { allViewName(), viewLevelName(ViewLevel::Components), u"no"_s, {}, {}, {}, {}, {} });
    for (const View &view : viewsInOrder(project.views)) {
        const ViewSelection &s = view.selection;
        QStringList protocols;
        for (const Transport t : s.protocols)
            protocols.append(transportName(t));
        out += safeCsvLine({ view.name, viewLevelName(view.level), view.print ? u"yes"_s : u"no"_s,
                             names(s.products, [&](Id id) { return project.productName(id); }),
                             names(s.zones, [&](Id id) { return project.zoneName(id); }),
                             names(s.components, [&](Id id) { return project.componentName(id); }),
                             protocols.join(u"; "_s), s.text });
    }
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
