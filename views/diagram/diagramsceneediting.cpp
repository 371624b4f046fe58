// DiagramScene: what the user does to the diagram beyond looking — clicking
// edges, drawing a flow from one component to another, double-clicking and
// right-clicking. The scene only reports; the diagram editor acts.

#include "diagramitems.h"
#include "diagramscene.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPen>

namespace Portolan {

void DiagramScene::setSelectedPairs(const QList<QPair<Id, Id>> &pairs)
{
    if (pairs == m_selectedPairs)
        return;
    m_selectedPairs = pairs;
    applyStates();
}

void DiagramScene::setConnectMode(bool on)
{
    m_connectMode = on;
}

ComponentItem *DiagramScene::componentAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == ComponentItem::Type && item->isVisible())
            return static_cast<ComponentItem *>(item);
    }
    return nullptr;
}

Id DiagramScene::zoneAt(QPointF scenePos) const
{
    const DiagramZone *innermost = nullptr;
    for (const DiagramZone &zone : m_diagram.zones) {
        if (zone.box.contains(scenePos) && (!innermost || zone.depth > innermost->depth))
            innermost = &zone;
    }
    return innermost ? innermost->id : 0;
}

EdgeItem *DiagramScene::edgeAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == ComponentItem::Type)
            return nullptr; // a component covers what runs under it
        if ((item->type() == EdgeItem::Type || item->type() == EdgeItem::LabelType)
            && item->isVisible())
            return static_cast<EdgeItem *>(item);
    }
    return nullptr;
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const bool connecting = m_connectMode || (event->modifiers() & Qt::ShiftModifier);
        if (ComponentItem *from = componentAt(event->scenePos()); from && connecting) {
            m_connectFrom = from->componentId();
            m_connectLine = new QGraphicsLineItem(QLineF(from->box().center(), event->scenePos()));
            QPen pen(QColor(0x1f, 0x6f, 0xd0), 2, Qt::DashLine, Qt::RoundCap);
            pen.setCosmetic(true);
            m_connectLine->setPen(pen);
            m_connectLine->setZValue(10);
            addItem(m_connectLine);
            event->accept();
            return;
        }
        if (EdgeItem *edge = edgeAt(event->scenePos())) {
            emit edgeClicked(edge->sourceId(), edge->targetId());
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_connectFrom) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    QLineF line = m_connectLine->line();
    line.setP2(event->scenePos());
    m_connectLine->setLine(line);
    const ComponentItem *over = componentAt(event->scenePos());
    const Id overId = over && over->componentId() != m_connectFrom ? over->componentId() : 0;
    if (overId != m_connectOver) {
        m_connectOver = overId;
        applyStates();
    }
    event->accept();
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connectFrom && event->button() == Qt::LeftButton) {
        finishConnecting(event->scenePos());
        event->accept();
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
}

void DiagramScene::finishConnecting(QPointF scenePos)
{
    const Id from = m_connectFrom;
    delete m_connectLine;
    m_connectLine = nullptr;
    m_connectFrom = 0;
    m_connectOver = 0;
    applyStates();
    // Released on the component it started from: a click, not a flow (a
    // flow to itself is made in the flow editor).
    const ComponentItem *to = componentAt(scenePos);
    if (to && to->componentId() != from)
        emit connectRequested(from, to->componentId());
}

void DiagramScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mouseDoubleClickEvent(event);
        return;
    }
    if (const ComponentItem *component = componentAt(event->scenePos()))
        emit componentActivated(component->componentId());
    else if (const EdgeItem *edge = edgeAt(event->scenePos()))
        emit edgeActivated(edge->sourceId(), edge->targetId());
    else
        emit backgroundActivated(event->scenePos());
    event->accept();
}

void DiagramScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    const ComponentItem *component = componentAt(event->scenePos());
    const EdgeItem *edge = component ? nullptr : edgeAt(event->scenePos());
    emit contextMenuRequested(
        event->scenePos(), event->screenPos(), component ? component->componentId() : 0,
        edge ? qMakePair(edge->sourceId(), edge->targetId()) : qMakePair(Id(0), Id(0)));
    event->accept();
}

} // namespace Portolan
