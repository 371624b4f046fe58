#pragma once
// The plain-text listings of the command line (`flows`, `components`,
// `views`, `info`), kept in the model so the GUI, the tests and the CLI share
// them. Their CSV cells are neutralised as spreadsheet cells are (io/sheet.h).

#include "domain/types.h"

#include <QString>

namespace Portolan {

struct ProjectSnapshot;

// Header "product,source,destination,protocol,ports,purpose"; one RFC 4180
// record per flow in creation order, canonical port sets.
QString flowsCsv(const ProjectSnapshot &project);
// Header "name,kind,zone"; one record per component in creation order.
QString componentsCsv(const ProjectSnapshot &project);
// Header "name,level,print,products,zones,components,protocols,text"; one
// record per view, "All" (the whole project) first, then the project's views
// in the user's order. Several names in one field are separated by "; ";
// a record the view names that is gone shows as "#id (deleted)".
QString viewsCsv(const ProjectSnapshot &project);
// {"products":N,"zones":N,"components":N,"flows":N,"environments":N,"addresses":N}
QString countsJson(const ProjectCounts &counts);
// The same counts, one "Label: N" line each, for people.
QString countsText(const ProjectCounts &counts);

} // namespace Portolan
