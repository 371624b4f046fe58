#pragma once
// The diagram as a pane of the main window: filter bar, message bar and the
// view, driving layouts through the LayoutService (never on the GUI
// thread). Give it the project whenever it changes; it asks for a layout,
// shows that one is running, and swaps the picture when the result comes.

#include "diagram/diagram.h"

#include <QWidget>

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
    enum class Relayout {
        KeepPositions, // pinned components stay, the rest start where they were
        Fresh, // a clean layout: no pins, no hints
        // As KeepPositions, but only when what the layout is given changed
        // (components, zones, edges, their sizes, pins): otherwise the new
        // texts (tooltips, addresses that fit the same boxes) are redrawn
        // on the geometry shown, and nothing moves.
        WhenNeeded,
    };

    explicit DiagramPane(LayoutService *service, QWidget *parent = nullptr);
    ~DiagramPane() override;

    void setProject(const ProjectSnapshot &project, Relayout relayout = Relayout::KeepPositions);
    // Forgets the picture, its filter and its positions: call before showing
    // another project, whose ids mean other components.
    void clear();
    // Relayouts only when the options change what is laid out (WhenNeeded).
    void setOptions(const DiagramOptions &options);
    const DiagramOptions &options() const { return m_options; }

    DiagramScene *scene() const { return m_scene; }
    DiagramView *view() const { return m_view; }
    DiagramFilterBar *filterBar() const { return m_filterBar; }
    bool isLayingOut() const { return m_pendingTicket != 0; }

signals:
    // A layout failed; the fallback arrangement is shown. For the status bar.
    void layoutFailed(const QString &message);
    // A new picture is on screen.
    void diagramShown();

private:
    void requestLayout(Relayout relayout);
    void showLayout(quint64 ticket, const LayoutResult &result);
    void showDiagram(const LayoutResult &result);
    void redraw();
    void showMessage(const QString &message);
    void updateMatchSummary();

    LayoutService *m_service;
    ProjectSnapshot m_project;
    DiagramOptions m_options;
    bool m_hasProject = false;
    bool m_hasDiagram = false;
    bool m_fitWhenShown = false;
    bool m_redrawQueued = false;
    LayoutRequest m_requested; // the newest request: pending, or the one shown
    LayoutResult m_shown; // the geometry on screen
    quint64 m_pendingTicket = 0; // the newest request, until its result is shown
    quint64 m_shownTicket = 0;
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
