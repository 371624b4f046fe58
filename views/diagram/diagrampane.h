#pragma once
// The diagram as a pane of the main window: filter bar, message bar and the
// view. Give it the project whenever it changes: it draws the project's
// stored drawing (diagram/drawinggeometry.h). Only a project without one
// is laid out afresh, through the LayoutService (never on the GUI thread),
// with a strip saying so; what it lays out it hands back to be stored.

#include "diagram/diagram.h"

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QTimer;

namespace Portolan {

class DiagramFilterBar;
class DiagramScene;
class DiagramView;
class LayoutService;

class DiagramPane : public QWidget
{
    Q_OBJECT
public:
    explicit DiagramPane(LayoutService *service, QWidget *parent = nullptr);
    ~DiagramPane() override;

    void setProject(const ProjectSnapshot &project);
    // Forgets the picture, its filter and its positions: call before showing
    // another project, whose ids mean other components.
    void clear();
    // Another drawing of the same project follows (a view): what is being
    // laid out for the one shown is dropped, and the next one is fitted to
    // the window.
    void switchDrawing();
    // What the diagram shows (an environment's addresses in its boxes); the
    // drawing is fitted to it, not laid out again.
    void setOptions(const DiagramOptions &options);
    // Whether what is laid out here may be stored (the project is writable):
    // it is then handed out by storeRequested, else kept in the pane only.
    void setStorable(bool storable);
    // Reset Layout: a fresh layout of everything, handed out by
    // storeRequested(…, true) to replace the drawing.
    void layOutAfresh();
    const DiagramOptions &options() const { return m_options; }
    // Drawn over the diagram while set (a comparison's delta,
    // diagram/deltaoverlay.h): each picture goes through it on its way to
    // the scene, its elements carrying their tooltips. An empty one shows
    // the diagram as it is again.
    using Overlay = std::function<DisplayList(const Diagram &, const DisplayList &)>;
    void setOverlay(Overlay overlay);
    bool hasOverlay() const { return bool(m_overlay); }
    // The project shown (a view of it, as the editor cut it).
    const ProjectSnapshot &project() const { return m_project; }

    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    DiagramFilterBar *filterBar() const { return m_filterBar; }
    // A fresh layout is running in the worker.
    bool isLayingOut() const { return m_pendingTicket != 0; }
    // The newest picture is on screen: no layout running, no redraw queued.
    bool isSettled() const { return m_pendingTicket == 0 && !m_refreshQueued; }

signals:
    // The project's drawing, complete: laid out afresh (`reset`: asked for
    // by layOutAfresh) or completed where it lacked something.
    void storeRequested(const QList<Portolan::DrawnItem> &drawing, bool reset);
    // A layout failed; the fallback arrangement is shown. For the status bar.
    void layoutFailed(const QString &message);
    // A new picture is on screen.
    void diagramShown();
    // The filter bar's filter changed (DiagramScene::filterPasses).
    void filterApplied();

private:
    void queueRefresh();
    void refresh();
    void layOut(bool reset);
    void showLayout(quint64 ticket, const LayoutResult &result);
    void showDiagram(const Diagram &diagram);
    void showMessage(const QString &message);
    void updateMatchSummary();

    LayoutService *m_service;
    ProjectSnapshot m_project;
    DiagramOptions m_options;
    Overlay m_overlay;
    bool m_hasProject = false;
    bool m_hasDiagram = false;
    bool m_fitWhenShown = false;
    bool m_refreshQueued = false;
    bool m_storable = false;
    bool m_resetPending = false;
    QHash<QString, DrawnItem> m_transient; // laid out here, not stored
    LayoutResult m_shown; // the geometry on screen
    DisplayList m_display; // the scene's diagram as rendered
    quint64 m_pendingTicket = 0; // the newest request, until its result is shown
    QList<quint64> m_tickets; // requested here (the service may serve others too)

    DiagramFilterBar *m_filterBar = nullptr;
    DiagramScene *m_scene = nullptr;
    DiagramView *m_view = nullptr;
    QWidget *m_messageBar = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_busy = nullptr;
    QTimer *m_busyDelay = nullptr;
};

} // namespace Portolan
