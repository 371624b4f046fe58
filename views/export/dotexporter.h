#pragma once
// DOT export: the diagram's content (zones as nested clusters, components
// named, one edge per source and destination labelled with its services,
// coloured by product) as a graph that Graphviz's `dot` lays out on its
// own. Text goes through the layout module's one escaping function.

#include "export/diagramexporter.h"

#include "layout/dotwriter.h"

namespace Portolan {

class DotExporter : public DiagramExporter
{
public:
    QString formatName() const override;
    QString extension() const override;
    bool needsLayout() const override { return false; }
    bool write(const Diagram &diagram, const QString &path, const ExportOptions &options) override;

    static DotGraph graph(const Diagram &diagram);
};

} // namespace Portolan
