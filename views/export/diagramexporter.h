#pragma once
// One interface for every diagram file format (shaped like Tiled's
// MapFormat): write() and errorString(). The GUI's export dialog and the
// command line both pick an exporter here and call it, so a diagram is
// written by the same code whichever way it is exported. Every exporter
// writes through QSaveFile: a failed export leaves the target untouched.

#include "export/exportoptions.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QIODevice;

namespace Portolan {

struct Diagram;
struct DisplayList;

class DiagramExporter
{
public:
    virtual ~DiagramExporter() = default;

    virtual QString formatName() const = 0; // "SVG image"
    virtual QString extension() const = 0; // "svg", without the dot
    // Whether write() draws the laid-out geometry. A format that does not
    // (DOT: Graphviz lays it out itself) is written without a layout.
    virtual bool needsLayout() const { return true; }

    // Writes the diagram to `path`. On failure returns false, leaves any
    // file at `path` as it was and says why in errorString().
    virtual bool write(const Diagram &diagram, const QString &path, const ExportOptions &options)
        = 0;

    QString errorString() const { return m_error; }

protected:
    // Records the reason of a failure; returns false for `return fail(…)`.
    bool fail(const QString &message);
    // Opens a QSaveFile on `path`, lets `fill` write into it and commits it
    // only when `fill` returned true. `fill` reports its own failures.
    bool saveTo(const QString &path, const std::function<bool(QIODevice &)> &fill);

private:
    QString m_error;
};

// The exporters that draw the display list (SVG, PNG, PDF): the diagram is
// turned into what the GUI draws (renderDiagram) and that is written.
class DisplayListExporter : public DiagramExporter
{
public:
    bool write(const Diagram &diagram, const QString &path, const ExportOptions &options) override;
    virtual bool writeDisplayList(const DisplayList &display, const QString &path,
                                  const ExportOptions &options)
        = 0;
};

struct ExportFormat
{
    QString extension; // "svg"
    QString formatName; // "SVG image"
};

// Every format, in the order menus and messages list them.
QList<ExportFormat> exportFormats();
// The exporter for an extension ("svg", ".SVG") or for a file's extension;
// null when none fits.
std::unique_ptr<DiagramExporter> exporterForExtension(QStringView extension);
std::unique_ptr<DiagramExporter> exporterForFile(const QString &path);

} // namespace Portolan
