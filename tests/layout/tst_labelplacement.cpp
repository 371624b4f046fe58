// placeEdgeLabels on hand-made geometry: labels sit by the middle of their
// own path, never on nodes, zone titles or each other while there is room,
// prefer spots that cover no other edge, and still get a box (the least
// bad) when there is none. countLabelOverlaps is checked against known
// overlaps.

#include "layout/labelplacement.h"
#include "layout/layoutchecks.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;
using namespace Portolan::Testing;

namespace {

// A straight edge as one cubic piece, arrow head at the end.
EdgeGeometry line(const QString &key, QPointF from, QPointF to)
{
    EdgeGeometry edge;
    edge.key = key;
    const QPointF end = to - (to - from) * (10 / QLineF(from, to).length());
    edge.path = { from, from + (end - from) / 3, from + (end - from) * 2 / 3, end };
    edge.arrowTip = to;
    return edge;
}

struct Scene
{
    LayoutRequest request;
    LayoutResult result;

    void node(const QString &key, const QRectF &box)
    {
        request.nodes.append({ key, box.size(), QString(), std::nullopt, std::nullopt });
        result.nodes.append({ key, box });
    }
    void edge(const QString &key, QPointF from, QPointF to, QSizeF label = QSizeF(90, 14))
    {
        request.edges.append({ key, QString(), QString(), label });
        result.edges.append(line(key, from, to));
    }
};

} // namespace

class TestLabelPlacement : public QObject
{
    Q_OBJECT

private slots:
    void labelSitsByTheMiddle()
    {
        Scene scene;
        scene.node(u"a"_s, QRectF(0, 0, 100, 40));
        scene.node(u"b"_s, QRectF(400, 0, 100, 40));
        scene.edge(u"e"_s, QPointF(100, 20), QPointF(400, 20));
        placeEdgeLabels(scene.request, scene.result);
        const QRectF label = scene.result.edges[0].labelBox;
        QCOMPARE(label.size(), QSizeF(90, 14));
        QVERIFY2(qAbs(label.center().x() - 250) < 1,
                 qPrintable(QString::number(label.center().x())));
        // Beside the line, not on it.
        QVERIFY(label.bottom() <= 20 || label.top() >= 20);
        QVERIFY(labelDistanceProblems(scene.result, 1).isEmpty());
    }

    void labelLeavesNodesAndTitlesFree()
    {
        Scene scene;
        scene.node(u"a"_s, QRectF(0, 0, 100, 40));
        scene.node(u"b"_s, QRectF(400, 0, 100, 40));
        // A node right above the middle of the line, a zone title below it.
        scene.node(u"above"_s, QRectF(200, -30, 100, 45));
        scene.result.clusters.append(
            { u"z"_s, QRectF(150, 22, 200, 100), QRectF(158, 24, 120, 14) });
        scene.edge(u"e"_s, QPointF(100, 20), QPointF(400, 20));
        placeEdgeLabels(scene.request, scene.result);
        QCOMPARE(countLabelOverlaps(scene.result).total(), 0);
        QVERIFY(labelDistanceProblems(scene.result).isEmpty());
    }

    // Ten parallel edges 20 pt apart: each label finds its own spot.
    void parallelEdgesGetDisjointLabels()
    {
        Scene scene;
        for (int i = 0; i < 10; ++i) {
            scene.node(u"s%1"_s.arg(i), QRectF(0, i * 20.0, 60, 16));
            scene.node(u"t%1"_s.arg(i), QRectF(600, i * 20.0, 60, 16));
            scene.edge(u"e%1"_s.arg(i), QPointF(60, i * 20.0 + 8), QPointF(600, i * 20.0 + 8));
        }
        placeEdgeLabels(scene.request, scene.result);
        QCOMPARE(countLabelOverlaps(scene.result).total(), 0);
        QVERIFY(labelDistanceProblems(scene.result).isEmpty());
        for (const EdgeGeometry &edge : scene.result.edges)
            QVERIFY(!edge.labelBox.isEmpty());
    }

    // A vertical edge crosses the middle of a long horizontal one: the
    // label moves off the crossing edge, since there is room.
    void labelAvoidsOtherEdges()
    {
        Scene scene;
        scene.node(u"a"_s, QRectF(0, 0, 60, 40));
        scene.node(u"b"_s, QRectF(600, 0, 60, 40));
        scene.node(u"c"_s, QRectF(300, -300, 60, 40));
        scene.node(u"d"_s, QRectF(300, 300, 60, 40));
        scene.edge(u"long"_s, QPointF(60, 20), QPointF(600, 20));
        scene.edge(u"cross"_s, QPointF(330, -260), QPointF(330, 300), QSizeF());
        placeEdgeLabels(scene.request, scene.result);
        const QRectF label = scene.result.edges[0].labelBox;
        QVERIFY(!label.isEmpty());
        QVERIFY2(label.right() < 330 || label.left() > 330,
                 qPrintable(QString::number(label.left())));
        QVERIFY(scene.result.edges[1].labelBox.isEmpty()); // no size: no label
    }

    // No free spot at all: the label still gets the least bad box, and
    // the overlap is there for the counters to report.
    void crowdedLabelGetsLeastBadSpot()
    {
        Scene scene;
        scene.node(u"a"_s, QRectF(0, 0, 100, 100));
        scene.node(u"b"_s, QRectF(104, 0, 100, 100));
        // Walls above and below leave a band too low for the label.
        scene.node(u"above"_s, QRectF(-2000, -4000, 4200, 4000));
        scene.node(u"below"_s, QRectF(-2000, 100, 4200, 4000));
        scene.edge(u"e"_s, QPointF(100, 50), QPointF(104, 50), QSizeF(300, 300));
        placeEdgeLabels(scene.request, scene.result);
        QVERIFY(!scene.result.edges[0].labelBox.isEmpty());
        QVERIFY(countLabelOverlaps(scene.result).labelNode > 0);
    }

    // A few edges routed again in a large drawing: indexed only round their
    // paths, their labels land exactly where the whole drawing's index
    // puts them, crowded ones (pushed to a far spot) included.
    void labelsWithinReachLandAsInTheWholeDrawing()
    {
        Scene scene;
        for (int row = 0; row < 40; ++row) {
            for (int column = 0; column < 40; ++column)
                scene.node(u"n%1-%2"_s.arg(row).arg(column),
                           QRectF(column * 300, row * 200, 120, 40));
        }
        scene.result.clusters.append(
            { u"z"_s, QRectF(2980, 1980, 700, 500), QRectF(2990, 2045, 80, 14) });
        // Between neighbours (3000,2000)-(3120,2040) and (3300,2000): room
        // beside the path; a short one under a node (room only far away);
        // a long one across the drawing.
        scene.edge(u"near"_s, QPointF(3120, 2020), QPointF(3300, 2020));
        scene.edge(u"crowded"_s, QPointF(3060, 2040), QPointF(3060, 2060), QSizeF(160, 150));
        scene.edge(u"across"_s, QPointF(60, 40), QPointF(11760, 7840));
        for (const EdgeGeometry &edge : std::as_const(scene.result.edges))
            QVERIFY(edge.labelBox.isEmpty());

        LayoutResult whole = scene.result;
        placeEdgeLabels(scene.request, whole);
        LayoutResult within = scene.result;
        const QRectF reach = labelReach(within.edges, scene.request.edges);
        LayoutResult nearOnly = scene.result;
        nearOnly.edges.removeLast();
        LayoutRequest nearRequest = scene.request;
        nearRequest.edges.removeLast();
        const QRectF nearReach = labelReach(nearOnly.edges, nearRequest.edges);
        QVERIFY(nearReach.width() < 5000); // a part of the 12,000-point drawing
        placeEdgeLabels(scene.request, within, reach);
        placeEdgeLabels(nearRequest, nearOnly, nearReach);
        for (qsizetype e = 0; e < whole.edges.size(); ++e) {
            QVERIFY(!whole.edges[e].labelBox.isEmpty());
            QCOMPARE(within.edges[e].labelBox, whole.edges[e].labelBox);
        }
        LayoutResult wholeNear = scene.result;
        wholeNear.edges.removeLast();
        placeEdgeLabels(nearRequest, wholeNear);
        for (qsizetype e = 0; e < wholeNear.edges.size(); ++e)
            QCOMPARE(nearOnly.edges[e].labelBox, wholeNear.edges[e].labelBox);
        // The crowded label went beyond the spots beside its path.
        const QRectF crowded = wholeNear.edges[1].labelBox;
        QVERIFY2(QLineF(crowded.center(), QPointF(3060, 2050)).length() > 100,
                 qPrintable(u"%1,%2"_s.arg(crowded.center().x()).arg(crowded.center().y())));
    }

    void countsKnownOverlaps()
    {
        LayoutResult result;
        result.nodes = { { u"n1"_s, QRectF(0, 0, 100, 50) }, { u"n2"_s, QRectF(200, 0, 100, 50) } };
        result.clusters = { { u"z"_s, QRectF(-10, -40, 400, 200), QRectF(0, -30, 80, 14) } };
        EdgeGeometry onBoth, touching, onTitle, onLabel;
        onBoth.labelBox = QRectF(90, 10, 120, 14); // overlaps n1 and n2
        touching.labelBox = QRectF(100, 30, 100, 14); // touches n1 and n2 only
        onTitle.labelBox = QRectF(70, -25, 20, 10); // on the zone title
        onLabel.labelBox = QRectF(150, 15, 20, 20); // on onBoth's label
        result.edges = { onBoth, touching, onTitle, onLabel, EdgeGeometry() };
        const LabelOverlaps overlaps = countLabelOverlaps(result);
        QCOMPARE(overlaps.labelNode, 2);
        QCOMPARE(overlaps.labelClusterLabel, 1);
        QCOMPARE(overlaps.labelLabel, 2); // onLabel × onBoth, touching × onLabel
        QCOMPARE(overlaps.total(), 5);
    }
};

QTEST_APPLESS_MAIN(TestLabelPlacement)
#include "tst_labelplacement.moc"
