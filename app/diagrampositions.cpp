#include "diagrampositions.h"

#include "store/projectstore.h"

namespace Portolan {

bool pinComponent(ProjectStore &store, Id componentId, QPointF centre, QString *error)
{
    std::optional<Component> component = store.component(componentId);
    if (!component) {
        *error = store.errorString();
        return false;
    }
    component->position = centre;
    component->pinned = true;
    if (!store.updateComponent(*component)) {
        *error = store.errorString();
        return false;
    }
    return true;
}

bool unpinAllComponents(ProjectStore &store, QString *error)
{
    ProjectStore::Transaction transaction(store);
    for (Component component : store.components()) {
        if (!component.pinned && !component.position)
            continue;
        component.pinned = false;
        component.position.reset();
        if (!store.updateComponent(component)) {
            *error = store.errorString();
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = store.errorString();
        return false;
    }
    return true;
}

} // namespace Portolan
