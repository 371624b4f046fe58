#include "diagramexporter.h"

#include "diagram/diagram.h"
#include "export/dotexporter.h"
#include "export/jsonexporter.h"
#include "export/pdfexporter.h"
#include "export/pngexporter.h"
#include "export/svgexporter.h"

#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Portolan {

bool DiagramExporter::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool DiagramExporter::saveTo(const QString &path, const std::function<bool(QIODevice &)> &fill)
{
    m_error.clear();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    if (!fill(file)) {
        file.cancelWriting(); // the target keeps its old content
        return false;
    }
    // A write error inside `fill` (disk full) makes commit() fail too.
    if (!file.commit())
        return fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return true;
}

bool DisplayListExporter::write(const Diagram &diagram, const QString &path,
                                const ExportOptions &options)
{
    const DisplayList display = renderDiagram(diagram);
    if (options.overlay)
        return writeDisplayList(options.overlay(diagram, display), path, options);
    return writeDisplayList(display, path, options);
}

QList<ExportFormat> exportFormats()
{
    QList<ExportFormat> formats;
    for (const QString &extension : { u"svg"_s, u"png"_s, u"pdf"_s, u"dot"_s, u"json"_s }) {
        const auto exporter = exporterForExtension(extension);
        formats.append({ exporter->extension(), exporter->formatName() });
    }
    return formats;
}

std::unique_ptr<DiagramExporter> exporterForExtension(QStringView extension)
{
    if (extension.startsWith(u'.'))
        extension = extension.mid(1);
    const QString name = extension.toString().toLower();
    if (name == u"svg")
        return std::make_unique<SvgExporter>();
    if (name == u"png")
        return std::make_unique<PngExporter>();
    if (name == u"pdf")
        return std::make_unique<PdfExporter>();
    if (name == u"dot" || name == u"gv")
        return std::make_unique<DotExporter>();
    if (name == u"json")
        return std::make_unique<JsonExporter>();
    return nullptr;
}

std::unique_ptr<DiagramExporter> exporterForFile(const QString &path)
{
    return exporterForExtension(QFileInfo(path).suffix());
}

} // namespace Portolan
