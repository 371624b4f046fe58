#include "layouthints.h"

#include "diagramcontent.h"

#include <QHash>

namespace Portolan {

void applyLayoutHints(LayoutRequest &request, const Diagram &previous)
{
    QHash<QString, QPointF> centres;
    centres.reserve(previous.components.size());
    for (const DiagramComponent &component : previous.components)
        centres.insert(componentKey(component.id), component.box.center());
    for (LayoutNode &node : request.nodes) {
        if (node.pinned)
            continue;
        const auto it = centres.constFind(node.key);
        if (it != centres.cend())
            node.hint = *it;
    }
}

} // namespace Portolan
