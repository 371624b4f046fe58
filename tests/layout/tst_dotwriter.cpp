// writeDot: the file `dot` itself reads. Hostile names must come back from
// `dot -Tjson` exactly as written, with exactly the nodes, edges and
// clusters written (nothing injected); nesting, colours and the choice of
// label attribute are checked on the parsed graph too.

#include "layout/dotreading.h"
#include "layout/dotwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using Portolan::DotGraph;
using Portolan::writeDot;
using Portolan::Testing::graphvizLabelText;
using Portolan::Testing::showableText;

namespace {

const QStringList hostile { u"plain"_s,
                            u"say \"hi\""_s,
                            u"a < b > c"_s,
                            u"R&D &amp; ops"_s,
                            u"C:\\temp\\"_s,
                            u"trailing\\"_s,
                            u"line 1\nline 2"_s,
                            u"tab\there"_s,
                            u"]; a -> b ["_s,
                            u"}"_s,
                            u"\"; x [label=\"pwn"_s,
                            u"Zürich · 東京 😀"_s,
                            u""_s,
                            u"\\N\\G"_s,
                            u"node"_s };

// The graph as `dot -Tjson` reads it.
struct ParsedDot
{
    QString title;
    QStringList nodeNames; // decoded ids
    QStringList nodeLabels; // decoded labels, same order
    QStringList clusterLabels;
    QHash<QString, QStringList> childClusters; // cluster label → child labels
    struct Edge
    {
        QString source, target, label, labelAttribute, color;
    };
    QList<Edge> edges;
};

QString decoded(const QJsonValue &value)
{
    return graphvizLabelText(value.toString(), false);
}

std::optional<ParsedDot> parseWithDot(const QString &dotText, QString *failure)
{
    const QString dot = QStandardPaths::findExecutable(u"dot"_s);
    QProcess process;
    process.start(dot, { u"-Tjson"_s });
    process.write(dotText.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        *failure = QString::fromUtf8(process.readAllStandardError());
        return std::nullopt;
    }
    const QJsonObject root = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    ParsedDot parsed;
    parsed.title = decoded(root.value(u"label"_s));
    const QJsonArray objects = root.value(u"objects"_s).toArray();
    const int subgraphs = root.value(u"_subgraph_cnt"_s).toInt();
    QHash<int, QString> nameByGvid;
    for (int i = 0; i < objects.size(); ++i) {
        const QJsonObject object = objects[i].toObject();
        if (i < subgraphs) {
            const QString label = decoded(object.value(u"label"_s));
            parsed.clusterLabels.append(label);
            for (const QJsonValue &child : object.value(u"subgraphs"_s).toArray()) {
                const QJsonObject childObject = objects[child.toInt()].toObject();
                parsed.childClusters[label].append(decoded(childObject.value(u"label"_s)));
            }
            continue;
        }
        const QString name = decoded(object.value(u"name"_s));
        nameByGvid.insert(object.value(u"_gvid"_s).toInt(), name);
        parsed.nodeNames.append(name);
        parsed.nodeLabels.append(decoded(object.value(u"label"_s)));
    }
    for (const QJsonValue &value : root.value(u"edges"_s).toArray()) {
        const QJsonObject edge = value.toObject();
        const bool x = edge.contains(u"xlabel"_s);
        parsed.edges.append(
            { nameByGvid.value(edge.value(u"tail"_s).toInt()),
              nameByGvid.value(edge.value(u"head"_s).toInt()),
              decoded(edge.value(x ? u"xlabel"_s : u"label"_s)),
              x ? u"xlabel"_s : (edge.contains(u"label"_s) ? u"label"_s : QString()),
              edge.value(u"color"_s).toString() });
    }
    return parsed;
}

} // namespace

class TestDotWriter : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // The set-up installs the dot program (package graphviz).
        QVERIFY2(!QStandardPaths::findExecutable(u"dot"_s).isEmpty(), "dot is not installed");
    }

    void hostileNamesSurvive()
    {
        DotGraph graph;
        graph.name = u"a\" { b"_s;
        graph.title = u"Title \"quoted\" \\ end\\"_s;
        for (qsizetype i = 0; i < hostile.size(); ++i) {
            // Keys are hostile too: they become ids.
            const QString key = u"k%1 "_s.arg(i) + hostile[i];
            graph.clusters.append({ u"z"_s + key, hostile[i], QString() });
            graph.nodes.append({ key, hostile[i], u"box"_s, u"#dde6f5"_s, u"z"_s + key });
        }
        for (qsizetype i = 0; i < graph.nodes.size(); ++i) {
            const DotGraph::Node &next = graph.nodes[(i + 1) % graph.nodes.size()];
            graph.edges.append({ graph.nodes[i].key, next.key, hostile[i], { u"#0072b2"_s } });
        }
        QString failure;
        const auto parsed = parseWithDot(writeDot(graph), &failure);
        QVERIFY2(parsed, qPrintable(failure));

        QCOMPARE(parsed->title, showableText(graph.title));
        QStringList expectedNames, expectedLabels;
        for (const DotGraph::Node &node : graph.nodes) {
            expectedNames.append(showableText(node.key));
            expectedLabels.append(showableText(node.label));
        }
        QCOMPARE(parsed->nodeNames, expectedNames); // nothing injected, nothing lost
        QCOMPARE(parsed->nodeLabels, expectedLabels);
        QStringList clusterLabels = parsed->clusterLabels;
        QStringList expectedClusters;
        for (const DotGraph::Cluster &cluster : graph.clusters)
            expectedClusters.append(showableText(cluster.label));
        clusterLabels.sort();
        expectedClusters.sort();
        QCOMPARE(clusterLabels, expectedClusters);
        QCOMPARE(parsed->edges.size(), graph.edges.size());
        for (qsizetype i = 0; i < graph.edges.size(); ++i) {
            QCOMPARE(parsed->edges[i].source, showableText(graph.edges[i].source));
            QCOMPARE(parsed->edges[i].target, showableText(graph.edges[i].target));
            QCOMPARE(parsed->edges[i].label, showableText(graph.edges[i].label));
        }
    }

    void nestedClustersAndColours()
    {
        DotGraph graph;
        graph.clusters = { { u"mgmt"_s, u"Management"_s, QString() },
                           { u"tkg"_s, u"TKG"_s, u"mgmt"_s },
                           { u"loop1"_s, u"Loop 1"_s, u"loop2"_s }, // a parent cycle
                           { u"loop2"_s, u"Loop 2"_s, u"loop1"_s },
                           { u"orphan"_s, u"Orphan"_s, u"missing"_s } };
        graph.nodes = { { u"a"_s, u"A"_s, u"box"_s, QString(), u"mgmt"_s },
                        { u"b"_s, u"B"_s, u"box"_s, QString(), u"tkg"_s },
                        { u"c"_s, u"C"_s, u"box"_s, QString(), u"loop1"_s },
                        { u"d"_s, u"D"_s, u"box"_s, QString(), u"orphan"_s },
                        { u"e"_s, u"E"_s, u"box"_s, QString(), u"nowhere"_s } };
        graph.edges = { { u"a"_s, u"b"_s, u"TCP 443"_s, { u"#0072b2"_s, u"#d55e00"_s } },
                        { u"b"_s, u"ghost"_s, u"UDP 53"_s, {} } }; // unknown target: left out
        QString failure;
        const auto parsed = parseWithDot(writeDot(graph), &failure);
        QVERIFY2(parsed, qPrintable(failure));
        QCOMPARE(parsed->nodeNames.size(), 5);
        QCOMPARE(parsed->clusterLabels.size(), 5); // each cluster exactly once
        QCOMPARE(parsed->childClusters.value(u"Management"_s), QStringList { u"TKG"_s });
        QCOMPARE(parsed->edges.size(), 1);
        QCOMPARE(parsed->edges[0].color, u"#0072b2:#d55e00"_s);
        QCOMPARE(parsed->edges[0].labelAttribute, u"label"_s);
    }

    void labelAttributeBySize_data()
    {
        QTest::addColumn<int>("edges");
        QTest::addColumn<DotGraph::EdgeLabels>("mode");
        QTest::addColumn<QString>("attribute");
        QTest::newRow("small, automatic") << 10 << DotGraph::EdgeLabels::Automatic << u"label"_s;
        QTest::newRow("limit, automatic")
            << Portolan::dotEdgeLabelLimit << DotGraph::EdgeLabels::Automatic << u"label"_s;
        QTest::newRow("large, automatic")
            << Portolan::dotEdgeLabelLimit + 1 << DotGraph::EdgeLabels::Automatic << u"xlabel"_s;
        QTest::newRow("large, label") << 200 << DotGraph::EdgeLabels::Label << u"label"_s;
        QTest::newRow("small, xlabel") << 3 << DotGraph::EdgeLabels::XLabel << u"xlabel"_s;
    }
    void labelAttributeBySize()
    {
        QFETCH(int, edges);
        QFETCH(DotGraph::EdgeLabels, mode);
        QFETCH(QString, attribute);
        DotGraph graph;
        graph.edgeLabels = mode;
        // A chain: plenty of edges, cheap for dot even with labels.
        for (int i = 0; i <= edges; ++i)
            graph.nodes.append(
                { u"n%1"_s.arg(i), u"N%1"_s.arg(i), u"box"_s, QString(), QString() });
        for (int i = 0; i < edges; ++i)
            graph.edges.append({ u"n%1"_s.arg(i), u"n%1"_s.arg(i + 1), u"TCP %1"_s.arg(i), {} });
        QString failure;
        const auto parsed = parseWithDot(writeDot(graph), &failure);
        QVERIFY2(parsed, qPrintable(failure));
        QCOMPARE(parsed->edges.size(), edges);
        for (const ParsedDot::Edge &edge : parsed->edges)
            QCOMPARE(edge.labelAttribute, attribute);
    }
};

QTEST_GUILESS_MAIN(TestDotWriter)
#include "tst_dotwriter.moc"
