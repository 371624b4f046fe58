#include "componenttablemodel.h"

#include "common/plaintext.h"
#include "domain/names.h"

namespace Portolan {

ComponentTableModel::ComponentTableModel(QObject *parent)
    : RecordTableModel(parent)
{ }

QString ComponentTableModel::noZoneText()
{
    return tr("(no zone)");
}

QList<Id> ComponentTableModel::currentIds() const
{
    QList<Id> ids;
    ids.reserve(project().components.size());
    for (const Component &component : project().components)
        ids.append(component.id);
    return ids;
}

QHash<Id, int> ComponentTableModel::countFlows() const
{
    QHash<Id, int> counts;
    for (const Flow &flow : project().flows) {
        ++counts[flow.sourceId];
        if (flow.destinationId != flow.sourceId)
            ++counts[flow.destinationId];
    }
    return counts;
}

void ComponentTableModel::reload()
{
    m_flowCounts = countFlows();
}

void ComponentTableModel::refresh(const DocumentChange &change)
{
    emitDataChanged(change.components.updated, 0, ColumnCount - 1);
    if (!change.zones.isEmpty()) {
        QList<Id> inZones;
        for (const Component &component : project().components) {
            if (component.zoneId && change.zones.contains(component.zoneId))
                inZones.append(component.id);
        }
        emitDataChanged(inZones, ZoneColumn, ZoneColumn);
    }
    if (!change.flows.isEmpty()) {
        const QHash<Id, int> counts = countFlows();
        QList<Id> recounted;
        for (const Component &component : project().components) {
            if (counts.value(component.id) != m_flowCounts.value(component.id))
                recounted.append(component.id);
        }
        m_flowCounts = counts;
        emitDataChanged(recounted, FlowsColumn, FlowsColumn);
    }
}

int ComponentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComponentTableModel::data(const QModelIndex &index, int role) const
{
    const Component *component = index.isValid() ? project().component(idAt(index.row())) : nullptr;
    if (!component)
        return {};
    switch (role) {
    case IdRole:
        return component->id;
    case ChoicesRole:
        return choices(index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == FlowsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        return text(*component, index.column(), role);
    case Qt::ToolTipRole:
        return plainForAutoText(text(*component, index.column(), role).toString());
    default:
        return {};
    }
}

QVariant ComponentTableModel::text(const Component &component, int column, int role) const
{
    switch (column) {
    case NameColumn:
        return component.name;
    case KindColumn:
        // Read and chosen in the window's language; setData() also takes
        // the identifier a file or a paste uses ("appliance").
        return componentKindLabel(component.kind);
    case ZoneColumn:
        if (role == Qt::EditRole && !component.zoneId)
            return noZoneText();
        return project().zoneName(component.zoneId);
    case FlowsColumn:
        return m_flowCounts.value(component.id);
    case NotesColumn:
        return component.notes;
    default:
        return {};
    }
}

QVariant ComponentTableModel::choices(int column) const
{
    QStringList names;
    switch (column) {
    case KindColumn:
        for (ComponentKind kind : allComponentKinds())
            names.append(componentKindLabel(kind));
        return names;
    case ZoneColumn:
        names.append(noZoneText());
        for (const Zone &zone : project().zones)
            names.append(zone.name);
        return names;
    default:
        return {};
    }
}

QVariant ComponentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case ZoneColumn:
        return tr("Zone");
    case FlowsColumn:
        return tr("Flows");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

Qt::ItemFlags ComponentTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && isEditable() && index.column() != FlowsColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ComponentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Component *component = index.isValid() ? project().component(idAt(index.row())) : nullptr;
    if (!component || role != Qt::EditRole || index.column() == FlowsColumn)
        return false;
    if (!isEditable())
        return reject(document() ? document()->readOnlyReason() : QString());
    const Id id = component->id;
    const QString text = value.toString();
    switch (index.column()) {
    case NameColumn:
        if (text == component->name)
            return true;
        return check(document()->renameComponent(id, text));
    case KindColumn: {
        std::optional<ComponentKind> kind = componentKindFromName(text);
        for (ComponentKind each : allComponentKinds()) {
            if (!kind && text.trimmed().compare(componentKindLabel(each), Qt::CaseInsensitive) == 0)
                kind = each;
        }
        if (!kind) {
            return reject(
                tr("“%1” is not a kind of component; choose one of %2.")
                    .arg(text.trimmed(),
                         choices(KindColumn).toStringList().join(QLatin1StringView(", "))));
        }
        return check(document()->setComponentKind(id, *kind));
    }
    case ZoneColumn: {
        Id zoneId = 0;
        if (!cleanName(text).isEmpty() && text != noZoneText()) {
            for (const Zone &zone : project().zones) {
                if (sameName(zone.name, text))
                    zoneId = zone.id;
            }
            if (!zoneId)
                return reject(tr("There is no zone “%1”.").arg(cleanName(text)));
        }
        if (zoneId == component->zoneId)
            return true;
        return check(document()->moveComponentsToZone({ id }, zoneId));
    }
    case NotesColumn:
        if (text == component->notes)
            return true;
        return check(document()->setComponentNotes(id, text));
    default:
        return false;
    }
}

} // namespace Portolan
