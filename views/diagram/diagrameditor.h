#pragma once
// Editing the project on the diagram: it keeps the picture in step with the
// document (relayouts keep positions), follows and sets the shared
// selection, and turns what the scene reports into document operations —
// a drag between components opens the flow editor, a drop pins, a
// double-click edits or adds a component where the user clicked, Delete
// removes what is selected.

#include "domain/drawnitem.h"
#include "domain/types.h"
#include "domain/view.h"

#include <optional>

#include <QObject>
#include <QPointF>
#include <QPointer>

class QAction;
class QWidget;

namespace Portolan {

class DiagramPane;
class ProjectDocument;
class ProjectSelection;
struct DocumentChange;

class DiagramEditor : public QObject
{
    Q_OBJECT
public:
    DiagramEditor(DiagramPane *pane, ProjectSelection *selection, QObject *parent = nullptr);

    // Forgets the environment (its id belongs to the old project): call
    // setEnvironment() after it.
    void setDocument(ProjectDocument *document);

    // The environment whose addresses the diagram shows (with
    // showAddressesAction() on) and the tooltips always list; 0 for none.
    // An id the document does not have counts as 0, and so does the
    // current one once it is deleted, until another is set.
    void setEnvironment(Id environmentId);
    Id environment() const { return m_environment; }
    // Checkable, off at first, disabled while no environment is set: shows
    // each component's addresses in that environment under its name.
    QAction *showAddressesAction() const { return m_showAddresses; }

    // Checkable: while on, dragging from a component draws a flow (Shift
    // does the same without it).
    QAction *connectAction() const { return m_connect; }
    // Adds a component in the middle of the visible part of the diagram.
    QAction *newComponentAction() const { return m_newComponent; }

    // Adds "New component N" pinned at `scenePos`, in the innermost zone
    // whose frame holds that point, selects it and asks for its name to be
    // edited. Returns its id (0 on failure).
    Id addComponentAt(QPointF scenePos);
    // Opens the flow editor for a new flow; added when the user accepts.
    void newFlow(Id source, Id destination);
    // Opens the flow editor on an existing flow.
    void editFlow(Id flowId);
    // Deletes the selected components (asking what happens to their flows)
    // or the selected flows.
    bool deleteSelection();
    // Merges the selected components into one of them, asking which stays.
    QAction *mergeAction() const { return m_merge; }
    // Merges the other selected components into `kept` (one undo step).
    bool mergeSelectionInto(Id kept);
    // Forgets every position and lays the diagram out afresh (one undo
    // step, once the layout is in). In a view, lays out the view's drawing
    // afresh.
    void resetLayout();

    // Shows a view (0: the whole project) in its own drawing, laid out and
    // stored the first time it is shown. Edits made in it edit the one
    // project; a drag moves the component in the view's drawing only.
    void showView(Id viewId);
    Id shownView() const { return m_view; } // 0 also while a passing view is shown
    // Shows a view that is not stored — a focus, a zone opened from the
    // overview — laid out for the pane only; `title` says what it is.
    void showPassingView(const View &view, const QString &title);
    const std::optional<View> &passingView() const { return m_passing; }
    // Focus (F): the selected components with their neighbours one flow
    // away; Shift+F two. Sources are drawn left of destinations.
    QAction *focusAction() const { return m_focus; }
    QAction *focusTwoHopsAction() const { return m_focusTwo; }
    void focusSelection(int hops);
    // Shows a zone's components and what they talk to (double-clicking a
    // zone drawn as one node).
    void openZone(Id zoneId);

signals:
    // The user wants to edit this component (double-click, new component):
    // the window shows the inspector with its name ready to type.
    void editComponentRequested(Portolan::Id componentId);
    void message(const QString &text);
    // The view shown changed (0: the whole project, -1: a passing view,
    // `title` saying which), also when the shown view was deleted.
    void viewShown(Portolan::Id viewId, const QString &title);

private:
    void documentChanged(const DocumentChange &change);
    void showProject(); // the shown view of the document, in the pane
    void storeDrawing(const QList<DrawnItem> &drawing, bool reset);
    void updateOptions();
    void updateActions(); // enabled as the project allows
    void selectionChanged();
    void showMenu(QPointF scenePos, QPoint screenPos, Id componentId, QPair<Id, Id> edge);
    void selectPair(Id source, Id destination);
    void activatePair(Id source, Id destination);
    QList<Id> flowsBetween(Id source, Id destination) const;
    QWidget *window() const;
    bool report(bool ok);

    DiagramPane *m_pane;
    ProjectSelection *m_selection;
    QPointer<ProjectDocument> m_document;
    QAction *m_connect;
    QAction *m_newComponent;
    QAction *m_merge;
    QAction *m_showAddresses;
    Id m_environment = 0;
    Id m_view = 0; // the view shown, 0: the whole project
    std::optional<View> m_passing; // a view shown that is not stored
    QAction *m_focus = nullptr;
    QAction *m_focusTwo = nullptr;
    bool m_syncing = false;
};

} // namespace Portolan
