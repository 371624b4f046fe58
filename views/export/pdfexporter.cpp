#include "pdfexporter.h"

#include "diagram/diagramstyle.h"
#include "diagram/displaylist.h"
#include "diagram/displaylistpainter.h"
#include "export/diagramtiling.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QIODevice>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace Portolan {

QString PdfExporter::formatName() const
{
    return QCoreApplication::translate("Portolan::PdfExporter", "PDF document");
}

QString PdfExporter::extension() const
{
    return u"pdf"_s;
}

QPageLayout PdfExporter::pageLayout(bool landscape, const ExportOptions &options)
{
    const QMarginsF margins(marginMillimetres, marginMillimetres, marginMillimetres,
                            marginMillimetres);
    return QPageLayout(QPageSize(options.paper),
                       landscape ? QPageLayout::Landscape : QPageLayout::Portrait, margins,
                       QPageLayout::Millimeter);
}

DiagramTiling PdfExporter::tiling(const QRectF &bounds, const ExportOptions &options)
{
    // Never enlarged past its own size: a small diagram printed with huge
    // text helps nobody; never shrunk past readable labels.
    const QSizeF caption(0, captionPoints);
    return tileDiagram(bounds, pageLayout(false, options).paintRectPoints().size() - caption,
                       pageLayout(true, options).paintRectPoints().size() - caption,
                       DiagramStyle::labelFontPoints(), 1.0);
}

bool PdfExporter::writeDisplayList(const DisplayList &display, const QString &path,
                                   const ExportOptions &options)
{
    if (display.bounds.isEmpty())
        return fail(u"the diagram is empty"_s);
    const DiagramTiling parts = tiling(display.bounds, options);
    return saveTo(path, [&](QIODevice &device) {
        QPdfWriter writer(&device);
        writer.setCreator(u"Portolan %1"_s.arg(QCoreApplication::applicationVersion()));
        writer.setTitle(options.title);
        if (!writer.setPageLayout(pageLayout(parts.landscape, options)))
            return fail(u"cannot set up the page"_s);
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(u"cannot write %1: %2"_s.arg(path, device.errorString()));
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        // The painter's origin is the top-left corner inside the margins.
        const QRectF page(QPointF(0, 0),
                          writer.pageLayout().paintRectPixels(writer.resolution()).size());
        const qreal pixelsPerPoint = writer.resolution() / 72.0;
        if (!parts.isTiled()) {
            const QRectF bounds = display.bounds;
            const QSizeF size = bounds.size() * parts.scale * pixelsPerPoint;
            paintDiagramPart(&painter, display, bounds,
                             QRectF(QPointF((page.width() - size.width()) / 2,
                                            (page.height() - size.height()) / 2),
                                    size));
        } else {
            // A map of the parts, then one page per part, each named.
            const qreal caption = captionPoints * pixelsPerPoint;
            QFont font(DiagramStyle::fontFamily());
            font.setPointSizeF(9); // the device's points, not the diagram's
            painter.setFont(font);
            const QRectF below = page.adjusted(0, caption, 0, 0);
            // The title, then how the parts are printed, each on a line of its own.
            const QFontMetricsF metrics(font, &writer);
            const QString how
                = QCoreApplication::translate(
                      "Portolan::PdfExporter",
                      "Printed at %1 % in parts %2 to %3, one page each, so that "
                      "labels print at 6 pt or more; neighbouring parts overlap.")
                      .arg(qRound(parts.scale * 100))
                      .arg(DiagramTiling::tileName(0, 0),
                           DiagramTiling::tileName(parts.rows - 1, parts.columns - 1));
            painter.drawText(QRectF(0, 0, page.width(), caption), Qt::AlignLeft | Qt::AlignTop,
                             metrics.elidedText(options.title, Qt::ElideRight, page.width()));
            painter.drawText(QRectF(0, caption, page.width(), caption),
                             Qt::AlignLeft | Qt::AlignTop,
                             metrics.elidedText(how, Qt::ElideRight, page.width()));
            const QRectF map = below.adjusted(0, caption, 0, 0);
            paintPartMap(&painter, display, parts, map);
            for (int r = 0; r < parts.rows; ++r) {
                for (int c = 0; c < parts.columns; ++c) {
                    if (!writer.newPage())
                        return fail(u"cannot add a page to %1"_s.arg(path));
                    painter.setFont(font);
                    painter.drawText(
                        QRectF(0, 0, page.width(), caption), Qt::AlignLeft | Qt::AlignTop,
                        metrics.elidedText(
                            QCoreApplication::translate("Portolan::PdfExporter",
                                                        "Part %1 (row %2, column %3) · %4")
                                .arg(DiagramTiling::tileName(r, c),
                                     DiagramTiling::tileName(r, 0).chopped(1))
                                .arg(c + 1)
                                .arg(options.title),
                            Qt::ElideRight, page.width()));
                    const QRectF part = parts.tiles.value(r * parts.columns + c);
                    const QSizeF size = part.size() * parts.scale * pixelsPerPoint;
                    paintDiagramPart(&painter, display, part, QRectF(below.topLeft(), size));
                }
            }
        }
        if (!painter.end())
            return fail(u"cannot finish %1"_s.arg(path));
        return true;
    });
}

} // namespace Portolan
