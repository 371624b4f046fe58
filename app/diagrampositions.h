#pragma once
// What moving components on the diagram means for the project: a drop pins
// the component where it was dropped; "Reset layout" forgets every
// position. The scene only reports; these write the store.

#include "domain/types.h"

#include <QPointF>
#include <QString>

namespace Portolan {

class ProjectStore;

// Stores `centre` (diagram points) as the component's position, pinned.
bool pinComponent(ProjectStore &store, Id componentId, QPointF centre, QString *error);
// Unpins every component and forgets its position, in one transaction.
bool unpinAllComponents(ProjectStore &store, QString *error);

} // namespace Portolan
