#pragma once
// The Views panel: the project's views, "All" first. A view is made from
// what the diagram's filter bar selects, renamed in place (F2), duplicated,
// deleted and moved up or down, each one undo step (buttons under the list,
// and its context menu); activating one (double click, Enter) asks for it to
// be shown.

#include "diagram/filtercriteria.h"
#include "document/projectdocument.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QListView;

namespace Portolan {

class ViewsModel;

class ViewsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ViewsPanel(QWidget *parent = nullptr);

    void setDocument(ProjectDocument *document);
    // Where "New View from Filter" takes the selection from.
    void setFilterSource(std::function<DiagramFilter()> source);

    QListView *view() const { return m_view; }
    ViewsModel *model() const { return m_model; }
    QAction *newAction() const { return m_new; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    // Checkable, for the current view: its level, and whether the handover
    // pack prints it (each one undo step).
    QAction *zonesLevelAction() const { return m_zonesLevel; }
    QAction *printAction() const { return m_print; }

    // "View N" showing what the filter selects; selected, its name open
    // for editing. Returns its id, 0 on failure.
    Id newViewFromFilter();
    Id duplicateSelected();
    bool deleteSelected();
    bool moveSelected(int by);
    Id selectedView() const; // 0: "All" or nothing
    // Marks the view the diagram shows (0: "All").
    void setShownView(Id id);

signals:
    // Show the view (0: the whole project).
    void openRequested(Portolan::Id id);
    // An operation failed (the document's sentence).
    void status(const QString &message);

private:
    void select(Id id, bool edit);
    void updateActions();
    void activate(const QModelIndex &index);
    void showContextMenu(const QPoint &position);

    QPointer<ProjectDocument> m_document;
    std::function<DiagramFilter()> m_filterSource;
    ViewsModel *m_model;
    QListView *m_view;
    QAction *m_new;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_zonesLevel;
    QAction *m_print;
    Id m_keptCurrent = -1; // the current view across a reload of the list
};

} // namespace Portolan
