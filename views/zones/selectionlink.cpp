#include "selectionlink.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QScopedValueRollback>

namespace Portolan {

SelectionLink::SelectionLink(QAbstractItemView *view, ProjectSelection::Kind kind, IndexOf indexOf,
                             IdOf idOf, QObject *origin)
    : QObject(view)
    , m_view(view)
    , m_kind(kind)
    , m_indexOf(std::move(indexOf))
    , m_idOf(std::move(idOf))
    , m_origin(origin)
{
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SelectionLink::viewSelectionChanged);
}

void SelectionLink::setSelection(ProjectSelection *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (m_selection) {
        connect(m_selection, &ProjectSelection::changed, this, &SelectionLink::selectionChanged);
        showInView(m_selection->ids(m_kind));
    } else {
        showInView({});
    }
}

QList<Id> SelectionLink::selectedIds() const
{
    QList<Id> ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &row : rows) {
        if (const Id id = m_idOf(row))
            ids.append(id);
    }
    return ids;
}

void SelectionLink::endUpdate()
{
    if (--m_updating == 0)
        showInView(m_selection ? m_selection->ids(m_kind) : QList<Id>());
}

void SelectionLink::select(const QList<Id> &ids)
{
    showInView(ids);
    if (m_selection) {
        const QScopedValueRollback applying(m_applying, true);
        m_selection->select(m_kind, ids, m_origin);
    }
}

void SelectionLink::selectionChanged(ProjectSelection::Kind kind, const QList<Id> &ids,
                                     QObject *origin)
{
    Q_UNUSED(origin)
    if (m_applying)
        return;
    showInView(kind == m_kind ? ids : QList<Id>());
}

void SelectionLink::viewSelectionChanged()
{
    if (m_applying || m_updating || !m_selection)
        return;
    const QList<Id> ids = selectedIds();
    // Clearing this view must not clear what another view selected.
    if (ids.isEmpty() && m_selection->kind() != m_kind)
        return;
    const QScopedValueRollback applying(m_applying, true);
    m_selection->select(m_kind, ids, m_origin);
}

void SelectionLink::showInView(const QList<Id> &ids)
{
    const QScopedValueRollback applying(m_applying, true);
    QItemSelection wanted;
    QModelIndex first;
    for (Id id : ids) {
        const QModelIndex index = m_indexOf(id);
        if (!index.isValid())
            continue;
        wanted.select(index, index);
        if (!first.isValid())
            first = index;
    }
    QItemSelectionModel *model = m_view->selectionModel();
    model->select(wanted, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_view->scrollTo(first);
    }
}

} // namespace Portolan
