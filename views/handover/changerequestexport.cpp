#include "changerequestexport.h"

#include "changerequestprint.h"
#include "diagram/deltaoverlay.h"
#include "diagram/drawinggeometry.h"
#include "diagram/viewproject.h"
#include "handoverprinttr.h"
#include "layout/layoutservice.h"
#include "packblocks.h"
#include "project/snapshot.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Portolan {

PackDiagram changeRequestDiagram(const ChangeSide &from, const ChangeSide &to,
                                 const DesignDiff &diff, LayoutService &service,
                                 QString *layoutWarning)
{
    const auto layOut = [&](const LayoutRequest &whole) {
        const LayoutResult fresh = service.layOut(whole);
        if (layoutWarning->isEmpty())
            *layoutWarning = fresh.error;
        return std::optional<LayoutResult>(fresh);
    };
    const auto options = [](const ChangeSide &side) {
        DiagramOptions shown;
        shown.environment = side.environment;
        shown.showAddresses = side.environment != 0;
        return shown;
    };
    const Diagram before = earlierDiagram(viewProject(*from.project, 0), options(from), layOut);
    const Diagram after = drawDiagram(viewProject(*to.project, 0), options(to), layOut).diagram;
    const QStringList legend { HandoverPrint::tr("added"), HandoverPrint::tr("removed"),
                               HandoverPrint::tr("changed"), HandoverPrint::tr("unchanged") };
    PackDiagram delta;
    delta.title = HandoverPrint::tr("changes %1 → %2").arg(from.revision, to.revision);
    if (!after.components.isEmpty() || !before.components.isEmpty())
        delta.drawing = deltaDisplayList(before, renderDiagram(before), after, renderDiagram(after),
                                         diff, legend);
    return delta;
}

bool isChangeRequestPdf(const QString &path)
{
    return QFileInfo(path).suffix().compare(u"pdf"_s, Qt::CaseInsensitive) == 0;
}

bool writeChangeRequestPdf(const ChangeRequest &request, const PackDiagram &delta,
                           const PackPageOptions &options, const QString &path, QString *error)
{
    return writePackPdf(
        path, u"%1 · change request · %2"_s.arg(request.project, request.comparison()),
        [&](QPagedPaintDevice *device, QString *failure) {
            return printChangeRequest(device, request, delta, options, failure);
        },
        error);
}

} // namespace Portolan
