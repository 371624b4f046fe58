#pragma once
// SVG export: the display list written element by element with
// QXmlStreamWriter (QSvgGenerator would flatten it), so that the file keeps
// real, selectable <text>, one <g id="…"> per diagram element with a
// <title> (hover text in browsers), and a viewBox in points.

#include "export/diagramexporter.h"

#include <QByteArray>

namespace Portolan {

class SvgExporter : public DisplayListExporter
{
public:
    QString formatName() const override;
    QString extension() const override;
    bool writeDisplayList(const DisplayList &display, const QString &path,
                          const ExportOptions &options) override;

    // The document itself (UTF-8), for callers that keep it in memory.
    static QByteArray document(const DisplayList &display, const ExportOptions &options);
};

// Text as XML 1.0 may carry it: control characters other than tab, line
// feed and carriage return, unpaired surrogates and U+FFFE/U+FFFF removed.
QString xmlSafeText(QStringView text);

} // namespace Portolan
