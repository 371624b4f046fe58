// DiagramView's painting: far out, from tiles, or where none covers the
// view yet, from the resting elements themselves.

#include "diagramview.h"

#include "diagramitems.h"
#include "diagramscene.h"
#include "displaylistpainter.h"

#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <vector>

namespace Portolan {

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
            = m_tiles->covers(mapToScene(event->rect()).boundingRect(), pixels, &m_uncovered);
        // Where no tile covers the view yet (just after an edit, at
        // opening), the same elements are painted there straight from
        // their list: the items would paint the same, each with its own
        // painter state, and everywhere their bounds reach.
        m_paintingTiles = true;
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
    m_uncovered.clear();
}

void DiagramView::drawBackground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawBackground(painter, rect);
    if (!m_paintingTiles)
        return;
    const qreal pixels = zoom() * devicePixelRatioF();
    m_tiles->paint(painter, rect, pixels);
    for (const QRectF &area : std::as_const(m_uncovered)) {
        const QRectF part = area & rect;
        if (part.isEmpty())
            continue;
        painter->save();
        painter->setClipRect(part, Qt::IntersectClip);
        paintElements(painter, part, pixels);
        painter->restore();
    }
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
        paintPrimitivesInPlace(painter, element.primitives, pixels, rect);
    }
    painter->restore();
}

} // namespace Portolan
