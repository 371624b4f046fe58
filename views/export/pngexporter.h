#pragma once
// PNG export: the display list painted by the GUI's own painter into an
// image at the requested DPI (points scaled by dpi / 72), on white or, on
// request, on a transparent background.

#include "export/diagramexporter.h"

#include <QRectF>
#include <QSize>

namespace Portolan {

class PngExporter : public DisplayListExporter
{
public:
    QString formatName() const override;
    QString extension() const override;
    bool writeDisplayList(const DisplayList &display, const QString &path,
                          const ExportOptions &options) override;

    // The image's size for a diagram of `bounds` (points) at `dpi`.
    static QSize imageSize(const QRectF &bounds, int dpi);
    // Why an image of `size` made at `dpi` cannot be made (empty: it can):
    // wider or higher than 32767 pixels, or larger than 500 MB in memory.
    static QString sizeProblem(const QSize &size, int dpi);

    static constexpr int maximumSide = 32767;
    static constexpr qint64 maximumBytes = 500LL * 1024 * 1024;
};

} // namespace Portolan
