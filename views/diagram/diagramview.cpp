#include "diagramview.h"

#include "componentnavigation.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "diagramtiles.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace Portolan {

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setObjectName(QStringLiteral("diagramView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    // Dragging empty space pans, as in map and drawing applications; items
    // still take presses on themselves (click selects, drag moves).
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setBackgroundBrush(Qt::white);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
    m_tiles = new DiagramTiles(this);
    // Where coarser tiles stand in, the finer ones are shown as they come
    // (a few at a time); a picture painted from the elements needs no repaint.
    m_sharpen.setSingleShot(true);
    m_sharpen.setInterval(50);
    connect(&m_sharpen, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    connect(m_tiles, &DiagramTiles::tileReady, this, [this] {
        if (m_showsCoarserTiles && !m_sharpen.isActive())
            m_sharpen.start();
    });
}

DiagramScene *DiagramView::diagramScene() const
{
    return qobject_cast<DiagramScene *>(scene());
}

qreal DiagramView::zoom() const
{
    return transform().m11();
}

bool DiagramView::isDrawingTiles() const
{
    return m_tiles->isDrawing();
}

void DiagramView::zoomIn()
{
    zoomBy(zoomStep);
}

void DiagramView::zoomOut()
{
    zoomBy(1 / zoomStep);
}

void DiagramView::resetZoom()
{
    zoomBy(1 / zoom());
}

void DiagramView::fitToWindow()
{
    if (!scene())
        return;
    const QRectF rect = scene()->sceneRect();
    if (rect.isEmpty())
        return;
    fitInView(rect, Qt::KeepAspectRatio);
    if (zoom() > 1) {
        resetTransform();
        centerOn(rect.center());
    } else if (zoom() < minimumZoom) {
        setTransform(QTransform::fromScale(minimumZoom, minimumZoom));
        centerOn(rect.center());
    }
    emit zoomChanged(zoom());
}

void DiagramView::centreOnSelection()
{
    if (DiagramScene *diagram = diagramScene()) {
        const QList<Id> selected = diagram->selectedComponentIds();
        if (!selected.isEmpty())
            centerOn(diagram->componentItem(selected.first())->box().center());
    }
}

void DiagramView::zoomBy(qreal factor)
{
    // Keys and buttons zoom round the middle of the window.
    zoomBy(factor, viewport()->rect().center());
}

void DiagramView::zoomBy(qreal factor, QPoint anchor)
{
    const qreal target = qBound(minimumZoom, zoom() * factor, maximumZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    const QPointF fixed = mapToScene(anchor);
    setTransform(QTransform::fromScale(target, target));
    // Scroll so that the scene point under the anchor is under it again.
    const QPointF drift = mapToScene(anchor) - fixed;
    centerOn(mapToScene(viewport()->rect().center()) - drift);
    emit zoomChanged(zoom());
}

bool DiagramView::event(QEvent *event)
{
    // Tab moves between components while the diagram has focus (QWidget
    // would move the focus on before keyPressEvent saw it); Ctrl+Tab leaves
    // the diagram, so that the keyboard is never trapped in it.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool backwards = key->key() == Qt::Key_Backtab;
        if ((key->key() == Qt::Key_Tab || backwards) && !(key->modifiers() & Qt::AltModifier)) {
            if (key->modifiers() & Qt::ControlModifier)
                focusNextPrevChild(!backwards);
            else
                cycle(backwards);
            return true;
        }
    }
    return QGraphicsView::event(event);
}

bool DiagramView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture)
        return gestureEvent(static_cast<QGestureEvent *>(event));
    if (event->type() == QEvent::NativeGesture) {
        // Touchpad pinch (macOS, X11 XInput 2.4, Wayland): value is the
        // change of scale since the last event.
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value(), gesture->position().toPoint());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

bool DiagramView::gestureEvent(QGestureEvent *event)
{
    if (auto *pinch = static_cast<QPinchGesture *>(event->gesture(Qt::PinchGesture))) {
        if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
            zoomBy(pinch->scaleFactor(), viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
        event->accept(pinch);
    }
    return true;
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    // As in browsers and drawing tools: the wheel scrolls, Ctrl+wheel zooms
    // round the pointer. Pixel-precise wheels zoom smoothly.
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        if (!qFuzzyIsNull(steps))
            zoomBy(std::pow(zoomStep, steps), event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    const bool plain = !(event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier));
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_Left:
        return navigate(NavigationDirection::Left);
    case Qt::Key_Right:
        return navigate(NavigationDirection::Right);
    case Qt::Key_Up:
        return navigate(NavigationDirection::Up);
    case Qt::Key_Down:
        return navigate(NavigationDirection::Down);
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (plain) {
            centreOnSelection();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (DiagramScene *diagram = diagramScene())
            diagram->selectComponents({});
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_middlePanning = true;
        m_lastPanPos = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_middlePanning) {
        const QPoint delta = event->position().toPoint() - m_lastPanPos;
        m_lastPanPos = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_middlePanning && event->button() == Qt::MiddleButton) {
        m_middlePanning = false;
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

namespace {

// The components a reader can move to: the visible ones, by their centres.
QList<NavigationTarget> visibleTargets(const DiagramScene &diagram)
{
    QList<NavigationTarget> targets;
    for (const ComponentItem *item : diagram.componentItems()) {
        if (item->isVisible())
            targets.append({ item->componentId(), item->box().center() });
    }
    return targets;
}

} // namespace

void DiagramView::navigate(NavigationDirection direction)
{
    DiagramScene *diagram = diagramScene();
    if (!diagram)
        return;
    const QList<NavigationTarget> targets = visibleTargets(*diagram);
    const QList<Id> selected = diagram->selectedComponentIds();
    const Id next = selected.isEmpty() ? nextInOrder(targets, 0, false)
                                       : nearestInDirection(targets, selected.last(), direction);
    if (next != 0)
        select(next);
}

void DiagramView::cycle(bool backwards)
{
    DiagramScene *diagram = diagramScene();
    if (!diagram)
        return;
    const QList<NavigationTarget> targets = visibleTargets(*diagram);
    const QList<Id> selected = diagram->selectedComponentIds();
    const Id next = nextInOrder(targets, selected.isEmpty() ? 0 : selected.last(), backwards);
    if (next != 0)
        select(next);
}

void DiagramView::select(qint64 componentId)
{
    DiagramScene *diagram = diagramScene();
    diagram->selectComponents({ componentId });
    if (ComponentItem *item = diagram->componentItem(componentId))
        ensureVisible(item->box(), 40, 40);
}

} // namespace Portolan
