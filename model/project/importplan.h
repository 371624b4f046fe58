#pragma once
// What importing flows would change in a project, worked out without
// touching it: the products and components to create (first mention wins)
// and the flows to add, skipping those the project — or an earlier row —
// already has. Both the command line and the workspace's undoable import
// apply this plan (see document/recordchange.h).

#include "document/recordchange.h"
#include "import/importer.h"
#include "importintoproject.h"

namespace Portolan {

struct ProjectSnapshot;

// Where a planned flow comes from: the source (as its messages name it) and
// the row's line.
struct ImportOrigin
{
    QString source;
    int line = 0;
};

struct ImportPlan
{
    ChangeList changes; // new records carry negative ids
    QList<Id> flowIds; // the (negative) ids of the flows it adds, in order
    QList<ImportOrigin> origins; // one for each of flowIds
    ImportSummary summary;
};

// Fails (nullopt, *error) when a source could not be read at all.
std::optional<ImportPlan> planImport(const ProjectSnapshot &project,
                                     const QList<ImportResult> &results, QString *error);

// The key two flows share when they are the same flow.
QString flowKey(const Flow &flow);

} // namespace Portolan
