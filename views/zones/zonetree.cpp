#include "zonetree.h"

#include <QComboBox>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace Portolan {

QList<ZoneRow> zonesInTreeOrder(const ProjectSnapshot &project)
{
    QHash<Id, QList<Id>> children;
    for (const Zone &zone : project.zones) {
        // A parent that no longer exists counts as the top level.
        const Id parent = project.zone(zone.parentId) ? zone.parentId : 0;
        children[parent].append(zone.id);
    }
    QList<ZoneRow> rows;
    QSet<Id> seen;
    const auto visit = [&](const auto &self, Id parent, int depth) -> void {
        for (Id id : children.value(parent)) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            rows.append({ id, depth });
            self(self, id, depth + 1);
        }
    };
    visit(visit, 0, 0);
    return rows;
}

QSet<Id> zoneWithDescendants(const ProjectSnapshot &project, Id zoneId)
{
    QSet<Id> found { zoneId };
    bool grew = true;
    while (grew) {
        grew = false;
        for (const Zone &zone : project.zones) {
            if (found.contains(zone.parentId) && !found.contains(zone.id)) {
                found.insert(zone.id);
                grew = true;
            }
        }
    }
    return found;
}

QHash<Id, int> zoneMemberCounts(const ProjectSnapshot &project)
{
    QHash<Id, int> counts;
    for (const Component &component : project.components) {
        if (component.zoneId)
            ++counts[component.zoneId];
    }
    return counts;
}

QHash<Id, int> productFlowCounts(const ProjectSnapshot &project)
{
    QHash<Id, int> counts;
    for (const Flow &flow : project.flows) {
        if (flow.productId)
            ++counts[flow.productId];
    }
    return counts;
}

void fillZoneCombo(QComboBox *combo, const ProjectSnapshot &project, const QString &noneText,
                   Id current, Id excluded)
{
    const QSet<Id> left = excluded ? zoneWithDescendants(project, excluded) : QSet<Id>();
    QList<std::pair<QString, Id>> entries { { noneText, 0 } };
    for (const ZoneRow &row : zonesInTreeOrder(project)) {
        if (!left.contains(row.id))
            entries.append({ QString(row.depth * 4, u' ') + project.zoneName(row.id), row.id });
    }
    bool same = combo->count() == entries.size();
    for (int i = 0; same && i < combo->count(); ++i) {
        same = combo->itemText(i) == entries.at(i).first
            && combo->itemData(i).toLongLong() == entries.at(i).second;
    }
    if (!same) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const auto &[text, id] : entries)
            combo->addItem(text, id);
    }
    const int index = combo->findData(current);
    if (index != combo->currentIndex()) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    }
}

QIcon colorSwatch(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(u"#404040"_s));
    painter.setBrush(color);
    painter.drawRect(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    return QIcon(pixmap);
}

} // namespace Portolan
