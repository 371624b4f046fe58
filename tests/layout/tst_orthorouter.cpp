// OrthoRouter's search and its guide: a route that meets a wall of other
// routes goes round it when that is cheaper than crossing them all, and
// crosses the fewest when there is no way round; guided by the coarse net,
// the search finds the same way with a fraction of the work.

#include "layout/orthorouter.h"
#include "layout/routinggrid.h"

#include <QTest>

using namespace Portolan;

namespace {

// Two boxes 1,000 points apart, and between them a wall of `count`
// vertical routes, a track apart, from `top` to `bottom`.
struct Wall
{
    RoutingGrid grid;
    OrthoRouter router;

    Wall(int count, qreal top, qreal bottom, const RoutingCosts &costs)
        : grid(QRectF(-300, -300, 1800, 1500),
               { QRectF(0, 400, 100, 40), QRectF(1100, 400, 100, 40) }, {}, RoutingSpacing())
        , router(grid, costs)
    {
        const int first = grid.columnFrom(500);
        for (int k = 0; k < count; ++k) {
            const qreal x = grid.x(first + k);
            router.occupy({ QPointF(x, grid.y(grid.rowFrom(top))),
                            QPointF(x, grid.y(grid.rowUpTo(bottom))) });
        }
    }

    Route route()
    {
        RouteRequest request;
        request.source.node = 0;
        request.target.node = 1;
        return router.route(0, request);
    }
};

RoutingCosts unguided()
{
    RoutingCosts costs;
    costs.guideStep = 0;
    return costs;
}

bool rightAngled(const Route &route)
{
    for (qsizetype i = 1; i < route.points.size(); ++i) {
        const QPointF a = route.points[i - 1], b = route.points[i];
        if (!qFuzzyCompare(a.x() + 1, b.x() + 1) && !qFuzzyCompare(a.y() + 1, b.y() + 1))
            return false;
    }
    return route.points.size() >= 2;
}

} // namespace

class TestOrthoRouter : public QObject
{
    Q_OBJECT

private slots:
    void findsTheCheapWay_data()
    {
        QTest::addColumn<int>("routes");
        QTest::addColumn<qreal>("top");
        QTest::addColumn<qreal>("bottom");
        QTest::addColumn<int>("crossings");
        // 40 routes crossed would cost far more than the way round the wall.
        QTest::newRow("round a wall") << 40 << qreal(100) << qreal(800) << 0;
        // A wall across the whole plane: crossed once per route, no more.
        QTest::newRow("across the plane") << 12 << qreal(-300) << qreal(1200) << 12;
    }

    void findsTheCheapWay()
    {
        QFETCH(int, routes);
        QFETCH(qreal, top);
        QFETCH(qreal, bottom);
        QFETCH(int, crossings);
        Wall guided(routes, top, bottom, RoutingCosts());
        Wall plain(routes, top, bottom, unguided());
        for (Wall *wall : { &guided, &plain }) {
            const Route r = wall->route();
            QVERIFY(!r.forced);
            QVERIFY(rightAngled(r));
            QCOMPARE(r.crossings, crossings);
            QCOMPARE(r.overlaps, 0);
        }
        qInfo("expanded: guided %lld, by distance %lld", qint64(guided.router.expansions()),
              qint64(plain.router.expansions()));
        QVERIFY(guided.router.expansions() * 10 < plain.router.expansions());
    }
};

QTEST_APPLESS_MAIN(TestOrthoRouter)
#include "tst_orthorouter.moc"
