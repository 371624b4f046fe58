#include "diagramcontent.h"

#include "collapsedzones.h"
#include "diagramstyle.h"
#include "diagramtext.h"
#include "zonegrouping.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// The parent of a zone as drawn: none when the store's parent is unknown or
// when following parents would loop (a damaged file must still draw).
QHash<Id, Id> drawableParents(const ProjectSnapshot &project)
{
    QHash<Id, Id> parents;
    for (const Zone &zone : project.zones) {
        Id parent = project.zone(zone.parentId) ? zone.parentId : 0;
        QSet<Id> seen { zone.id };
        for (Id up = parent; up != 0;) {
            if (seen.contains(up)) {
                parent = 0;
                break;
            }
            seen.insert(up);
            const Zone *above = project.zone(up);
            up = above && project.zone(above->parentId) ? above->parentId : 0;
        }
        parents.insert(zone.id, parent);
    }
    return parents;
}

void appendZoneTree(const ProjectSnapshot &project, const QHash<Id, Id> &parents,
                    const QSet<Id> &used, Id parent, int depth, DiagramContent &content)
{
    for (const Zone &zone : project.zones) {
        if (parents.value(zone.id) != parent || !used.contains(zone.id))
            continue;
        Zone drawn = zone;
        drawn.parentId = parent;
        content.zones << drawn;
        content.zoneDepth.insert(zone.id, depth);
        appendZoneTree(project, parents, used, zone.id, depth + 1, content);
    }
}

} // namespace

QString componentKey(Id id)
{
    return u"c"_s + QString::number(id);
}
QString zoneKey(Id id)
{
    return u"z"_s + QString::number(id);
}
QString endKey(Id end)
{
    return isZoneEnd(end) ? zoneKey(-end) : componentKey(end);
}
QString edgeKey(Id source, Id target)
{
    return u"e"_s + endKey(source) + u'>' + endKey(target);
}

DiagramContent DiagramContent::select(const ProjectSnapshot &project, const DiagramOptions &options)
{
    DiagramContent content;
    QSet<Id> touched;
    QHash<QPair<Id, Id>, qsizetype> pairIndex;
    const FilterCriteria criteria(project, options.selection, options.environment);
    for (const Flow &flow : project.flows) {
        if (!criteria.matchesFlow(flow))
            continue;
        if (!project.component(flow.sourceId) || !project.component(flow.destinationId))
            continue;
        content.flows << flow;
        touched << flow.sourceId << flow.destinationId;
        const QPair<Id, Id> key(flow.sourceId, flow.destinationId);
        auto it = pairIndex.find(key);
        if (it == pairIndex.end()) {
            it = pairIndex.insert(key, content.pairs.size());
            content.pairs.append({ flow.sourceId, flow.destinationId, {} });
        }
        content.pairs[*it].flows << flow;
    }

    const QHash<Id, Id> parents = drawableParents(project);
    QSet<Id> usedZones;
    for (const Component &component : project.components) {
        if (criteria.isActive() && !touched.contains(component.id)
            && !criteria.matchesComponentByItself(component))
            continue;
        Component drawn = component;
        if (!project.zone(drawn.zoneId))
            drawn.zoneId = 0;
        if (isZoneNode(drawn.id))
            content.zoneNodeLines.insert(drawn.id, { drawn.notes });
        content.components << drawn;
        for (Id zone = drawn.zoneId; zone != 0 && !usedZones.contains(zone);
             zone = parents.value(zone))
            usedZones.insert(zone);
    }
    appendZoneTree(project, parents, usedZones, 0, 0, content);
    if (project.drawingSettings.groupByZone) {
        QHash<Id, Id> drawnParents;
        for (const Zone &zone : std::as_const(content.zones))
            drawnParents.insert(zone.id, zone.parentId);
        content.pairs = groupByZone(content, drawnParents);
    }

    if (const Environment *environment = project.environment(options.environment)) {
        content.environment = *environment;
        content.showAddresses = options.showAddresses;
        const QHash<Id, QList<Address>> bound = project.addressesIn(environment->id);
        for (const Component &component : std::as_const(content.components)) {
            QStringList values;
            for (const Address &address : bound.value(component.id))
                values << address.value;
            if (!values.isEmpty())
                content.addresses.insert(component.id, values);
        }
    }
    return content;
}

QStringList DiagramContent::addressLines(Id component) const
{
    if (const auto it = zoneNodeLines.constFind(component); it != zoneNodeLines.cend())
        return *it;
    if (!showAddresses)
        return {};
    return DiagramStyle::componentAddressLines(addresses.value(component));
}

QString DiagramContent::addressTooltip(Id component) const
{
    if (!environment)
        return {};
    return addressesLine(environment->name, addresses.value(component));
}

} // namespace Portolan
