#include "diagramcontent.h"

#include "collapsedzones.h"
#include "diagramstyle.h"
#include "flowslabel.h"
#include "zonegrouping.h"

#include <QCoreApplication>
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

// "TCP 443, 6443 · UDP 53"; an edge to or from a zone drawn as one node
// counts its flows first: "12 flows · TCP 443, 6443 · UDP 53".
QString edgeLabel(const DiagramContent::Pair &pair)
{
    QString label = flowsLabel(pair.flows);
    if (isZoneNode(pair.source) || isZoneNode(pair.target))
        label
            = (pair.flows.size() == 1 ? QCoreApplication::translate("Portolan::Diagram", "1 flow")
                                      : QCoreApplication::translate("Portolan::Diagram", "%1 flows")
                                            .arg(pair.flows.size()))
            + u" · "_s + label;
    return wrapFlowsLabel(label, DiagramStyle::labelMaxWidth);
}

// Every pair's label: an earlier pair's with the same ends and flows, else
// worked out (formatting ports is most of choosing what a diagram shows).
void labelPairs(QList<DiagramContent::Pair> &pairs, const QList<DiagramContent::Pair> &earlier)
{
    QHash<QPair<Id, Id>, const DiagramContent::Pair *> before;
    before.reserve(earlier.size());
    for (const DiagramContent::Pair &pair : earlier)
        before.insert({ pair.source, pair.target }, &pair);
    for (DiagramContent::Pair &pair : pairs) {
        const DiagramContent::Pair *same = before.value({ pair.source, pair.target });
        pair.label = same && same->flows == pair.flows ? same->label : edgeLabel(pair);
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

DiagramContent DiagramContent::select(const ProjectSnapshot &project, const DiagramOptions &options,
                                      const DiagramContent *earlier)
{
    DiagramContent content;
    QSet<Id> touched;
    const FilterCriteria criteria(project, options.selection, options.environment);
    QList<qsizetype> shown;
    for (qsizetype f = 0; f < project.flows.size(); ++f) {
        const Flow &flow = project.flows.at(f);
        if (!criteria.matchesFlow(flow))
            continue;
        if (!project.component(flow.sourceId) || !project.component(flow.destinationId))
            continue;
        shown << f;
        touched << flow.sourceId << flow.destinationId;
    }
    if (shown.size() == project.flows.size()) {
        content.flows = project.flows; // shared, as most diagrams show every flow
    } else {
        content.flows.reserve(shown.size());
        for (const qsizetype f : std::as_const(shown))
            content.flows << project.flows.at(f);
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
    } else {
        QHash<QPair<Id, Id>, qsizetype> pairIndex;
        for (const Flow &flow : std::as_const(content.flows)) {
            const QPair<Id, Id> key(flow.sourceId, flow.destinationId);
            auto it = pairIndex.constFind(key);
            if (it == pairIndex.cend()) {
                it = pairIndex.insert(key, content.pairs.size());
                content.pairs.append({ flow.sourceId, flow.destinationId, {} });
            }
            content.pairs[*it].flows << flow;
        }
    }
    labelPairs(content.pairs, earlier ? earlier->pairs : QList<Pair>());

    content.setEnvironment(project, options);
    return content;
}

void DiagramContent::setEnvironment(const ProjectSnapshot &project, const DiagramOptions &options)
{
    environment.reset();
    showAddresses = false;
    addresses.clear();
    if (const Environment *chosen = project.environment(options.environment)) {
        environment = *chosen;
        showAddresses = options.showAddresses;
        const QHash<Id, QList<Address>> bound = project.addressesIn(chosen->id);
        for (const Component &component : std::as_const(components)) {
            QStringList values;
            for (const Address &address : bound.value(component.id))
                values << address.value;
            if (!values.isEmpty())
                addresses.insert(component.id, values);
        }
    }
}

QStringList DiagramContent::addressLines(Id component) const
{
    if (const auto it = zoneNodeLines.constFind(component); it != zoneNodeLines.cend())
        return *it;
    if (!showAddresses)
        return {};
    return DiagramStyle::componentAddressLines(addresses.value(component));
}

} // namespace Portolan
