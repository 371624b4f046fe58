#pragma once
// The graphics items of the diagram: one per display element, painting that
// element's primitives (the same ones the exports draw) plus what only a
// screen has — hover highlight, selection outline, dimming and fading.

#include "diagram/displaylist.h"
#include "domain/types.h"

#include <QGraphicsItem>

namespace Portolan {

class DiagramScene;

class DiagramElementItem : public QGraphicsItem
{
public:
    explicit DiagramElementItem(DisplayElement element, QGraphicsItem *parent = nullptr);

    const DisplayElement &element() const { return m_element; }
    // The scene's last pass of placing items that kept or made this one.
    quint64 placedIn() const { return m_placedIn; }
    void setPlacedIn(quint64 pass) { m_placedIn = pass; }
    DisplayElement::Role role() const { return m_element.role; }

    // Interaction states, combined into the item's opacity and visibility:
    // filtered out (fades, or hides when hiding is on) wins over dimmed
    // (another component is hovered); highlighted draws emphasis.
    void setStates(bool highlighted, bool dimmed, bool filteredOut, bool hideFilteredOut);
    bool isHighlighted() const { return m_highlighted; }
    bool isDimmed() const { return m_dimmed; }
    bool isFilteredOut() const { return m_filteredOut; }
    // Its opacity when nothing is hovered or dragged: the filter's alone.
    qreal restingOpacity() const { return m_filteredOut ? filteredOpacity : 1.0; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Whether it looks different from its picture at rest (selected,
    // highlighted, a component or flow kept bright while the rest dims),
    // so that it must paint over the tiles (diagramtiles.h). Frames, the
    // legend and the title stay in the tiles, under the veil that dims.
    virtual bool paintsOverTiles(bool hovering) const
    {
        const bool dims = role() == DisplayElement::Role::Component
            || role() == DisplayElement::Role::Edge || role() == DisplayElement::Role::EdgeLabel;
        return isSelected() || m_highlighted || (hovering && dims && !m_dimmed);
    }

    static constexpr qreal dimmedOpacity = 0.22;
    static constexpr qreal filteredOpacity = 0.12;

protected:
    DiagramScene *diagramScene() const;
    // Drawn under the element (halo of a highlighted edge) and over it
    // (selection outline, pin mark).
    virtual void paintUnder(QPainter *) { }
    virtual void paintOver(QPainter *) { }
    virtual qreal decorationMargin() const { return 0; }

private:
    DisplayElement m_element;
    quint64 m_placedIn = 0;
    bool m_highlighted = false;
    bool m_dimmed = false;
    bool m_filteredOut = false;
};

// A component: hover shows its flows, click selects, drag pins it.
class ComponentItem : public DiagramElementItem
{
public:
    enum { Type = UserType + 1 };

    ComponentItem(Id id, const QRectF &box, bool pinned, DisplayElement element);

    int type() const override { return Type; }
    Id componentId() const { return m_id; }
    // The box where it is drawn now (moves with the item).
    QRectF box() const { return m_box.translated(pos()); }
    // Whether it draws a component with this box and pin, where it was made.
    bool shows(const QRectF &box, bool pinned) const
    {
        return box == m_box && pinned == m_pinned && pos().isNull();
    }
    QPainterPath shape() const override;
    bool paintsOverTiles(bool hovering) const override
    {
        return m_pinned || DiagramElementItem::paintsOverTiles(hovering);
    }

protected:
    void paintOver(QPainter *painter) override;
    qreal decorationMargin() const override { return 5; }
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    Id m_id;
    QRectF m_box;
    bool m_pinned;
    QPointF m_pressPos;
};

// An edge or its label: both stand for one (source, destination) pair.
class EdgeItem : public DiagramElementItem
{
public:
    enum { Type = UserType + 2, LabelType = UserType + 3 };

    EdgeItem(Id source, Id target, DisplayElement element);

    int type() const override { return role() == DisplayElement::Role::Edge ? Type : LabelType; }
    Id sourceId() const { return m_source; }
    Id targetId() const { return m_target; }
    QPainterPath shape() const override;
    // Pointing (hover, clicks, the scene's items at a point) asks whether
    // the shape holds a point: answered from the distance to the drawn
    // lines, not from the stroked outline.
    bool contains(const QPointF &point) const override;

protected:
    void paintUnder(QPainter *painter) override;
    qreal decorationMargin() const override { return 4; }
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    Id m_source;
    Id m_target;
    // How far from its lines an edge (or a label) is hit.
    qreal reach() const;
    mutable QPainterPath m_hitShape;
    // The outlines of its shapes as polygons (curves flattened), made on
    // first use like the hit shape.
    mutable QList<QPolygonF> m_outlines;
};

} // namespace Portolan
