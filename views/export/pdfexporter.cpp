#include "pdfexporter.h"

#include "diagram/displaylist.h"
#include "diagram/displaylistpainter.h"

#include <QCoreApplication>
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

QPageLayout PdfExporter::pageLayout(const QRectF &bounds, const ExportOptions &options)
{
    const auto orientation
        = bounds.width() > bounds.height() ? QPageLayout::Landscape : QPageLayout::Portrait;
    const QMarginsF margins(marginMillimetres, marginMillimetres, marginMillimetres,
                            marginMillimetres);
    return QPageLayout(QPageSize(options.paper), orientation, margins, QPageLayout::Millimeter);
}

bool PdfExporter::writeDisplayList(const DisplayList &display, const QString &path,
                                   const ExportOptions &options)
{
    if (display.bounds.isEmpty())
        return fail(u"the diagram is empty"_s);
    return saveTo(path, [&](QIODevice &device) {
        QPdfWriter writer(&device);
        writer.setCreator(u"Portolan %1"_s.arg(QCoreApplication::applicationVersion()));
        writer.setTitle(options.title);
        if (!writer.setPageLayout(pageLayout(display.bounds, options)))
            return fail(u"cannot set up the page"_s);
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(u"cannot write %1: %2"_s.arg(path, device.errorString()));
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        // The painter's origin is the top-left corner inside the margins.
        const QRectF page(QPointF(0, 0),
                          writer.pageLayout().paintRectPixels(writer.resolution()).size());
        const QRectF bounds = display.bounds;
        // Units of the diagram are points; the device has `resolution` per inch.
        const qreal natural = writer.resolution() / 72.0;
        // Shrink to fit the page, never enlarge beyond the diagram's own size
        // (a small diagram printed with huge text helps nobody).
        const qreal scale
            = qMin(natural, qMin(page.width() / bounds.width(), page.height() / bounds.height()));
        const QPointF offset((page.width() - bounds.width() * scale) / 2,
                             (page.height() - bounds.height() * scale) / 2);
        painter.translate(offset);
        painter.scale(scale, scale);
        painter.translate(-bounds.topLeft());
        paintDisplayList(&painter, display);
        if (!painter.end())
            return fail(u"cannot finish %1"_s.arg(path));
        return true;
    });
}

} // namespace Portolan
