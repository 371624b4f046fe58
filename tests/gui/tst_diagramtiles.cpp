// Zoomed far out, a large diagram is painted from tiles drawn in the
// background: the tiles show what the items would (within antialiasing),
// coarser tiles stand in while finer ones are drawn, a new revision drops
// the old tiles, and in the view the selected component is still painted
// over them, a moved one shows where it went.

#include "diagram/diagramitems.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramtiles.h"
#include "diagram/diagramview.h"
#include "diagram/displaylistpainter.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

constexpr int columns = 60;
constexpr int rows = 40; // 2,400 components: enough to be tiled
const QRectF sceneRect(0, 0, columns * 200, rows * 100);

QRectF boxOf(int index, QPointF offset = {})
{
    return QRectF(QPointF((index % columns) * 200 + 50, (index / columns) * 100 + 30) + offset,
                  QSizeF(100, 40));
}

QList<Primitive> boxPrimitives(const QRectF &box, int index)
{
    Primitive shape;
    shape.path.addRoundedRect(box, 6, 6);
    shape.fill = QColor::fromHsv((index * 37) % 360, 160, 200);
    shape.stroke = Qt::black;
    shape.strokeWidth = 1.5;
    Primitive line; // to the next box along: long thin strokes
    line.path.moveTo(box.right(), box.center().y());
    line.path.lineTo(box.right() + 100, box.center().y());
    line.stroke = QColor(0x25, 0x63, 0xeb);
    line.strokeWidth = 2;
    return { shape, line };
}

// The diagram and its display list, component `moved` shifted by `offset`.
std::pair<Diagram, DisplayList> grid(int moved = -1, QPointF offset = {})
{
    Diagram diagram;
    DisplayList display;
    display.bounds = sceneRect;
    for (int i = 0; i < columns * rows; ++i) {
        const QRectF box = boxOf(i, i == moved ? offset : QPointF());
        diagram.components.append(
            DiagramComponent { i + 1, u"C%1"_s.arg(i), ComponentKind::Host, 0, false, box, {} });
        display.elements.append(DisplayElement { DisplayElement::Role::Component,
                                                 u"component-%1"_s.arg(i + 1),
                                                 {},
                                                 box.adjusted(-2, -2, 102, 2),
                                                 boxPrimitives(box, i),
                                                 i + 1 });
    }
    return { diagram, display };
}

QList<DiagramTiles::Element> tileElements(const DisplayList &display)
{
    QList<DiagramTiles::Element> elements;
    for (const DisplayElement &element : display.elements)
        elements.append({ element.primitives, element.bounds, 1.0 });
    return elements;
}

// The mean difference of two pictures of one size, 0–255 over all channels.
double meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        for (int column = 0; column < x.width(); ++column) {
            const QRgb p = x.pixel(column, row), q = y.pixel(column, row);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q))
                + std::abs(qBlue(p) - qBlue(q));
        }
    }
    return sum / (3.0 * x.width() * x.height());
}

// `area` at `scale` pixels per point, from the tiles or straight from the
// elements.
QImage picture(const QRectF &area, qreal scale, const std::function<void(QPainter &)> &paint)
{
    QImage image((area.size() * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    painter.translate(-area.topLeft());
    paint(painter);
    return image;
}

bool waitUntilCovered(DiagramTiles &tiles, const QRectF &area, qreal scale)
{
    return QTest::qWaitFor(
        [&] {
            return tiles.covers(area, scale) == DiagramTiles::Coverage::Full && !tiles.isDrawing();
        },
        120000);
}

// Pixels of `b` that differ clearly from the same pixel of `a`.
int changedPixels(const QImage &a, const QImage &b)
{
    int count = 0;
    for (int row = 0; row < a.height(); ++row) {
        for (int column = 0; column < a.width(); ++column) {
            const QRgb p = a.pixel(column, row), q = b.pixel(column, row);
            count += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q))
                    + std::abs(qBlue(p) - qBlue(q))
                > 60;
        }
    }
    return count;
}

} // namespace

class TestDiagramTiles : public QObject
{
    Q_OBJECT

private slots:
    void servesLargeDrawingsFarOut()
    {
        QVERIFY(DiagramTiles::serves(0.05, 5000));
        QVERIFY(DiagramTiles::serves(DiagramTiles::largestScale, 5000));
        QVERIFY(!DiagramTiles::serves(DiagramTiles::largestScale * 1.01, 5000));
        QVERIFY(!DiagramTiles::serves(0.05, DiagramTiles::minimumElements - 1));
    }

    // At each scale the tiles show what painting the elements shows.
    void tilesShowWhatTheElementsShow()
    {
        const DisplayList display = grid().second;
        DiagramTiles tiles;
        tiles.setContent(1, tileElements(display), sceneRect);
        QCOMPARE(tiles.covers(sceneRect, 0.05), DiagramTiles::Coverage::None); // nothing yet
        for (const qreal scale : { 0.05, 0.12, 0.3 }) {
            const QRectF area(1000, 600, 4000 * 0.1 / scale, 2500 * 0.1 / scale);
            QVERIFY2(waitUntilCovered(tiles, area, scale), qPrintable(QString::number(scale)));
            const QImage fromTiles
                = picture(area, scale, [&](QPainter &p) { tiles.paint(&p, area, scale); });
            const QImage direct = picture(area, scale, [&](QPainter &p) {
                for (const DisplayElement &element : display.elements)
                    paintPrimitives(&p, element.primitives, scale);
            });
            // Against the same picture blank, so the figure can be judged.
            const double blank = meanDifference(direct, picture(area, scale, [](QPainter &) {}));
            const double difference = meanDifference(fromTiles, direct);
            QVERIFY2(difference < blank / 10,
                     qPrintable(u"%1 (blank: %2) at %3"_s.arg(difference).arg(blank).arg(scale)));
        }
    }

    // Zoomed in a step, the coarser tiles cover at once while the finer
    // ones are drawn; a new revision drops every tile.
    void coarserTilesStandInAndRevisionsDropThem()
    {
        const DisplayList display = grid().second;
        DiagramTiles tiles;
        QSignalSpy ready(&tiles, &DiagramTiles::tileReady);
        tiles.setContent(1, tileElements(display), sceneRect);
        QVERIFY(waitUntilCovered(tiles, sceneRect, 0.05));
        const int drawn = int(ready.size());
        QCOMPARE(tiles.covers(sceneRect, 0.1), DiagramTiles::Coverage::Coarser); // 1/16 tiles
        QVERIFY(tiles.isDrawing()); // the 1/8 ones asked for
        QVERIFY(QTest::qWaitFor([&] { return !tiles.isDrawing(); }, 120000));
        QVERIFY(ready.size() > drawn);
        tiles.setContent(2, tileElements(display), sceneRect);
        QCOMPARE(tiles.revision(), quint64(2));
        QCOMPARE(tiles.covers(sceneRect, 0.1), DiagramTiles::Coverage::None);
    }

    // A change drops only the tiles that reach into it: elsewhere the
    // tiles cover at once, and where it is they show the new picture.
    void aChangeRedrawsOnlyTheTilesItReaches()
    {
        const DisplayList before = grid().second;
        const int moved = 5 * columns + 5; // near the top left
        const QPointF offset(0, 50);
        const DisplayList after = grid(moved, offset).second;
        constexpr qreal scale = 0.2; // tiles of 2,048 pt: 6 × 2 of them
        DiagramTiles tiles;
        tiles.setContent(1, tileElements(before), sceneRect);
        QVERIFY(waitUntilCovered(tiles, sceneRect, scale));
        const QRectF changed = before.elements[moved].bounds | after.elements[moved].bounds;
        tiles.setContent(2, tileElements(after), sceneRect, QList<QRectF> { changed });
        const QRectF farAway(sceneRect.center(), sceneRect.bottomRight());
        QCOMPARE(tiles.covers(farAway, scale), DiagramTiles::Coverage::Full);
        QCOMPARE(tiles.covers(changed, scale), DiagramTiles::Coverage::None);
        QVERIFY(waitUntilCovered(tiles, sceneRect, scale));
        const QRectF area = changed.adjusted(-300, -300, 300, 300);
        const QImage fromTiles
            = picture(area, scale, [&](QPainter &p) { tiles.paint(&p, area, scale); });
        const auto direct = [&](const DisplayList &display) {
            return picture(area, scale, [&](QPainter &p) {
                for (const DisplayElement &element : display.elements)
                    paintPrimitives(&p, element.primitives, scale);
            });
        };
        QVERIFY(meanDifference(fromTiles, direct(after))
                < meanDifference(fromTiles, direct(before)));
        // Without a change area every tile goes.
        tiles.setContent(3, tileElements(after), sceneRect);
        QCOMPARE(tiles.covers(farAway, scale), DiagramTiles::Coverage::None);
    }

    // An element's footprint: each run of a line on its own, any other
    // shape by its control points, the bounds when it holds text.
    void footprintsFollowTheLines()
    {
        DisplayElement element;
        Primitive line;
        line.path.moveTo(100, 100);
        line.path.lineTo(5000, 100);
        line.path.lineTo(5000, 3000);
        line.stroke = Qt::black;
        line.strokeWidth = 1;
        Primitive head;
        head.path.addPolygon(QPolygonF({ { 4995, 2990 }, { 5005, 2990 }, { 5000, 3000 } }));
        head.fill = Qt::black;
        element.primitives = { line, head };
        element.bounds = QRectF(QPointF(97, 97), QPointF(5008, 3003));
        const qreal margin = 3; // twice the stroke, and one
        QCOMPARE(footprintOf(element),
                 QList<QRectF>(
                     { QRectF(QPointF(100, 100), QPointF(5000, 100))
                           .adjusted(-margin, -margin, margin, margin),
                       QRectF(QPointF(5000, 100), QPointF(5000, 3000))
                           .adjusted(-margin, -margin, margin, margin),
                       QRectF(QPointF(4995, 2990), QPointF(5005, 3000)).adjusted(-1, -1, 1, 1) }));
        Primitive text;
        text.kind = Primitive::Kind::Text;
        text.text = u"TCP 443"_s;
        element.primitives.append(text);
        QCOMPARE(footprintOf(element), QList<QRectF> { element.bounds });
    }

    // A long line added across the drawing drops the tiles it runs
    // through, not every tile its bounds span.
    void aLongLineDropsOnlyTheTilesItRunsThrough()
    {
        const DisplayList before = grid().second;
        DisplayList after = before;
        DisplayElement across { DisplayElement::Role::Edge, u"edge-1-2400"_s, {}, {}, {}, 1, 2400 };
        Primitive line;
        line.path.moveTo(100, 100); // along the top, then down the right side
        line.path.lineTo(sceneRect.right() - 100, 100);
        line.path.lineTo(sceneRect.right() - 100, sceneRect.bottom() - 100);
        line.stroke = Qt::red;
        line.strokeWidth = 2;
        across.primitives = { line };
        across.bounds = line.path.controlPointRect().adjusted(-2, -2, 2, 2);
        after.elements.append(across);
        constexpr qreal scale = 0.25; // tiles of 2,048 pt (6 × 2), drawn at this very scale
        DiagramTiles tiles;
        tiles.setContent(1, tileElements(before), sceneRect);
        QVERIFY(waitUntilCovered(tiles, sceneRect, scale));
        tiles.setContent(2, tileElements(after), sceneRect, footprintOf(across));
        const QRectF bottomLeft(0, 2200, 2000, 1700); // inside the line's bounds, off its runs
        QCOMPARE(tiles.covers(bottomLeft, scale), DiagramTiles::Coverage::Full);
        const QRectF topRight(sceneRect.right() - 2000, 0, 2000, 1000);
        QCOMPARE(tiles.covers(topRight, scale), DiagramTiles::Coverage::None);
        // Over the whole drawing: the top row and the right column's
        // lower tile are missing (no coarser tile stands in: the one
        // coarsest tile holds the line too); a row's run comes as one.
        QList<QRectF> uncovered;
        QCOMPARE(tiles.covers(sceneRect, scale, &uncovered), DiagramTiles::Coverage::Partial);
        QCOMPARE(
            uncovered,
            QList<QRectF>({ QRectF(0, 0, 6 * 2048, 2048), QRectF(5 * 2048, 2048, 2048, 2048) }));
        QVERIFY(waitUntilCovered(tiles, sceneRect, scale));
        const QImage fromTiles
            = picture(sceneRect, scale, [&](QPainter &p) { tiles.paint(&p, sceneRect, scale); });
        const auto direct = [&](const DisplayList &display) {
            return picture(sceneRect, scale, [&](QPainter &p) {
                for (const DisplayElement &element : display.elements)
                    paintPrimitives(&p, element.primitives, scale);
            });
        };
        // The line shows in thousands of pixels, and the tiles show it.
        QVERIFY(changedPixels(direct(before), direct(after)) > 1000);
        QVERIFY2(changedPixels(fromTiles, direct(after)) < 50,
                 qPrintable(QString::number(changedPixels(fromTiles, direct(after)))));
    }

    // The scene says where its picture changed, and when it cannot.
    void theSceneSaysWhereItChanged()
    {
        DiagramScene scene;
        auto [diagram, display] = grid();
        scene.setDiagram(diagram, display);
        const quint64 first = scene.contentRevision();
        QCOMPARE(scene.changedSince(first), std::optional<QList<QRectF>>(QList<QRectF>()));
        const int moved = 7;
        auto [movedDiagram, movedDisplay] = grid(moved, QPointF(0, 50));
        scene.setDiagram(movedDiagram, movedDisplay);
        QVERIFY(scene.contentRevision() > first);
        const std::optional<QList<QRectF>> changed = scene.changedSince(first);
        QVERIFY(changed);
        // The footprints of the moved element where it was and where it is.
        QCOMPARE(*changed,
                 footprintOf(display.elements[moved]) + footprintOf(movedDisplay.elements[moved]));
        const quint64 second = scene.contentRevision();
        DiagramFilter filter;
        filter.text = u"C7"_s;
        scene.setFilter(filter); // fades items anywhere
        QVERIFY(!scene.changedSince(second));
        QVERIFY(!scene.changedSince(first));
        // Filtered, an edit may change what matches anywhere.
        const quint64 third = scene.contentRevision();
        scene.setDiagram(diagram, display);
        QVERIFY(scene.contentRevision() > third);
        QVERIFY(!scene.changedSince(third));
    }

    // In the view: far out it paints from tiles, the same picture as the
    // items; the selected component is painted over them; after an edit
    // the tiles show the new drawing.
    void theViewPaintsFromTilesFarOut()
    {
        DiagramScene scene;
        auto [diagram, display] = grid();
        scene.setDiagram(diagram, display);
        DiagramView view(&scene);
        view.resize(800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTransform(QTransform::fromScale(0.1, 0.1));
        view.centerOn(sceneRect.center());
        const auto settled = [&view] {
            view.viewport()->grab();
            return QTest::qWaitFor([&view] { return !view.isDrawingTiles(); }, 120000);
        };
        const auto live = [&] {
            QImage image(view.viewport()->size(), QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            scene.render(&painter, QRectF(image.rect()),
                         view.mapToScene(view.viewport()->rect()).boundingRect(),
                         Qt::IgnoreAspectRatio);
            return image;
        };
        // Before any tile is drawn, the elements are painted straight.
        QImage shown = view.viewport()->grab().toImage();
        QVERIFY(view.isDrawingTiles()); // far out: tiles asked for
        QVERIFY2(meanDifference(shown, live()) < 6,
                 qPrintable(QString::number(meanDifference(shown, live()))));
        QVERIFY(settled());
        shown = view.viewport()->grab().toImage();
        QVERIFY2(meanDifference(shown, live()) < 6,
                 qPrintable(QString::number(meanDifference(shown, live()))));

        // Selected, a component shows its ring over the tiles: the view
        // changes where it is, and shows what the items would.
        const int middle = (rows / 2) * columns + columns / 2;
        view.setTransform(QTransform::fromScale(0.4, 0.4));
        view.centerOn(boxOf(middle).center());
        QVERIFY(settled());
        const QImage unselected = view.viewport()->grab().toImage();
        scene.componentItem(middle + 1)->setSelected(true);
        QVERIFY(settled());
        shown = view.viewport()->grab().toImage();
        QVERIFY2(changedPixels(unselected, shown) > 20, "the ring is painted over the tiles");
        QVERIFY2(meanDifference(shown, live()) < 6,
                 qPrintable(QString::number(meanDifference(shown, live()))));
        scene.componentItem(middle + 1)->setSelected(false);
        view.setTransform(QTransform::fromScale(0.1, 0.1));
        view.centerOn(sceneRect.center());

        auto [moved, movedDisplay] = grid(middle, QPointF(0, 50));
        scene.setDiagram(moved, movedDisplay);
        // At once, where its tiles are dropped, the moved component shows
        // where it went.
        const QRect near = view.mapFromScene(boxOf(middle).adjusted(-150, -100, 150, 150))
                               .boundingRect()
                               .intersected(view.viewport()->rect());
        shown = view.viewport()->grab().toImage();
        QVERIFY(view.isDrawingTiles());
        QVERIFY2(meanDifference(shown.copy(near), live().copy(near)) < 6,
                 qPrintable(QString::number(meanDifference(shown.copy(near), live().copy(near)))));
        QVERIFY(settled());
        shown = view.viewport()->grab().toImage();
        QVERIFY2(meanDifference(shown, live()) < 6,
                 qPrintable(QString::number(meanDifference(shown, live()))));
    }
};

QTEST_MAIN(TestDiagramTiles)
#include "tst_diagramtiles.moc"
