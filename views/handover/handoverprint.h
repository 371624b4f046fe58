#pragma once
// The handover pack on paper: a title page (title block, summary,
// contents), the diagrams each on a page of its own scaled to the paper, the rule
// table, the address plan and zone prefixes, the lint findings and a
// sign-off block. Every page after the first carries the project,
// environment and revision at its head; every page says "n / N" at its foot.
// Text is drawn as text: the PDF can be searched and copied from.
//
// One routine paints on any paged device: QPdfWriter for `portolan
// handover` and File → Export Handover Pack, QPrinter for File → Print
// Handover Pack and its preview.

#include "diagram/displaylist.h"

#include <QList>
#include <QPageSize>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace Portolan {

struct HandoverPack;

enum class DiagramOrientation { Auto, Portrait, Landscape };

// "auto", "portrait", "landscape" (case-insensitive); nullopt otherwise.
std::optional<DiagramOrientation> diagramOrientationFromName(QStringView name);
QString diagramOrientationName(DiagramOrientation orientation);

struct PackPageOptions
{
    QPageSize paper { QPageSize::A4 };
    // The diagram's page only; Auto turns it to landscape for a diagram
    // wider than high. Every other page is portrait.
    DiagramOrientation diagramOrientation = DiagramOrientation::Auto;
    // Whether the device can turn one page to landscape in the middle of a
    // document (a PDF can; a printer's preview cannot). When it cannot, a
    // landscape diagram is drawn turned a quarter on a portrait page, as a
    // printer would print a landscape page anyway.
    bool turnPages = true;
};

// One diagram of the pack: the zone overview, the whole project, a view.
struct PackDiagram
{
    QString title; // after "Port diagram · ENV · "; empty for the whole project
    DisplayList drawing; // with the environment's addresses
};

// Lays the pack out for `device`, sets the device's page layout page by
// page, and paints. `diagrams` are printed in their order, each on a page
// of its own or in parts behind a map. False and *error when the device
// refuses.
bool printHandoverPack(QPagedPaintDevice *device, const HandoverPack &pack,
                       const QList<PackDiagram> &diagrams, const PackPageOptions &options,
                       QString *error);

} // namespace Portolan
