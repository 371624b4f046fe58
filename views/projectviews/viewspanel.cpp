#include "projectviews/viewspanel.h"

#include "domain/names.h"
#include "projectviews/viewsmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListView>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Portolan {

ViewsPanel::ViewsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ViewsModel(this))
    , m_view(new QListView(this))
{
    setObjectName(u"viewsPanel"_s);
    m_new = new QAction(tr("New from Filter"), this);
    m_new->setObjectName(u"newView"_s);
    m_new->setToolTip(tr("A new view showing what the filter bar selects"));
    m_duplicate = new QAction(tr("Duplicate"), this);
    m_duplicate->setObjectName(u"duplicateView"_s);
    m_delete = new QAction(tr("Delete"), this);
    m_delete->setObjectName(u"deleteView"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_moveUp = new QAction(tr("Move Up"), this);
    m_moveUp->setObjectName(u"moveViewUp"_s);
    m_moveDown = new QAction(tr("Move Down"), this);
    m_moveDown->setObjectName(u"moveViewDown"_s);
    m_zonesLevel = new QAction(tr("Zones as Nodes"), this);
    m_zonesLevel->setObjectName(u"viewZonesLevel"_s);
    m_zonesLevel->setCheckable(true);
    m_zonesLevel->setToolTip(tr("Draw every top-level zone of the view as one node"));
    m_print = new QAction(tr("Print in Handover Pack"), this);
    m_print->setObjectName(u"viewPrinted"_s);
    m_print->setCheckable(true);
    connect(m_zonesLevel, &QAction::triggered, this, [this](bool on) {
        const Id id = selectedView();
        if (id && !m_document->setViewLevel(id, on ? ViewLevel::Zones : ViewLevel::Components))
            emit status(m_document->errorString());
        updateActions();
    });
    connect(m_print, &QAction::triggered, this, [this](bool on) {
        const Id id = selectedView();
        if (id && !m_document->setViewPrinted(id, on))
            emit status(m_document->errorString());
        updateActions();
    });
    connect(m_new, &QAction::triggered, this, [this] { newViewFromFilter(); });
    connect(m_duplicate, &QAction::triggered, this, [this] { duplicateSelected(); });
    connect(m_delete, &QAction::triggered, this, [this] { deleteSelected(); });
    connect(m_moveUp, &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveSelected(+1); });
    m_view->addAction(m_delete);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : { m_new, m_duplicate, m_delete, m_moveUp, m_moveDown }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + u"Button"_s);
        if (action == m_moveUp || action == m_moveDown) // arrows, their name as tooltip
            button->setArrowType(action == m_moveUp ? Qt::UpArrow : Qt::DownArrow);
        buttons->addWidget(button);
    }
    buttons->addStretch();

    m_view->setObjectName(u"viewsList"_s);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_view, &QListView::activated, this, &ViewsPanel::activate);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ViewsPanel::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ViewsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ViewsPanel::updateActions);
    // A reload (any edit of the views) keeps the current view current.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptCurrent = m_model->idAt(m_view->currentIndex().row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_keptCurrent);
        if (row >= 0 && m_view->currentIndex().row() != row)
            m_view->setCurrentIndex(m_model->index(row));
        updateActions();
    });
    connect(m_model, &ViewsModel::editRejected, this, &ViewsPanel::status);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    updateActions();
}

void ViewsPanel::setDocument(ProjectDocument *document)
{
    m_document = document;
    m_model->setDocument(document);
    updateActions();
}

void ViewsPanel::setFilterSource(std::function<DiagramFilter()> source)
{
    m_filterSource = std::move(source);
}

Id ViewsPanel::selectedView() const
{
    return m_model->idAt(m_view->currentIndex().row());
}

void ViewsPanel::select(Id id, bool edit)
{
    const QModelIndex index = m_model->index(m_model->rowOf(id));
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    if (edit)
        m_view->edit(index);
}

Id ViewsPanel::newViewFromFilter()
{
    if (!m_document)
        return 0;
    View view;
    view.name = uniqueName(namesOf(m_document->project().views),
                           [](int n) { return tr("View %1").arg(n); });
    if (m_filterSource)
        view.selection = selectionOf(m_filterSource());
    const Id id = m_document->addView(view);
    if (!id) {
        emit status(m_document->errorString());
        return 0;
    }
    select(id, true);
    return id;
}

Id ViewsPanel::duplicateSelected()
{
    const View *original = m_document ? m_document->project().view(selectedView()) : nullptr;
    if (!original)
        return 0;
    const QString base = original->name;
    const QString name = uniqueName(namesOf(m_document->project().views), [&](int n) {
        return n == 1 ? tr("%1 copy").arg(base) : tr("%1 copy %2").arg(base).arg(n);
    });
    const Id id = m_document->duplicateView(original->id, name);
    if (!id) {
        emit status(m_document->errorString());
        return 0;
    }
    select(id, true);
    return id;
}

bool ViewsPanel::deleteSelected()
{
    const Id id = selectedView();
    if (!id || !m_document)
        return false;
    const int row = m_model->rowOf(id);
    if (!m_document->deleteView(id)) {
        emit status(m_document->errorString());
        return false;
    }
    // The next view takes its place, or the one above when it was last.
    m_view->setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1)));
    return true;
}

bool ViewsPanel::moveSelected(int by)
{
    const Id id = selectedView();
    if (!id || !m_document)
        return false;
    const int index = m_model->rowOf(id) - 1 + by; // "All" is row 0, not a view
    if (index < 0 || index >= m_model->rowCount() - 1)
        return false;
    if (!m_document->moveView(id, index)) {
        emit status(m_document->errorString());
        return false;
    }
    select(id, false);
    return true;
}

void ViewsPanel::activate(const QModelIndex &index)
{
    if (index.isValid())
        emit openRequested(m_model->idAt(index.row()));
}

void ViewsPanel::setShownView(Id id)
{
    m_model->setShownView(id);
}

void ViewsPanel::showContextMenu(const QPoint &position)
{
    if (!m_document)
        return;
    const QModelIndex index = m_view->indexAt(position);
    QMenu menu(this);
    if (index.isValid()) {
        menu.addAction(tr("Open"), this, [this, index] { activate(index); });
        QAction *rename
            = menu.addAction(tr("Rename"), this, [this, index] { m_view->edit(index); });
        rename->setEnabled(m_model->flags(index) & Qt::ItemIsEditable);
        if (m_model->idAt(index.row()))
            menu.addActions({ m_zonesLevel, m_print });
        menu.addSeparator();
    }
    menu.addActions({ m_new, m_duplicate, m_delete });
    menu.addSeparator();
    menu.addActions({ m_moveUp, m_moveDown });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ViewsPanel::updateActions()
{
    const bool editable = m_document && !m_document->isReadOnly();
    const int row = m_view->currentIndex().row();
    const bool isView = selectedView() != 0;
    m_new->setEnabled(editable);
    m_duplicate->setEnabled(editable && isView);
    m_delete->setEnabled(editable && isView);
    m_moveUp->setEnabled(editable && isView && row > 1);
    m_moveDown->setEnabled(editable && isView && row < m_model->rowCount() - 1);
    const View *view = m_document ? m_document->project().view(selectedView()) : nullptr;
    m_zonesLevel->setEnabled(editable && view);
    m_zonesLevel->setChecked(view && view->level == ViewLevel::Zones);
    m_print->setEnabled(editable && view);
    m_print->setChecked(view && view->print);
}

} // namespace Portolan
