#pragma once
// Writes what the importer read into a project: one transaction for all
// sources, components and products created on first mention, flows that the
// project already holds skipped (importing the same source twice adds nothing).

#include "import/importer.h"

#include <QList>
#include <QString>

namespace Portolan {

class ProjectStore;

struct ImportSummary
{
    int flowsAdded = 0;
    int flowsAlreadyPresent = 0;
    int componentsAdded = 0;
    int productsAdded = 0;
    int zonesAdded = 0; // named by Source Zone / Destination Zone columns
};

// All or nothing: on error nothing is written and *error says why.
bool importIntoProject(ProjectStore &store, const QList<ImportResult> &results,
                       ImportSummary *summary, QString *error);

// The colour given to the n-th product (0-based): a palette that stays
// distinguishable for colour-blind readers, repeating after it runs out.
QString productColor(int index);

} // namespace Portolan
