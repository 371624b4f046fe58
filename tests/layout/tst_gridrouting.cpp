// planGrid: blocks in a grid that never overlap, routes that leave by the
// source's out port and enter by the target's in port, run only
// horizontally and vertically, pass through no block, and never share a
// stretch of gutter or channel with another route.

#include "layout/gridrouting.h"

#include <QLineF>
#include <QRandomGenerator>
#include <QRectF>
#include <QTest>

using namespace Portolan;

namespace {

QList<GridBlock> someBlocks(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<GridBlock> blocks;
    for (int b = 0; b < count; ++b) {
        const QSizeF size(80 + random.bounded(400), 60 + random.bounded(300));
        blocks.append({ size, QPointF(0, random.bounded(int(size.height()))),
                        QPointF(size.width(), random.bounded(int(size.height()))) });
    }
    return blocks;
}

QList<GridRoute> someRoutes(int blocks, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<GridRoute> routes;
    while (routes.size() < count) {
        const qsizetype from = random.bounded(blocks), to = random.bounded(blocks);
        if (from != to)
            routes.append({ from, to });
    }
    return routes;
}

QRectF blockBox(const GridPlan &plan, const QList<GridBlock> &blocks, qsizetype b)
{
    return QRectF(plan.origins[b], blocks[b].size);
}

// Whether segment ab runs through the inside of the box (not along its border).
bool crossesInside(QPointF a, QPointF b, const QRectF &box)
{
    const QRectF inner = box.adjusted(0.5, 0.5, -0.5, -0.5);
    for (int k = 0; k <= 64; ++k) {
        if (inner.contains(a + (b - a) * (k / 64.0)))
            return true;
    }
    return false;
}

struct Stretch
{
    qsizetype route;
    bool vertical;
    qreal at, from, to; // x (or y) of the line and its extent along it
};

} // namespace

class TestGridRouting : public QObject
{
    Q_OBJECT

private slots:
    void emptyGrid()
    {
        const GridPlan plan = planGrid({}, {});
        QVERIFY(plan.origins.isEmpty());
        QVERIFY(plan.routes.isEmpty());
    }

    void routesObeyTheGrid_data()
    {
        QTest::addColumn<int>("blockCount");
        QTest::addColumn<int>("routeCount");
        QTest::newRow("one block, no route") << 1 << 0;
        QTest::newRow("two blocks") << 2 << 3;
        QTest::newRow("sample-sized") << 6 << 30;
        QTest::newRow("large") << 30 << 1500;
    }
    void routesObeyTheGrid()
    {
        QFETCH(int, blockCount);
        QFETCH(int, routeCount);
        const QList<GridBlock> blocks = someBlocks(blockCount, 7);
        const QList<GridRoute> routes = someRoutes(blockCount, routeCount, 11);
        const GridPlan plan = planGrid(blocks, routes);
        QCOMPARE(plan.origins.size(), blocks.size());
        QCOMPARE(plan.routes.size(), routes.size());

        for (qsizetype a = 0; a < blocks.size(); ++a) {
            for (qsizetype b = a + 1; b < blocks.size(); ++b)
                QVERIFY2(!blockBox(plan, blocks, a).intersects(blockBox(plan, blocks, b)),
                         qPrintable(QStringLiteral("blocks %1 and %2 overlap").arg(a).arg(b)));
        }

        QList<Stretch> stretches;
        for (qsizetype r = 0; r < routes.size(); ++r) {
            const QList<QPointF> &points = plan.routes[r];
            QVERIFY(points.size() >= 4);
            QCOMPARE(points.first(), plan.origins[routes[r].from] + blocks[routes[r].from].outPort);
            QCOMPARE(points.last(), plan.origins[routes[r].to] + blocks[routes[r].to].inPort);
            for (qsizetype i = 1; i < points.size(); ++i) {
                const QPointF a = points[i - 1], b = points[i];
                QVERIFY2(a.x() == b.x() || a.y() == b.y(), "a route runs diagonally");
                for (qsizetype k = 0; k < blocks.size(); ++k)
                    QVERIFY2(!crossesInside(a, b, blockBox(plan, blocks, k)),
                             qPrintable(QStringLiteral("route %1 crosses block %2").arg(r).arg(k)));
                // The stretches between the first and the last piece run in
                // gutters and channels (the first and last leave and enter
                // a port, which routes of the same block share).
                if (i == 1 || i == points.size() - 1 || a == b)
                    continue;
                const bool vertical = a.x() == b.x();
                stretches.append({ r, vertical, vertical ? a.x() : a.y(),
                                   vertical ? qMin(a.y(), b.y()) : qMin(a.x(), b.x()),
                                   vertical ? qMax(a.y(), b.y()) : qMax(a.x(), b.x()) });
            }
        }
        // No two routes run along the same line over the same stretch.
        for (qsizetype i = 0; i < stretches.size(); ++i) {
            for (qsizetype j = i + 1; j < stretches.size(); ++j) {
                const Stretch &s = stretches[i], &t = stretches[j];
                if (s.route == t.route || s.vertical != t.vertical || s.at != t.at)
                    continue;
                QVERIFY2(s.to < t.from || t.to < s.from,
                         qPrintable(QStringLiteral("routes %1 and %2 share a track")
                                        .arg(s.route)
                                        .arg(t.route)));
            }
        }
    }

    // Many equal blocks come out about as wide as asked, not as a strip.
    void aimsAtTheAspect()
    {
        QList<GridBlock> blocks;
        for (int b = 0; b < 40; ++b)
            blocks.append({ QSizeF(200, 150), QPointF(0, 75), QPointF(200, 75) });
        const GridPlan plan = planGrid(blocks, {});
        QRectF all;
        for (qsizetype b = 0; b < blocks.size(); ++b)
            all |= blockBox(plan, blocks, b);
        const qreal aspect = all.width() / all.height();
        QVERIFY2(aspect > 1.0 && aspect < 2.2, qPrintable(QString::number(aspect)));
    }

    // Blocks with many routes between them end up next to each other.
    void connectedBlocksAreNeighbours()
    {
        QList<GridBlock> blocks;
        for (int b = 0; b < 9; ++b)
            blocks.append({ QSizeF(100, 100), QPointF(0, 50), QPointF(100, 50) });
        QList<GridRoute> routes;
        for (int k = 0; k < 20; ++k)
            routes.append({ 2, 7 });
        routes.append({ 0, 1 });
        routes.append({ 4, 5 });
        const GridPlan plan = planGrid(blocks, routes);
        const QPointF a = plan.origins[2], b = plan.origins[7];
        // Neighbours: the gap between them is a gutter or a channel, not a block.
        const qreal dx = std::abs(a.x() - b.x()), dy = std::abs(a.y() - b.y());
        QVERIFY2((dx < 1 && dy < 250) || (dy < 1 && dx < 250),
                 qPrintable(QStringLiteral("%1, %2").arg(dx).arg(dy)));
    }
};

QTEST_APPLESS_MAIN(TestGridRouting)
#include "tst_gridrouting.moc"
