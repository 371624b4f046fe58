// DiagramScene: tooltips. The window's diagram is assembled without them
// (at 10,000 flows, making every one cost an edit 20 ms); the one pointed
// at is worked out when it is shown.

#include "common/plaintext.h"
#include "diagram/diagramtext.h"
#include "diagramitems.h"
#include "diagramscene.h"

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsView>
#include <QToolTip>

namespace Portolan {

QString DiagramScene::toolTipOf(const QGraphicsItem *item) const
{
    const auto *drawn = dynamic_cast<const DiagramElementItem *>(item);
    if (!drawn || !drawn->element().title.isEmpty())
        return drawn ? drawn->element().title : item->toolTip();
    if (!m_tooltips)
        m_tooltips = std::make_unique<DiagramTooltips>(m_diagram);
    if (const auto *component = qgraphicsitem_cast<const ComponentItem *>(item))
        return m_tooltips->component(component->componentId());
    if (drawn->role() == DisplayElement::Role::Edge
        || drawn->role() == DisplayElement::Role::EdgeLabel) {
        const auto *edge = static_cast<const EdgeItem *>(drawn);
        return m_tooltips->edge(edge->sourceId(), edge->targetId());
    }
    return {};
}

void DiagramScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    // As QGraphicsScene does it: the topmost item that has something to say.
    const auto *view = event->widget()
        ? qobject_cast<const QGraphicsView *>(event->widget()->parentWidget())
        : nullptr;
    QString text;
    for (const QGraphicsItem *item :
         items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder,
               view ? view->transform() : QTransform())) {
        text = toolTipOf(item);
        if (!text.isEmpty())
            break;
    }
    QToolTip::showText(event->screenPos(), plainForAutoText(text), event->widget());
    event->setAccepted(!text.isEmpty());
}

} // namespace Portolan
