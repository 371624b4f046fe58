#pragma once
// What a diagram shows of a project, decided once for both halves of the
// pipeline (the layout request and the assembled diagram), so that the keys
// asked for are exactly the keys read back.

#include "diagram.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portolan {

struct DiagramContent
{
    // The flows one edge stands for. An end is a component id, or minus a
    // zone's id when the edge stands for the flows of the whole zone
    // (zonegrouping.h).
    struct Pair
    {
        Id source = 0;
        Id target = 0;
        QList<Flow> flows; // in project order
        // What its edge says: "TCP 443, 6443 · UDP 53", wrapped; to or
        // from a zone drawn as one node, "12 flows · TCP 443 …".
        QString label {};
    };

    QList<Component> components; // project order
    QList<Zone> zones; // only zones holding something drawn; parents first
    QHash<Id, int> zoneDepth; // of the zones above
    QList<Flow> flows; // the flows drawn, project order
    // One per (source, destination), in order of first flow; flows a zone
    // has alike grouped on its frame (drawingSettings.groupByZone).
    QList<Pair> pairs;

    // The options' environment, when the project has it.
    std::optional<Environment> environment;
    bool showAddresses = false; // an environment is set and its addresses are drawn
    QHash<Id, QStringList> addresses; // of the drawn components there, in the order bound
    // What a zone drawn as one node holds ("9 components"), under its name.
    QHash<Id, QStringList> zoneNodeLines;

    // Flows of the chosen products whose ends both exist; every component
    // when no product is chosen, else only those such flows touch; zones
    // that (through nested zones) hold a drawn component.
    // `earlier`, a content chosen before, lends its labels to pairs whose
    // flows are as they were (after an edit, all but a few).
    static DiagramContent select(const ProjectSnapshot &project, const DiagramOptions &options,
                                 const DiagramContent *earlier = nullptr);
    // The options' environment and its addresses, in place of those chosen
    // before (select() does this last).
    void setEnvironment(const ProjectSnapshot &project, const DiagramOptions &options);

    // What a component's box shows under its name: nothing unless
    // showAddresses, else DiagramStyle::componentAddressLines().
    QStringList addressLines(Id component) const;
};

// Keys shared with the layout and the stored drawing: "c12", "z4", and
// "ec3>c7" for an edge (its ends' keys: "ez4>c7" from zone 4's frame).
QString componentKey(Id id);
QString zoneKey(Id id);
QString endKey(Id end); // a component's key, or the zone's of a zone end
QString edgeKey(Id source, Id target);

} // namespace Portolan
