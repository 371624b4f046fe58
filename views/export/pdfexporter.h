#pragma once
// PDF export: the chosen paper, the display list painted as vectors by the
// GUI's own painter (text stays text), inside 10 mm margins. One page,
// turned to landscape for wide diagrams, scaled down to fit — unless the
// labels would print under 6 pt: then a map of parts and a page per part
// (diagramtiling.h).

#include "export/diagramexporter.h"
#include "export/diagramtiling.h"

#include <QPageLayout>
#include <QRectF>

namespace Portolan {

class PdfExporter : public DisplayListExporter
{
public:
    QString formatName() const override;
    QString extension() const override;
    bool writeDisplayList(const DisplayList &display, const QString &path,
                          const ExportOptions &options) override;

    // The paper of `options` with 10 mm margins.
    static QPageLayout pageLayout(bool landscape, const ExportOptions &options);
    // How a diagram of `bounds` goes on that paper.
    static DiagramTiling tiling(const QRectF &bounds, const ExportOptions &options);

    static constexpr qreal marginMillimetres = 10;
    static constexpr qreal captionPoints = 16; // a line over each page of a tiled diagram
};

} // namespace Portolan
