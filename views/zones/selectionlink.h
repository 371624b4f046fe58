#pragma once
// Keeps an item view's selection and the window's ProjectSelection in step
// for one kind of record: the user's clicks go out (with the panel as
// origin), other views' selections come in. Changes the link makes itself
// are not echoed back, and while the view's model is being updated the view
// does not speak for the user.

// projectselection.h needs ProjectDocument complete (its QPointer).
#include "document/projectdocument.h"
#include "selection/projectselection.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractItemView;
class QItemSelection;
class QModelIndex;

namespace Portolan {

class SelectionLink : public QObject
{
    Q_OBJECT
public:
    using IndexOf = std::function<QModelIndex(Id)>;
    using IdOf = std::function<Id(const QModelIndex &)>;

    // `origin` is passed with every selection the link makes.
    SelectionLink(QAbstractItemView *view, ProjectSelection::Kind kind, IndexOf indexOf, IdOf idOf,
                  QObject *origin);

    void setSelection(ProjectSelection *selection);
    ProjectSelection *selection() const { return m_selection; }
    // The ids selected in the view, in row order.
    QList<Id> selectedIds() const;

    // Brackets an update of the view's model: rows removed or moved meanwhile
    // do not change the shared selection, which is shown again afterwards.
    void beginUpdate() { ++m_updating; }
    void endUpdate();

    // Selects `ids` in the view and in the shared selection.
    void select(const QList<Id> &ids);

private:
    void selectionChanged(ProjectSelection::Kind kind, const QList<Id> &ids, QObject *origin);
    void viewSelectionChanged();
    void showInView(const QList<Id> &ids);

    QAbstractItemView *m_view;
    ProjectSelection::Kind m_kind;
    IndexOf m_indexOf;
    IdOf m_idOf;
    QObject *m_origin;
    QPointer<ProjectSelection> m_selection;
    int m_updating = 0;
    bool m_applying = false;
};

} // namespace Portolan
