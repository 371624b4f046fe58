#include "handoverexport.h"

#include "diagram/collapsedzones.h"
#include "diagram/diagram.h"
#include "diagram/drawinggeometry.h"
#include "diagram/viewproject.h"
#include "layout/layoutservice.h"
#include "lint/servicecatalogue.h"
#include "packblocks.h"
#include "project/snapshot.h"

#include <QCoreApplication>

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
    // A view (or the whole project) with its stored drawing, the
    // environment's addresses in its boxes; laid out when it has none.
    const auto add = [&](const ProjectSnapshot &shown, const QString &title) {
        const Diagram diagram = drawDiagram(shown, diagramOptions, [&](const LayoutRequest &whole) {
                                    const LayoutResult fresh = service.layOut(whole);
                                    if (content.layoutWarning.isEmpty())
                                        content.layoutWarning = fresh.error;
                                    return std::optional<LayoutResult>(fresh);
                                }).diagram;
        if (!diagram.components.isEmpty())
            content.diagrams.append({ title, renderDiagram(diagram) });
    };
    if (topLevelZones(project).size() >= 2) {
        View overview;
        overview.level = ViewLevel::Zones;
        add(viewProject(project, overview),
            QCoreApplication::translate("Portolan::HandoverPrint", "zone overview"));
    }
    bool printed = false;
    for (const View &view : viewsInOrder(project.views)) {
        if (!view.print)
            continue;
        printed = true;
        add(viewProject(project, view.id),
            QCoreApplication::translate("Portolan::HandoverPrint", "view “%1”").arg(view.name));
    }
    if (!printed)
        add(viewProject(project, 0), QString());
    return content;
}

bool writeHandoverPdf(const HandoverContent &content, const PackPageOptions &options,
                      const QString &path, QString *error)
{
    return writePackPdf(
        path, u"%1 · %2 · handover pack"_s.arg(content.pack.project, content.pack.environment),
        [&](QPagedPaintDevice *device, QString *failure) {
            return printHandoverPack(device, content.pack, content.diagrams, options, failure);
        },
        error);
}

} // namespace Portolan
