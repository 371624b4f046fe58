#pragma once
// Compare…: a comparison of two revisions of the design (a baseline and a
// later one or the working design), or of two environments of one, shown
// in the Changes dock (every difference of the change request, a click
// selecting its record) and drawn over the diagram (diagram/deltaoverlay.h)
// while the later side is the working design. Against the working design
// it follows every edit. The dialog starts from the window's last choice.

#include "changes/comparedialog.h"
#include "diff/changerequest.h"
#include "layout/layouttypes.h"
#include "project/revision.h"

#include <QObject>
#include <QPointer>

#include <optional>
#include <utility>

class QAction;
class QDockWidget;
class QMainWindow;

namespace Portolan {

class ChangesPanel;
class CurrentEnvironment;
class DiagramEditor;
class DiagramPane;
class LayoutService;
class ProjectDocument;
class ProjectSelection;
struct ChangeTarget;
struct DocumentChange;

class CompareActions : public QObject
{
    Q_OBJECT
public:
    // `layoutWorker`: the portolan executable that lays out a baseline
    // without a drawing (empty: the running program).
    CompareActions(QMainWindow *window, DiagramPane *pane, DiagramEditor *editor,
                   ProjectSelection *selection, CurrentEnvironment *environment,
                   const QString &layoutWorker);
    ~CompareActions() override;

    void setDocument(ProjectDocument *document);

    // Compare… (enabled while there is a baseline or a second environment).
    QAction *action() const { return m_action; }
    QDockWidget *dock() const { return m_dock; }
    ChangesPanel *panel() const { return m_panel; }

    // Starts (or replaces) a comparison; false, with a message, when a side
    // cannot be read.
    bool compare(const CompareChoice &choice);
    void closeComparison();
    // Writes the comparison shown as a change request (the extension
    // chooses: .xlsx, .pdf, .csv, .json); false and *error when it cannot.
    bool saveTo(const QString &path, QString *error);
    bool isComparing() const { return m_comparing; }
    const ChangeRequest &request() const { return m_request; }
    const CompareChoice &lastChoice() const { return m_choice; }
    // Whether the diagram shows the delta (or will, once laid out).
    bool drawsOverlay() const;
    // Selects the record a row of the dock stands for, or says it is gone.
    void activate(const ChangeTarget &target);

signals:
    void message(const QString &text);

private:
    void chooseAndCompare();
    void updateEnabled();
    void documentChanged(const DocumentChange &change);
    bool recompute();
    // The two sides of the comparison shown.
    std::pair<ChangeSide, ChangeSide> sides() const;
    void updateOverlay();
    void showEarlierLayout(quint64 ticket, const LayoutResult &result);
    QString sideName(const QString &revision, Id environment) const;

    QPointer<QMainWindow> m_window;
    DiagramPane *m_pane;
    DiagramEditor *m_editor;
    ProjectSelection *m_selection;
    CurrentEnvironment *m_environment;
    QString m_layoutWorker;
    QPointer<ProjectDocument> m_document;
    QAction *m_action;
    QDockWidget *m_dock;
    ChangesPanel *m_panel;

    bool m_comparing = false;
    CompareChoice m_choice; // the last one, also once the comparison is closed
    std::optional<Revision> m_from; // the earlier baseline, read once per comparison
    std::optional<Revision> m_to; // the later baseline; none for the working design
    Id m_fromEnvironment = 0;
    Id m_toEnvironment = 0;
    ChangeRequest m_request;
    // The earlier side laid out afresh (it had no drawing), for the view
    // it was asked for.
    LayoutService *m_service = nullptr;
    quint64 m_ticket = 0;
    std::optional<LayoutResult> m_earlierLayout;
    QString m_earlierLayoutKey;
};

} // namespace Portolan
