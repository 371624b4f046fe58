#include "zonelist.h"

#include "document/projectdocument.h"
#include "domain/names.h"
#include "selectionlink.h"
#include "zonemodel.h"
#include "zonetree.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

ZoneList::ZoneList(QObject *origin, QWidget *parent)
    : QWidget(parent)
    , m_model(new ZoneModel(this))
    , m_view(new QTreeView(this))
    , m_add(new QAction(tr("Add Zone"), this))
    , m_delete(new QAction(tr("Delete Zone"), this))
{
    m_view->setObjectName(u"zoneTree"_s);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ZoneModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ZoneModel::MembersColumn, QHeaderView::ResizeToContents);
    m_link = new SelectionLink(
        m_view, ProjectSelection::Kind::Zones, [this](Id id) { return m_model->indexOf(id); },
        [this](const QModelIndex &index) { return m_model->zoneId(index); }, origin);

    m_add->setObjectName(u"addZone"_s);
    m_add->setToolTip(tr("Add a zone inside the selected zone"));
    m_delete->setObjectName(u"deleteZone"_s);
    m_delete->setToolTip(tr("Delete the selected zone; its members move up to its parent"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_delete);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : { m_add, m_delete }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + u"Button"_s);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    connect(m_add, &QAction::triggered, this, [this] { addZone(); });
    connect(m_delete, &QAction::triggered, this, [this] { deleteSelectedZone(); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ZoneList::showContextMenu);
    connect(m_model, &ZoneModel::editRefused, this, &ZoneList::status);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ZoneList::updateActions);
    updateActions();
}

void ZoneList::setDocument(ProjectDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &ZoneList::documentChanged);
    m_link->beginUpdate();
    m_model->setDocument(document);
    m_view->expandAll();
    m_link->endUpdate();
    m_view->setEditTriggers(document && !document->isReadOnly()
                                ? QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::DoubleClicked
                                : QAbstractItemView::NoEditTriggers);
    updateActions();
}

void ZoneList::setSelection(ProjectSelection *selection)
{
    m_link->setSelection(selection);
}

Id ZoneList::addZone()
{
    if (!m_document)
        return 0;
    const QList<Id> selected = selectedZones();
    Zone zone;
    zone.parentId = selected.size() == 1 ? selected.constFirst() : 0;
    zone.name = uniqueName(namesOf(m_document->project().zones),
                           [](int n) { return tr("New zone %1").arg(n); });
    const Id id = m_document->addZone(zone);
    if (!id) {
        emit status(m_document->errorString());
        return 0;
    }
    emit status({});
    m_link->select({ id });
    const QModelIndex index = m_model->indexOf(id);
    m_view->setCurrentIndex(index);
    m_view->edit(index);
    return id;
}

bool ZoneList::deleteSelectedZone()
{
    const QList<Id> selected = selectedZones();
    if (!m_document || selected.size() != 1)
        return false;
    if (!m_document->deleteZone(selected.constFirst())) {
        emit status(m_document->errorString());
        return false;
    }
    emit status({});
    return true;
}

bool ZoneList::moveSelectedInto(Id parentId)
{
    if (!m_document)
        return false;
    for (Id id : selectedZones()) {
        if (!m_document->setZoneParent(id, parentId)) {
            emit status(m_document->errorString());
            return false;
        }
    }
    emit status({});
    return true;
}

void ZoneList::documentChanged(const DocumentChange &change)
{
    if (change.reset || !change.zones.isEmpty()
        || (!change.components.isEmpty() && !change.positionsOnly))
        sync();
}

void ZoneList::sync()
{
    QSet<Id> expanded;
    for (const Zone &zone : m_document->project().zones) {
        const QModelIndex index = m_model->indexOf(zone.id);
        if (!index.isValid() || m_view->isExpanded(index))
            expanded.insert(zone.id); // new zones open, so their children show
    }
    m_link->beginUpdate();
    m_model->sync();
    for (Id id : std::as_const(expanded))
        m_view->setExpanded(m_model->indexOf(id), true);
    m_link->endUpdate();
    updateActions();
}

void ZoneList::updateActions()
{
    const bool editable = m_document && !m_document->isReadOnly();
    m_add->setEnabled(editable);
    m_delete->setEnabled(editable && selectedZones().size() == 1);
}

void ZoneList::showContextMenu(const QPoint &position)
{
    if (!m_document)
        return;
    QMenu menu(this);
    menu.addAction(m_add);
    menu.addAction(m_delete);
    const QList<Id> selected = selectedZones();
    if (!selected.isEmpty() && !m_document->isReadOnly()) {
        QSet<Id> excluded;
        for (Id id : selected)
            excluded.unite(zoneWithDescendants(m_document->project(), id));
        QMenu *into = menu.addMenu(tr("Move Into"));
        into->addAction(tr("(top level)"), this, [this] { moveSelectedInto(0); });
        into->addSeparator();
        for (const ZoneRow &row : zonesInTreeOrder(m_document->project())) {
            if (excluded.contains(row.id))
                continue;
            const QString name = m_document->project().zoneName(row.id);
            into->addAction(QString(row.depth * 2, u' ') + name, this,
                            [this, id = row.id] { moveSelectedInto(id); });
        }
    }
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

QList<Id> ZoneList::selectedZones() const
{
    return m_link->selectedIds();
}

} // namespace Portolan
