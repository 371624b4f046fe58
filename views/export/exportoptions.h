#pragma once
// What the user chooses when exporting a diagram: the same options whether
// they come from the export dialog's check boxes or from the command line.

#include "diagram/displaylist.h"

#include <QPageSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Portolan {

struct Diagram;

struct ExportOptions
{
    // PNG: pixels per inch; the diagram's points are scaled by dpi / 72.
    int dpi = 150;
    // PNG: no background at all instead of the diagram's (white) one.
    bool transparent = false;
    // PDF: the sheet the diagram is fitted on; the orientation follows the
    // diagram's aspect ratio.
    QPageSize::PageSizeId paper = QPageSize::A4;
    // PDF and SVG: the document title (metadata, SVG <title>); the project's
    // name when the caller has one.
    QString title;
    // SVG, PNG and PDF: what is drawn over the diagram's display list before
    // it is written (a change request's delta, diagram/deltaoverlay.h).
    std::function<DisplayList(const Diagram &, const DisplayList &)> overlay;
};

// The lowest and highest --dpi accepted: below, text is unreadable; above,
// even a small diagram makes an image too large to be useful.
inline constexpr int minimumDpi = 18;
inline constexpr int maximumDpi = 2400;

// "A4", "A3", "Letter" (case-insensitive); nullopt for anything else.
std::optional<QPageSize::PageSizeId> paperFromName(QStringView name);
QString paperName(QPageSize::PageSizeId paper);
QStringList paperNames();

} // namespace Portolan
