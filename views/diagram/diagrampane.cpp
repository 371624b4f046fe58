#include "diagrampane.h"

#include "diagram/drawinggeometry.h"
#include "diagram/drawingstate.h"
#include "diagramfilterbar.h"
#include "diagramscene.h"
#include "diagramview.h"
#include "layout/layoutservice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// A thin strip under the filter bar: an inline message, not a modal box.
QWidget *makeStrip(QWidget *parent, const QString &objectName, const QColor &background)
{
    auto *strip = new QWidget(parent);
    strip->setObjectName(objectName);
    strip->setAutoFillBackground(true);
    QPalette palette = strip->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x37));
    strip->setPalette(palette);
    auto *layout = new QHBoxLayout(strip);
    layout->setContentsMargins(10, 4, 6, 4);
    strip->hide();
    return strip;
}

} // namespace

DiagramPane::DiagramPane(LayoutService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_filterBar(new DiagramFilterBar(this))
    , m_scene(new DiagramScene(this))
    , m_busyDelay(new QTimer(this))
{
    setObjectName(u"diagramPane"_s);
    m_view = new DiagramView(m_scene, this);

    m_messageBar = makeStrip(this, u"layoutMessage"_s, QColor(0xfe, 0xf3, 0xc7));
    auto *icon = new QLabel(m_messageBar);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    auto *messageLayout = qobject_cast<QHBoxLayout *>(m_messageBar->layout());
    messageLayout->addWidget(icon);
    m_message = new QLabel(m_messageBar);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(m_messageBar);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Dismiss"));
    connect(close, &QToolButton::clicked, m_messageBar, &QWidget::hide);
    messageLayout->addWidget(m_message, 1);
    messageLayout->addWidget(close);

    m_busy = makeStrip(this, u"layoutBusy"_s, QColor(0xe0, 0xf2, 0xfe));
    auto *busyLabel = new QLabel(tr("Laying out the diagram…"), m_busy);
    auto *progress = new QProgressBar(m_busy);
    progress->setRange(0, 0); // how long Graphviz takes cannot be known: busy, not a percentage
    progress->setMaximumWidth(180);
    progress->setTextVisible(false);
    m_busy->layout()->addWidget(busyLabel);
    m_busy->layout()->addWidget(progress);
    qobject_cast<QHBoxLayout *>(m_busy->layout())->addStretch(1);
    // Only layouts that take a noticeable time show the strip; quick ones
    // would just make it flicker.
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(250);
    connect(m_busyDelay, &QTimer::timeout, m_busy, &QWidget::show);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_busy);
    layout->addWidget(m_view, 1);

    // Queued: a result always arrives after request() has returned, even from
    // a service that answers at once (its worker could not start).
    connect(m_service, &LayoutService::finished, this, &DiagramPane::showLayout,
            Qt::QueuedConnection);
    connect(m_filterBar, &DiagramFilterBar::filterChanged, this,
            [this](const DiagramFilter &filter) {
                m_scene->setFilter(filter);
                updateMatchSummary();
                emit filterApplied();
            });
    connect(m_filterBar, &DiagramFilterBar::hideNonMatchingChanged, m_scene,
            &DiagramScene::setHideNonMatching);
}

DiagramPane::~DiagramPane() = default;

void DiagramPane::setProject(const ProjectSnapshot &project)
{
    m_project = project;
    m_hasProject = true;
    m_filterBar->setProject(project);
    m_scene->setFilter(m_filterBar->filter());
    queueRefresh();
}

void DiagramPane::switchDrawing()
{
    m_transient.clear();
    m_tickets.clear(); // a layout still coming belongs to the other drawing
    m_pendingTicket = 0;
    m_resetPending = false;
    m_busyDelay->stop();
    m_busy->hide();
    m_fitWhenShown = true;
}

void DiagramPane::clear()
{
    m_hasProject = false;
    m_hasDiagram = false;
    m_refreshQueued = false;
    m_transient.clear();
    m_shown = {};
    m_tickets.clear(); // results still coming belong to the old project
    m_pendingTicket = 0;
    m_busyDelay->stop();
    m_busy->hide();
    m_messageBar->hide();
    m_filterBar->clear();
    m_display = {};
    m_scene->setDiagram({}, {});
}

void DiagramPane::setOptions(const DiagramOptions &options)
{
    m_options = options;
    if (m_hasProject)
        queueRefresh();
}

void DiagramPane::setOverlay(Overlay overlay)
{
    m_overlay = std::move(overlay);
    if (m_hasProject)
        queueRefresh();
}

void DiagramPane::setStorable(bool storable)
{
    m_storable = storable;
}

void DiagramPane::queueRefresh()
{
    // Once per turn of the event loop, however many edits came in it; and
    // always after the call, so that diagramShown follows it.
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QMetaObject::invokeMethod(this, &DiagramPane::refresh, Qt::QueuedConnection);
}

void DiagramPane::refresh()
{
    if (!m_refreshQueued || !m_hasProject)
        return;
    m_refreshQueued = false;
    ProjectSnapshot project = m_project;
    if (project.drawing.isEmpty() && !m_transient.isEmpty())
        project.drawing = m_transient; // laid out here, not stored (read-only)
    if (needsFreshLayout(project)) {
        if (!m_pendingTicket)
            layOut(false);
        return; // the picture shown stays until the layout is in
    }
    // Tooltips are worked out when one is shown (DiagramScene::toolTipOf),
    // but for an overlay, which adds to them.
    DiagramOptions options = m_options;
    options.tooltips = bool(m_overlay);
    const DrawnDiagram drawn = drawDiagram(project, options);
    m_shown = drawn.geometry;
    showDiagram(drawn.diagram);
    if (drawn.drawingChanged) {
        // What has no stored place got one: keep it, so that every output
        // draws the same.
        if (m_storable)
            emit storeRequested(drawn.drawing.values(), false);
        else
            m_transient = drawn.drawing;
    }
    emit diagramShown();
}

void DiagramPane::layOutAfresh()
{
    if (m_hasProject)
        layOut(true);
}

void DiagramPane::layOut(bool reset)
{
    LayoutRequest request = diagramLayoutRequest(m_project, drawingOptions());
    if (reset) {
        for (LayoutNode &node : request.nodes)
            node.pinned.reset();
    }
    m_resetPending = reset;
    m_fitWhenShown = m_fitWhenShown || reset;
    const quint64 ticket = m_service->request(request);
    m_tickets << ticket;
    m_pendingTicket = ticket;
    m_busyDelay->start();
}

void DiagramPane::showLayout(quint64 ticket, const LayoutResult &result)
{
    if (!m_tickets.removeOne(ticket))
        return;
    // Results of requests older than the newest one describe a project that
    // is no longer there.
    if (ticket < m_pendingTicket)
        return;
    m_pendingTicket = 0;
    m_busyDelay->stop();
    m_busy->hide();
    const bool reset = std::exchange(m_resetPending, false);
    if (result.error.isEmpty()) {
        m_messageBar->hide();
    } else {
        showMessage(result.error); // says what failed and that a simple arrangement is shown
        emit layoutFailed(result.error);
    }
    QHash<QString, DrawnItem> drawing;
    for (const DrawnItem &item : drawnItems(result))
        drawing.insert(item.key, item);
    // A plain arrangement after a failure is shown, never stored.
    if (m_storable && result.error.isEmpty())
        emit storeRequested(drawing.values(), reset);
    else
        m_transient = drawing;
    m_refreshQueued = true;
    refresh();
}

void DiagramPane::showDiagram(const Diagram &diagram)
{
    // What is drawn as before keeps its element (and so its item).
    m_display = renderDiagram(diagram, m_scene->diagram(), m_display);
    m_scene->setDiagram(diagram, m_overlay ? m_overlay(diagram, m_display) : m_display);
    if (!m_hasDiagram || m_fitWhenShown)
        m_view->fitToWindow();
    m_hasDiagram = true;
    m_fitWhenShown = false;
    updateMatchSummary();
}

void DiagramPane::showMessage(const QString &message)
{
    m_message->setText(message);
    m_messageBar->show();
}

void DiagramPane::updateMatchSummary()
{
    if (m_scene->filter().isEmpty()) {
        m_filterBar->setMatchSummary({});
        return;
    }
    const auto [matching, total] = m_scene->matchingEdges();
    m_filterBar->setMatchSummary(tr("%1 of %2 connections").arg(matching).arg(total));
}

} // namespace Portolan
