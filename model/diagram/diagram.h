#pragma once
// The port diagram of a project: components, zones and edges with their
// laid-out geometry, the text they show and the flows they stand for.
// Built in two steps around the layout (which runs elsewhere):
//   request = diagramLayoutRequest(project, options);   // sizes measured here
//   result  = <layout service>(request);
//   diagram = assembleDiagram(project, options, result);
//   display = renderDiagram(diagram);                    // what gets drawn
// Pure data; no widgets. Text is measured with QFontMetricsF, so a
// QGuiApplication must exist (the command line creates an offscreen one).

#include "diagram/displaylist.h"
#include "diagram/filtercriteria.h"
#include "layout/layouttypes.h"
#include "project/snapshot.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Portolan {

struct DiagramContent;

struct DiagramOptions
{
    // What is drawn: the flows that match, their components, and (unless it
    // is about flows only) the components that match by themselves, with
    // their zones. Empty: the whole project.
    DiagramFilter selection;
    bool showLegend = true;
    QString title; // drawn above the diagram when not empty
    // An environment (0: none) whose addresses the component tooltips list;
    // with showAddresses the boxes show them too, under the names, and are
    // measured for them. An environment the project lacks counts as none.
    Id environment = 0;
    bool showAddresses = false;
    // Whether components and edges carry their tooltips (and so the display
    // list its titles); without, they are worked out when one is shown
    // (DiagramTooltips, diagramtext.h), as the window does.
    bool tooltips = true;
};

struct DiagramZone
{
    Id id = 0;
    QString name;
    int depth = 0; // 0 for top-level zones
    QRectF box;
    QRectF labelBox;

    friend bool operator==(const DiagramZone &, const DiagramZone &) = default;
};

struct DiagramComponent
{
    Id id = 0;
    QString name;
    ComponentKind kind = ComponentKind::Host;
    Id zoneId = 0;
    bool pinned = false;
    QRectF box;
    QString tooltip; // name, kind, zone, addresses, then one line per flow in and out
    // Drawn under the name; empty unless addresses are shown. ({} lets
    // brace-initialised components leave it out without a warning.)
    QStringList addressLines {};

    friend bool operator==(const DiagramComponent &, const DiagramComponent &) = default;
};

struct DiagramEdge
{
    Id sourceId = 0;
    Id targetId = 0;
    QList<Id> flowIds; // every flow of this (source, destination) pair
    QList<Id> productIds; // distinct, in project order
    QString label; // "TCP 443, 6443 · UDP 53" (may hold '\n' when wrapped)
    QList<QPointF> path; // as EdgeGeometry::path
    QPointF arrowTip;
    QRectF labelBox;
    QString tooltip; // one line per flow: product, protocol ports, purpose

    friend bool operator==(const DiagramEdge &, const DiagramEdge &) = default;
};

struct Diagram
{
    ProjectSnapshot project;
    DiagramOptions options;
    QList<DiagramZone> zones; // parents before children
    QList<DiagramComponent> components;
    QList<DiagramEdge> edges;
    QRectF bounds;
    QString layoutError; // from LayoutResult::error

    const DiagramComponent *component(Id id) const;
    // The name of an edge's end: its component's, or its zone's for the
    // frame of a zone (a negative id, zonegrouping.h).
    QString endName(Id end) const;
};

// The compact label of a set of flows: per protocol in TCP, UDP, SCTP, ICMP,
// ESP, GRE, ANY order, the union of their ports ("TCP 443, 6443 · UDP 53").
QString flowsLabel(const QList<Flow> &flows);

LayoutRequest diagramLayoutRequest(const ProjectSnapshot &project, const DiagramOptions &options);
Diagram assembleDiagram(const ProjectSnapshot &project, const DiagramOptions &options,
                        const LayoutResult &layout);
// The same from what DiagramContent::select(project, options) chose, for a
// caller that needs both halves of one diagram: choosing is the costly part.
LayoutRequest contentLayoutRequest(const ProjectSnapshot &project, const DiagramContent &content);
// `request`, when given, is contentLayoutRequest's for the content: its
// keys are not made again.
Diagram assembleContent(const ProjectSnapshot &project, const DiagramOptions &options,
                        const DiagramContent &content, const LayoutResult &layout,
                        const LayoutRequest *request = nullptr);
DisplayList renderDiagram(const Diagram &diagram);
// The same, taking from `previous` (renderDiagram of `before`) the element
// of every zone, component and edge drawn from the same data as before:
// after an edit only what changed is drawn again, and the rest shares the
// elements made already (which then compare equal at once).
DisplayList renderDiagram(const Diagram &diagram, const Diagram &before,
                          const DisplayList &previous);
// The ids renderDiagram gives the elements of a zone, a component, and an
// edge's line and label: "zone-4", "component-12", "edge-3-7", "label-3-7".
QString zoneElementId(Id zone);
QString componentElementId(Id component);
QString edgeElementId(Id source, Id target);
QString labelElementId(Id source, Id target);

} // namespace Portolan
