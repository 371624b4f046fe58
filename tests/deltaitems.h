#pragma once
// For tests of a delta drawn in the window (diagram/deltaoverlay.h): what
// the scene's items are drawn with.

#include "diagram/diagramitems.h"
#include "diagram/diagramscene.h"

namespace Portolan::Testing {

// The first outline of an element: an edge's line, a component's box.
inline QColor strokeOf(const DisplayElement &element)
{
    for (const Primitive &primitive : element.primitives) {
        if (primitive.kind == Primitive::Kind::Shape && primitive.stroke.isValid())
            return primitive.stroke;
    }
    return {};
}

// The edge a flow is drawn on (null when none).
inline EdgeItem *edgeOf(const DiagramScene &scene, Id flow)
{
    for (const DiagramEdge &edge : scene.diagram().edges) {
        if (edge.flowIds.contains(flow))
            return scene.edgeItem(edge.sourceId, edge.targetId);
    }
    return nullptr;
}

// The items drawn from the earlier side only (what is gone since).
inline QList<DiagramElementItem *> removedItems(const DiagramScene &scene)
{
    QList<DiagramElementItem *> items;
    for (DiagramElementItem *item : scene.elementItems()) {
        if (item->element().id.endsWith(QStringLiteral("-removed")))
            items.append(item);
    }
    return items;
}

} // namespace Portolan::Testing
