#include "diagramchoice.h"

#include <optional>

namespace Portolan {

namespace {

template<typename T> bool sameData(const QList<T> &a, const QList<T> &b)
{
    return a.size() == b.size() && a.constData() == b.constData();
}

// What a choice of the whole project depends on: the lists it reads (held,
// so that their data stays as it was) and the drawing settings.
struct Kept
{
    QList<Component> components;
    QList<Flow> flows;
    QList<Zone> zones;
    DrawingSettings settings;
    DiagramChoice choice; // without an environment

    bool madeFrom(const ProjectSnapshot &project) const
    {
        return sameData(components, project.components) && sameData(flows, project.flows)
            && sameData(zones, project.zones) && settings == project.drawingSettings;
    }
};

thread_local std::optional<Kept> kept;

} // namespace

DiagramChoice chooseDiagram(const ProjectSnapshot &project, const DiagramOptions &options)
{
    // Without a selection, nothing but the lists above is read (the
    // environment only for the addresses, set last); with addresses in the
    // boxes, the request depends on them too.
    const bool keepable = options.selection.isEmpty() && !options.showAddresses;
    if (keepable && kept && kept->madeFrom(project)) {
        DiagramChoice choice = kept->choice;
        choice.content.setEnvironment(project, options);
        return choice;
    }
    DiagramChoice choice;
    choice.content
        = DiagramContent::select(project, options, kept ? &kept->choice.content : nullptr);
    choice.request = contentLayoutRequest(project, choice.content);
    if (keepable) {
        kept = Kept { project.components, project.flows, project.zones, project.drawingSettings,
                      choice };
        kept->choice.content.setEnvironment(project, DiagramOptions {});
    }
    return choice;
}

} // namespace Portolan
