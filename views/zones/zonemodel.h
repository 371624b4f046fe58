#pragma once
// The zones of a project as a tree (nested by parentId) with each zone's
// member count, for the Zones & Products panel. Editing a name renames the
// zone and dropping zones onto another nests them, both through the
// document; the model itself only follows the document's snapshot, moving
// and updating rows in place so that expansion, editors and selection
// survive.

#include "document/projectdocument.h"

#include <QPointer>
#include <QStandardItemModel>

namespace Portolan {

class ZoneModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, MembersColumn, ColumnCount };

    explicit ZoneModel(QObject *parent = nullptr);

    void setDocument(ProjectDocument *document);
    // Brings the rows in line with the document's snapshot.
    void sync();

    Id zoneId(const QModelIndex &index) const;
    QModelIndex indexOf(Id zoneId) const;

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Nests the dragged zones into the zone dropped on (the top level when
    // dropped beside the zones). Returns false so that the view never
    // removes rows itself: they move when the document says so.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // The document refused a rename or a move; the message says why.
    void editRefused(const QString &message);

private:
    QList<Id> draggedZones(const QMimeData *data) const;
    QStandardItem *parentItem(Id parentId) const;
    void place(const Zone &zone, const QHash<Id, qsizetype> &rank);
    void updateRow(QStandardItem *nameItem, const Zone &zone, int members);

    QPointer<ProjectDocument> m_document;
    QHash<Id, QStandardItem *> m_items; // zone id -> its name item
};

} // namespace Portolan
