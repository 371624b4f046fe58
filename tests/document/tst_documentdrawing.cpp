// The stored drawing as part of every undo step: an edit lays out only what
// has no place (a new component in free space in its zone, the edges it
// touches), nothing else moves, and undo puts back exactly what was drawn —
// in the snapshot and in the file.

#include "diagram/collapsedzones.h"
#include "diagram/diagram.h"
#include "diagram/diagramcontent.h"
#include "diagram/drawinggeometry.h"
#include "diagram/drawingstate.h"
#include "diagram/viewproject.h"
#include "document/projectdocument.h"
#include "layout/layoutservice.h"
#include "project/sample.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QSet>
#include <QTest>
#include <QUndoStack>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

QHash<QString, DrawnItem> byKey(const QList<DrawnItem> &items)
{
    QHash<QString, DrawnItem> map;
    for (const DrawnItem &item : items)
        map.insert(item.key, item);
    return map;
}

bool overlap(const QRectF &a, const QRectF &b)
{
    return a.intersected(b).width() > 0.5 && a.intersected(b).height() > 0.5;
}

} // namespace

class TestDocumentDrawing : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectDocument> m_document;

    ProjectStore &store() { return m_document->store(); }
    const QHash<QString, DrawnItem> &drawing() { return m_document->project().drawing; }
    Id component(const QString &name) { return store().findComponent(name)->id; }
    Id zone(const QString &name) { return store().findZone(name)->id; }
    QRectF box(Id id) { return drawing().value(componentKey(id)).box; }

    // The file holds what the snapshot shows.
    void checkFile() { QCOMPARE(byKey(store().drawing()), drawing()); }

private slots:
    void init()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        QVERIFY(store && loadSample(*store, u"tko"_s, &error));
        m_document = std::make_unique<ProjectDocument>(std::move(store));
        // The first layout, as the window stores it.
        const LayoutResult layout
            = layOutWithGraphviz(diagramLayoutRequest(m_document->project(), drawingOptions()));
        QVERIFY(m_document->storeDrawing(drawingChanges({}, drawnItems(layout))));
        QCOMPARE(m_document->undoStack()->count(), 0); // not a step of the user's
        QVERIFY(!drawing().isEmpty());
        checkFile();
    }

    void cleanup() { m_document.reset(); }

    void newComponentGoesToFreeSpaceInItsZone()
    {
        const QHash<QString, DrawnItem> before = drawing();
        // The TKG zone has room to spare in the sample's layout.
        Component added { 0,
                          u"Backup Server"_s,
                          ComponentKind::Host,
                          zone(u"Tanzu Kubernetes Grid"_s),
                          {},
                          std::nullopt,
                          false };
        const Id id = m_document->addComponent(added);
        QVERIFY2(id, qPrintable(m_document->errorString()));
        Flow flow;
        flow.sourceId = component(u"Bootstrap Machine"_s);
        flow.destinationId = id;
        flow.protocol = Transport::Tcp;
        flow.ports = PortSet::single(22);
        QVERIFY(m_document->addFlow(flow));
        checkFile();

        // In its zone, covering nothing.
        const QRectF placed = box(id);
        QVERIFY(!placed.isEmpty());
        QVERIFY(drawing().value(zoneKey(zone(u"Tanzu Kubernetes Grid"_s))).box.contains(placed));
        for (const Component &other : m_document->project().components) {
            if (other.id != id)
                QVERIFY2(!overlap(placed, box(other.id)), qPrintable(other.name));
        }
        // Nothing else moved; the new edge is routed, every other edge kept.
        for (const Component &other : m_document->project().components) {
            if (other.id != id)
                QCOMPARE(box(other.id), before.value(componentKey(other.id)).box);
        }
        const QString edge = edgeKey(flow.sourceId, id);
        QVERIFY(drawing().value(edge).path.size() >= 5);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.key().startsWith(u'e'))
                QCOMPARE(drawing().value(it.key()).path, it->path);
        }

        // Undo twice: the drawing is what it was, in the file too.
        m_document->undoStack()->undo();
        QVERIFY(!drawing().contains(edge));
        m_document->undoStack()->undo();
        QCOMPARE(drawing(), before);
        checkFile();
        m_document->undoStack()->redo();
        QCOMPARE(box(id), placed);
    }

    void dragIsOneStepAndUndoPutsItBack()
    {
        const Id avi = component(u"Avi Controller"_s);
        const QHash<QString, DrawnItem> before = drawing();
        const QRectF was = box(avi);
        // Within its zone (further, it would stay at the zone's edge).
        const QRectF frame = drawing().value(zoneKey(zone(u"NSX Advanced Load Balancer"_s))).box;
        const qreal room = frame.bottom() - 12 - was.bottom();
        const QPointF dropped = was.center() + QPointF(0, room > 4 ? room / 2 : -room / 2 - 4);
        QVERIFY(m_document->placeComponents({ { avi, dropped } }));
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(box(avi).center(), dropped);
        checkFile();
        // Its edges follow it.
        for (auto it = drawing().cbegin(); it != drawing().cend(); ++it) {
            if (it.key().startsWith(u'e') && it.key().contains(componentKey(avi) + u'>'))
                QCOMPARE(it->path.first().y() >= box(avi).top() - 0.5, true);
        }
        m_document->undoStack()->undo();
        QCOMPARE(box(avi), was);
        QCOMPARE(drawing(), before);
        checkFile();
    }

    void viewsKeepTheirOwnDrawing()
    {
        // A view of the NSX ALB product, laid out as the window stores it.
        View view;
        view.name = u"Avi"_s;
        view.selection.products = { store().findProduct(u"NSX Advanced Load Balancer"_s)->id };
        const Id id = m_document->addView(view);
        QVERIFY(id);
        const ProjectSnapshot shown = viewProject(m_document->project(), id);
        QVERIFY(shown.drawing.isEmpty());
        QVERIFY(shown.components.size() < m_document->project().components.size());
        QVERIFY(!shown.component(component(u"Harbor"_s))); // a TKG service only
        const LayoutResult layout
            = layOutWithGraphviz(diagramLayoutRequest(shown, drawingOptions()));
        QVERIFY(m_document->storeDrawing(drawingChanges({}, drawnItems(layout), id)));
        const QHash<QString, DrawnItem> whole = drawing();
        const auto viewDrawing = [&] { return m_document->project().viewDrawings.value(id); };
        const auto checkViewFile = [&] { QCOMPARE(byKey(store().drawing(id)), viewDrawing()); };
        QCOMPARE(viewDrawing().size(), int(drawnItems(layout).size()));
        checkViewFile();
        QVERIFY(coversRequest(
            viewDrawing(),
            diagramLayoutRequest(viewProject(m_document->project(), id), drawingOptions())));

        // A flow of the product, added anywhere, is drawn in the view too,
        // and only its edge is added there; the whole drawing gets it as well.
        const QHash<QString, DrawnItem> viewBefore = viewDrawing();
        Flow flow;
        flow.productId = view.selection.products.values().constFirst();
        flow.sourceId = component(u"Avi Controller"_s);
        flow.destinationId = component(u"Harbor"_s);
        flow.protocol = Transport::Tcp;
        flow.ports = PortSet::parse(u"5000"_s).value();
        flow.purpose = u"Images"_s;
        QVERIFY(m_document->addFlow(flow));
        const ProjectSnapshot after = viewProject(m_document->project(), id);
        QVERIFY(after.component(component(u"Harbor"_s)));
        QVERIFY(coversRequest(viewDrawing(), diagramLayoutRequest(after, drawingOptions())));
        QVERIFY(viewDrawing().contains(componentKey(component(u"Harbor"_s))));
        for (auto it = viewBefore.cbegin(); it != viewBefore.cend(); ++it) {
            if (it.key().startsWith(u'c'))
                QCOMPARE(viewDrawing().value(it.key()).box, it->box); // nothing moved
        }
        QVERIFY(coversRequest(drawing(),
                              diagramLayoutRequest(m_document->project(), drawingOptions())));
        checkViewFile();
        checkFile();
        m_document->undoStack()->undo();
        QCOMPARE(viewDrawing(), viewBefore);
        QCOMPARE(drawing(), whole);
        checkViewFile();

        // A drag in the view moves the box there only: one step, undone.
        const Id avi = component(u"Avi Controller"_s);
        const QRectF was = viewDrawing().value(componentKey(avi)).box;
        const QRectF frame
            = viewDrawing().value(zoneKey(zone(u"NSX Advanced Load Balancer"_s))).box;
        const qreal room = frame.bottom() - 12 - was.bottom();
        const QPointF dropped = was.center() + QPointF(0, room > 4 ? room / 2 : -room / 2 - 4);
        const int steps = m_document->undoStack()->index();
        QVERIFY(m_document->placeComponentsInView(id, { { avi, dropped } }));
        QCOMPARE(m_document->undoStack()->index(), steps + 1);
        QCOMPARE(viewDrawing().value(componentKey(avi)).box.center(), dropped);
        QCOMPARE(drawing(), whole);
        QVERIFY(!m_document->project().component(avi)->pinned);
        checkViewFile();
        m_document->undoStack()->undo();
        QCOMPARE(viewDrawing(), viewBefore);

        // A zone collapsed in the view becomes one node there, in free
        // space; nothing else moves, and the whole drawing stays.
        const Id shared = zone(u"Shared services"_s);
        QVERIFY(m_document->setZoneCollapsed(id, shared, true));
        QVERIFY(viewDrawing().contains(componentKey(zoneNodeId(shared))));
        QVERIFY(!viewDrawing().contains(componentKey(component(u"Syslog"_s))));
        QVERIFY(coversRequest(
            viewDrawing(),
            diagramLayoutRequest(viewProject(m_document->project(), id), drawingOptions())));
        QCOMPARE(viewDrawing().value(componentKey(avi)).box,
                 viewBefore.value(componentKey(avi)).box);
        QCOMPARE(drawing(), whole);
        checkViewFile();
        // Expanded again, its components are placed again.
        QVERIFY(m_document->setZoneCollapsed(id, shared, false));
        QVERIFY(!viewDrawing().contains(componentKey(zoneNodeId(shared))));
        QVERIFY(viewDrawing().contains(componentKey(component(u"Syslog"_s))));
        QVERIFY(coversRequest(
            viewDrawing(),
            diagramLayoutRequest(viewProject(m_document->project(), id), drawingOptions())));
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(viewDrawing(), viewBefore);
        QVERIFY(m_document->store().view(id)->selection.collapsed.isEmpty());

        // Another level drops the drawing (its nodes are the other level's);
        // undo brings it back.
        QVERIFY(m_document->setViewLevel(id, ViewLevel::Zones));
        QVERIFY(!m_document->project().viewDrawings.contains(id));
        QVERIFY(store().drawing(id).isEmpty());
        m_document->undoStack()->undo();
        QCOMPARE(viewDrawing(), viewBefore);
        checkViewFile();

        // Deleting the view deletes its drawing; undo brings both back.
        QVERIFY(m_document->deleteView(id));
        QVERIFY(!m_document->project().viewDrawings.contains(id));
        QVERIFY(store().drawing(id).isEmpty());
        m_document->undoStack()->undo();
        QCOMPARE(viewDrawing(), viewBefore);
        checkViewFile();
        QCOMPARE(Testing::readSnapshot(store()).viewDrawings.value(id), viewBefore);
    }

    void zoneCollapsedInTheWholeDrawing()
    {
        const QHash<QString, DrawnItem> before = drawing();
        const Id shared = zone(u"Shared services"_s);
        QVERIFY(m_document->setZoneCollapsed(0, shared, true));
        QCOMPARE(store().drawingSettings().collapsedZones, QSet<Id>({ shared }));
        const ProjectSnapshot shown = viewProject(m_document->project(), 0);
        QVERIFY(shown.component(zoneNodeId(shared)));
        QVERIFY(coversRequest(drawing(), diagramLayoutRequest(shown, drawingOptions())));
        checkFile();
        const Id avi = component(u"Avi Controller"_s);
        QCOMPARE(box(avi), before.value(componentKey(avi)).box);
        m_document->undoStack()->undo();
        QCOMPARE(drawing(), before);
        QVERIFY(store().drawingSettings().collapsedZones.isEmpty());
        checkFile();
    }

    void renameMakesRoomForTheWiderBox()
    {
        const Id harbor = component(u"Harbor"_s);
        const QRectF was = box(harbor);
        QVERIFY(m_document->renameComponent(harbor, u"Harbor Container Registry Mirror"_s));
        const QRectF now = box(harbor);
        QVERIFY(now.width() > was.width());
        QCOMPARE(now.topLeft(), was.topLeft());
        for (const Component &other : m_document->project().components) {
            if (other.id != harbor)
                QVERIFY2(!overlap(now, box(other.id)), qPrintable(other.name));
        }
        const QRectF frame = drawing().value(zoneKey(zone(u"Shared services"_s))).box;
        QVERIFY(frame.contains(now));
        checkFile();
    }

    void deleteAndUndoRestoreTheDrawing()
    {
        const QHash<QString, DrawnItem> before = drawing();
        const Id ntp = component(u"NTP Server"_s);
        QVERIFY(m_document->deleteComponents({ ntp }));
        QVERIFY(!drawing().contains(componentKey(ntp)));
        for (auto it = drawing().cbegin(); it != drawing().cend(); ++it)
            QVERIFY2(!it.key().contains(componentKey(ntp) + u'>')
                         && !it.key().endsWith(u'>' + componentKey(ntp)),
                     qPrintable(it.key()));
        checkFile();
        m_document->undoStack()->undo();
        QCOMPARE(drawing(), before);
        checkFile();
    }

    void resetLayoutIsOneStep()
    {
        const Id avi = component(u"Avi Controller"_s);
        QVERIFY(m_document->placeComponents({ { avi, box(avi).center() + QPointF(0, 40) } }));
        const QHash<QString, DrawnItem> dragged = drawing();
        LayoutRequest request = diagramLayoutRequest(m_document->project(), drawingOptions());
        for (LayoutNode &node : request.nodes)
            node.pinned.reset();
        const LayoutResult fresh = layOutWithGraphviz(request);
        QVERIFY(m_document->resetLayout(drawnItems(fresh)));
        QCOMPARE(m_document->undoStack()->count(), 2);
        QVERIFY(!m_document->project().component(avi)->pinned);
        for (const NodeGeometry &node : fresh.nodes)
            QCOMPARE(drawing().value(node.key).box, node.box);
        checkFile();
        m_document->undoStack()->undo();
        QCOMPARE(drawing(), dragged);
        QVERIFY(m_document->project().component(avi)->pinned);
        checkFile();
    }

    // How it is drawn belongs to the project: one undo step, every edge
    // routed again where the boxes are.
    void edgeStyleAndGroupingAreSteps()
    {
        const QHash<QString, DrawnItem> before = drawing();
        const auto boxes = [this] {
            QHash<QString, QRectF> map;
            for (auto it = drawing().cbegin(); it != drawing().cend(); ++it) {
                if (it.key().startsWith(u'c'))
                    map.insert(it.key(), it->box);
            }
            return map;
        };
        const QHash<QString, QRectF> placed = boxes();
        const QString grouped
            = edgeKey(component(u"Avi Controller"_s), -zone(u"vSphere infrastructure"_s));
        QVERIFY(drawing().contains(grouped));

        QVERIFY(m_document->setDrawingSettings({ false, false }));
        QVERIFY(!drawing().contains(grouped));
        QVERIFY(
            drawing().contains(edgeKey(component(u"Avi Controller"_s), component(u"ESXi Host"_s))));
        QCOMPARE(boxes(), placed);
        checkFile();
        QCOMPARE(store().drawingSettings(), (DrawingSettings { false, false }));

        QVERIFY(m_document->setDrawingSettings({ true, false }));
        // Curved: Graphviz-like polylines, some of them not right-angled.
        int slanted = 0;
        for (auto it = drawing().cbegin(); it != drawing().cend(); ++it) {
            const QList<QPointF> &path = it->path;
            for (qsizetype i = 1; i < path.size(); ++i) {
                const QPointF d = path[i] - path[i - 1];
                slanted += qAbs(d.x()) > 0.5 && qAbs(d.y()) > 0.5 ? 1 : 0;
            }
        }
        QVERIFY(slanted > 0);
        QCOMPARE(boxes(), placed);
        checkFile();

        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(drawing(), before);
        QCOMPARE(m_document->project().drawingSettings, DrawingSettings());
        QCOMPARE(store().drawingSettings(), DrawingSettings());
        checkFile();
    }

    // A new direction drops every drawing and every place put by hand, in
    // one step; the layout then runs afresh, top to bottom; undo brings the
    // old drawing, places and direction back.
    void directionDropsTheDrawingInOneStep()
    {
        const Id avi = component(u"Avi Controller"_s);
        QVERIFY(m_document->placeComponents({ { avi, box(avi).center() + QPointF(0, 40) } }));
        const QHash<QString, DrawnItem> placed = drawing();
        const int steps = m_document->undoStack()->count();
        DrawingSettings settings = m_document->project().drawingSettings;
        settings.collapsedZones.insert(zone(u"VMware SaaS"_s));
        QVERIFY(m_document->setDrawingSettings(settings));
        settings.topToBottom = true;
        QVERIFY(m_document->setDrawingSettings(settings));
        QCOMPARE(m_document->undoStack()->count(), steps + 2);
        QVERIFY(drawing().isEmpty());
        QVERIFY(!m_document->project().component(avi)->pinned);
        QCOMPARE(store().drawingSettings(), settings);
        checkFile();

        const LayoutRequest request = diagramLayoutRequest(m_document->project(), drawingOptions());
        QCOMPARE(request.options.direction, LayoutOptions::Direction::TopToBottom);
        QVERIFY(std::none_of(request.nodes.cbegin(), request.nodes.cend(),
                             [](const LayoutNode &node) { return node.pinned.has_value(); }));

        m_document->undoStack()->undo();
        QVERIFY(!m_document->project().drawingSettings.topToBottom);
        QVERIFY(
            m_document->project().drawingSettings.collapsedZones.contains(zone(u"VMware SaaS"_s)));
        QVERIFY(m_document->project().component(avi)->pinned);
        QVERIFY(!drawing().isEmpty());
        checkFile();
        m_document->undoStack()->undo();
        QCOMPARE(drawing(), placed);
        checkFile();
    }

    // A complete drawing is drawn as it is: the export and the handover
    // pack ask for no layout at all, and it is the drawing they get.
    void completeDrawingNeedsNoLayout()
    {
        const ProjectSnapshot project = Testing::readSnapshot(store());
        int asked = 0;
        bool changed = true;
        const QHash<QString, DrawnItem> complete = completeDrawing(
            project,
            [&asked](const LayoutRequest &) {
                ++asked;
                return std::optional<LayoutResult>();
            },
            &changed);
        QCOMPARE(asked, 0);
        QVERIFY(!changed);
        QCOMPARE(complete, drawing());
        const LayoutResult geometry
            = diagramGeometry(complete, diagramLayoutRequest(project, drawingOptions()));
        QCOMPARE(geometry.nodes.size(), project.components.size());
        for (const NodeGeometry &node : geometry.nodes)
            QCOMPARE(node.box, drawing().value(node.key).box);
    }

    // A file whose drawing misses what was added outside the window (an
    // import on the command line) is completed around what it has.
    void incompleteDrawingIsCompletedInPlace()
    {
        const QHash<QString, DrawnItem> before = drawing();
        const Id id = store().addComponent({ 0,
                                             u"Jump Host"_s,
                                             ComponentKind::Client,
                                             zone(u"Admin clients"_s),
                                             {},
                                             std::nullopt,
                                             false });
        QVERIFY(id);
        ProjectSnapshot project = Testing::readSnapshot(store());
        bool changed = false;
        const QHash<QString, DrawnItem> complete = completeDrawing(project, nullptr, &changed);
        QVERIFY(changed);
        QVERIFY(complete.contains(componentKey(id)));
        const QRectF frame = complete.value(zoneKey(zone(u"Admin clients"_s))).box;
        QVERIFY(frame.contains(complete.value(componentKey(id)).box));
        // Its zone had no room: it grew, and what lay beyond moved on as one.
        QSet<qreal> shifts;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (!it.key().startsWith(u'c'))
                continue;
            const QRectF now = complete.value(it.key()).box;
            QCOMPARE(now.size(), it->box.size());
            const QPointF moved = now.topLeft() - it->box.topLeft();
            QVERIFY(moved.x() == 0 || moved.y() == 0);
            shifts.insert(moved.x() + moved.y());
        }
        QVERIFY(shifts.size() <= 2); // still, or moved on by the room made
    }

    // The drawing keeper's changes, made without an item for what stayed,
    // are drawingChanges(stored, drawnItems(layout)): for a layout as
    // stored, and for one with a box moved, a path, an arrow tip and a label
    // changed, an item gone, one new, and an edge left without a path.
    void layoutChangesAreTheItemsThatDiffer()
    {
        const ProjectSnapshot project = Testing::readSnapshot(store());
        const LayoutRequest request = diagramLayoutRequest(project, drawingOptions());
        const LayoutResult stored = storedLayout(drawing(), request);
        QVERIFY(stored.edges.size() > 5);
        const auto check = [this](const LayoutResult &layout, qsizetype expected) {
            const QList<DrawnChange> wanted = drawingChanges(drawing(), drawnItems(layout), 7);
            const QList<DrawnChange> made = layoutChanges(drawing(), layout, 7);
            QCOMPARE(made.size(), wanted.size());
            QCOMPARE(made.size(), expected);
            for (qsizetype i = 0; i < made.size(); ++i) {
                QCOMPARE(made[i].key, wanted[i].key);
                QCOMPARE(made[i].before, wanted[i].before);
                QCOMPARE(made[i].after, wanted[i].after);
                QCOMPARE(made[i].view, 7);
            }
        };
        check(stored, 0);
        LayoutResult changed = stored;
        changed.nodes[0].box.translate(40, 0);
        changed.edges[0].path[1] += QPointF(0, 12.344);
        changed.edges[1].arrowTip += QPointF(3, 0);
        changed.edges[2].labelBox.translate(0, 8);
        changed.edges[3].path.removeLast(); // one point fewer
        changed.edges[4].path.clear(); // no path: not stored, so gone
        changed.edges.removeAt(5); // gone
        changed.nodes.append({ u"c999999"_s, QRectF(0, 0, 80, 40) }); // new
        check(changed, 8);
        // A point off by less than the hundredth the file keeps is no change.
        LayoutResult nearly = stored;
        nearly.edges[0].path[0] += QPointF(0.001, 0);
        check(nearly, 0);
    }

    // storedLayout tells, from the same pass, what coversRequest tells,
    // and bounds everything it holds.
    void storedLayoutSaysWhetherItCovers()
    {
        const ProjectSnapshot project = Testing::readSnapshot(store());
        LayoutRequest request = diagramLayoutRequest(project, drawingOptions());
        const auto check = [&request](const QHash<QString, DrawnItem> &items, bool expected) {
            bool covers = !expected;
            const LayoutResult stored = storedLayout(items, request, &covers);
            QCOMPARE(covers, expected);
            QCOMPARE(coversRequest(items, request), expected);
            QRectF bounds; // as the union of every box, label and path point
            for (const NodeGeometry &node : stored.nodes)
                bounds |= node.box;
            for (const ClusterGeometry &cluster : stored.clusters)
                bounds |= cluster.box;
            for (const EdgeGeometry &edge : stored.edges) {
                for (const QPointF &p : edge.path + QList<QPointF> { edge.arrowTip })
                    bounds |= QRectF(p, QSizeF(0.01, 0.01));
                bounds |= edge.labelBox;
            }
            QCOMPARE(stored.bounds, bounds);
        };
        check(drawing(), true);
        QHash<QString, DrawnItem> missing = drawing();
        missing.remove(request.nodes.first().key);
        check(missing, false);
        QHash<QString, DrawnItem> noPath = drawing();
        noPath[request.edges.first().key].path.resize(3);
        check(noPath, false);
        QHash<QString, DrawnItem> labelGrown = drawing();
        labelGrown[request.edges.first().key].label.setWidth(request.edges.first().labelSize.width()
                                                             + 20);
        check(labelGrown, false);
        // A pinned component is covered only where it is pinned.
        const QRectF box = drawing().value(request.nodes.first().key).box;
        request.nodes.first().pinned = box.center();
        check(drawing(), true);
        request.nodes.first().pinned = box.center() + QPointF(30, 0);
        check(drawing(), false);
    }
};

QTEST_MAIN(TestDocumentDrawing)
#include "tst_documentdrawing.moc"
