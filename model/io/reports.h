#pragma once
// The plain-text listings of the command line (`flows`, `components`,
// `info`), kept in the model so the GUI, the tests and the CLI share them.

#include "domain/types.h"

#include <QString>

namespace Portolan {

class ProjectStore;

// Header "product,source,destination,protocol,ports,purpose"; one RFC 4180
// record per flow in creation order, canonical port sets.
QString flowsCsv(const ProjectStore &store);
// Header "name,kind,zone"; one record per component in creation order.
QString componentsCsv(const ProjectStore &store);
// {"products":N,"zones":N,"components":N,"flows":N,"environments":N,"addresses":N}
QString countsJson(const ProjectCounts &counts);
// The same counts, one "Label: N" line each, for people.
QString countsText(const ProjectCounts &counts);

} // namespace Portolan
