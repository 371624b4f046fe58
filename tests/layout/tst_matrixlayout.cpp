// matrixLayout: a dense graph without zones (the zone overview of a large
// design) drawn as a matrix — nodes on the diagonal, every edge one right
// angle from its source's row into its target's column, its label against
// the corner — and prefersMatrixLayout choosing it only for such graphs.

#include "layout/matrixlayout.h"

#include "layout/layoutchecks.h"
#include "readability.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Portolan;

namespace {

// `nodes` nodes with every ordered pair linked with probability `share`
// (seeded), labels of one to three lines as the overview writes them.
LayoutRequest denseRequest(int nodes, double share, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    LayoutRequest request;
    for (int i = 0; i < nodes; ++i) {
        LayoutNode node;
        node.key = QStringLiteral("z%1").arg(i);
        node.size = QSizeF(90 + random.bounded(80), 40);
        node.widens = true;
        request.nodes << node;
    }
    for (int s = 0; s < nodes; ++s) {
        for (int t = 0; t < nodes; ++t) {
            if (s == t || random.generateDouble() >= share)
                continue;
            const QSizeF label(60 + random.bounded(140), 14.0 * (1 + random.bounded(3)));
            request.edges.append({ QStringLiteral("e%1-%2").arg(s).arg(t), request.nodes[s].key,
                                   request.nodes[t].key, label });
        }
    }
    return request;
}

QList<QPointF> corners(const EdgeGeometry &edge)
{
    // The polyline without the points along straight pieces.
    const QList<QPointF> line = Readability::Detail::polyline(edge);
    QList<QPointF> kept { line.first() };
    for (qsizetype i = 1; i + 1 < line.size(); ++i) {
        const QPointF a = kept.last(), b = line[i], c = line[i + 1];
        const bool straight
            = qAbs((b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x())) < 1e-6;
        if (!straight)
            kept << b;
    }
    kept << line.last();
    return kept;
}

} // namespace

class TestMatrixLayout : public QObject
{
    Q_OBJECT

private slots:
    void chosenOnlyForDenseGraphsWithoutZones()
    {
        QVERIFY(prefersMatrixLayout(denseRequest(25, 0.7)));
        // Few edges: the orthogonal router takes them.
        QVERIFY(!prefersMatrixLayout(denseRequest(12, 0.9)));
        // Sparse: half the ordered pairs or fewer.
        QVERIFY(!prefersMatrixLayout(denseRequest(40, 0.3)));
        LayoutRequest zoned = denseRequest(25, 0.7);
        zoned.clusters.append({ QStringLiteral("zone"), {}, QSizeF(40, 14) });
        QVERIFY(!prefersMatrixLayout(zoned));
        LayoutRequest pinned = denseRequest(25, 0.7);
        pinned.nodes[3].pinned = QPointF(10, 10);
        QVERIFY(!prefersMatrixLayout(pinned));
        LayoutRequest loop = denseRequest(25, 0.7);
        loop.edges.append(
            { QStringLiteral("loop"), QStringLiteral("z1"), QStringLiteral("z1"), QSizeF() });
        QVERIFY(!prefersMatrixLayout(loop));
        LayoutRequest twice = denseRequest(25, 0.7);
        twice.edges.append(
            { QStringLiteral("again"), twice.edges[0].source, twice.edges[0].target, QSizeF() });
        QVERIFY(!prefersMatrixLayout(twice));
        LayoutRequest curved = denseRequest(25, 0.7);
        curved.options.edgeStyle = LayoutOptions::EdgeStyle::Curved;
        QVERIFY(prefersMatrixLayout(curved));
    }

    void nodesOnTheDiagonalEdgesOneRightAngle()
    {
        const LayoutRequest request = denseRequest(25, 0.7);
        const LayoutResult result = matrixLayout(request);
        QCOMPARE(result.nodes.size(), request.nodes.size());
        QVERIFY2(Testing::allProblems(request, result).isEmpty(),
                 qPrintable(Testing::allProblems(request, result).join(u'\n')));
        for (qsizetype i = 1; i < result.nodes.size(); ++i) {
            const QRectF before = result.nodes[i - 1].box, box = result.nodes[i].box;
            QVERIFY(box.left() > before.right() && box.top() > before.bottom());
        }
        QHash<QString, QRectF> boxes;
        for (const NodeGeometry &node : result.nodes)
            boxes.insert(node.key, node.box);
        for (qsizetype e = 0; e < request.edges.size(); ++e) {
            const LayoutEdge &edge = request.edges[e];
            const EdgeGeometry &drawn = result.edges[e];
            const QList<QPointF> points = corners(drawn);
            QCOMPARE(points.size(), 3);
            const QRectF source = boxes[edge.source], target = boxes[edge.target];
            const bool down = target.top() > source.bottom();
            // Out of the source's side, along its row ...
            QCOMPARE(points[0].x(), down ? source.right() : source.left());
            QCOMPARE(points[1].y(), points[0].y());
            QVERIFY(points[0].y() > source.top() && points[0].y() < source.bottom());
            // ... then along the target's column into its top or bottom.
            QCOMPARE(points[2].x(), points[1].x());
            QVERIFY(points[1].x() > target.left() && points[1].x() < target.right());
            QCOMPARE(drawn.arrowTip, QPointF(points[1].x(), down ? target.top() : target.bottom()));
            // The label against the corner, on the side no other edge is.
            const QRectF label = drawn.labelBox;
            QCOMPARE(label.size(), edge.labelSize);
            QVERIFY(down ? label.right() < points[1].x() && label.top() > points[1].y()
                         : label.left() > points[1].x() && label.bottom() < points[1].y());
            QVERIFY(Testing::distanceToBox(points[1], label) < 4);
        }
    }

    void readsWithoutAmbiguity()
    {
        const LayoutRequest request = denseRequest(30, 0.8);
        const LayoutResult result = matrixLayout(request);
        const Readability::Figures figures = Readability::measure(request, result);
        QCOMPARE(figures.edges, request.edges.size());
        QCOMPARE(figures.ambiguousLabels, 0);
        QCOMPARE(figures.labelOverlaps, 0);
        QCOMPARE(figures.throughNodes, 0);
        QCOMPARE(figures.closeRuns, 0);
        QCOMPARE(figures.orthogonalShare, 1.0);
        QCOMPARE(figures.bendsPerEdge, 1.0);
    }

    void edgesOfOneNodeNeverCross()
    {
        // Readability counts no crossing between edges with an end in
        // common; the matrix nests them so that there is none to count.
        const LayoutRequest request = denseRequest(25, 0.75);
        const LayoutResult result = matrixLayout(request);
        QList<QList<QPointF>> lines;
        for (const EdgeGeometry &edge : result.edges)
            lines << corners(edge);
        for (qsizetype a = 0; a < request.edges.size(); ++a) {
            for (qsizetype b = a + 1; b < request.edges.size(); ++b) {
                const LayoutEdge &ea = request.edges[a], &eb = request.edges[b];
                if (ea.source != eb.source && ea.target != eb.target && ea.source != eb.target
                    && ea.target != eb.source)
                    continue;
                for (qsizetype p = 1; p < lines[a].size(); ++p) {
                    for (qsizetype q = 1; q < lines[b].size(); ++q)
                        QVERIFY2(!Readability::Detail::cross(lines[a][p - 1], lines[a][p],
                                                             lines[b][q - 1], lines[b][q]),
                                 qPrintable(ea.key + QStringLiteral(" crosses ") + eb.key));
                }
            }
        }
    }

    void nodesGrowToTakeTheirEdges()
    {
        LayoutRequest request = denseRequest(40, 0.9);
        for (qsizetype i = 0; i < request.nodes.size(); i += 2)
            request.nodes[i].widens = false;
        const LayoutResult result = matrixLayout(request);
        bool widened = false;
        for (qsizetype i = 0; i < request.nodes.size(); ++i) {
            const QSizeF wanted = request.nodes[i].size, drawn = result.nodes[i].box.size();
            QVERIFY(drawn.height() >= wanted.height());
            if (request.nodes[i].widens) {
                QVERIFY(drawn.width() >= wanted.width());
                widened = widened || drawn.width() > wanted.width();
            } else {
                QCOMPARE(drawn.width(), wanted.width());
            }
        }
        QVERIFY(widened);
        // Ends on a node that may not widen are closer, still apart.
        const Readability::Figures figures = Readability::measure(request, result);
        QCOMPARE(figures.labelOverlaps, 0);
        QCOMPARE(figures.throughNodes, 0);
    }

    void sameRequestSameDrawing()
    {
        const LayoutRequest request = denseRequest(25, 0.7);
        const LayoutResult a = matrixLayout(request), b = matrixLayout(request);
        QCOMPARE(a.bounds, b.bounds);
        for (qsizetype e = 0; e < a.edges.size(); ++e) {
            QCOMPARE(a.edges[e].path, b.edges[e].path);
            QCOMPARE(a.edges[e].labelBox, b.edges[e].labelBox);
        }
    }
};

QTEST_APPLESS_MAIN(TestMatrixLayout)
#include "tst_matrixlayout.moc"
