#include "handoverexport.h"

#include "diagram/diagram.h"
#include "diagram/drawinggeometry.h"
#include "layout/layoutservice.h"
#include "lint/servicecatalogue.h"
#include "project/snapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Portolan {

std::optional<HandoverContent> prepareHandover(const ProjectSnapshot &project, Id environment,
                                               const HandoverOptions &options,
                                               LayoutService &service, QString *error)
{
    if (!project.environment(environment)) {
        *error = u"there is no environment %1"_s.arg(environment);
        return std::nullopt;
    }
    const auto catalogue = ServiceCatalogue::bundled(error);
    if (!catalogue)
        return std::nullopt;

    HandoverContent content;
    content.pack = handoverPack(project, environment,
                                generateRules(project, environment, options.consolidation),
                                lintProject(project, *catalogue, { environment }), options);

    DiagramOptions diagramOptions;
    diagramOptions.environment = environment;
    diagramOptions.showAddresses = true;
    const LayoutRequest request = diagramLayoutRequest(project, diagramOptions);
    if (!request.nodes.isEmpty()) {
        // The stored drawing, with the environment's addresses in its boxes.
        const auto drawing = completeDrawing(project, [&](const LayoutRequest &whole) {
            const LayoutResult fresh = service.layOut(whole);
            content.layoutWarning = fresh.error;
            return std::optional<LayoutResult>(fresh);
        });
        const LayoutResult layout = diagramGeometry(drawing, request);
        content.diagram = renderDiagram(assembleDiagram(project, diagramOptions, layout));
    }
    return content;
}

bool writeHandoverPdf(const HandoverContent &content, const PackPageOptions &options,
                      const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setCreator(u"Portolan %1"_s.arg(QCoreApplication::applicationVersion()));
        writer.setTitle(
            u"%1 · %2 · handover pack"_s.arg(content.pack.project, content.pack.environment));
        if (!printHandoverPack(&writer, content.pack, content.diagram, options, error))
            return false;
    }
    if (!file.commit()) {
        *error = u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Portolan
