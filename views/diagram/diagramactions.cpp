#include "diagramactions.h"

#include "diagramview.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QAction *makeAction(QObject *parent, const QString &icon, const QString &text,
                    const QList<QKeySequence> &shortcuts, const QString &tip)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, parent);
    action->setShortcuts(shortcuts);
    action->setStatusTip(tip);
    action->setToolTip(
        shortcuts.isEmpty()
            ? tip
            : u"%1 (%2)"_s.arg(tip, shortcuts.first().toString(QKeySequence::NativeText)));
    return action;
}

} // namespace

DiagramActions::DiagramActions(DiagramView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    // Ctrl+= as well as Ctrl++: on most keyboards "+" needs Shift.
    m_zoomIn = makeAction(this, u"zoom-in"_s, tr("Zoom &In"),
                          { QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) },
                          tr("Zoom in"));
    m_zoomOut = makeAction(this, u"zoom-out"_s, tr("Zoom &Out"), { QKeySequence::ZoomOut },
                           tr("Zoom out"));
    m_fit = makeAction(this, u"zoom-fit-best"_s, tr("&Fit to Window"),
                       { QKeySequence(Qt::CTRL | Qt::Key_0) }, tr("Show the whole diagram"));
    m_actualSize = makeAction(this, u"zoom-original"_s, tr("&Actual Size"),
                              { QKeySequence(Qt::CTRL | Qt::Key_1) }, tr("Zoom to 100 %"));
    m_resetLayout = makeAction(this, u"view-refresh"_s, tr("&Reset Layout"), {},
                               tr("Unpin every component and lay the diagram out afresh"));

    connect(m_zoomIn, &QAction::triggered, m_view, &DiagramView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, m_view, &DiagramView::zoomOut);
    connect(m_fit, &QAction::triggered, m_view, &DiagramView::fitToWindow);
    connect(m_actualSize, &QAction::triggered, m_view, &DiagramView::resetZoom);
    connect(m_resetLayout, &QAction::triggered, this, &DiagramActions::resetLayoutRequested);
    setDiagramAvailable(false);
}

QList<QAction *> DiagramActions::all() const
{
    return { m_zoomIn, m_zoomOut, m_fit, m_actualSize, nullptr, m_resetLayout };
}

QToolBar *DiagramActions::createToolBar(QWidget *parent) const
{
    auto *bar = new QToolBar(tr("Diagram"), parent);
    bar->setObjectName(u"diagramToolBar"_s);
    for (QAction *action : all()) {
        if (action)
            bar->addAction(action);
        else
            bar->addSeparator();
    }
    bar->addSeparator();
    auto *zoom = new QLabel(bar);
    zoom->setObjectName(u"zoomLevel"_s);
    zoom->setMinimumWidth(zoom->fontMetrics().horizontalAdvance(u"8888 %"_s));
    zoom->setAlignment(Qt::AlignCenter);
    auto show = [zoom](qreal level) { zoom->setText(u"%1 %"_s.arg(qRound(level * 100))); };
    show(m_view->zoom());
    connect(m_view, &DiagramView::zoomChanged, zoom, show);
    bar->addWidget(zoom);
    return bar;
}

void DiagramActions::setDiagramAvailable(bool available)
{
    for (QAction *action : all()) {
        if (action)
            action->setEnabled(available);
    }
}

} // namespace Portolan
