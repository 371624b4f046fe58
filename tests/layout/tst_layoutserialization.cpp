// The layout wire format (layouttypes.h operators): requests and results
// come back equal after a round trip — hostile strings, optional
// positions and every option included — and cut-short, foreign or
// hostile streams are refused without crashing or allocating wildly.

#include "layout/layouttypes.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

namespace {

const QStringList hostile { u""_s,
                            u"\"; a -> b ["_s,
                            u"C:\\temp\\"_s,
                            u"line\nbreak\r\n"_s,
                            u"Zürich 東京 😀"_s,
                            QString(QChar(0)) + u"nul"_s,
                            u"<&>"_s };

LayoutRequest sampleRequest(LayoutOptions::Direction direction, bool graphvizLabels)
{
    LayoutRequest request;
    request.options.direction = direction;
    request.options.nodeSpacing = 21.5;
    request.options.rankSpacing = 77.25;
    request.options.clusterMargin = 9;
    request.options.graphvizEdgeLabels = graphvizLabels;
    for (qsizetype i = 0; i < hostile.size(); ++i) {
        LayoutNode node;
        node.key = hostile[i] + QString::number(i);
        node.size = QSizeF(100 + i, 40.5);
        node.cluster = hostile[(i + 1) % hostile.size()];
        if (i % 2 == 0)
            node.pinned = QPointF(-12.5 * i, 3e6);
        if (i % 3 == 0)
            node.hint = QPointF(i, -i);
        node.widens = i % 4 == 1;
        request.nodes.append(node);
        request.clusters.append({ hostile[i], hostile[(i + 2) % hostile.size()], QSizeF(i, 14) });
        request.edges.append({ u"e"_s + hostile[i], node.key, hostile[i], QSizeF(6.0 * i, 14) });
    }
    return request;
}

LayoutResult sampleResult()
{
    LayoutResult result;
    result.bounds = QRectF(-10, -20, 3000.5, 4000.25);
    for (qsizetype i = 0; i < hostile.size(); ++i) {
        result.nodes.append({ hostile[i], QRectF(i, 2 * i, 100, 40) });
        result.clusters.append({ hostile[i], QRectF(0, 0, 500, 300), QRectF(8, 4, 60, 14) });
        EdgeGeometry edge;
        edge.key = hostile[i];
        for (int p = 0; p < 1 + 3 * i; ++p)
            edge.path.append(QPointF(p * 1.5, -p));
        edge.arrowTip = QPointF(99, 98);
        if (i % 2)
            edge.labelBox = QRectF(1, 2, 3, 4);
        result.edges.append(edge);
    }
    result.error = u"Graphviz crashed: \"double free\"\n"_s;
    return result;
}

template<typename T>
QByteArray bytesOf(const T &value,
                   QDataStream::Version callerVersion = QDataStream::Qt_DefaultCompiledVersion)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(callerVersion);
    out << value;
    return bytes;
}

template<typename T> std::pair<T, QDataStream::Status> read(const QByteArray &bytes)
{
    QDataStream in(bytes);
    T value;
    in >> value;
    return { value, in.status() };
}

void compareRequests(const LayoutRequest &a, const LayoutRequest &b)
{
    QCOMPARE(a.options.direction, b.options.direction);
    QCOMPARE(a.options.nodeSpacing, b.options.nodeSpacing);
    QCOMPARE(a.options.rankSpacing, b.options.rankSpacing);
    QCOMPARE(a.options.clusterMargin, b.options.clusterMargin);
    QCOMPARE(a.options.graphvizEdgeLabels, b.options.graphvizEdgeLabels);
    QCOMPARE(a.nodes.size(), b.nodes.size());
    for (qsizetype i = 0; i < a.nodes.size(); ++i) {
        QCOMPARE(a.nodes[i].key, b.nodes[i].key);
        QCOMPARE(a.nodes[i].size, b.nodes[i].size);
        QCOMPARE(a.nodes[i].cluster, b.nodes[i].cluster);
        QCOMPARE(a.nodes[i].pinned, b.nodes[i].pinned);
        QCOMPARE(a.nodes[i].hint, b.nodes[i].hint);
        QCOMPARE(a.nodes[i].widens, b.nodes[i].widens);
    }
    QCOMPARE(a.clusters.size(), b.clusters.size());
    for (qsizetype i = 0; i < a.clusters.size(); ++i) {
        QCOMPARE(a.clusters[i].key, b.clusters[i].key);
        QCOMPARE(a.clusters[i].parent, b.clusters[i].parent);
        QCOMPARE(a.clusters[i].labelSize, b.clusters[i].labelSize);
    }
    QCOMPARE(a.edges.size(), b.edges.size());
    for (qsizetype i = 0; i < a.edges.size(); ++i) {
        QCOMPARE(a.edges[i].key, b.edges[i].key);
        QCOMPARE(a.edges[i].source, b.edges[i].source);
        QCOMPARE(a.edges[i].target, b.edges[i].target);
        QCOMPARE(a.edges[i].labelSize, b.edges[i].labelSize);
    }
}

} // namespace

class TestLayoutSerialization : public QObject
{
    Q_OBJECT

private slots:
    void requestRoundTrip_data()
    {
        QTest::addColumn<bool>("topToBottom");
        QTest::addColumn<bool>("graphvizLabels");
        QTest::newRow("left to right") << false << false;
        QTest::newRow("top to bottom, graphviz labels") << true << true;
    }
    void requestRoundTrip()
    {
        QFETCH(bool, topToBottom);
        QFETCH(bool, graphvizLabels);
        const LayoutRequest request
            = sampleRequest(topToBottom ? LayoutOptions::Direction::TopToBottom
                                        : LayoutOptions::Direction::LeftToRight,
                            graphvizLabels);
        const auto [back, status] = read<LayoutRequest>(bytesOf(request));
        QCOMPARE(status, QDataStream::Ok);
        compareRequests(back, request);
    }

    void resultRoundTrip()
    {
        const LayoutResult result = sampleResult();
        const auto [back, status] = read<LayoutResult>(bytesOf(result));
        QCOMPARE(status, QDataStream::Ok);
        QCOMPARE(back.bounds, result.bounds);
        QCOMPARE(back.error, result.error);
        QCOMPARE(back.nodes.size(), result.nodes.size());
        QCOMPARE(back.clusters.size(), result.clusters.size());
        QCOMPARE(back.edges.size(), result.edges.size());
        for (qsizetype i = 0; i < result.edges.size(); ++i) {
            QCOMPARE(back.nodes[i].key, result.nodes[i].key);
            QCOMPARE(back.nodes[i].box, result.nodes[i].box);
            QCOMPARE(back.clusters[i].labelBox, result.clusters[i].labelBox);
            QCOMPARE(back.edges[i].key, result.edges[i].key);
            QCOMPARE(back.edges[i].path, result.edges[i].path);
            QCOMPARE(back.edges[i].arrowTip, result.edges[i].arrowTip);
            QCOMPARE(back.edges[i].labelBox, result.edges[i].labelBox);
        }
    }

    // The bytes do not depend on the version the caller's stream was set to,
    // and the caller's setting is left as it was.
    void streamVersionIsFixed()
    {
        const LayoutResult result = sampleResult();
        QCOMPARE(bytesOf(result, QDataStream::Qt_5_0), bytesOf(result));
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_5_6);
        out << result << sampleRequest(LayoutOptions::Direction::LeftToRight, false);
        QCOMPARE(out.version(), int(QDataStream::Qt_5_6));
    }

    void truncatedStreamsAreRefused()
    {
        const QByteArray request
            = bytesOf(sampleRequest(LayoutOptions::Direction::LeftToRight, false));
        const QByteArray result = bytesOf(sampleResult());
        // Every cut: never Ok, never a crash.
        for (qsizetype cut = 0; cut < request.size(); cut += 7)
            QVERIFY(read<LayoutRequest>(request.left(cut)).second != QDataStream::Ok);
        for (qsizetype cut = 0; cut < result.size(); cut += 7)
            QVERIFY(read<LayoutResult>(result.left(cut)).second != QDataStream::Ok);
    }

    void foreignStreamsAreRefused()
    {
        // A result is not a request, and a newer format is not read.
        const auto [asRequest, status] = read<LayoutRequest>(bytesOf(sampleResult()));
        QCOMPARE(status, QDataStream::ReadCorruptData);
        QVERIFY(asRequest.nodes.isEmpty());
        QByteArray newer = bytesOf(sampleResult());
        newer[5] = char(99); // the format version's low byte
        QCOMPARE(read<LayoutResult>(newer).second, QDataStream::ReadCorruptData);
    }

    // A count claiming four billion items must not be trusted up front.
    void hostileCountsDoNotAllocate()
    {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << quint32(0x504c5253) << quint16(1) << QRectF(); // result header and bounds
        out << quint32(0) << quint32(0); // no nodes, no clusters
        out << quint32(1) << u"edge"_s << quint32(0xffffffff); // one edge, 4e9 points
        const auto [result, status] = read<LayoutResult>(bytes);
        QVERIFY(status != QDataStream::Ok);
        QVERIFY(result.edges.isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestLayoutSerialization)
#include "tst_layoutserialization.moc"
