#include "zonemodel.h"

#include "common/plaintext.h"
#include "zonetree.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

const QString ZoneMimeType = u"application/x-portolan-zone-ids"_s;
constexpr int IdRole = Qt::UserRole + 1;

} // namespace

ZoneModel::ZoneModel(QObject *parent)
    : QStandardItemModel(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({ tr("Zone"), tr("Members") });
}

void ZoneModel::setDocument(ProjectDocument *document)
{
    m_document = document;
    removeRows(0, rowCount());
    m_items.clear();
    sync();
}

void ZoneModel::sync()
{
    if (!m_document)
        return;
    const ProjectSnapshot &project = m_document->project();
    const QHash<Id, int> members = zoneMemberCounts(project);
    QHash<Id, qsizetype> rank;
    for (qsizetype i = 0; i < project.zones.size(); ++i)
        rank.insert(project.zones.at(i).id, i);

    // Parents first, so that every zone finds its parent's row in place.
    QSet<Id> live;
    for (const ZoneRow &row : zonesInTreeOrder(project)) {
        const Zone *zone = project.zone(row.id);
        place(*zone, rank);
        updateRow(m_items.value(zone->id), *zone, members.value(zone->id));
        live.insert(zone->id);
    }
    // What is left has no zone any more; its children have moved out above.
    const QList<Id> known = m_items.keys();
    for (Id id : known) {
        if (live.contains(id))
            continue;
        QStandardItem *item = m_items.take(id);
        QStandardItem *parent = item->parent() ? item->parent() : invisibleRootItem();
        parent->removeRow(item->row());
    }
}

Id ZoneModel::zoneId(const QModelIndex &index) const
{
    return index.isValid() ? index.siblingAtColumn(NameColumn).data(IdRole).toLongLong() : 0;
}

QModelIndex ZoneModel::indexOf(Id zoneId) const
{
    const QStandardItem *item = m_items.value(zoneId);
    return item ? item->index() : QModelIndex();
}

bool ZoneModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn || !m_document)
        return QStandardItemModel::setData(index, value, role);
    const Id id = zoneId(index);
    if (value.toString() == m_document->project().zoneName(id))
        return true;
    // The row is renamed when the document announces the change.
    if (!m_document->renameZone(id, value.toString())) {
        emit editRefused(m_document->errorString());
        return false;
    }
    return true;
}

QStringList ZoneModel::mimeTypes() const
{
    return { ZoneMimeType };
}

QMimeData *ZoneModel::mimeData(const QModelIndexList &indexes) const
{
    QList<Id> ids;
    for (const QModelIndex &index : indexes) {
        const Id id = zoneId(index);
        if (id && !ids.contains(id))
            ids.append(id);
    }
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << ids;
    auto *data = new QMimeData;
    data->setData(ZoneMimeType, encoded);
    return data;
}

QList<Id> ZoneModel::draggedZones(const QMimeData *data) const
{
    QList<Id> ids;
    if (!data || !data->hasFormat(ZoneMimeType))
        return ids;
    QDataStream stream(data->data(ZoneMimeType));
    stream >> ids;
    return ids;
}

bool ZoneModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent) const
{
    Q_UNUSED(action)
    Q_UNUSED(row)
    Q_UNUSED(column)
    if (!m_document || m_document->isReadOnly())
        return false;
    const Id target = zoneId(parent);
    const QList<Id> ids = draggedZones(data);
    if (ids.isEmpty())
        return false;
    for (Id id : ids) {
        if (target && zoneWithDescendants(m_document->project(), id).contains(target))
            return false;
    }
    return true;
}

bool ZoneModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                             const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Id target = zoneId(parent);
    for (Id id : draggedZones(data)) {
        const Zone *zone = m_document->project().zone(id);
        if (!zone || zone->parentId == target)
            continue;
        if (!m_document->setZoneParent(id, target)) {
            emit editRefused(m_document->errorString());
            break;
        }
    }
    return false;
}

QStandardItem *ZoneModel::parentItem(Id parentId) const
{
    QStandardItem *item = m_items.value(parentId);
    return item ? item : invisibleRootItem();
}

void ZoneModel::place(const Zone &zone, const QHash<Id, qsizetype> &rank)
{
    QStandardItem *parent = parentItem(zone.parentId);
    QStandardItem *item = m_items.value(zone.id);
    QList<QStandardItem *> row;
    if (!item) {
        item = new QStandardItem;
        item->setData(zone.id, IdRole);
        item->setDragEnabled(true);
        item->setDropEnabled(true);
        auto *members = new QStandardItem;
        members->setEditable(false);
        members->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        members->setData(zone.id, IdRole);
        m_items.insert(zone.id, item);
        row = { item, members };
    } else if ((item->parent() ? item->parent() : invisibleRootItem()) != parent) {
        QStandardItem *from = item->parent() ? item->parent() : invisibleRootItem();
        row = from->takeRow(item->row());
    } else {
        return;
    }
    // Siblings stay in creation order.
    int at = parent->rowCount();
    for (int i = 0; i < parent->rowCount(); ++i) {
        if (rank.value(parent->child(i)->data(IdRole).toLongLong()) > rank.value(zone.id)) {
            at = i;
            break;
        }
    }
    parent->insertRow(at, row);
}

void ZoneModel::updateRow(QStandardItem *nameItem, const Zone &zone, int members)
{
    if (nameItem->text() != zone.name)
        nameItem->setText(zone.name);
    if (const QString tip = plainForAutoText(zone.notes); nameItem->toolTip() != tip)
        nameItem->setToolTip(tip);
    QStandardItem *parent = nameItem->parent() ? nameItem->parent() : invisibleRootItem();
    QStandardItem *count = parent->child(nameItem->row(), MembersColumn);
    const QString text = QString::number(members);
    if (count && count->text() != text)
        count->setText(text);
}

} // namespace Portolan
