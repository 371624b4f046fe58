#pragma once
// What one undo step does to the stored drawing: items added, moved,
// re-routed or removed, and the drawing's settings. Applied in the same
// transaction as the step's records, so that undo puts back exactly what
// was drawn before.

#include "documentchange.h"
#include "domain/drawnitem.h"

#include <QList>
#include <QString>

#include <optional>

namespace Portolan {

class ProjectStore;

struct DrawingEdit
{
    QList<DrawnChange> items;
    std::optional<DrawingSettings> settingsBefore;
    std::optional<DrawingSettings> settingsAfter;

    bool isEmpty() const { return items.isEmpty() && !settingsAfter; }
    // Folds a later edit of the same step into this one: an item changed
    // twice keeps this edit's before and the later edit's after.
    void merge(const DrawingEdit &later);
};

// Writes the edit forwards (the afters) or backwards (the befores).
bool applyDrawingEdit(ProjectStore &store, const DrawingEdit &edit, bool forward, QString *error);

} // namespace Portolan
