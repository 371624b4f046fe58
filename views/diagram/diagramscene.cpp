#include "diagramscene.h"

#include "diagram/diagramtext.h"
#include "diagramitems.h"
#include "displaylistpainter.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// Painting order, bottom to top; a hovered edge rises above its peers.
constexpr qreal zoneZ = 0, edgeZ = 1, raisedEdgeZ = 1.5, componentZ = 2, labelZ = 3, legendZ = 4;

// Where the picture changed: the footprints of the elements that came or
// went when they are few (an edit), else the area they span together.
class ChangedArea
{
public:
    void add(const DisplayElement &element)
    {
        m_span |= element.bounds;
        if (++m_count <= mostElements)
            m_areas += footprintOf(element);
    }
    QList<QRectF> areas() const
    {
        return m_count <= mostElements ? m_areas : QList<QRectF> { m_span };
    }

private:
    static constexpr int mostElements = 256;
    QRectF m_span;
    QList<QRectF> m_areas;
    int m_count = 0;
};

} // namespace

DiagramScene::DiagramScene(QObject *parent)
    : QGraphicsScene(parent)
{
    // Every edit replaces the items, and a BSP index would be built again
    // at the next paint: with edges spanning the drawing, that cost an edit
    // at L (600 components, 2,375 edges) 200 ms of painting, where finding
    // the items without an index costs 33 ms in all (and hit-testing stays
    // well under a millisecond at XL).
    setItemIndexMethod(QGraphicsScene::NoIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_rebuilding)
            emitSelectionIfChanged();
    });
}

DiagramScene::~DiagramScene()
{
    // Deleting selected items announces a selection change: not to us, whose
    // item lists are about to dangle.
    m_rebuilding = true;
    clear();
}

void DiagramScene::setDiagram(const Diagram &diagram, const DisplayList &display)
{
    const QList<Id> selected = selectedComponentIds();
    m_rebuilding = true;
    m_items.clear();
    m_components.clear();
    m_hoveredComponent = 0;
    m_hoveredEdge = { 0, 0 };
    m_dragged = 0;
    m_connectFrom = 0;
    m_connectOver = 0;
    delete m_connectLine;
    m_connectLine = nullptr;
    m_diagram = diagram;
    m_tooltips.reset();
    m_matcher = DiagramFilterMatcher(m_diagram, m_filter);

    // An edit changes a few elements of thousands: the item of an element
    // that is the same stays (found by its key in the items kept from one
    // diagram to the next), so that only what changed is made, and
    // painted, again (at XL, making every item and painting the view again
    // cost an edit 200 ms). A component moved on screen but not in the
    // drawing is made again where the drawing has it. The display list
    // comes in painting order: zones, edges, components, labels, legend.
    QHash<Id, const DiagramComponent *> components;
    components.reserve(m_diagram.components.size());
    for (const DiagramComponent &component : std::as_const(m_diagram.components))
        components.insert(component.id, &component);
    QHash<Id, int> zoneDepth;
    for (const DiagramZone &zone : std::as_const(m_diagram.zones))
        zoneDepth.insert(zone.id, zone.depth);
    QSet<QPair<Id, Id>> edges;
    edges.reserve(m_diagram.edges.size());
    for (const DiagramEdge &edge : std::as_const(m_diagram.edges))
        edges.insert({ edge.sourceId, edge.targetId });
    ChangedArea changed; // where items went or came: the picture differs there
    // Elements that draw nothing of the diagram (what an overlay brings from
    // another revision: a removed component or edge, a second key) are drawn
    // as they are, made again each time; no lookup finds them and they take
    // no clicks, so that an id of theirs never stands for one of the diagram.
    for (DiagramElementItem *item : std::as_const(m_foreign)) {
        changed.add(item->element());
        delete item;
    }
    m_foreign.clear();
    const auto addForeign = [&](const DisplayElement &element, qreal z) {
        auto *item = new DiagramElementItem(element);
        addItem(item);
        item->setZValue(z);
        changed.add(element);
        m_items << item;
        m_foreign << item;
    };
    const quint64 pass = ++m_placing;
    using Role = DisplayElement::Role;
    m_items.reserve(display.elements.size());
    for (const DisplayElement &element : display.elements) {
        const DiagramComponent *component = nullptr;
        qreal z = legendZ;
        switch (element.role) {
        case Role::Zone:
            if (!zoneDepth.contains(element.subject))
                continue;
            z = zoneZ + zoneDepth.value(element.subject) * 0.01;
            break;
        case Role::Component:
            component = components.value(element.subject);
            if (!component) {
                addForeign(element, componentZ);
                continue;
            }
            z = componentZ;
            break;
        case Role::Edge:
        case Role::EdgeLabel:
            z = element.role == Role::Edge ? edgeZ : labelZ;
            if (!edges.contains({ element.subject, element.target })) {
                addForeign(element, z);
                continue;
            }
            break;
        case Role::Legend:
        case Role::Title:
            break;
        }
        DiagramElementItem *&slot = m_itemByKey[keyOf(element)];
        if (slot && slot->placedIn() == pass) {
            addForeign(element, z); // keys are unique but for an overlay's own
            continue;
        }
        const bool same = slot && slot->element() == element && slot->pos().isNull()
            && (!component
                || static_cast<ComponentItem *>(slot)->shows(component->box, component->pinned));
        if (!same) {
            if (slot) {
                changed.add(slot->element());
                delete slot;
            }
            if (component)
                slot = new ComponentItem(component->id, component->box, component->pinned, element);
            else if (element.role == Role::Edge || element.role == Role::EdgeLabel)
                slot = new EdgeItem(element.subject, element.target, element);
            else
                slot = new DiagramElementItem(element);
            addItem(slot);
            changed.add(element);
        }
        slot->setPlacedIn(pass);
        slot->setZValue(z);
        m_items << slot;
        if (component)
            m_components << static_cast<ComponentItem *>(slot);
    }
    // What no element asks for any more goes.
    for (auto it = m_itemByKey.begin(); it != m_itemByKey.end();) {
        if (it.value() && it.value()->placedIn() == pass) {
            ++it;
            continue;
        }
        if (it.value()) {
            changed.add(it.value()->element());
            delete it.value();
        }
        it = m_itemByKey.erase(it);
    }
    // With a filter, an edit may fade or bring back items that stay the
    // same (a component whose flows now match): the change is anywhere.
    const bool sameArea = display.bounds == sceneRect() && m_filter.isEmpty();
    noteChange(sameArea ? std::optional(changed.areas()) : std::nullopt);
    setSceneRect(display.bounds);
    const QSet<Id> wasSelected(selected.cbegin(), selected.cend());
    for (ComponentItem *item : std::as_const(m_components))
        item->setSelected(wasSelected.contains(item->componentId()));
    applyStates();
    m_rebuilding = false;
    emitSelectionIfChanged();
}

ComponentItem *DiagramScene::componentItem(Id id) const
{
    return static_cast<ComponentItem *>(m_itemByKey.value({ DisplayElement::Role::Component, id }));
}

EdgeItem *DiagramScene::edgeItem(Id source, Id target) const
{
    return static_cast<EdgeItem *>(
        m_itemByKey.value({ DisplayElement::Role::Edge, source, target }));
}

EdgeItem *DiagramScene::labelItem(Id source, Id target) const
{
    return static_cast<EdgeItem *>(
        m_itemByKey.value({ DisplayElement::Role::EdgeLabel, source, target }));
}

QList<EdgeItem *> DiagramScene::edgeItems() const
{
    QList<EdgeItem *> items;
    for (const DiagramEdge &edge : m_diagram.edges) {
        if (EdgeItem *item = edgeItem(edge.sourceId, edge.targetId))
            items << item;
    }
    for (const DiagramEdge &edge : m_diagram.edges) {
        if (EdgeItem *item = labelItem(edge.sourceId, edge.targetId))
            items << item;
    }
    return items;
}

void DiagramScene::setFilter(const DiagramFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_matcher = DiagramFilterMatcher(m_diagram, m_filter);
    noteChange(std::nullopt);
    applyStates();
}

void DiagramScene::setHideNonMatching(bool hide)
{
    if (hide == m_hideNonMatching)
        return;
    m_hideNonMatching = hide;
    noteChange(std::nullopt);
    applyStates();
}

void DiagramScene::noteChange(std::optional<QList<QRectF>> areas)
{
    ++m_contentRevision;
    m_changes.append({ m_contentRevision, std::move(areas) });
    if (m_changes.size() > 16)
        m_changes.removeFirst();
}

std::optional<QList<QRectF>> DiagramScene::changedSince(quint64 revision) const
{
    if (m_changes.isEmpty() || m_changes.first().first > revision + 1)
        return std::nullopt; // further back than the changes kept
    QList<QRectF> areas;
    for (const auto &[at, changed] : m_changes) {
        if (at <= revision)
            continue;
        if (!changed)
            return std::nullopt;
        areas += *changed;
    }
    return areas;
}

QPair<int, int> DiagramScene::matchingEdges() const
{
    int matching = 0;
    for (const DiagramEdge &edge : m_diagram.edges)
        matching += m_matcher.matchesEdge(edge.sourceId, edge.targetId) ? 1 : 0;
    return { matching, int(m_diagram.edges.size()) };
}

QList<Id> DiagramScene::selectedComponentIds() const
{
    QList<Id> ids;
    for (const ComponentItem *item : m_components) {
        if (item->isSelected())
            ids << item->componentId();
    }
    return ids;
}

void DiagramScene::selectComponents(const QList<Id> &ids)
{
    const QSet<Id> wanted(ids.cbegin(), ids.cend());
    m_rebuilding = true; // one signal for the whole change, below
    for (ComponentItem *item : std::as_const(m_components))
        item->setSelected(wanted.contains(item->componentId()));
    m_rebuilding = false;
    emitSelectionIfChanged();
}

void DiagramScene::setHoveredComponent(Id id)
{
    if (id == m_hoveredComponent && m_hoveredEdge == QPair<Id, Id>(0, 0))
        return;
    m_hoveredComponent = id;
    m_hoveredEdge = { 0, 0 };
    applyStates();
}

void DiagramScene::setHoveredEdge(Id source, Id target)
{
    // A component under the pointer wins over the edges that end at it.
    if (m_hoveredComponent != 0 && source != 0)
        return;
    if (m_hoveredEdge == QPair<Id, Id>(source, target))
        return;
    m_hoveredEdge = { source, target };
    applyStates();
}

void DiagramScene::reportDragStarted(ComponentItem *item)
{
    m_dragged = item->componentId();
    applyStates();
}

void DiagramScene::reportMoved(ComponentItem *item)
{
    m_dragged = 0;
    emit componentMoved(item->componentId(), item->box().center());
}

void DiagramScene::emitSelectionIfChanged()
{
    const QList<Id> selection = selectedComponentIds();
    if (selection == m_lastSelection)
        return;
    m_lastSelection = selection;
    emit componentSelectionChanged(selection);
}

void DiagramScene::applyStates()
{
    const DiagramFilterMatcher &matcher = m_matcher;
    // What the hover (or a drag) is about: these pairs and components stay.
    const bool hovering = m_hoveredComponent != 0 || m_hoveredEdge.first != 0;
    QSet<QPair<Id, Id>> hotEdges;
    QSet<Id> hotComponents;
    if (m_hoveredComponent != 0) {
        hotComponents.insert(m_hoveredComponent);
        for (const DiagramEdge &edge : std::as_const(m_diagram.edges)) {
            if (edge.sourceId == m_hoveredComponent || edge.targetId == m_hoveredComponent) {
                hotEdges.insert({ edge.sourceId, edge.targetId });
                hotComponents << edge.sourceId << edge.targetId;
            }
        }
    } else if (hovering) {
        hotEdges.insert(m_hoveredEdge);
        hotComponents << m_hoveredEdge.first << m_hoveredEdge.second;
    } else {
        // Selected flows glow, without dimming the rest.
        for (const auto &pair : std::as_const(m_selectedPairs))
            hotEdges.insert(pair);
    }

    for (ComponentItem *item : std::as_const(m_components)) {
        const Id id = item->componentId();
        item->setStates((hovering && id == m_hoveredComponent) || id == m_connectOver,
                        hovering && !hotComponents.contains(id), !matcher.matchesComponent(id),
                        m_hideNonMatching);
    }
    using Role = DisplayElement::Role;
    for (DiagramElementItem *item : std::as_const(m_items)) {
        const Role role = item->role();
        if (role == Role::Zone) {
            item->setStates(false, false, !matcher.matchesZone(item->element().subject),
                            m_hideNonMatching);
            continue;
        }
        if (role != Role::Edge && role != Role::EdgeLabel)
            continue;
        const QPair<Id, Id> pair(item->element().subject, item->element().target);
        const bool hot = hotEdges.contains(pair);
        const bool dragged
            = m_dragged != 0 && (pair.first == m_dragged || pair.second == m_dragged);
        const bool filteredOut = !matcher.matchesEdge(pair.first, pair.second);
        item->setStates(hot, (hovering && !hot) || dragged, filteredOut, m_hideNonMatching);
        if (role == Role::Edge)
            item->setZValue(hot ? raisedEdgeZ : edgeZ);
    }
}

} // namespace Portolan
