#include "diagrampane.h"

#include "diagram/layouthints.h"
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

// Whether the geometry laid out for `shown` fits `wanted` too: the same
// nodes, zones and edges with the same sizes and pins. Hints only say where
// a layout starts, so they do not count.
bool sameLayoutInput(const LayoutRequest &wanted, const LayoutRequest &shown)
{
    if (wanted.nodes.size() != shown.nodes.size() || wanted.clusters.size() != shown.clusters.size()
        || wanted.edges.size() != shown.edges.size())
        return false;
    for (qsizetype i = 0; i < wanted.nodes.size(); ++i) {
        const LayoutNode &a = wanted.nodes.at(i), &b = shown.nodes.at(i);
        if (a.key != b.key || a.size != b.size || a.cluster != b.cluster || a.pinned != b.pinned)
            return false;
    }
    for (qsizetype i = 0; i < wanted.clusters.size(); ++i) {
        const LayoutCluster &a = wanted.clusters.at(i), &b = shown.clusters.at(i);
        if (a.key != b.key || a.parent != b.parent || a.labelSize != b.labelSize)
            return false;
    }
    for (qsizetype i = 0; i < wanted.edges.size(); ++i) {
        const LayoutEdge &a = wanted.edges.at(i), &b = shown.edges.at(i);
        if (a.key != b.key || a.source != b.source || a.target != b.target
            || a.labelSize != b.labelSize)
            return false;
    }
    const LayoutOptions &a = wanted.options, &b = shown.options;
    return a.direction == b.direction && a.nodeSpacing == b.nodeSpacing
        && a.rankSpacing == b.rankSpacing && a.clusterMargin == b.clusterMargin
        && a.graphvizEdgeLabels == b.graphvizEdgeLabels;
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
            });
    connect(m_filterBar, &DiagramFilterBar::hideNonMatchingChanged, m_scene,
            &DiagramScene::setHideNonMatching);
}

DiagramPane::~DiagramPane() = default;

void DiagramPane::setProject(const ProjectSnapshot &project, Relayout relayout)
{
    m_project = project;
    m_hasProject = true;
    m_filterBar->setProject(project);
    m_scene->setFilter(m_filterBar->filter());
    requestLayout(relayout);
}

void DiagramPane::clear()
{
    m_hasProject = false;
    m_hasDiagram = false;
    m_redrawQueued = false;
    m_requested = {};
    m_shown = {};
    m_tickets.clear(); // results still coming belong to the old project
    m_pendingTicket = 0;
    m_busyDelay->stop();
    m_busy->hide();
    m_messageBar->hide();
    m_filterBar->clear();
    m_scene->setDiagram({}, {});
}

void DiagramPane::setOptions(const DiagramOptions &options)
{
    m_options = options;
    if (m_hasProject)
        requestLayout(Relayout::WhenNeeded);
}

void DiagramPane::requestLayout(Relayout relayout)
{
    LayoutRequest request = diagramLayoutRequest(m_project, m_options);
    if (relayout == Relayout::WhenNeeded && (m_pendingTicket || m_hasDiagram)
        && sameLayoutInput(request, m_requested)) {
        // A layout on its way is drawn with the project and options of when
        // it arrives; otherwise redraw on what is shown, queued like a
        // result so that diagramShown always follows the call.
        if (!m_pendingTicket && !m_redrawQueued) {
            m_redrawQueued = true;
            QMetaObject::invokeMethod(this, &DiagramPane::redraw, Qt::QueuedConnection);
        }
        return;
    }
    m_redrawQueued = false;
    if (relayout == Relayout::Fresh) {
        m_fitWhenShown = true; // a new picture: show all of it
        for (LayoutNode &node : request.nodes) {
            node.pinned.reset();
            node.hint.reset();
        }
    } else if (m_hasDiagram) {
        applyLayoutHints(request, m_scene->diagram());
    }
    m_requested = request;
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
    if (ticket < m_pendingTicket || ticket < m_shownTicket)
        return;
    m_pendingTicket = 0;
    m_shownTicket = ticket;
    m_busyDelay->stop();
    m_busy->hide();

    m_shown = result;
    showDiagram(result);
    if (result.error.isEmpty()) {
        m_messageBar->hide();
    } else {
        showMessage(result.error); // says what failed and that a simple arrangement is shown
        emit layoutFailed(result.error);
    }
    emit diagramShown();
}

void DiagramPane::showDiagram(const LayoutResult &result)
{
    const Diagram diagram = assembleDiagram(m_project, m_options, result);
    m_scene->setDiagram(diagram, renderDiagram(diagram));
    if (!m_hasDiagram || m_fitWhenShown)
        m_view->fitToWindow();
    m_hasDiagram = true;
    m_fitWhenShown = false;
    updateMatchSummary();
}

void DiagramPane::redraw()
{
    // Dropped when a layout was asked for since, or the pane was cleared.
    if (!m_redrawQueued || m_pendingTicket || !m_hasDiagram)
        return;
    m_redrawQueued = false;
    showDiagram(m_shown);
    emit diagramShown();
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
