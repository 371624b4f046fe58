#pragma once
// Everything the handover pack needs, gathered once for the command line
// and the window alike: the rules and findings of the environment, the
// pack's text, and the diagram laid out with the environment's addresses.
// Then the pack goes to a PDF (here) or to a printer (printHandoverPack).

#include "diagram/displaylist.h"
#include "handover/handoverpack.h"
#include "handoverprint.h"

#include <optional>

namespace Portolan {

class LayoutService;
struct ProjectSnapshot;

struct HandoverContent
{
    HandoverPack pack;
    // The zone overview (with two zones or more), then the views marked to
    // be printed, or the whole project when none is.
    QList<PackDiagram> diagrams;
    // Set when Graphviz failed and the diagram uses the plain arrangement.
    QString layoutWarning;
};

// Lays out what has no stored drawing with `service` (blocking). nullopt and *error for an
// unknown environment or a missing service catalogue.
std::optional<HandoverContent> prepareHandover(const ProjectSnapshot &project, Id environment,
                                               const HandoverOptions &options,
                                               LayoutService &service, QString *error);

// Writes the pack as a PDF; an existing file is replaced only once the new
// one is complete.
bool writeHandoverPdf(const HandoverContent &content, const PackPageOptions &options,
                      const QString &path, QString *error);

} // namespace Portolan
