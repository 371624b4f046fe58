#pragma once
// The Edit menu: undo and redo (of whichever project is open), copy, paste,
// delete, find, and adding components and flows. Copy, paste and delete
// act where the user is working: each table, list and the diagram has its
// own shortcut for them while it has the focus; the menu items go to the
// one that had the focus last.

#include <QObject>

class QAction;
class QMenu;
class QUndoGroup;
class QWidget;

namespace Portolan {

class DiagramEditor;
class DiagramPane;
class WorkspaceDocks;

class EditActions : public QObject
{
    Q_OBJECT
public:
    EditActions(QWidget *window, QUndoGroup *undoGroup, DiagramPane *diagram, DiagramEditor *editor,
                WorkspaceDocks *docks);

    void fillMenu(QMenu *menu);
    QList<QAction *> toolBarActions() const;
    // Without a project every action is disabled; actions that edit are
    // disabled for read-only projects too.
    void setProjectState(bool open, bool editable);

    QAction *deleteAction() const { return m_delete; }
    QAction *findAction() const { return m_find; }

private:
    enum class Area {
        Components,
        Flows,
        Zones,
        Products,
        Addresses,
        ZonePrefixes,
        Diagram,
        Elsewhere
    };
    Area focusArea() const;
    void copy();
    void paste();
    void deleteSelection();
    void find();

    QWidget *m_window;
    DiagramPane *m_diagram;
    DiagramEditor *m_editor;
    WorkspaceDocks *m_docks;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_undoButton;
    QAction *m_redoButton;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_delete;
    QAction *m_find;
    QAction *m_newFlow;
    QAction *m_diagramDelete;
};

} // namespace Portolan
