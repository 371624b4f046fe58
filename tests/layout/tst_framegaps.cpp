// widenFrameGaps: the gap beside a zone frame holds a track for every route
// that leaves the zone that way, plus the bands along both borders; gaps
// wide enough already, and frames no route leaves, stay as they are.

#include "layout/orthogonallayout.h"
#include "layout/routinggrid.h"

#include <QTest>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

LayoutNode node(const QString &key, const QString &cluster)
{
    LayoutNode n;
    n.key = key;
    n.size = QSizeF(100, 40);
    n.cluster = cluster;
    return n;
}

// Zones A and B side by side, `gap` points apart; `routes` edges from a1 in
// A to b1 in B, and one edge inside A.
struct TwoZones
{
    LayoutRequest request;
    OrthogonalPlacement placement;

    TwoZones(qreal gap, int routes)
    {
        request.clusters = { { u"A"_s, {}, { 40, 12 } }, { u"B"_s, {}, { 40, 12 } } };
        request.nodes = { node(u"a1"_s, u"A"_s), node(u"a2"_s, u"A"_s), node(u"b1"_s, u"B"_s) };
        for (int e = 0; e < routes; ++e)
            request.edges.append({ u"e%1"_s.arg(e), u"a1"_s, u"b1"_s, {} });
        request.edges.append({ u"inner"_s, u"a1"_s, u"a2"_s, {} });
        placement.nodes
            = { QRectF(20, 30, 100, 40), QRectF(20, 100, 100, 40), QRectF(160 + gap, 30, 100, 40) };
        placement.clusters
            = { { u"A"_s, QRectF(0, 0, 140, 160), QRectF(6, 4, 40, 12) },
                { u"B"_s, QRectF(140 + gap, 0, 140, 160), QRectF(146 + gap, 4, 40, 12) } };
    }
    qreal gap() const
    {
        return placement.clusters[1].box.left() - placement.clusters[0].box.right();
    }
};

} // namespace

class TestFrameGaps : public QObject
{
    Q_OBJECT

private slots:
    void narrowGapGetsATrackPerRoute()
    {
        TwoZones zones(8, 5);
        widenFrameGaps(zones.request, ClusterTree(zones.request), zones.placement);
        const RoutingSpacing spacing;
        const qreal needed = 2 * spacing.frameClearance + 6 * spacing.pitch;
        QVERIFY2(zones.gap() >= needed, qPrintable(QString::number(zones.gap())));
        // Not wider than a track's rounding more than needed: both frames
        // ask for the same gap, and it is made once.
        QVERIFY2(zones.gap() < needed + spacing.pitch, qPrintable(QString::number(zones.gap())));
        // B and its box moved together; A and its boxes stayed.
        QCOMPARE(zones.placement.nodes[0], QRectF(20, 30, 100, 40));
        QCOMPARE(zones.placement.nodes[2].left() - zones.placement.clusters[1].box.left(), 20.0);
        QCOMPARE(zones.placement.clusters[1].labelBox.left()
                     - zones.placement.clusters[1].box.left(),
                 6.0);
    }

    void wideGapStays()
    {
        TwoZones zones(200, 5);
        const OrthogonalPlacement before = zones.placement;
        widenFrameGaps(zones.request, ClusterTree(zones.request), zones.placement);
        QCOMPARE(zones.placement.nodes, before.nodes);
        QCOMPARE(zones.placement.clusters[1].box, before.clusters[1].box);
    }

    void noRouteLeavesNoGapMade()
    {
        TwoZones zones(8, 0);
        widenFrameGaps(zones.request, ClusterTree(zones.request), zones.placement);
        QCOMPARE(zones.gap(), 8.0);
    }

    void moreRoutesMoreRoom()
    {
        TwoZones few(8, 2), many(8, 12);
        widenFrameGaps(few.request, ClusterTree(few.request), few.placement);
        widenFrameGaps(many.request, ClusterTree(many.request), many.placement);
        QVERIFY(many.gap() >= few.gap() + 10 * RoutingSpacing().pitch);
    }
};

QTEST_APPLESS_MAIN(TestFrameGaps)
#include "tst_framegaps.moc"
