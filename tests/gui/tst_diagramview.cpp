// The interactive diagram on the TKO sample, driven through real widgets:
// one item per component and per (source, destination) pair, hover, click,
// filters, zoom, fit, drag and keyboard navigation; the pane laying out
// through the worker process; and the editor showing addresses.

#include "diagram/collapsedzones.h"
#include "diagram/diagramcontent.h"
#include "diagram/diagrameditor.h"
#include "diagram/diagramfilterbar.h"
#include "diagram/diagramitems.h"
#include "diagram/diagrampane.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "diagram/displaylistpainter.h"
#include "diagram/drawinggeometry.h"
#include "diagram/drawingstate.h"
#include "diagram/viewproject.h"
#include "document/projectdocument.h"
#include "layout/layoutservice.h"
#include "project/sample.h"
#include "readsnapshot.h"
#include "selection/projectselection.h"
#include "store/projectstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QHelpEvent>
#include <QLineEdit>
#include <QLineF>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPicture>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QStyleOptionGraphicsItem>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>
#include <QWheelEvent>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

// The diagram as the window edits it (document, pane, editor) on the
// sample with a Lab and a Prod environment, Harbor addressed in both. Its
// layout worker cannot start, so every layout is the fallback arrangement,
// measured from the same request as a Graphviz one: quick and
// deterministic, and no executable needed.
struct EditorFixture
{
    LayoutService service { u"/nonexistent/portolan"_s };
    std::unique_ptr<ProjectDocument> document;
    ProjectSelection selection;
    DiagramPane pane { &service };
    DiagramEditor editor { &pane, &selection };
    QSignalSpy shown { &pane, &DiagramPane::diagramShown };
    Id lab = 0;
    Id prod = 0;

    // False (and the test fails) when the sample cannot be set up.
    bool open()
    {
        QString error;
        auto store = ProjectStore::createInMemory(&error);
        if (!store || !loadSample(*store, u"tko"_s, &error))
            return false;
        document = std::make_unique<ProjectDocument>(std::move(store));
        lab = document->addEnvironment(u"Lab"_s);
        prod = document->addEnvironment(u"Prod"_s);
        if (!lab || !prod
            || !document->setComponentAddresses(lab, id(u"Harbor"_s),
                                                { u"10.0.2.5"_s, u"10.0.2.6"_s })
            || !document->setComponentAddresses(prod, id(u"Harbor"_s), { u"172.16.1.5"_s }))
            return false;
        selection.setDocument(document.get());
        pane.resize(1000, 700);
        pane.show();
        editor.setDocument(document.get());
        return settle();
    }

    Id id(const QString &name) const
    {
        for (const Component &component : document->project().components) {
            if (component.name == name)
                return component.id;
        }
        return 0;
    }
    const ComponentItem *item(const QString &name) const
    {
        return pane.scene()->componentItem(id(name));
    }
    QString tooltip(const QString &name) const { return pane.scene()->toolTipOf(item(name)); }
    QStringList drawnText(const QString &name) const
    {
        QStringList lines;
        for (const Primitive &primitive : item(name)->element().primitives) {
            if (primitive.kind == Primitive::Kind::Text)
                lines << primitive.text;
        }
        return lines;
    }
    QAction *showAddresses() const { return editor.showAddressesAction(); }

    // Waits until the picture is up to date: the next one shown, and the
    // layout still running after it, if any.
    bool settle()
    {
        if (!shown.wait(30000))
            return false;
        while (pane.isLayingOut()) {
            if (!shown.wait(30000))
                return false;
        }
        shown.clear();
        return true;
    }
};

} // namespace

class TestDiagramView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ProjectStore> m_store;
    ProjectSnapshot m_project;
    std::unique_ptr<DiagramScene> m_scene;
    std::unique_ptr<DiagramView> m_view;

    Id id(const QString &name) const { return m_store->findComponent(name)->id; }
    QWidget *viewport() const { return m_view->viewport(); }
    QPoint onScreen(QPointF scenePoint) const { return m_view->mapFromScene(scenePoint); }
    QPoint centreOf(Id component) const
    {
        return onScreen(m_scene->componentItem(component)->box().center());
    }

    // A place in the window where nothing is drawn.
    QPoint emptySpot() const
    {
        for (int y = 2; y < viewport()->height(); y += 7) {
            for (int x = 2; x < viewport()->width(); x += 7) {
                if (m_view->items(QPoint(x, y)).isEmpty())
                    return { x, y };
            }
        }
        return {};
    }

    void move(QPoint to) { QTest::mouseMove(viewport(), to); }

    void compareOpacity(const EdgeItem *item, qreal expected)
    {
        QVERIFY2(qFuzzyCompare(item->opacity(), expected),
                 qPrintable(u"%1: %2, expected %3"_s.arg(item->element().id)
                                .arg(item->opacity())
                                .arg(expected)));
    }

private slots:
    void init()
    {
        QString error;
        m_store = ProjectStore::createInMemory(&error);
        QVERIFY(m_store && loadSample(*m_store, u"tko"_s, &error));
        m_project = Testing::readSnapshot(*m_store);
        // An edge per (source, destination) here; zone edges are tried in
        // tst_mainwindow.
        m_project.drawingSettings.groupByZone = false;
        m_scene = std::make_unique<DiagramScene>();
        // The fallback arrangement: deterministic and quick, with the real
        // label placement; the pane test below goes through Graphviz.
        const Diagram diagram = assembleDiagram(
            m_project, {}, fallbackLayout(diagramLayoutRequest(m_project, {}), {}));
        m_scene->setDiagram(diagram, renderDiagram(diagram));
        m_view = std::make_unique<DiagramView>(m_scene.get());
        m_view->resize(1100, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->resetZoom();
        m_view->centerOn(m_scene->componentItem(id(u"Avi Controller"_s))->box().center());
    }

    void cleanup()
    {
        m_view.reset();
        m_scene.reset();
        m_store.reset();
    }

    void oneItemPerComponentAndPair()
    {
        QCOMPARE(m_scene->componentItems().size(), m_project.components.size());
        QSet<QPair<Id, Id>> pairs;
        for (const Flow &flow : std::as_const(m_project.flows))
            pairs.insert({ flow.sourceId, flow.destinationId });
        QCOMPARE(m_scene->edgeItems().size(), 2 * pairs.size()); // edges and their labels
        for (const auto &[source, target] : pairs) {
            QVERIFY(m_scene->edgeItem(source, target));
            const EdgeItem *label = m_scene->labelItem(source, target);
            QVERIFY(label);
            QString text;
            for (const Primitive &primitive : label->element().primitives)
                text += primitive.text + u' ';
            for (const Flow &flow : std::as_const(m_project.flows)) {
                if (flow.sourceId != source || flow.destinationId != target)
                    continue;
                for (const PortSet::Range &range : flow.ports.ranges())
                    QVERIFY2(text.contains(QString::number(range.lo)), qPrintable(text));
                QVERIFY(label->toolTip().contains(flow.purpose));
            }
        }
    }

    void anEditRemakesOnlyWhatChanged()
    {
        // Every item made so far is marked; an item without the mark is new.
        for (DiagramElementItem *item : m_scene->elementItems())
            item->setData(0, true);
        const Flow changed = m_project.flows.constFirst();
        const Id unrelated = [&] {
            for (const Component &component : std::as_const(m_project.components)) {
                if (component.id != changed.sourceId && component.id != changed.destinationId)
                    return component.id;
            }
            return Id(0);
        }();
        m_scene->componentItem(unrelated)->setSelected(true);
        m_scene->componentItem(changed.sourceId)->setSelected(true);
        // A new purpose: the tooltips of the flow's components, its edge and
        // the edge's label change, nothing else.
        Flow edited = changed;
        edited.purpose = u"a purpose no tooltip had"_s;
        ProjectSnapshot::Edit edit;
        edit.flows = { edited };
        m_project.apply(edit);
        const Diagram diagram = assembleDiagram(
            m_project, {}, fallbackLayout(diagramLayoutRequest(m_project, {}), {}));
        m_scene->setDiagram(diagram, renderDiagram(diagram));

        const auto isNew = [](const QGraphicsItem *item) { return !item->data(0).toBool(); };
        QVERIFY(isNew(m_scene->componentItem(changed.sourceId)));
        QVERIFY(isNew(m_scene->componentItem(changed.destinationId)));
        QVERIFY(isNew(m_scene->edgeItem(changed.sourceId, changed.destinationId)));
        QVERIFY(isNew(m_scene->labelItem(changed.sourceId, changed.destinationId)));
        QVERIFY(m_scene->componentItem(changed.sourceId)->toolTip().contains(edited.purpose));
        int made = 0;
        for (DiagramElementItem *item : m_scene->elementItems())
            made += isNew(item) ? 1 : 0;
        QCOMPARE(made, 4); // the two components, the edge and its label
        QCOMPARE(m_scene->elementItems().size(), m_scene->items().size()); // none left over
        // The selection is kept, on the kept item and the new one alike.
        const QList<Id> selected = m_scene->selectedComponentIds();
        QCOMPARE(QSet<Id>(selected.cbegin(), selected.cend()),
                 QSet<Id>({ unrelated, changed.sourceId }));

        // A component moved on screen but not in the drawing (a drag that
        // stored nothing) is drawn where the drawing has it again.
        ComponentItem *moved = m_scene->componentItem(unrelated);
        const QRectF box = moved->box();
        moved->setPos(40, 30);
        m_scene->setDiagram(diagram, renderDiagram(diagram));
        QCOMPARE(m_scene->componentItem(unrelated)->box(), box);

        // What goes is taken out: a component removed with its flows, its
        // item and its edges' go, the rest is found where it was.
        ProjectSnapshot::Edit removal;
        removal.removedComponents = { unrelated };
        QList<QPair<Id, Id>> gone;
        for (const Flow &flow : std::as_const(m_project.flows)) {
            if (flow.sourceId == unrelated || flow.destinationId == unrelated) {
                removal.removedFlows.append(flow.id);
                gone.append({ flow.sourceId, flow.destinationId });
            }
        }
        QVERIFY(!gone.isEmpty());
        m_project.apply(removal);
        const Diagram without = assembleDiagram(
            m_project, {}, fallbackLayout(diagramLayoutRequest(m_project, {}), {}));
        m_scene->setDiagram(without, renderDiagram(without));
        QVERIFY(!m_scene->componentItem(unrelated));
        for (const auto &[source, target] : std::as_const(gone)) {
            QVERIFY(!m_scene->edgeItem(source, target));
            QVERIFY(!m_scene->labelItem(source, target));
        }
        for (const DiagramEdge &edge : without.edges)
            QVERIFY(m_scene->edgeItem(edge.sourceId, edge.targetId));
        QCOMPARE(m_scene->componentItems().size(), without.components.size());
        QCOMPARE(m_scene->elementItems().size(), m_scene->items().size()); // none left over
    }

    void hoverDimsTheRest()
    {
        const Id avi = id(u"Avi Controller"_s);
        move(emptySpot());
        move(centreOf(avi));
        QCOMPARE(m_scene->hoveredComponent(), avi);
        for (const EdgeItem *edge : m_scene->edgeItems()) {
            const bool adjacent = edge->sourceId() == avi || edge->targetId() == avi;
            compareOpacity(edge, adjacent ? 1.0 : DiagramElementItem::dimmedOpacity);
            QCOMPARE(edge->isHighlighted(), adjacent);
        }
        QCOMPARE(m_scene->componentItem(avi)->opacity(), 1.0);
        QCOMPARE(m_scene->componentItem(id(u"Syslog"_s))->opacity(), 1.0); // a neighbour
        QCOMPARE(m_scene->componentItem(id(u"Harbor"_s))->opacity(),
                 DiagramElementItem::dimmedOpacity);

        move(emptySpot());
        QCOMPARE(m_scene->hoveredComponent(), 0);
        for (const EdgeItem *edge : m_scene->edgeItems())
            compareOpacity(edge, 1.0);
    }

    void clickSelects()
    {
        QSignalSpy spy(m_scene.get(), &DiagramScene::componentSelectionChanged);
        const Id avi = id(u"Avi Controller"_s);
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, centreOf(avi));
        QCOMPARE(m_scene->selectedComponentIds(), QList<Id> { avi });
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<QList<Id>>(), QList<Id> { avi });

        QTest::mouseClick(viewport(), Qt::LeftButton, {}, emptySpot());
        QVERIFY(m_scene->selectedComponentIds().isEmpty());
        QCOMPARE(spy.size(), 2);

        m_scene->selectComponents({ avi });
        m_scene->selectComponents({ avi }); // no change, no signal
        QCOMPARE(spy.size(), 3);
    }

    void filterFadesAndHides_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("target");
        QTest::newRow("port") << u"443"_s << u"Avi Controller"_s << u"vCenter Server"_s;
        QTest::newRow("range") << u"30000-32767"_s << u"Bootstrap Machine"_s
                               << u"NodePort Services"_s;
    }

    void filterFadesAndHides()
    {
        QFETCH(QString, text);
        QFETCH(QString, source);
        QFETCH(QString, target);
        DiagramFilterBar bar;
        connect(&bar, &DiagramFilterBar::filterChanged, m_scene.get(), &DiagramScene::setFilter);
        connect(&bar, &DiagramFilterBar::hideNonMatchingChanged, m_scene.get(),
                &DiagramScene::setHideNonMatching);
        bar.setProject(m_project);
        QTest::keyClicks(bar.textField(), text);
        QCOMPARE(m_scene->filter().text, text);

        const PortSet wanted = PortSet::parse(text).value();
        int matching = 0;
        for (const EdgeItem *edge : m_scene->edgeItems()) {
            bool carries = false;
            for (const Flow &flow : std::as_const(m_project.flows)) {
                carries = carries
                    || (flow.sourceId == edge->sourceId() && flow.destinationId == edge->targetId()
                        && flow.ports.intersects(wanted));
            }
            matching += carries ? 1 : 0;
            compareOpacity(edge, carries ? 1.0 : DiagramElementItem::filteredOpacity);
            QVERIFY(edge->isVisible());
        }
        QVERIFY(matching > 0 && matching < m_scene->edgeItems().size());
        const EdgeItem *expected = m_scene->edgeItem(id(source), id(target));
        compareOpacity(expected, 1.0);

        bar.findChild<QCheckBox *>(u"hideNonMatching"_s)->click();
        QVERIFY(m_scene->hidesNonMatching());
        for (const EdgeItem *edge : m_scene->edgeItems())
            QCOMPARE(edge->isVisible(), !edge->isFilteredOut());
        QVERIFY(expected->isVisible());
        QVERIFY(!m_scene->componentItem(id(u"Syslog"_s))->isVisible()); // TCP 514 only

        bar.clear();
        for (const EdgeItem *edge : m_scene->edgeItems()) {
            QVERIFY(edge->isVisible());
            compareOpacity(edge, 1.0);
        }
    }

    void zoomChangesTheTransform()
    {
        const qreal start = m_view->zoom();
        m_view->zoomIn();
        QVERIFY(m_view->zoom() > start);
        m_view->zoomOut();
        QVERIFY(qFuzzyCompare(m_view->zoom(), start));
        QTest::keyClick(m_view.get(), Qt::Key_Minus);
        QVERIFY(m_view->zoom() < start);
        QTest::keyClick(m_view.get(), Qt::Key_Plus);
        QVERIFY(qFuzzyCompare(m_view->zoom(), start));

        // Ctrl+wheel zooms round the pointer; the plain wheel scrolls. (Away
        // from the diagram's edges, where the scroll bars stop anchoring.)
        m_view->zoomIn();
        m_view->zoomIn();
        m_view->centerOn(m_scene->sceneRect().center());
        const qreal before = m_view->zoom();
        const QPoint at = viewport()->rect().center() + QPoint(40, 30);
        const QPointF under = m_view->mapToScene(at);
        QWheelEvent wheel(at, m_view->viewport()->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport(), &wheel);
        QVERIFY(m_view->zoom() > before);
        QVERIFY2(QLineF(m_view->mapToScene(at), under).length() < 2,
                 qPrintable(u"%1,%2 -> %3,%4 zoom %5"_s.arg(under.x())
                                .arg(under.y())
                                .arg(m_view->mapToScene(at).x())
                                .arg(m_view->mapToScene(at).y())
                                .arg(m_view->zoom())));
        const qreal zoomed = m_view->zoom();
        QWheelEvent scroll(at, m_view->viewport()->mapToGlobal(at), {}, QPoint(0, -120),
                           Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport(), &scroll);
        QCOMPARE(m_view->zoom(), zoomed);

        // A touchpad pinch arrives as native zoom gestures: +50 % here.
        QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(),
                                  2, at, at, m_view->viewport()->mapToGlobal(at), 0.5, {});
        QApplication::sendEvent(viewport(), &pinch);
        QVERIFY(qFuzzyCompare(m_view->zoom(), zoomed * 1.5));
    }

    void fitShowsEverything()
    {
        m_view->zoomIn();
        m_view->zoomIn();
        m_view->fitToWindow();
        const QRectF visible = m_view->mapToScene(viewport()->rect()).boundingRect();
        QVERIFY(visible.adjusted(-1, -1, 1, 1).contains(m_scene->sceneRect()));
        QVERIFY(m_view->zoom() <= 1.0);
    }

    // Zoomed far out, text too small to read and shapes a pixel across are
    // left out on screen (most of the painting at L, and nothing to see);
    // the exports draw everything at every scale.
    void farZoomLeavesOutWhatCannotBeRead()
    {
        Primitive text;
        text.kind = Primitive::Kind::Text;
        text.text = u"TCP 443"_s;
        text.font.setPixelSize(9);
        text.color = Qt::black;
        text.origin = QPointF(2, 12);
        Primitive head; // an arrow head, 4 pt across
        head.path.addRect(QRectF(60, 4, 4, 4));
        head.fill = Qt::black;
        const auto inked = [](const QList<Primitive> &primitives, qreal scale, bool onScreen) {
            QImage image(200, 60, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.scale(scale, scale);
            if (onScreen) {
                DisplayElement element;
                element.bounds = QRectF(0, 0, 70, 16);
                element.primitives = primitives;
                DiagramElementItem item(element);
                QStyleOptionGraphicsItem option;
                item.paint(&painter, &option, nullptr);
            } else {
                DisplayList list;
                list.bounds = QRectF(0, 0, 70, 16);
                list.background = QColor();
                list.elements.append(DisplayElement {
                    DisplayElement::Role::EdgeLabel, u"l"_s, {}, list.bounds, primitives });
                paintDisplayList(&painter, list);
            }
            painter.end();
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (image.pixel(x, y) != qRgb(255, 255, 255))
                        return true;
                }
            }
            return false;
        };
        QVERIFY(inked({ text }, 1.0, true)); // 9 px: drawn
        QVERIFY(!inked({ text }, 0.3, true)); // 2.7 px: left out
        QVERIFY(inked({ text }, 0.4, true)); // 3.6 px: small, still drawn
        QVERIFY(inked({ text }, 0.3, false)); // exported: drawn
        QVERIFY(inked({ head }, 1.0, true));
        QVERIFY(!inked({ head }, 0.3, true)); // 1.2 px
        QVERIFY(inked({ head }, 0.3, false));
    }

    // Zoomed in, a long line is stroked only near the part being painted,
    // and what shows there is exactly what the whole line draws.
    void longLinesAreStrokedOnlyNearThePaintedPart()
    {
        Primitive line; // a route from far left to far right, one curved corner
        line.path.moveTo(-3000, 50);
        line.path.lineTo(-1000, 50);
        line.path.lineTo(-1000, 120);
        line.path.lineTo(40, 120);
        line.path.cubicTo(80, 120, 100, 140, 100, 180); // the corner, in view
        line.path.lineTo(100, 240);
        line.path.lineTo(3000, 240);
        line.path.lineTo(3000, -500);
        line.stroke = QColor(0x25, 0x63, 0xeb);
        line.strokeWidth = 1.5;
        const QRectF visible(0, 100, 300, 200);
        const QPainterPath near = pathNear(line.path, visible);
        QVERIFY2(near.elementCount() < line.path.elementCount(),
                 qPrintable(QString::number(near.elementCount())));
        QVERIFY(near.elementCount() >= 6); // the runs through the view stay
        const auto picture = [&](const QRectF &part) {
            QImage image(300, 200, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.translate(-visible.topLeft());
            paintPrimitives(&painter, { line }, 1.0, part);
            painter.end();
            return image;
        };
        QCOMPARE(picture(visible), picture(QRectF()));
        // Dashed lines keep their pattern: drawn whole.
        line.strokeStyle = Qt::DashLine;
        QCOMPARE(picture(visible), picture(QRectF()));
    }

    // A line whose bounds span the painted part but whose runs pass round
    // it is not painted at all; one with a run through it is, and a path's
    // second stroke starts afresh where it moves.
    void linesRunningRoundThePaintedPartAreLeftOut()
    {
        const QRectF visible(0, 0, 100, 100);
        const auto recorded = [&visible](const QList<Primitive> &primitives) {
            QPicture picture;
            QPainter painter(&picture);
            paintPrimitives(&painter, primitives, 0.05, visible);
            painter.end();
            return picture.size();
        };
        Primitive round; // from above the view to its right: an L round its corner
        round.path.moveTo(-500, -50);
        round.path.lineTo(300, -50);
        round.path.lineTo(300, 400);
        round.stroke = Qt::black;
        round.strokeWidth = 1;
        QVERIFY(visible.intersects(round.path.controlPointRect()));
        const uint nothing = recorded({});
        QCOMPARE(recorded({ round }), nothing);
        Primitive through = round;
        through.path.lineTo(50, 400);
        through.path.lineTo(50, 50); // back up into the view
        QVERIFY(recorded({ through }) > nothing);

        QPainterPath twice; // two strokes across the view
        twice.moveTo(-500, 50);
        twice.lineTo(500, 50);
        twice.moveTo(-500, 60);
        twice.lineTo(500, 60);
        const QPainterPath near = pathNear(twice, visible);
        QCOMPARE(near.elementCount(), 4);
        QVERIFY(near.elementAt(2).isMoveTo());
        QCOMPARE(QPointF(near.elementAt(2)), QPointF(-500, 60));
    }

    // An edge is hit within 4 pt of its line or on its arrow head, not
    // elsewhere in its bounding box; the scene finds it there.
    void edgeIsHitNearItsLine()
    {
        DisplayElement element;
        element.role = DisplayElement::Role::Edge;
        Primitive line;
        line.path.moveTo(0, 0);
        line.path.lineTo(100, 0);
        line.path.lineTo(100, 90);
        line.stroke = Qt::black;
        Primitive head;
        head.path.addPolygon(QPolygonF({ QPointF(96, 90), QPointF(104, 90), QPointF(100, 100) }));
        head.path.closeSubpath();
        head.fill = Qt::black;
        element.primitives = { line, head };
        element.bounds = QRectF(0, 0, 104, 100);
        auto *edge = new EdgeItem(1, 2, element);
        QVERIFY(edge->contains(QPointF(50, 0)));
        QVERIFY(edge->contains(QPointF(50, 3.5)));
        QVERIFY(!edge->contains(QPointF(50, 5)));
        QVERIFY(edge->contains(QPointF(103, 40)));
        QVERIFY(!edge->contains(QPointF(50, 50))); // in the box, far from the line
        QVERIFY(edge->contains(QPointF(100, 97))); // on the arrow head
        QGraphicsScene scene;
        scene.setItemIndexMethod(QGraphicsScene::NoIndex);
        scene.addItem(edge);
        QCOMPARE(scene.items(QPointF(100, 45)).size(), 1);
        QVERIFY(scene.items(QPointF(50, 50)).isEmpty());
    }

    void dragPinsWhereDropped()
    {
        QSignalSpy spy(m_scene.get(), &DiagramScene::componentMoved);
        const Id harbor = id(u"Harbor"_s);
        m_view->centerOn(m_scene->componentItem(harbor)->box().center());
        const QPointF before = m_scene->componentItem(harbor)->box().center();
        const QPoint start = centreOf(harbor);
        QTest::mousePress(viewport(), Qt::LeftButton, {}, start);
        for (int step = 1; step <= 5; ++step)
            move(start + QPoint(-12 * step, 8 * step));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, start + QPoint(-60, 40));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<Id>(), harbor);
        const QPointF centre = spy.at(0).at(1).toPointF();
        QVERIFY2(QLineF(centre, before + QPointF(-60, 40) / m_view->zoom()).length() < 1.5,
                 qPrintable(u"%1,%2"_s.arg(centre.x()).arg(centre.y())));

        // A click without moving pins nothing.
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, centreOf(harbor));
        QCOMPARE(spy.size(), 1);
    }

    void keyboardMovesTheSelection()
    {
        const Id avi = id(u"Avi Controller"_s);
        m_scene->selectComponents({ avi });
        const QPointF from = m_scene->componentItem(avi)->box().center();
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QList<Id> selected = m_scene->selectedComponentIds();
        QCOMPARE(selected.size(), 1);
        QVERIFY(selected.first() != avi);
        QVERIFY(m_scene->componentItem(selected.first())->box().center().x() > from.x());

        QTest::keyClick(m_view.get(), Qt::Key_Left);
        QVERIFY(m_scene->componentItem(m_scene->selectedComponentIds().first())->box().center().x()
                < m_scene->componentItem(selected.first())->box().center().x());

        // Tab follows the components' order; Shift+Tab goes back.
        m_scene->selectComponents({ m_project.components.at(3).id });
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QCOMPARE(m_scene->selectedComponentIds(), QList<Id> { m_project.components.at(4).id });
        QTest::keyClick(m_view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(m_scene->selectedComponentIds(), QList<Id> { m_project.components.at(3).id });

        // Enter brings the selection to the middle of the window (one from
        // the middle of the diagram, which the scroll bars let reach it).
        const QPointF sceneMiddle = m_scene->sceneRect().center();
        Id central = 0;
        for (const ComponentItem *item : m_scene->componentItems()) {
            if (!central
                || QLineF(item->box().center(), sceneMiddle).length()
                    < QLineF(m_scene->componentItem(central)->box().center(), sceneMiddle).length())
                central = item->componentId();
        }
        m_view->zoomIn();
        m_view->zoomIn();
        m_scene->selectComponents({ central });
        m_view->centerOn(m_scene->sceneRect().topLeft());
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        const QPoint middle = viewport()->rect().center();
        QVERIFY((centreOf(central) - middle).manhattanLength() < 4);

        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QVERIFY(m_scene->selectedComponentIds().isEmpty());
    }

    void paneLaysOutInTheWorker()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(PORTOLAN_BINARY)),
                 "the portolan executable (the layout worker) is not built");
        LayoutService service(QStringLiteral(PORTOLAN_BINARY));
        DiagramPane pane(&service);
        pane.resize(1000, 700);
        pane.show();
        QSignalSpy shown(&pane, &DiagramPane::diagramShown);
        QSignalSpy store(&pane, &DiagramPane::storeRequested);
        pane.setProject(m_project); // no drawing yet: a fresh layout
        QVERIFY(!pane.isSettled());
        QVERIFY(shown.wait(30000));
        QVERIFY(pane.isSettled());
        QCOMPARE(pane.scene()->componentItems().size(), m_project.components.size());
        QVERIFY(pane.scene()->diagram().layoutError.isEmpty());
        QCOMPARE(store.size(), 0); // not storable: kept in the pane

        // Stored, a drawing is drawn as it is: no layout at all.
        pane.setStorable(true);
        ProjectSnapshot drawn = m_project;
        const LayoutResult layout
            = layOutWithGraphviz(diagramLayoutRequest(m_project, drawingOptions()));
        for (const DrawnItem &item : drawnItems(layout))
            drawn.drawing.insert(item.key, item);
        pane.setProject(drawn);
        QVERIFY(shown.wait(30000));
        QVERIFY(!pane.isLayingOut());
        QCOMPARE(store.size(), 0); // complete: nothing to store
        const Id avi = id(u"Avi Controller"_s);
        QCOMPARE(pane.scene()->componentItem(avi)->box(),
                 drawn.drawing.value(componentKey(avi)).box);

        // Ctrl+F's target, and the filter reaching the scene.
        pane.filterBar()->focusText();
        QTest::keyClicks(pane.filterBar()->textField(), u"443"_s);
        QCOMPARE(pane.scene()->filter().text, u"443"_s);
    }

    void failedLayoutShowsFallbackAndSays()
    {
        // A worker that cannot even start: the service answers with the
        // fallback arrangement and an error, which the pane shows inline.
        LayoutService service(u"/nonexistent/portolan"_s);
        DiagramPane pane(&service);
        pane.resize(1000, 700);
        pane.show();
        QSignalSpy failed(&pane, &DiagramPane::layoutFailed);
        QSignalSpy shown(&pane, &DiagramPane::diagramShown);
        pane.setProject(m_project);
        QVERIFY(shown.wait(30000));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QCOMPARE(pane.scene()->componentItems().size(), m_project.components.size());
        QWidget *message = pane.findChild<QWidget *>(u"layoutMessage"_s);
        QVERIFY(message && message->isVisible());
        QVERIFY(!pane.isLayingOut());
    }

    void showAddressesNeedsAnEnvironment()
    {
        EditorFixture f;
        QVERIFY(f.open());
        QAction *action = f.showAddresses();
        QCOMPARE(action->objectName(), u"showAddresses"_s);
        QVERIFY(action->isCheckable());
        QVERIFY(!action->isChecked());
        QVERIFY(!action->isEnabled());
        QCOMPARE(f.editor.environment(), 0);

        f.editor.setEnvironment(f.lab);
        QCOMPARE(f.editor.environment(), f.lab);
        QVERIFY(action->isEnabled());
        QVERIFY(!action->isChecked()); // tooltips only, until asked
        f.editor.setEnvironment(0);
        QVERIFY(!action->isEnabled());
        f.editor.setEnvironment(123456); // not in the project: none
        QCOMPARE(f.editor.environment(), 0);
        QVERIFY(!action->isEnabled());
    }

    void addressesFollowToggleAndEnvironment()
    {
        EditorFixture f;
        QVERIFY(f.open());
        const QRectF plain = f.item(u"Harbor"_s)->box();
        QVERIFY(!f.tooltip(u"Harbor"_s).contains(u"Lab"_s));

        // An environment alone: tooltips name the addresses; boxes stay.
        f.editor.setEnvironment(f.lab);
        QVERIFY(f.settle());
        QVERIFY2(f.tooltip(u"Harbor"_s).contains(u"\nLab: 10.0.2.5, 10.0.2.6\n"_s),
                 qPrintable(f.tooltip(u"Harbor"_s)));
        QVERIFY(f.tooltip(u"Syslog"_s).contains(u"\nLab: no address\n"_s));
        QCOMPARE(f.drawnText(u"Harbor"_s), QStringList { u"Harbor"_s });
        QCOMPARE(f.item(u"Harbor"_s)->box(), plain);

        f.showAddresses()->trigger();
        QVERIFY(f.showAddresses()->isChecked());
        QVERIFY(f.settle());
        QCOMPARE(f.drawnText(u"Harbor"_s),
                 (QStringList { u"Harbor"_s, u"10.0.2.5"_s, u"10.0.2.6"_s }));
        QVERIFY(f.item(u"Harbor"_s)->box().height() > plain.height());
        QCOMPARE(f.drawnText(u"Syslog"_s), QStringList { u"Syslog"_s });

        f.editor.setEnvironment(f.prod);
        QVERIFY(f.settle());
        QCOMPARE(f.drawnText(u"Harbor"_s), (QStringList { u"Harbor"_s, u"172.16.1.5"_s }));
        QVERIFY(f.tooltip(u"Harbor"_s).contains(u"\nProd: 172.16.1.5\n"_s));

        f.showAddresses()->trigger();
        QVERIFY(f.settle());
        QCOMPARE(f.drawnText(u"Harbor"_s), QStringList { u"Harbor"_s });
        QCOMPARE(f.item(u"Harbor"_s)->box().size(), plain.size());
        QVERIFY(f.tooltip(u"Harbor"_s).contains(u"\nProd: 172.16.1.5\n"_s));
    }

    void viewShowsItsOwnDrawing()
    {
        EditorFixture f;
        QVERIFY(f.open());
        const int all = int(f.document->project().components.size());
        QCOMPARE(int(f.pane.scene()->componentItems().size()), all);
        View avi;
        avi.name = u"Avi"_s;
        avi.selection.products
            = { f.document->store().findProduct(u"NSX Advanced Load Balancer"_s)->id };
        const Id view = f.document->addView(avi);
        QVERIFY(view);
        QVERIFY(f.settle());
        QSignalSpy shownView(&f.editor, &DiagramEditor::viewShown);
        f.editor.showView(view);
        QVERIFY(f.settle());
        QCOMPARE(shownView.size(), 1);
        QCOMPARE(f.editor.shownView(), view);
        const int inView = int(viewProject(f.document->project(), view).components.size());
        QVERIFY(inView < all);
        QCOMPARE(int(f.pane.scene()->componentItems().size()), inView);
        QVERIFY(!f.item(u"Harbor"_s));

        // A flow drawn in the view is a flow of the project: it shows here
        // with its new end, and in "All".
        Flow flow;
        flow.productId = *avi.selection.products.cbegin();
        flow.sourceId = f.id(u"Avi Controller"_s);
        flow.destinationId = f.id(u"Harbor"_s);
        flow.protocol = Transport::Tcp;
        flow.ports = PortSet::single(5000);
        flow.purpose = u"Images"_s;
        const Id added = f.document->addFlow(flow);
        QVERIFY(added);
        QVERIFY(f.settle());
        QVERIFY(f.item(u"Harbor"_s));
        QCOMPARE(int(f.pane.scene()->componentItems().size()), inView + 1);
        f.editor.showView(0);
        QVERIFY(f.settle());
        QCOMPARE(int(f.pane.scene()->componentItems().size()), all);
        QVERIFY(f.document->project().flow(added));

        // Deleting the view shown brings back the whole project.
        f.editor.showView(view);
        QVERIFY(f.settle());
        QVERIFY(f.document->deleteView(view));
        QVERIFY(f.settle());
        QCOMPARE(f.editor.shownView(), Id(0));
        QCOMPARE(shownView.last().at(0).value<Id>(), Id(0));
        QCOMPARE(int(f.pane.scene()->componentItems().size()), all);
    }

    void focusAndZonesOpenPassingViews()
    {
        EditorFixture f;
        QVERIFY(f.open());
        const int steps = f.document->undoStack()->count();
        const Id avi = f.id(u"Avi Controller"_s);
        f.selection.select(ProjectSelection::Kind::Components, { avi });
        QSignalSpy shownView(&f.editor, &DiagramEditor::viewShown);
        f.editor.focusAction()->trigger();
        QVERIFY(f.settle());
        QVERIFY(f.editor.passingView());
        QCOMPARE(shownView.last().at(0).value<Id>(), Id(-1));
        QCOMPARE(shownView.last().at(1).toString(), u"focus on Avi Controller"_s);
        const ProjectSnapshot focused
            = viewProject(f.document->project(), focusView(f.document->project(), { avi }, 1));
        QCOMPARE(f.pane.scene()->componentItems().size(), focused.components.size());
        QVERIFY(f.item(u"Management Client"_s)); // talks to it
        QVERIFY(!f.item(u"Harbor"_s)); // does not
        // Not stored: no step, no view's drawing.
        QCOMPARE(f.document->undoStack()->count(), steps);
        QVERIFY(f.document->project().viewDrawings.isEmpty());

        // The zone overview, and a zone opened from it by a double-click.
        const Id overview
            = f.document->addView({ 0, u"Overview"_s, 0, ViewLevel::Zones, {}, false });
        QVERIFY(overview);
        f.editor.showView(overview);
        QVERIFY(f.settle());
        QVERIFY(!f.editor.passingView());
        QCOMPARE(f.pane.scene()->componentItems().size(), 6);
        const Id shared = f.document->store().findZone(u"Shared services"_s)->id;
        QVERIFY(f.pane.scene()->componentItem(zoneNodeId(shared)));
        // A zone's node has no place of its own to drag it to; a
        // component's has.
        QVERIFY(!(f.pane.scene()->componentItem(zoneNodeId(shared))->flags()
                  & QGraphicsItem::ItemIsMovable));
        // Picked, a zone's node selects its zone (the Inspector shows it);
        // a zone picked elsewhere selects its node.
        f.pane.scene()->componentItem(zoneNodeId(shared))->setSelected(true);
        QCOMPARE(f.selection.kind(), ProjectSelection::Kind::Zones);
        QCOMPARE(f.selection.ids(ProjectSelection::Kind::Zones), QList<Id> { shared });
        const Id admins = f.document->store().findZone(u"Admin clients"_s)->id;
        f.selection.select(ProjectSelection::Kind::Zones, { admins });
        QCOMPARE(f.pane.scene()->selectedComponentIds(), QList<Id> { zoneNodeId(admins) });
        f.selection.select(ProjectSelection::Kind::Components, {});
        QVERIFY(f.pane.scene()->selectedComponentIds().isEmpty());
        emit f.pane.scene()->componentActivated(zoneNodeId(shared));
        QVERIFY(f.settle());
        QVERIFY(f.editor.passingView());
        QVERIFY(f.item(u"Syslog"_s) && f.item(u"Harbor"_s)); // its own
        QVERIFY(f.item(u"Syslog"_s)->flags() & QGraphicsItem::ItemIsMovable);
        QVERIFY(f.item(u"Avi Controller"_s)); // talks to Syslog
        QVERIFY(!f.item(u"Avi Service Engine"_s));
        QCOMPARE(shownView.last().at(1).toString(),
                 u"zone \u201cShared services\u201d and what talks to it"_s);
    }

    void addressEditsShowAndGoOnUndo()
    {
        EditorFixture f;
        QVERIFY(f.open());
        f.editor.setEnvironment(f.lab);
        f.showAddresses()->setChecked(true);
        QVERIFY(f.settle());
        const Id syslog = f.id(u"Syslog"_s);
        const qreal before = f.item(u"Syslog"_s)->box().height();

        QVERIFY(f.document->setComponentAddresses(f.lab, syslog, { u"10.0.1.5"_s }));
        QVERIFY(f.settle());
        QCOMPARE(f.drawnText(u"Syslog"_s), (QStringList { u"Syslog"_s, u"10.0.1.5"_s }));
        QVERIFY(f.item(u"Syslog"_s)->box().height() >= before); // one line may fit as it was
        QVERIFY(f.tooltip(u"Syslog"_s).contains(u"\nLab: 10.0.1.5\n"_s));

        f.document->undoStack()->undo();
        QVERIFY(f.settle());
        QCOMPARE(f.drawnText(u"Syslog"_s), QStringList { u"Syslog"_s });
        QCOMPARE(f.item(u"Syslog"_s)->box().height(), before);
        QVERIFY(f.tooltip(u"Syslog"_s).contains(u"\nLab: no address\n"_s));

        f.document->undoStack()->redo();
        QVERIFY(f.settle());
        QCOMPARE(f.drawnText(u"Syslog"_s), (QStringList { u"Syslog"_s, u"10.0.1.5"_s }));

        // Another environment's addresses change nothing drawn.
        QVERIFY(f.document->setComponentAddresses(f.prod, syslog, { u"172.16.1.9"_s }));
        QVERIFY(f.settle());
        QCOMPARE(f.drawnText(u"Syslog"_s), (QStringList { u"Syslog"_s, u"10.0.1.5"_s }));
    }

    // Hidden addresses change tooltips only: the picture is redrawn where
    // everything is, without a new layout.
    void hiddenAddressEditsRedrawInPlace()
    {
        EditorFixture f;
        QVERIFY(f.open());
        f.editor.setEnvironment(f.lab);
        QVERIFY(f.settle());
        QHash<Id, QRectF> boxes;
        for (const ComponentItem *item : f.pane.scene()->componentItems())
            boxes.insert(item->componentId(), item->box());

        QVERIFY(f.document->setComponentAddresses(f.lab, f.id(u"Syslog"_s), { u"10.0.1.9"_s }));
        QVERIFY(!f.pane.isLayingOut());
        QVERIFY(f.settle());
        QVERIFY(f.tooltip(u"Syslog"_s).contains(u"\nLab: 10.0.1.9\n"_s));
        QCOMPARE(f.drawnText(u"Syslog"_s), QStringList { u"Syslog"_s });
        for (const ComponentItem *item : f.pane.scene()->componentItems())
            QCOMPARE(item->box(), boxes.value(item->componentId()));
    }

    void deletedEnvironmentShowsNoAddresses()
    {
        EditorFixture f;
        QVERIFY(f.open());
        f.editor.setEnvironment(f.lab);
        f.showAddresses()->setChecked(true);
        QVERIFY(f.settle());
        QCOMPARE(f.drawnText(u"Harbor"_s).size(), 3);

        QVERIFY(f.document->deleteEnvironment(f.lab));
        QVERIFY(f.settle());
        QCOMPARE(f.editor.environment(), 0);
        QVERIFY(!f.showAddresses()->isEnabled());
        QCOMPARE(f.drawnText(u"Harbor"_s), QStringList { u"Harbor"_s });
        QVERIFY(!f.tooltip(u"Harbor"_s).contains(u"Lab"_s));

        // Undo brings the environment back, not the choice: the window says
        // which environment to show.
        f.document->undoStack()->undo();
        QVERIFY(f.settle());
        QCOMPARE(f.editor.environment(), 0);
        QCOMPARE(f.drawnText(u"Harbor"_s), QStringList { u"Harbor"_s });
        f.editor.setEnvironment(f.lab);
        QVERIFY(f.showAddresses()->isChecked()); // kept while disabled
        QVERIFY(f.settle());
        QCOMPARE(f.drawnText(u"Harbor"_s),
                 (QStringList { u"Harbor"_s, u"10.0.2.5"_s, u"10.0.2.6"_s }));
    }

    // The window's diagram carries no tooltips; pointing at a component or
    // a label shows the one worked out then, with the addresses of the
    // environment shown and every flow.
    void pointingShowsTooltipsWorkedOutThen()
    {
        EditorFixture f;
        QVERIFY(f.open());
        f.editor.setEnvironment(f.lab);
        QVERIFY(f.settle());
        DiagramView *view = f.pane.view();
        view->resetZoom();
        const auto pointAt = [view](const QGraphicsItem *item) {
            view->centerOn(item);
            const QPoint at = view->mapFromScene(item->sceneBoundingRect().center());
            QHelpEvent event(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
            QApplication::sendEvent(view->viewport(), &event);
            return QToolTip::isVisible() ? QToolTip::text() : QString();
        };

        const ComponentItem *harbor = f.item(u"Harbor"_s);
        QVERIFY(harbor->element().title.isEmpty());
        const QString said = pointAt(harbor);
        QVERIFY2(said.startsWith(u"Harbor\n"_s), qPrintable(said));
        QVERIFY2(said.contains(u"\nLab: 10.0.2.5, 10.0.2.6\n"_s), qPrintable(said));
        QCOMPARE(said, f.tooltip(u"Harbor"_s));
        int flows = 0;
        for (const Flow &flow : f.document->project().flows)
            flows += flow.sourceId == harbor->componentId()
                || flow.destinationId == harbor->componentId();
        QCOMPARE(said.count(u'\n'), 2 + flows); // name, kind and zone, the address, a line per flow

        const DiagramEdge &edge = f.pane.scene()->diagram().edges.constFirst();
        const EdgeItem *label = f.pane.scene()->labelItem(edge.sourceId, edge.targetId);
        QVERIFY(label);
        const QString edgeSaid = pointAt(label);
        QCOMPARE(edgeSaid.count(u'\n'), edge.flowIds.size()); // the ends, a line per flow
        for (const Id id : edge.flowIds)
            QVERIFY(edgeSaid.contains(f.document->project().flow(id)->purpose));
        QToolTip::hideText();
    }
};

QTEST_MAIN(TestDiagramView)
#include "tst_diagramview.moc"
