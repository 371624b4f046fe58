#pragma once
// JSON export: the laid-out geometry for other tools, in points, boxes by
// their top-left corner, y downwards:
// {"nodes":[{"name","x","y","w","h"}], "clusters":[{"name","x","y","w","h"}],
//  "edges":[{"source","destination","flows":N,"path":[[x,y],…],
//            "label":{"text","x","y","w","h"}}]}
// An edge's path is as laid out: its start, then three points per cubic
// Bézier piece (control, control, end), ending where the arrow head begins.

#include "export/diagramexporter.h"

#include <QJsonDocument>

namespace Portolan {

class JsonExporter : public DiagramExporter
{
public:
    QString formatName() const override;
    QString extension() const override;
    bool write(const Diagram &diagram, const QString &path, const ExportOptions &options) override;

    static QJsonDocument document(const Diagram &diagram);
};

} // namespace Portolan
