#pragma once
// What importing a component list would change in a project, worked out
// without touching it: the zones to create and nest, the components to add
// and those whose zone or kind the list changes. A cell left empty changes
// nothing. The command line and the window's undoable import both apply it.

#include "document/recordchange.h"
#include "import/componenttable.h"

namespace Portolan {

class ProjectStore;
struct ProjectSnapshot;

struct ComponentImportSummary
{
    int componentsAdded = 0;
    int componentsMoved = 0; // into another zone
    int componentsRetyped = 0; // another kind
    int componentsUnchanged = 0;
    int zonesAdded = 0;
    int zonesNested = 0; // existing zones put into another zone

    bool changesAnything() const
    {
        return componentsAdded || componentsMoved || componentsRetyped || zonesAdded || zonesNested;
    }
};

// One row of the list as the import would leave it.
struct ComponentImportRow
{
    enum class Action { Add, Update, Keep };
    int line = 0;
    QString name;
    ComponentKind kind = ComponentKind::Host;
    QString zone; // the zone's path, "Site A › Management"; empty: none
    Action action = Action::Keep;
    QString change; // for Update: "zone Admin LAN → DMZ", "kind host → appliance"
};

struct ComponentImportPlan
{
    ChangeList changes; // new records carry negative ids
    ComponentImportSummary summary;
    QList<ComponentImportRow> rows;
    QList<ImportMessage> messages; // nestings left undone, with the line asking for them
};

// The table must be ok() (callers report a table that is not).
ComponentImportPlan planComponentImport(const ProjectSnapshot &project,
                                        const ComponentTable &table);

// Plans and applies in one transaction: all or nothing, *error says why.
bool importComponentsIntoProject(ProjectStore &store, const ComponentTable &table,
                                 ComponentImportPlan *plan, QString *error);

} // namespace Portolan
