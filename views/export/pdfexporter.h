#pragma once
// PDF export: one page of the chosen paper, the display list painted as
// vectors by the GUI's own painter (text stays text), scaled down to fit
// inside 10 mm margins, turned to landscape for wide diagrams.

#include "export/diagramexporter.h"

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

    // The page for a diagram of `bounds`: the paper of `options`, landscape
    // when the diagram is wider than high, 10 mm margins.
    static QPageLayout pageLayout(const QRectF &bounds, const ExportOptions &options);

    static constexpr qreal marginMillimetres = 10;
};

} // namespace Portolan
