#pragma once
// The zones half of the Zones & Products panel: the zone tree with its
// actions (add, delete, move into another zone), following and setting the
// window's selection of zones.

#include "document/projectdocument.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QTreeView;

namespace Portolan {

class ProjectSelection;
class SelectionLink;
class ZoneModel;

class ZoneList : public QWidget
{
    Q_OBJECT
public:
    // `origin` is what the shared selection is told selected the zones.
    explicit ZoneList(QObject *origin, QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    void setSelection(ProjectSelection *selection);

    QTreeView *view() const { return m_view; }
    ZoneModel *model() const { return m_model; }
    QAction *addAction() const { return m_add; }
    QAction *deleteAction() const { return m_delete; }

    // Adds "New zone N" inside the selected zone (or at the top level),
    // selects it and opens its name for editing. Returns its id, 0 on failure.
    Id addZone();
    // Deletes the selected zone: its members and sub-zones move up.
    bool deleteSelectedZone();
    // Nests the selected zones into `parentId` (0: the top level).
    bool moveSelectedInto(Id parentId);

signals:
    // An operation succeeded (empty) or failed (the document's sentence).
    void status(const QString &message);

private:
    void documentChanged(const DocumentChange &change);
    void sync();
    void updateActions();
    void showContextMenu(const QPoint &position);
    QList<Id> selectedZones() const;

    QPointer<ProjectDocument> m_document;
    ZoneModel *m_model;
    QTreeView *m_view;
    SelectionLink *m_link;
    QAction *m_add;
    QAction *m_delete;
};

} // namespace Portolan
