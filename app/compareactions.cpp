#include "compareactions.h"

#include "changerequestsave.h"
#include "changes/changespanel.h"
#include "common/plaintext.h"
#include "diagram/deltaoverlay.h"
#include "diagram/diagrameditor.h"
#include "diagram/diagrampane.h"
#include "diagram/viewproject.h"
#include "document/projectdocument.h"
#include "environment/currentenvironment.h"
#include "layout/layoutservice.h"
#include "preferences.h"
#include "selection/projectselection.h"
#include "store/projectstore.h"

#include <algorithm>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QMainWindow>
#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

bool isWorking(const QString &revision)
{
    return revision.compare(workingDesignName(), Qt::CaseInsensitive) == 0;
}

bool hasBaseline(const ProjectSnapshot &project, const QString &name)
{
    return std::any_of(project.baselines.cbegin(), project.baselines.cend(),
                       [&](const Baseline &baseline) { return baseline.name == name; });
}

} // namespace

CompareActions::CompareActions(QMainWindow *window, DiagramPane *pane, DiagramEditor *editor,
                               ProjectSelection *selection, CurrentEnvironment *environment,
                               const QString &layoutWorker)
    : QObject(window)
    , m_window(window)
    , m_pane(pane)
    , m_editor(editor)
    , m_selection(selection)
    , m_environment(environment)
    , m_layoutWorker(layoutWorker)
    , m_action(new QAction(tr("Co&mpare…"), window))
    , m_dock(new QDockWidget(tr("Changes"), window))
    , m_panel(new ChangesPanel(m_dock))
{
    m_action->setObjectName(u"compare"_s);
    m_action->setStatusTip(tr("Compare a baseline with a later one or the working design, or "
                              "two environments"));
    m_dock->setObjectName(u"changesDock"_s);
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();

    connect(m_action, &QAction::triggered, this, &CompareActions::chooseAndCompare);
    connect(m_panel, &ChangesPanel::targetActivated, this, &CompareActions::activate);
    connect(m_panel, &ChangesPanel::closeRequested, this, &CompareActions::closeComparison);
    connect(m_panel, &ChangesPanel::saveRequested, this, [this] {
        const QString path = askChangeRequestPath(
            m_window, m_request, QFileInfo(m_document->filePath()).completeBaseName());
        QString error;
        if (!path.isEmpty() && !saveTo(path, &error))
            warnPlainly(m_window, saveChangeRequestTitle(),
                        tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), error));
    });
    // Closing the dock ends the comparison (the overlay would be left
    // without its list), and the dock shows only while comparing (a window
    // state restored would bring it back empty).
    connect(m_dock->toggleViewAction(), &QAction::toggled, this, [this](bool shown) {
        if (!shown)
            closeComparison();
        else if (!m_comparing)
            QMetaObject::invokeMethod(m_dock, &QWidget::hide, Qt::QueuedConnection);
    });
    connect(m_environment, &CurrentEnvironment::changed, this, [this] {
        if (m_comparing && !m_choice.environments && !recompute())
            closeComparison();
    });
    connect(m_editor, &DiagramEditor::viewShown, this, [this] {
        if (m_comparing)
            updateOverlay();
    });
    updateEnabled();
}

CompareActions::~CompareActions() = default;

void CompareActions::setDocument(ProjectDocument *document)
{
    closeComparison();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_choice = {}; // another project has other baselines
    if (m_document)
        connect(m_document, &ProjectDocument::changed, this, &CompareActions::documentChanged);
    updateEnabled();
}

void CompareActions::updateEnabled()
{
    const ProjectSnapshot *project = m_document ? &m_document->project() : nullptr;
    const bool available
        = project && (!project->baselines.isEmpty() || project->environments.size() >= 2);
    m_action->setEnabled(available);
    m_action->setToolTip(available ? tr("Compare a baseline with a later one or the working "
                                        "design, or two environments")
                                   : tr("Nothing to compare yet: freeze a baseline of the "
                                        "design or add a second environment"));
}

void CompareActions::chooseAndCompare()
{
    if (!m_document)
        return;
    const ProjectSnapshot &project = m_document->project();
    CompareChoice start = m_choice;
    if (start.to.isEmpty()) {
        start.to = workingDesignName();
        start.from = project.baselines.isEmpty() ? QString() : project.baselines.last().name;
    }
    CompareDialog dialog(project, m_environment->name(), start, m_window);
    if (dialog.exec() == QDialog::Accepted)
        compare(dialog.choice());
}

bool CompareActions::compare(const CompareChoice &choice)
{
    m_choice = choice;
    m_from.reset();
    m_to.reset();
    m_earlierLayout.reset();
    m_earlierLayoutKey.clear();
    m_ticket = 0;
    m_comparing = true;
    if (!recompute()) {
        closeComparison();
        return false;
    }
    if (m_dock->isHidden()) {
        // Room for the list: half the window's height, a third of its width.
        m_dock->show();
        m_window->resizeDocks({ m_dock }, { m_window->height() / 2 }, Qt::Vertical);
        m_window->resizeDocks({ m_dock }, { qMax(360, m_window->width() / 3) }, Qt::Horizontal);
    }
    m_dock->raise();
    return true;
}

void CompareActions::closeComparison()
{
    if (!m_comparing)
        return;
    m_comparing = false;
    m_ticket = 0;
    m_pane->setOverlay({});
    m_dock->hide();
    m_request = {};
    m_from.reset();
    m_to.reset();
}

bool CompareActions::drawsOverlay() const
{
    return m_comparing && isWorking(m_choice.to);
}

QString CompareActions::sideName(const QString &revision, Id environment) const
{
    const QString design = isWorking(revision) ? tr("the working design") : revision;
    if (!m_choice.environments)
        return design;
    const Environment *named = m_document->project().environment(environment);
    return tr("%1 in %2").arg(named ? named->name : QString::number(environment), design);
}

bool CompareActions::saveTo(const QString &path, QString *error)
{
    if (!m_comparing) {
        *error = tr("nothing is compared");
        return false;
    }
    const auto [from, to] = sides();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = writeChangeRequestFile(m_request, from, to, path, m_layoutWorker, error);
    QApplication::restoreOverrideCursor();
    if (written)
        emit message(tr("Wrote the change request to %1.").arg(QFileInfo(path).fileName()));
    return written;
}

std::pair<ChangeSide, ChangeSide> CompareActions::sides() const
{
    const ProjectSnapshot *later = m_to ? &m_to->project : &m_document->project();
    const ProjectSnapshot *earlier = m_from && !m_choice.environments ? &m_from->project : later;
    return { { m_choice.from, earlier, m_fromEnvironment },
             { m_choice.to, later, m_toEnvironment } };
}

bool CompareActions::recompute()
{
    if (!m_document)
        return false;
    QString error;
    const auto read = [&](const QString &name, std::optional<Revision> *revision) {
        if (!*revision)
            *revision = readRevision(m_document->store(), name, &error);
        return revision->has_value();
    };
    const ProjectSnapshot &working = m_document->project();
    if (!isWorking(m_choice.to) && !read(m_choice.to, &m_to)) {
        emit message(error);
        return false;
    }
    const ProjectSnapshot &later = m_to ? m_to->project : working;
    const ProjectSnapshot *earlier = &later;
    if (m_choice.environments) {
        m_fromEnvironment = m_choice.fromEnvironment;
        m_toEnvironment = m_choice.toEnvironment;
        if (!later.environment(m_fromEnvironment) || !later.environment(m_toEnvironment)) {
            emit message(tr("The environments compared are no longer there"));
            return false;
        }
    } else {
        if (!read(m_choice.from, &m_from)) {
            emit message(error);
            return false;
        }
        earlier = &m_from->project;
        const Id current = m_environment->id();
        m_fromEnvironment = earlier->environment(current) ? current : 0;
        m_toEnvironment = later.environment(current) ? current : 0;
    }
    m_request = makeChangeRequest({ m_choice.from, earlier, m_fromEnvironment },
                                  { m_choice.to, &later, m_toEnvironment }, Consolidation::None);
    m_request.project = working.name;
    m_request.author = Preferences::author();
    m_panel->setComparison(sideName(m_choice.from, m_fromEnvironment),
                           sideName(m_choice.to, m_toEnvironment), m_request);
    updateOverlay();
    return true;
}

void CompareActions::updateOverlay()
{
    if (!drawsOverlay()) {
        m_pane->setOverlay({});
        m_panel->setNote(m_comparing ? tr("The diagram shows the working design: it is drawn "
                                          "with the changes only against the working design.")
                                     : QString());
        return;
    }
    m_panel->setNote({});
    // The earlier side cut as the diagram is: the same view (the whole
    // design when the baseline has no such view), the same passing view.
    const ProjectSnapshot &design = m_from ? m_from->project : m_document->project();
    const std::optional<View> &passing = m_editor->passingView();
    const Id viewId = design.view(m_editor->shownView()) ? m_editor->shownView() : 0;
    const ProjectSnapshot earlier
        = passing ? viewProject(design, *passing) : viewProject(design, viewId);
    const QString key = passing ? u"passing:"_s + passing->name : QString::number(viewId);
    if (needsFreshLayout(earlier) && (!m_earlierLayout || m_earlierLayoutKey != key)) {
        // No drawing to draw it from: laid out in the worker first.
        if (!m_service) {
            m_service = m_layoutWorker.isEmpty() ? new LayoutService(this)
                                                 : new LayoutService(m_layoutWorker, this);
            connect(m_service, &LayoutService::finished, this, &CompareActions::showEarlierLayout,
                    Qt::QueuedConnection);
        }
        m_earlierLayout.reset();
        m_earlierLayoutKey = key;
        m_ticket = m_service->request(diagramLayoutRequest(earlier, drawingOptions()));
        m_panel->setNote(tr("Laying out %1…").arg(m_choice.from));
        return;
    }
    DiagramOptions options = m_pane->options();
    options.environment = m_fromEnvironment;
    const Diagram before = earlierDiagram(
        earlier, options, [this](const LayoutRequest &) { return m_earlierLayout; });
    const DisplayList beforeList = renderDiagram(before);
    const DesignDiff diff = m_request.design;
    const QStringList words { tr("added"), tr("removed"), tr("changed"), tr("unchanged") };
    m_pane->setOverlay(
        [before, beforeList, diff, words](const Diagram &after, const DisplayList &list) {
            return deltaDisplayList(before, beforeList, after, list, diff, words);
        });
}

void CompareActions::showEarlierLayout(quint64 ticket, const LayoutResult &result)
{
    if (ticket != m_ticket || !m_comparing)
        return;
    m_ticket = 0;
    m_earlierLayout = result;
    updateOverlay();
}

void CompareActions::documentChanged(const DocumentChange &change)
{
    updateEnabled();
    if (!m_comparing)
        return;
    if (change.reset) {
        closeComparison();
        return;
    }
    const ProjectSnapshot &project = m_document->project();
    for (const QString &name : { m_choice.from, m_choice.to }) {
        if (!isWorking(name) && !hasBaseline(project, name)) {
            closeComparison();
            emit message(tr("Baseline “%1” is gone: the comparison is closed").arg(name));
            return;
        }
    }
    DocumentChange design = change;
    design.drawing = false;
    design.baselines = {};
    if (change.positionsOnly || design.isEmpty())
        return; // nothing that a comparison sees
    if (isWorking(m_choice.to) && !recompute())
        closeComparison();
}

void CompareActions::activate(const ChangeTarget &target)
{
    if (!m_document)
        return;
    using Kind = ProjectSelection::Kind;
    const ProjectSnapshot &project = m_document->project();
    QList<Id> flows;
    for (const Id flow : target.flowIds) {
        if (project.flow(flow))
            flows.append(flow);
    }
    if (target.rule && !flows.isEmpty()) {
        m_selection->select(Kind::Flows, flows, this);
        return;
    }
    if (!target.rule) {
        switch (target.subject) {
        case ChangeSubject::Component:
        case ChangeSubject::Address:
            if (project.component(target.id))
                return m_selection->select(Kind::Components, { target.id }, this);
            break;
        case ChangeSubject::Flow:
            if (project.flow(target.id))
                return m_selection->select(Kind::Flows, { target.id }, this);
            break;
        case ChangeSubject::Zone:
        case ChangeSubject::Prefix:
            if (project.zone(target.id))
                return m_selection->select(Kind::Zones, { target.id }, this);
            break;
        case ChangeSubject::Product:
            if (project.product(target.id))
                return m_selection->select(Kind::Products, { target.id }, this);
            break;
        case ChangeSubject::Environment:
            if (project.environment(target.id)) {
                emit message(tr("Environment “%1”").arg(target.name));
                return;
            }
            break;
        }
    }
    emit message(tr("“%1” is not in the working design").arg(target.name));
}

} // namespace Portolan
