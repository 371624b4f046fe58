#include "pngexporter.h"

#include "diagram/displaylist.h"
#include "diagram/displaylistpainter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <QImageWriter>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

constexpr qreal metresPerInch = 0.0254;

} // namespace

QString PngExporter::formatName() const
{
    return QCoreApplication::translate("Portolan::PngExporter", "PNG image");
}

QString PngExporter::extension() const
{
    return u"png"_s;
}

QSize PngExporter::imageSize(const QRectF &bounds, int dpi)
{
    const qreal scale = dpi / 72.0;
    // Round up so that the last partial pixel of the diagram is kept; the
    // small tolerance keeps exact sizes (100 pt at 72 dpi) exact.
    const auto pixels
        = [scale](qreal points) { return qMax(1.0, std::ceil(points * scale - 1e-6)); };
    const qreal width = pixels(bounds.width());
    const qreal height = pixels(bounds.height());
    // Beyond int, report the size as too large rather than overflowing.
    constexpr qreal limit = 1 << 30;
    return QSize(int(qMin(width, limit)), int(qMin(height, limit)));
}

QString PngExporter::sizeProblem(const QSize &size, int dpi)
{
    const qint64 bytes = qint64(size.width()) * size.height() * 4;
    if (size.width() <= maximumSide && size.height() <= maximumSide && bytes <= maximumBytes)
        return {};
    // The highest DPI at which the same diagram fits every limit.
    const qreal bySide = qreal(maximumSide) / qMax(size.width(), size.height());
    const qreal byBytes = std::sqrt(qreal(maximumBytes) / qMax<qreal>(bytes, 1));
    const int fitting = qMax(1, int(std::floor(dpi * qMin(bySide, byBytes))));
    return u"the image would be %1 × %2 pixels at %3 dpi, larger than PNG export allows "
           u"(%4 pixels a side, %5 MB); use a lower resolution: %6 dpi or less (--dpi %6)"_s
               .arg(size.width())
               .arg(size.height())
               .arg(dpi)
               .arg(maximumSide)
               .arg(maximumBytes / (1024 * 1024))
               .arg(fitting);
}

bool PngExporter::writeDisplayList(const DisplayList &display, const QString &path,
                                   const ExportOptions &options)
{
    if (options.dpi < minimumDpi || options.dpi > maximumDpi)
        return fail(u"resolution %1 dpi is outside %2–%3 dpi"_s.arg(options.dpi)
                        .arg(minimumDpi)
                        .arg(maximumDpi));
    const QSize size = imageSize(display.bounds, options.dpi);
    if (const QString problem = sizeProblem(size, options.dpi); !problem.isEmpty())
        return fail(problem);

    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fail(u"not enough memory for an image of %1 × %2 pixels"_s.arg(size.width())
                        .arg(size.height()));
    const int dotsPerMetre = qRound(options.dpi / metresPerInch);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    const QColor background = display.background.isValid() ? display.background : QColor(Qt::white);
    image.fill(options.transparent ? QColor(Qt::transparent) : background);

    DisplayList drawn = display;
    drawn.background = QColor(); // already filled (or left transparent)
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    const qreal scale = options.dpi / 72.0;
    painter.scale(scale, scale);
    painter.translate(-display.bounds.topLeft());
    paintDisplayList(&painter, drawn);
    painter.end();

    return saveTo(path, [&](QIODevice &device) {
        QImageWriter writer(&device, "png");
        if (!writer.write(image))
            return fail(u"cannot write %1: %2"_s.arg(path, writer.errorString()));
        return true;
    });
}

} // namespace Portolan
