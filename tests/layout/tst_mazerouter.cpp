// MazeRouter: routes from border to border that enter no other box, a
// straight line when nothing is in the way, and a way in when the target
// is walled in.

#include "layout/mazerouter.h"

#include <QLineF>
#include <QRandomGenerator>
#include <QTest>

using namespace Portolan;

namespace {

qreal distanceToBorder(QPointF p, const QRectF &box)
{
    const qreal dx = qMax(qMax(box.left() - p.x(), 0.0), p.x() - box.right());
    const qreal dy = qMax(qMax(box.top() - p.y(), 0.0), p.y() - box.bottom());
    if (dx > 0 || dy > 0)
        return std::hypot(dx, dy);
    return qMin(qMin(p.x() - box.left(), box.right() - p.x()),
                qMin(p.y() - box.top(), box.bottom() - p.y()));
}

// The first box other than `from` and `to` whose inside the polyline enters.
qsizetype enteredBox(const QList<QPointF> &points, const QList<QRectF> &boxes, qsizetype from,
                     qsizetype to)
{
    for (qsizetype i = 1; i < points.size(); ++i) {
        const QPointF a = points[i - 1], b = points[i];
        const int steps = qMax(1, int(QLineF(a, b).length()));
        for (int k = 0; k <= steps; ++k) {
            const QPointF p = a + (b - a) * (qreal(k) / steps);
            for (qsizetype n = 0; n < boxes.size(); ++n) {
                if (n != from && n != to && boxes[n].adjusted(0.5, 0.5, -0.5, -0.5).contains(p))
                    return n;
            }
        }
    }
    return -1;
}

} // namespace

class TestMazeRouter : public QObject
{
    Q_OBJECT

private slots:
    void straightWhenNothingIsInTheWay()
    {
        const QList<QRectF> boxes { QRectF(0, 0, 100, 40), QRectF(300, 0, 100, 40),
                                    QRectF(150, 200, 50, 50) };
        const MazeRouter router(boxes, 6);
        const QList<QPointF> route = router.route(0, 1);
        QCOMPARE(route.size(), 2);
        QCOMPARE(route.first(), QPointF(100, 20));
        QCOMPARE(route.last(), QPointF(300, 20));
    }

    void goesRoundAWall()
    {
        const QList<QRectF> boxes { QRectF(0, 0, 100, 40), QRectF(400, 0, 100, 40),
                                    QRectF(200, -150, 60, 340) };
        const MazeRouter router(boxes, 6);
        const QList<QPointF> route = router.route(0, 1);
        QVERIFY(route.size() >= 3);
        QCOMPARE(enteredBox(route, boxes, 0, 1), -1);
        QVERIFY(distanceToBorder(route.first(), boxes[0]) < 1);
        QVERIFY(distanceToBorder(route.last(), boxes[1]) < 1);
        // Pulled straight: a few pieces, not a staircase of cells.
        QVERIFY2(route.size() <= 5, qPrintable(QString::number(route.size())));
    }

    void walledInTargetIsReachedThroughTheWall()
    {
        QList<QRectF> boxes { QRectF(0, 0, 60, 40), QRectF(400, 0, 60, 40) };
        // A ring of boxes round the target, touching each other.
        boxes << QRectF(360, -40, 140, 30) << QRectF(360, 50, 140, 30) << QRectF(360, -40, 30, 120)
              << QRectF(470, -40, 30, 120);
        const MazeRouter router(boxes, 6);
        const QList<QPointF> route = router.route(0, 1);
        QVERIFY(distanceToBorder(route.first(), boxes[0]) < 1);
        QVERIFY(distanceToBorder(route.last(), boxes[1]) < 1);
    }

    void loopsAndUnknownBoxesAreStraight()
    {
        const QList<QRectF> boxes { QRectF(0, 0, 60, 40) };
        const MazeRouter router(boxes, 6);
        QCOMPARE(router.route(0, 0).size(), 2);
        QCOMPARE(router.route(0, 5).size(), 2);
    }

    // Many boxes in rows, as a layout leaves them: every route between two
    // of them enters no third one.
    void crowdedRoutesEnterNoOtherBox()
    {
        QRandomGenerator random(3);
        QList<QRectF> boxes;
        for (int row = 0; row < 8; ++row) {
            for (int column = 0; column < 8; ++column)
                boxes << QRectF(column * 180 + random.bounded(30), row * 90 + random.bounded(20),
                                100 + random.bounded(40), 40);
        }
        const MazeRouter router(boxes, 6);
        int bent = 0;
        for (int k = 0; k < 150; ++k) {
            const qsizetype from = random.bounded(int(boxes.size()));
            const qsizetype to = random.bounded(int(boxes.size()));
            if (from == to)
                continue;
            const QList<QPointF> route = router.route(from, to);
            bent += route.size() > 2 ? 1 : 0;
            QCOMPARE(enteredBox(route, boxes, from, to), -1);
            QVERIFY(distanceToBorder(route.first(), boxes[from]) < 1);
            QVERIFY(distanceToBorder(route.last(), boxes[to]) < 1);
        }
        QVERIFY(bent > 10); // the rows are in the way of most routes
    }
};

QTEST_APPLESS_MAIN(TestMazeRouter)
#include "tst_mazerouter.moc"
