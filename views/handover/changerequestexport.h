#pragma once
// The change request as a PDF: its delta diagram drawn once for the command
// line and the window alike, then the pages (changerequestprint.h) written
// through QPdfWriter.

#include "diff/changerequest.h"
#include "handoverprint.h"

namespace Portolan {

class LayoutService;

// The delta diagram between the two sides (deltaoverlay.h): the later
// side's whole design with its environment's addresses, coloured by what
// changed since the earlier one, whose own drawing gives the removed flows
// their place. Each side is drawn from its stored drawing and laid out
// with `service` (blocking) where it has none; *layoutWarning says why
// Graphviz failed, if it did.
PackDiagram changeRequestDiagram(const ChangeSide &from, const ChangeSide &to,
                                 const DesignDiff &diff, LayoutService &service,
                                 QString *layoutWarning);

// Whether `path` names a PDF (by its extension, in any case): the change
// request on paper rather than one of its tables (isChangeRequestTable).
bool isChangeRequestPdf(const QString &path);

// Writes the change request as a PDF; an existing file is replaced only once
// the new one is complete.
bool writeChangeRequestPdf(const ChangeRequest &request, const PackDiagram &delta,
                           const PackPageOptions &options, const QString &path, QString *error);

} // namespace Portolan
