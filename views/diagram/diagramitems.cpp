#include "diagramitems.h"

#include "diagramscene.h"
#include "displaylistpainter.h"

#include "diagram/collapsedzones.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace Portolan {

namespace {

QColor accent()
{
    return QColor(0xf5, 0x9e, 0x0b); // amber: visible on every kind colour and on white
}

qreal distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const qreal length2 = QPointF::dotProduct(d, d);
    const qreal t
        = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / length2, qreal(0), qreal(1)) : 0;
    const QPointF nearest = a + t * d;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

} // namespace

DiagramElementItem::DiagramElementItem(DisplayElement element, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_element(std::move(element))
{
    setToolTip(m_element.title);
    // The part being painted (exposedRect), for long lines to be stroked
    // only there.
    setFlag(ItemUsesExtendedStyleOption);
}

void DiagramElementItem::setStates(bool highlighted, bool dimmed, bool filteredOut,
                                   bool hideFilteredOut)
{
    if (highlighted != m_highlighted) {
        m_highlighted = highlighted;
        update();
    }
    m_dimmed = dimmed;
    m_filteredOut = filteredOut;
    // Set only when different: every item's states are applied after each
    // edit, and setOpacity asks itemChange even when nothing changes.
    const qreal opacity = dimmed && !filteredOut ? dimmedOpacity : restingOpacity();
    if (opacity != this->opacity())
        setOpacity(opacity);
    const bool visible = !(filteredOut && hideFilteredOut);
    if (visible != isVisible())
        setVisible(visible);
}

QRectF DiagramElementItem::boundingRect() const
{
    const qreal margin = decorationMargin();
    return m_element.bounds.adjusted(-margin, -margin, margin, margin);
}

void DiagramElementItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // Far out, the view has painted the tiles that show it already.
    if (const DiagramScene *scene = diagramScene();
        scene && scene->isPaintingOverTiles() && !paintsOverTiles(scene->isHovering()))
        return;
    paintUnder(painter);
    // Zoomed far out, labels and icons too small to read are left out:
    // they cost most of the painting and show nothing (at L fitted into a
    // 1,600-pixel view, 350 of an edit's 480 ms). Zoomed in, an edge
    // crossing the view is stroked only near it.
    paintPrimitives(painter, m_element.primitives,
                    QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform()),
                    option->exposedRect);
    paintOver(painter);
}

DiagramScene *DiagramElementItem::diagramScene() const
{
    return qobject_cast<DiagramScene *>(scene());
}

// --- ComponentItem -------------------------------------------------------------

ComponentItem::ComponentItem(Id id, const QRectF &box, bool pinned, DisplayElement element)
    : DiagramElementItem(std::move(element))
    , m_id(id)
    , m_box(box)
    , m_pinned(pinned)
{
    // A zone drawn as one node has no place of its own to keep: dragged,
    // it would stay where it was dropped, its edges where they were.
    setFlags(flags() | ItemIsSelectable | ItemSendsGeometryChanges);
    if (!isZoneNode(id))
        setFlag(ItemIsMovable);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
}

QPainterPath ComponentItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_box, 6, 6);
    return path;
}

void ComponentItem::paintOver(QPainter *painter)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (isSelected() || isHighlighted()) {
        // Selected: an amber ring; hovered: a soft blue one.
        painter->setPen(QPen(isSelected() ? accent() : QColor(0x60, 0xa5, 0xfa, 200), 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_box.adjusted(-3, -3, 3, 3), 8, 8);
    }
    if (m_pinned) {
        // A pin head in the corner: this one stays where the user put it.
        const QPointF head = m_box.topRight() + QPointF(-7, 7);
        painter->setPen(QPen(QColor(0x1f, 0x29, 0x37), 0.8));
        painter->setBrush(accent());
        painter->drawEllipse(head, 3.2, 3.2);
    }
    painter->restore();
}

void ComponentItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    if (DiagramScene *scene = diagramScene())
        scene->setHoveredComponent(m_id);
    DiagramElementItem::hoverEnterEvent(event);
}

void ComponentItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    if (DiagramScene *scene = diagramScene(); scene && scene->hoveredComponent() == m_id)
        scene->setHoveredComponent(0);
    DiagramElementItem::hoverLeaveEvent(event);
}

void ComponentItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressPos = pos();
    DiagramElementItem::mousePressEvent(event);
}

void ComponentItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    DiagramElementItem::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && pos() != m_pressPos) {
        if (DiagramScene *scene = diagramScene())
            scene->reportMoved(this);
    }
}

QVariant ComponentItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && scene() && pos() == m_pressPos) {
        if (DiagramScene *scene = diagramScene())
            scene->reportDragStarted(this);
    }
    return DiagramElementItem::itemChange(change, value);
}

// --- EdgeItem ----------------------------------------------------------------------

EdgeItem::EdgeItem(Id source, Id target, DisplayElement element)
    : DiagramElementItem(std::move(element))
    , m_source(source)
    , m_target(target)
{
    setAcceptHoverEvents(true);
}

qreal EdgeItem::reach() const
{
    return role() == DisplayElement::Role::Edge ? 4 : 0.5;
}

QPainterPath EdgeItem::shape() const
{
    // An edge is hit near its line, not anywhere in its bounding box: a
    // generous stroke round every drawn path. Made on first use: most edges
    // of a large diagram are never pointed at.
    if (m_hitShape.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(2 * reach());
        for (const Primitive &primitive : element().primitives) {
            if (primitive.kind != Primitive::Kind::Shape)
                continue;
            m_hitShape.addPath(stroker.createStroke(primitive.path));
            if (primitive.fill.isValid())
                m_hitShape.addPath(primitive.path);
        }
    }
    return m_hitShape;
}

bool EdgeItem::contains(const QPointF &at) const
{
    // Testing the point against the stroked outline of every edge whose box
    // holds it cost about 3 ms a mouse move at XL (7,857 edges, most
    // spanning far); the distance to the lines gives the same answer (with
    // round instead of square ends) for a fraction of it.
    if (!boundingRect().contains(at))
        return false;
    const qreal within = reach();
    for (const Primitive &primitive : element().primitives) {
        if (primitive.kind == Primitive::Kind::Shape && primitive.fill.isValid()
            && primitive.path.controlPointRect().contains(at) && primitive.path.contains(at))
            return true;
    }
    if (m_outlines.isEmpty()) {
        for (const Primitive &primitive : element().primitives) {
            if (primitive.kind == Primitive::Kind::Shape)
                m_outlines += primitive.path.toSubpathPolygons();
        }
    }
    for (const QPolygonF &outline : std::as_const(m_outlines)) {
        for (qsizetype i = 1; i < outline.size(); ++i) {
            if (distanceToSegment(at, outline[i - 1], outline[i]) <= within)
                return true;
        }
    }
    return false;
}

void EdgeItem::paintUnder(QPainter *painter)
{
    if (!isHighlighted() || role() != DisplayElement::Role::Edge)
        return;
    // A glow under the line in its own colour: the hovered flows stand out
    // without changing what the line says.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (const Primitive &primitive : element().primitives) {
        if (primitive.kind != Primitive::Kind::Shape || !primitive.stroke.isValid())
            continue;
        QColor glow = primitive.stroke;
        glow.setAlpha(70);
        painter->setPen(QPen(glow, 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(primitive.path);
        break;
    }
    painter->restore();
}

void EdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    if (DiagramScene *scene = diagramScene())
        scene->setHoveredEdge(m_source, m_target);
    DiagramElementItem::hoverEnterEvent(event);
}

void EdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    if (DiagramScene *scene = diagramScene())
        scene->setHoveredEdge(0, 0);
    DiagramElementItem::hoverLeaveEvent(event);
}

} // namespace Portolan
