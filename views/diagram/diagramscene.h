#pragma once
// The interactive diagram: one item per display element, with hover,
// selection, filters and dragging. It shows a laid-out Diagram and reports
// what the user does (selection, moves) through signals; it never writes the
// project — whoever owns the store decides what a move means.

#include "diagram/diagram.h"
#include "diagram/diagramfilter.h"

#include <QGraphicsScene>

class QGraphicsLineItem;
#include <QHash>
#include <QList>
#include <QPair>

#include <memory>
#include <optional>
#include <utility>

namespace Portolan {

class ComponentItem;
class DiagramElementItem;
class DiagramTooltips;
class EdgeItem;

class DiagramScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit DiagramScene(QObject *parent = nullptr);
    ~DiagramScene() override;

    // Shows a new diagram: an item whose element is the same stays, the
    // others are made again or go. The selection is kept (by component
    // id), the hover is dropped, the filter stays and is applied anew.
    void setDiagram(const Diagram &diagram, const DisplayList &display);
    const Diagram &diagram() const { return m_diagram; }

    QList<ComponentItem *> componentItems() const { return m_components; }
    ComponentItem *componentItem(Id id) const;
    EdgeItem *edgeItem(Id source, Id target) const;
    EdgeItem *labelItem(Id source, Id target) const;
    QList<EdgeItem *> edgeItems() const; // edges, then labels
    QList<DiagramElementItem *> elementItems() const { return m_items; }
    // The innermost zone whose frame holds `scenePos` (0: none).
    Id zoneAt(QPointF scenePos) const;

    void setFilter(const DiagramFilter &filter);
    const DiagramFilter &filter() const { return m_filter; }
    // Whether the filter bar's filter lets this flow through (every flow
    // when no filter is set; none that the diagram does not draw).
    bool filterPasses(Id flowId) const
    {
        return !m_matcher.isActive() || m_matcher.matchesFlow(flowId);
    }
    void setHideNonMatching(bool hide);
    bool hidesNonMatching() const { return m_hideNonMatching; }
    // How many edges the filter lets through, of how many.
    QPair<int, int> matchingEdges() const;

    QList<Id> selectedComponentIds() const; // in diagram order
    // Selects exactly these components (others deselected); emits
    // componentSelectionChanged only when the selection really changes.
    void selectComponents(const QList<Id> &ids);

    // Hover emphasis: the component (or the edge) with its flows stays, the
    // rest dims. 0 / (0, 0) clears it.
    void setHoveredComponent(Id id);
    void setHoveredEdge(Id source, Id target);
    Id hoveredComponent() const { return m_hoveredComponent; }

    // Flows shown as selected: their edges glow while nothing is hovered.
    void setSelectedPairs(const QList<QPair<Id, Id>> &pairs);
    QList<QPair<Id, Id>> selectedPairs() const { return m_selectedPairs; }

    // Connecting: in connect mode (or with Shift held) a drag from one
    // component to another asks for a flow between them instead of moving.
    void setConnectMode(bool on);
    bool isConnectMode() const { return m_connectMode; }
    bool isConnecting() const { return m_connectFrom != 0; }

    // What the items show at rest (the diagram, the filter) changed when
    // this did; hover, selection and drags leave it alone.
    quint64 contentRevision() const { return m_contentRevision; }
    // Where the picture at rest changed after `revision`, as rectangles
    // (none: nowhere); nullopt when it may have changed anywhere, or
    // `revision` is further back than the changes the scene remembers.
    std::optional<QList<QRectF>> changedSince(quint64 revision) const;
    bool isHovering() const { return m_hoveredComponent != 0 || m_hoveredEdge.first != 0; }
    // A component being dragged or a flow being drawn.
    bool isDragging() const { return m_dragged != 0 || m_connectFrom != 0; }
    // Set by the view while it paints over tiles (diagramtiles.h): then
    // only the items that look different from their tile paint.
    void setPaintingOverTiles(bool on) { m_paintingOverTiles = on; }
    bool isPaintingOverTiles() const { return m_paintingOverTiles; }

    // What `item` says when pointed at: its element's title, else (the
    // window assembles without tooltips) the component's or the edge's,
    // worked out now.
    QString toolTipOf(const QGraphicsItem *item) const;

    // Called by a component item when a drag of it ends somewhere new.
    void reportMoved(ComponentItem *item);
    // Called when a drag starts: its flows fade until the relayout comes.
    void reportDragStarted(ComponentItem *item);

signals:
    void componentSelectionChanged(const QList<Portolan::Id> &componentIds);
    // The user dropped a component; `centre` in diagram points.
    void componentMoved(Portolan::Id componentId, QPointF centre);
    // A drag from `source` ended on `destination`: the user wants a flow.
    void connectRequested(Portolan::Id source, Portolan::Id destination);
    // A click on an edge or its label (the flows of one pair).
    void edgeClicked(Portolan::Id source, Portolan::Id destination);
    // Double-clicks: on a component, on an edge, on empty space (diagram
    // points, to put a new component there).
    void componentActivated(Portolan::Id componentId);
    void edgeActivated(Portolan::Id source, Portolan::Id destination);
    void backgroundActivated(QPointF scenePos);
    // Right-click; `componentId`/`edge` say what is under it (0 when none).
    void contextMenuRequested(QPointF scenePos, QPoint screenPos, Portolan::Id componentId,
                              QPair<Portolan::Id, Portolan::Id> edge);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    void applyStates();
    // A new content revision, changed in `areas` (nullopt: anywhere).
    void noteChange(std::optional<QList<QRectF>> areas);
    ComponentItem *componentAt(QPointF scenePos) const;
    EdgeItem *edgeAt(QPointF scenePos) const;
    void finishConnecting(QPointF scenePos);
    void emitSelectionIfChanged();

    Diagram m_diagram;
    DiagramFilter m_filter;
    // The filter decided for every element: rebuilt when the filter or the
    // diagram changes, not on every hover.
    DiagramFilterMatcher m_matcher { m_diagram, m_filter };
    bool m_hideNonMatching = false;
    Id m_hoveredComponent = 0;
    QPair<Id, Id> m_hoveredEdge { 0, 0 };
    Id m_dragged = 0;
    QList<Id> m_lastSelection;
    QList<QPair<Id, Id>> m_selectedPairs;
    bool m_connectMode = false;
    Id m_connectFrom = 0;
    Id m_connectOver = 0;
    QGraphicsLineItem *m_connectLine = nullptr;
    bool m_rebuilding = false;
    quint64 m_contentRevision = 1;
    QList<std::pair<quint64, std::optional<QList<QRectF>>>> m_changes; // the last few
    bool m_paintingOverTiles = false;
    // The words of m_diagram's tooltips, made at the first one shown.
    mutable std::unique_ptr<DiagramTooltips> m_tooltips;

    QList<DiagramElementItem *> m_items; // in painting order
    QList<ComponentItem *> m_components;
    QList<DiagramElementItem *> m_foreign; // in m_items, drawing nothing of m_diagram
    // Every item by what its element draws, kept from one diagram to the
    // next; m_placing numbers setDiagram's passes (DiagramElementItem::placedIn).
    QHash<ElementKey, DiagramElementItem *> m_itemByKey;
    quint64 m_placing = 0;
};

} // namespace Portolan
