#include "diagramview.h"

#include "componentnavigation.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "diagramtiles.h"
#include "displaylistpainter.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <vector>

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
    // (a few at a time); a picture painted from the items needs no repaint.
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

// What every visible item shows at rest, in stacking order.
QList<DiagramTiles::Element> restingElements(const DiagramScene &diagram)
{
    // In stacking order, as a stable sort by z would put them; the z values
    // are few (one per kind of element, one per depth of zone), so the
    // items are dealt into a layer each instead of sorted (16,000 at XL).
    std::vector<std::pair<qreal, QList<const DiagramElementItem *>>> layers;
    const QList<DiagramElementItem *> items = diagram.elementItems();
    for (const DiagramElementItem *item : items) {
        if (!item->isVisible())
            continue;
        const qreal z = item->zValue();
        auto layer = std::find_if(layers.begin(), layers.end(),
                                  [z](const auto &each) { return each.first == z; });
        if (layer == layers.end())
            layer = layers.insert(layers.end(), { z, {} });
        layer->second.append(item);
    }
    std::stable_sort(layers.begin(), layers.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<DiagramTiles::Element> elements;
    elements.reserve(items.size());
    for (const auto &[z, layer] : layers) {
        for (const DiagramElementItem *item : layer)
            elements.append(
                { item->element().primitives, item->element().bounds, item->restingOpacity() });
    }
    return elements;
}

} // namespace

void DiagramView::paintEvent(QPaintEvent *event)
{
    DiagramScene *diagram = diagramScene();
    const qreal pixels = zoom() * devicePixelRatioF();
    m_paintingTiles = false;
    if (diagram && !diagram->isDragging()
        && DiagramTiles::serves(pixels, diagram->elementItems().size())) {
        if (!m_tiles->hasContent() || m_tiles->revision() != diagram->contentRevision()) {
            m_resting = restingElements(*diagram);
            m_tiles->setContent(diagram->contentRevision(), m_resting, diagram->sceneRect(),
                                m_tiles->hasContent() ? diagram->changedSince(m_tiles->revision())
                                                      : std::nullopt);
        }
        const DiagramTiles::Coverage coverage
            = m_tiles->covers(mapToScene(event->rect()).boundingRect(), pixels);
        // Where the tiles do not cover the view yet (just after an edit),
        // the same elements are painted straight from their list: the
        // items would paint the same, each with its own painter state.
        m_paintingTiles = true;
        m_paintingElements = coverage == DiagramTiles::Coverage::None;
        m_showsCoarserTiles = coverage == DiagramTiles::Coverage::Coarser;
    } else {
        m_showsCoarserTiles = false;
        m_resting.clear();
    }
    if (diagram)
        diagram->setPaintingOverTiles(m_paintingTiles);
    QGraphicsView::paintEvent(event);
    if (diagram)
        diagram->setPaintingOverTiles(false);
    m_paintingTiles = false;
    m_paintingElements = false;
}

void DiagramView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    if (!m_paintingTiles)
        return;
    const qreal pixels = zoom() * devicePixelRatioF();
    if (m_paintingElements)
        paintElements(painter, rect, pixels);
    else
        m_tiles->paint(painter, rect, pixels);
    // Hovering dims the rest: a veil over the tiles, the hovered component
    // and its flows painted over it.
    if (diagramScene()->isHovering())
        painter->fillRect(
            rect, QColor(255, 255, 255, qRound(255 * (1 - DiagramElementItem::dimmedOpacity))));
}

void DiagramView::paintElements(QPainter *painter, const QRectF &rect, qreal pixels) const
{
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    for (const DiagramTiles::Element &element : m_resting) {
        if (!element.bounds.intersects(rect))
            continue;
        painter->setOpacity(element.opacity);
        paintPrimitives(painter, element.primitives, pixels, rect);
    }
    painter->restore();
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
