// The diagram exporters on hand-made display lists and diagrams: SVG
// structure and escaping, QSaveFile behaviour, PNG size arithmetic, PDF
// pages, JSON schema, DOT that Graphviz reads.
#include "diagram/diagram.h"
#include "diagram/diagramstyle.h"
#include "export/diagramexporter.h"
#include "export/dotexporter.h"
#include "export/jsonexporter.h"
#include "export/pdfexporter.h"
#include "export/pngexporter.h"
#include "export/svgexporter.h"
#include "export/svgpath.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Portolan;

namespace {

const QString hostile = u"Tom & \"Jerry\" <b>'x'</b> ]; a -> b [ \\ \x01\x1f\u00e9\U0001F600"_s;
// What XML can carry of it, and what a stored name keeps: the two control
// characters go.
const QString hostileSafe = u"Tom & \"Jerry\" <b>'x'</b> ]; a -> b [ \\ \u00e9\U0001F600"_s;

QFont pixelFont(int size, QFont::Weight weight = QFont::Normal)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPixelSize(size);
    font.setWeight(weight);
    return font;
}

Primitive rectangle(const QRectF &rect, const QColor &fill, const QColor &stroke = {},
                    Qt::PenStyle style = Qt::SolidLine)
{
    Primitive primitive;
    primitive.path.addRect(rect);
    primitive.fill = fill;
    primitive.stroke = stroke;
    primitive.strokeStyle = style;
    return primitive;
}

Primitive textAt(const QString &text, QPointF origin, const QFont &font = pixelFont(10))
{
    Primitive primitive;
    primitive.kind = Primitive::Kind::Text;
    primitive.text = text;
    primitive.origin = origin;
    primitive.font = font;
    primitive.color = Qt::black;
    return primitive;
}

// Two boxes, a dashed line between them and a hostile label.
DisplayList sampleDisplay()
{
    DisplayList display;
    display.bounds = QRectF(-10, -20, 300, 120);
    DisplayElement left;
    left.id = u"component-1"_s;
    left.title = u"Left\nsecond line"_s;
    left.primitives << rectangle(QRectF(0, 0, 80, 40), QColor(0x1f, 0x3f, 0x86), Qt::black)
                    << textAt(u"Left"_s, QPointF(10, 25), pixelFont(10, QFont::Bold));
    DisplayElement right = left;
    right.id = u"component-2"_s;
    right.title = hostile;
    right.primitives.clear();
    right.primitives << rectangle(QRectF(200, 0, 80, 40), QColor(255, 0, 0, 128))
                     << textAt(hostile, QPointF(205, 25));
    DisplayElement edge;
    edge.role = DisplayElement::Role::Edge;
    edge.id = u"edge 1 2 <&>"_s; // not a valid XML id as it stands
    edge.title = u"TCP 443"_s;
    Primitive line;
    line.path.moveTo(80, 20);
    line.path.cubicTo(120, 20, 160, 20, 200, 20);
    line.stroke = Qt::darkGreen;
    line.strokeWidth = 2;
    line.strokeStyle = Qt::DashLine;
    edge.primitives << line;
    display.elements << left << edge << right;
    return display;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

// Every <g> of the document: its attributes, its <title>s and its texts.
struct SvgGroup
{
    QString id;
    QStringList titles;
    QStringList texts;
    QList<QXmlStreamAttributes> paths;
};

QList<SvgGroup> parseGroups(const QByteArray &svg, QString *error)
{
    QList<SvgGroup> groups;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"g") {
            groups.append({ xml.attributes().value(u"id"_s).toString(), {}, {}, {} });
        } else if (!groups.isEmpty() && xml.name() == u"title") {
            groups.last().titles.append(xml.readElementText());
        } else if (!groups.isEmpty() && xml.name() == u"text") {
            groups.last().texts.append(xml.readElementText());
        } else if (!groups.isEmpty() && xml.name() == u"path") {
            groups.last().paths.append(xml.attributes());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return groups;
}

// A project in memory with a nested zone, for diagrams that need look-ups.
ProjectSnapshot smallProject()
{
    QString error;
    auto store = ProjectStore::createInMemory(&error);
    if (!store)
        return {};
    const Id product = store->addProduct({ 0, hostile, u"#d62728"_s });
    const Id outer = store->addZone({ 0, u"Outer \"zone\""_s, 0, {} });
    const Id inner = store->addZone({ 0, u"Inner <zone>"_s, outer, {} });
    const Id a
        = store->addComponent({ 0, hostile, ComponentKind::Appliance, inner, {}, {}, false });
    const Id b
        = store->addComponent({ 0, u"B\\node"_s, ComponentKind::Host, outer, {}, {}, false });
    store->addFlow({ 0, product, a, b, Transport::Tcp, PortSet::single(443), u"x"_s, false, {} });
    return Testing::readSnapshot(*store);
}

Diagram smallDiagram()
{
    Diagram diagram;
    diagram.project = smallProject();
    const QList<Zone> &zones = diagram.project.zones;
    const QList<Component> &components = diagram.project.components;
    if (zones.size() != 2 || components.size() != 2)
        return diagram;
    diagram.zones = { { zones[0].id, zones[0].name, 0, QRectF(0, 0, 400, 200), {} },
                      { zones[1].id, zones[1].name, 1, QRectF(10, 30, 150, 100), {} } };
    diagram.components = {
        { components[0].id,
          components[0].name,
          components[0].kind,
          zones[1].id,
          false,
          QRectF(20.123, 40.456, 128, 40),
          {} },
        { components[1].id,
          components[1].name,
          components[1].kind,
          zones[0].id,
          false,
          QRectF(250, 40, 128, 40),
          {} },
    };
    DiagramEdge edge;
    edge.sourceId = components[0].id;
    edge.targetId = components[1].id;
    edge.flowIds = { diagram.project.flows.value(0).id };
    edge.productIds = { diagram.project.products.value(0).id };
    edge.label = u"TCP 443"_s;
    edge.path = { { 148, 60 }, { 180, 60 }, { 210, 60 }, { 242.005, 60 } };
    edge.arrowTip = { 250, 60 };
    edge.labelBox = QRectF(170, 40, 40, 14);
    diagram.edges = { edge };
    diagram.bounds = QRectF(0, 0, 400, 200);
    return diagram;
}

} // namespace

class TestExporters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void formats()
    {
        QStringList extensions;
        for (const ExportFormat &format : exportFormats()) {
            extensions << format.extension;
            QVERIFY(!format.formatName.isEmpty());
        }
        QCOMPARE(extensions, QStringList({ u"svg"_s, u"png"_s, u"pdf"_s, u"dot"_s, u"json"_s }));
        QCOMPARE(exporterForExtension(u".SVG")->extension(), u"svg"_s);
        QCOMPARE(exporterForFile(u"/tmp/a.b/diagram.Json"_s)->extension(), u"json"_s);
        QVERIFY(!exporterForFile(u"diagram.txt"_s));
        QVERIFY(!exporterForFile(u"diagram"_s));
    }

    void svgNumbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0.0 << u"0"_s;
        QTest::newRow("negative zero after rounding") << -0.001 << u"0"_s;
        QTest::newRow("integer") << 3.0 << u"3"_s;
        QTest::newRow("one decimal") << 12.5 << u"12.5"_s;
        QTest::newRow("rounded") << 1.23456 << u"1.23"_s;
        QTest::newRow("negative") << -2.25 << u"-2.25"_s;
        QTest::newRow("large, no exponent") << 1234567.891 << u"1234567.89"_s;
    }

    void svgNumbers()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(svgNumber(value), expected);
    }

    void svgPaths()
    {
        QPainterPath rect;
        rect.addRect(0, 0, 10, 5);
        QCOMPARE(svgPathData(rect), u"M 0 0 L 10 0 L 10 5 L 0 5 Z"_s);

        QPainterPath open;
        open.moveTo(1, 1);
        open.lineTo(5, 1);
        open.cubicTo(6, 2, 7, 3, 8.5, 4);
        QCOMPARE(svgPathData(open), u"M 1 1 L 5 1 C 6 2 7 3 8.5 4"_s);

        QPainterPath two = open;
        two.moveTo(20, 20);
        two.lineTo(30, 20);
        two.lineTo(25, 30);
        two.closeSubpath();
        QCOMPARE(svgPathData(two), u"M 1 1 L 5 1 C 6 2 7 3 8.5 4 M 20 20 L 30 20 L 25 30 Z"_s);
        QCOMPARE(svgPathData(QPainterPath()), QString());
    }

    void xmlSafeTextDropsWhatXmlCannotCarry()
    {
        QCOMPARE(xmlSafeText(hostile), hostileSafe);
        QCOMPARE(xmlSafeText(u"a\tb\nc\rd"_s), u"a\tb\nc\rd"_s);
        const QChar lone(char16_t(0xD800));
        QCOMPARE(xmlSafeText(u"x"_s + lone + u"y"_s), u"xy"_s);
        QCOMPARE(xmlSafeText(u"x\uFFFEy\uFFFF"_s), u"xy"_s);
    }

    void svgStructure()
    {
        ExportOptions options;
        options.title = u"Title & <more>"_s;
        const QByteArray svg = SvgExporter::document(sampleDisplay(), options);
        QString error;
        const QList<SvgGroup> groups = parseGroups(svg, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // One group per element, each with exactly one title, ids unique and valid.
        QCOMPARE(groups.size(), 3);
        QSet<QString> ids;
        static const QRegularExpression name(u"^[A-Za-z_][A-Za-z0-9._-]*$"_s);
        for (const SvgGroup &group : groups) {
            QCOMPARE(group.titles.size(), 1);
            QVERIFY2(name.match(group.id).hasMatch(), qPrintable(group.id));
            ids.insert(group.id);
        }
        QCOMPARE(ids.size(), 3);
        QCOMPARE(groups[0].id, u"component-1"_s);
        QCOMPARE(groups[0].titles.first(), u"Left\nsecond line"_s);

        // Hostile text comes back as it was, minus what XML cannot hold.
        QCOMPARE(groups[2].titles.first(), hostileSafe);
        QCOMPARE(groups[2].texts, QStringList { hostileSafe });
        QCOMPARE(groups[0].texts, QStringList { u"Left"_s });

        // The view box is the display list's bounds, in points.
        QXmlStreamReader xml(svg);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), u"svg"_s);
        QCOMPARE(xml.attributes().value(u"viewBox"_s), u"-10 -20 300 120"_s);
        QCOMPARE(xml.attributes().value(u"width"_s), u"300pt"_s);
        QVERIFY(svg.contains("<title>Title &amp; &lt;more&gt;</title>"));
    }

    void svgStyles()
    {
        const QByteArray svg = SvgExporter::document(sampleDisplay(), {});
        QString error;
        const QList<SvgGroup> groups = parseGroups(svg, &error);
        QVERIFY(error.isEmpty());
        const QXmlStreamAttributes box = groups[0].paths.first();
        QCOMPARE(box.value(u"fill"_s), u"#1f3f86"_s);
        QCOMPARE(box.value(u"stroke"_s), u"#000000"_s);
        QCOMPARE(box.value(u"d"_s), u"M 0 0 L 80 0 L 80 40 L 0 40 Z"_s);
        const QXmlStreamAttributes translucent = groups[2].paths.first();
        QCOMPARE(translucent.value(u"fill-opacity"_s), u"0.5"_s);
        QCOMPARE(translucent.value(u"stroke"_s), u"none"_s);
        const QXmlStreamAttributes line = groups[1].paths.first();
        QCOMPARE(line.value(u"fill"_s), u"none"_s);
        QCOMPARE(line.value(u"stroke-width"_s), u"2"_s);
        QCOMPARE(line.value(u"stroke-dasharray"_s), u"8,4"_s); // Qt's 4,2 times the width
        QVERIFY(line.value(u"d"_s).startsWith(u"M 80 20 C "_s));

        // Text keeps font, size, weight and spaces.
        QVERIFY(svg.contains("font-size=\"10\""));
        QVERIFY(svg.contains("font-weight=\"700\""));
        QVERIFY(svg.contains("'DejaVu Sans', sans-serif"));
        QVERIFY(svg.contains("xml:space=\"preserve\""));
    }

    void svgBackground()
    {
        const QByteArray opaque = SvgExporter::document(sampleDisplay(), {});
        QVERIFY(opaque.contains("class=\"background\""));
        ExportOptions transparent;
        transparent.transparent = true;
        QVERIFY(!SvgExporter::document(sampleDisplay(), transparent).contains("background"));
    }

    void writeReplacesWholeFile()
    {
        const QString target = path(u"replaced.svg"_s);
        writeFile(target, QByteArray(100000, 'x')); // longer than the new content
        SvgExporter exporter;
        QVERIFY2(exporter.writeDisplayList(sampleDisplay(), target, {}),
                 qPrintable(exporter.errorString()));
        const QString content = readAll(target);
        QVERIFY(content.startsWith(u"<?xml"_s));
        QVERIFY(!content.contains(u"xxx"_s));
        // No temporary file is left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({ u"replaced.svg*"_s }, QDir::Files).size(), 1);
    }

    void failureLeavesTargetUntouched()
    {
        const QString target = path(u"kept.png"_s);
        writeFile(target, "previous content");
        DisplayList huge = sampleDisplay();
        huge.bounds = QRectF(0, 0, 20000, 20000); // 278 inches a side
        ExportOptions options;
        options.dpi = 600;
        PngExporter exporter;
        QVERIFY(!exporter.writeDisplayList(huge, target, options));
        QVERIFY2(exporter.errorString().contains(u"--dpi"_s), qPrintable(exporter.errorString()));
        QCOMPARE(readAll(target), u"previous content"_s);

        SvgExporter svg;
        const QString nowhere = path(u"missing-folder/out.svg"_s);
        QVERIFY(!svg.writeDisplayList(sampleDisplay(), nowhere, {}));
        QVERIFY(svg.errorString().contains(u"missing-folder"_s));
        QVERIFY(!QFile::exists(nowhere));
    }

    void pngSize_data()
    {
        QTest::addColumn<QRectF>("bounds");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("72 dpi: a pixel per point") << QRectF(0, 0, 100, 50) << 72 << QSize(100, 50);
        QTest::newRow("150 dpi rounds up") << QRectF(0, 0, 100, 50) << 150 << QSize(209, 105);
        QTest::newRow("300 dpi") << QRectF(-5, 7, 100, 50) << 300 << QSize(417, 209);
        QTest::newRow("144 dpi exact") << QRectF(0, 0, 36, 18) << 144 << QSize(72, 36);
        QTest::newRow("never empty") << QRectF(0, 0, 0, 0) << 150 << QSize(1, 1);
    }

    void pngSize()
    {
        QFETCH(QRectF, bounds);
        QFETCH(int, dpi);
        QFETCH(QSize, expected);
        QCOMPARE(PngExporter::imageSize(bounds, dpi), expected);
    }

    void pngLimits_data()
    {
        QTest::addColumn<QSizeF>("points");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<bool>("fits");
        QTest::newRow("sample size") << QSizeF(1200, 900) << 300 << true;
        QTest::newRow("too wide") << QSizeF(16000, 100) << 150 << false;
        QTest::newRow("too many bytes") << QSizeF(8000, 8000) << 200 << false;
        QTest::newRow("just under the side limit") << QSizeF(32767, 10) << 72 << true;
    }

    void pngLimits()
    {
        QFETCH(QSizeF, points);
        QFETCH(int, dpi);
        QFETCH(bool, fits);
        const QSize size = PngExporter::imageSize(QRectF(QPointF(), points), dpi);
        const QString problem = PngExporter::sizeProblem(size, dpi);
        QCOMPARE(problem.isEmpty(), fits);
        if (fits)
            return;
        // The resolution suggested makes an image that does fit.
        static const QRegularExpression suggestion(u"--dpi (\\d+)"_s);
        const QRegularExpressionMatch match = suggestion.match(problem);
        QVERIFY2(match.hasMatch(), qPrintable(problem));
        const int lower = match.captured(1).toInt();
        QVERIFY(lower < dpi);
        QVERIFY(PngExporter::sizeProblem(PngExporter::imageSize(QRectF(QPointF(), points), lower),
                                         lower)
                    .isEmpty());
    }

    void pngPixels()
    {
        const QString opaquePath = path(u"pixels.png"_s);
        ExportOptions options;
        options.dpi = 144; // two pixels per point
        PngExporter exporter;
        QVERIFY2(exporter.writeDisplayList(sampleDisplay(), opaquePath, options),
                 qPrintable(exporter.errorString()));
        const QImage image(opaquePath);
        QCOMPARE(image.size(), QSize(600, 240));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 144);
        QCOMPARE(image.pixelColor(1, 1), QColor(Qt::white));
        // The left box's inside: point (40, 30) is pixel ((40 + 10) * 2, (30 + 20) * 2).
        QCOMPARE(image.pixelColor(100, 100), QColor(0x1f, 0x3f, 0x86));

        const QString clearPath = path(u"clear.png"_s);
        options.transparent = true;
        QVERIFY(exporter.writeDisplayList(sampleDisplay(), clearPath, options));
        const QImage clear(clearPath);
        QVERIFY(clear.hasAlphaChannel());
        QCOMPARE(clear.pixelColor(1, 1).alpha(), 0);
        QCOMPARE(clear.pixelColor(100, 100).alpha(), 255);
    }

    void pdfPage_data()
    {
        QTest::addColumn<QSizeF>("points");
        QTest::addColumn<int>("orientation");
        QTest::newRow("wide: landscape") << QSizeF(800, 400) << int(QPageLayout::Landscape);
        QTest::newRow("tall: portrait") << QSizeF(300, 900) << int(QPageLayout::Portrait);
    }

    void pdfPage()
    {
        QFETCH(QSizeF, points);
        QFETCH(int, orientation);
        ExportOptions options;
        options.paper = QPageSize::A3;
        const DiagramTiling tiling = PdfExporter::tiling(QRectF(QPointF(), points), options);
        QVERIFY(!tiling.isTiled());
        QCOMPARE(tiling.scale, 1.0); // never enlarged
        const QPageLayout layout = PdfExporter::pageLayout(tiling.landscape, options);
        QCOMPARE(int(layout.orientation()), orientation);
        QCOMPARE(layout.pageSize().id(), QPageSize::A3);
        QCOMPARE(layout.margins(QPageLayout::Millimeter).left(), 10.0);
    }

    // Labels never print under 6 pt: a diagram that would shrink further is
    // printed in overlapping parts, behind a map of them.
    void largeDiagramIsTiled()
    {
        ExportOptions options; // A4
        const QRectF huge(0, 0, 4000, 2400);
        const DiagramTiling tiling = PdfExporter::tiling(huge, options);
        QVERIFY(tiling.isTiled());
        const qreal labelPoints = DiagramStyle::labelFontPoints();
        QVERIFY(tiling.scale * labelPoints >= minimumLabelPoints - 1e-9);
        QCOMPARE(tiling.tiles.size(), tiling.rows * tiling.columns);
        QRectF covered;
        for (const QRectF &part : tiling.tiles)
            covered |= part;
        QVERIFY(covered.contains(huge.adjusted(1, 1, -1, -1)));
        // Neighbours overlap.
        QVERIFY(tiling.tiles.at(0).intersects(tiling.tiles.at(1)));
        QCOMPARE(DiagramTiling::tileName(0, 0), u"A1"_s);
        QCOMPARE(DiagramTiling::tileName(27, 3), u"AB4"_s);

        // Fitting at 6 pt or more: one page, as large as the page allows.
        const DiagramTiling small = PdfExporter::tiling(QRectF(0, 0, 1000, 700), options);
        QVERIFY(!small.isTiled());
        QVERIFY(small.scale * labelPoints >= minimumLabelPoints);
    }

    void pdfHasOnePage()
    {
        const QString target = path(u"one.pdf"_s);
        ExportOptions options;
        options.title = u"Sample title"_s;
        PdfExporter exporter;
        QVERIFY2(exporter.writeDisplayList(sampleDisplay(), target, options),
                 qPrintable(exporter.errorString()));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF-"));
        static const QRegularExpression page(u"/Type\\s*/Page[^s]"_s);
        QCOMPARE(QString::fromLatin1(pdf).count(page), 1);
        // The title is in the metadata (as UTF-16 with a byte-order mark).
        QVERIFY(pdf.contains("/Title"));
    }

    void jsonDocument()
    {
        const Diagram diagram = smallDiagram();
        QCOMPARE(diagram.components.size(), 2);
        const QJsonObject root = JsonExporter::document(diagram).object();
        QCOMPARE(root.keys(), QStringList({ u"clusters"_s, u"edges"_s, u"nodes"_s }));
        const QJsonObject node = root[u"nodes"_s].toArray().first().toObject();
        QCOMPARE(node.keys(), QStringList({ u"h"_s, u"name"_s, u"w"_s, u"x"_s, u"y"_s }));
        QCOMPARE(node[u"name"_s].toString(), hostileSafe); // stored without control characters
        QCOMPARE(node[u"x"_s].toDouble(), 20.12);
        QCOMPARE(node[u"y"_s].toDouble(), 40.46);
        QCOMPARE(root[u"clusters"_s].toArray().size(), 2);
        const QJsonObject edge = root[u"edges"_s].toArray().first().toObject();
        QCOMPARE(edge.keys(),
                 QStringList({ u"destination"_s, u"flows"_s, u"label"_s, u"path"_s, u"source"_s }));
        QCOMPARE(edge[u"source"_s].toString(), hostileSafe);
        QCOMPARE(edge[u"destination"_s].toString(), u"B\\node"_s);
        QCOMPARE(edge[u"flows"_s].toInt(), 1);
        const QJsonArray points = edge[u"path"_s].toArray();
        QCOMPARE(points.size(), 4);
        QCOMPARE(points.last().toArray(), QJsonArray({ 242.01, 60 }));
        const QJsonObject label = edge[u"label"_s].toObject();
        QCOMPARE(label.keys(), QStringList({ u"h"_s, u"text"_s, u"w"_s, u"x"_s, u"y"_s }));
        QCOMPARE(label[u"text"_s].toString(), u"TCP 443"_s);
    }

    void dotGraph()
    {
        const Diagram diagram = smallDiagram();
        const DotGraph graph = DotExporter::graph(diagram);
        QCOMPARE(graph.clusters.size(), 2);
        QCOMPARE(graph.clusters[1].parent, graph.clusters[0].key); // nested as the zones are
        QCOMPARE(graph.nodes.size(), 2);
        QCOMPARE(graph.nodes[0].label, hostileSafe);
        QCOMPARE(graph.nodes[0].cluster, graph.clusters[1].key);
        QCOMPARE(graph.edges.size(), 1);
        QCOMPARE(graph.edges[0].label, u"TCP 443"_s);
        QCOMPARE(graph.edges[0].colors, QStringList { u"#d62728"_s });
    }

    // Graphviz itself reads what the exporter writes, hostile names included.
    void dotReadByGraphviz()
    {
        const QString dot = QStandardPaths::findExecutable(u"dot"_s);
        QVERIFY2(!dot.isEmpty(), "dot is not installed (the set-up installs it)");
        const QString target = path(u"small.dot"_s);
        DotExporter exporter;
        QVERIFY2(exporter.write(smallDiagram(), target, {}), qPrintable(exporter.errorString()));
        QProcess process;
        process.start(dot, { u"-Tsvg"_s, target });
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray svg = process.readAllStandardOutput();
        QString error;
        QList<SvgGroup> groups = parseGroups(svg, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList texts;
        for (const SvgGroup &group : std::as_const(groups))
            texts += group.texts;
        // DOT turns control characters into spaces.
        bool found = false;
        for (const QString &text : std::as_const(texts))
            found = found || text.simplified() == hostileSafe.simplified();
        QVERIFY2(found, qPrintable(texts.join(u" | "_s)));
        QVERIFY(texts.contains(u"B\\node"_s));
        QVERIFY(texts.contains(u"Inner <zone>"_s));
        // No node beyond the two: the hostile name injected nothing.
        int nodes = 0;
        for (const SvgGroup &group : std::as_const(groups))
            nodes += group.id.startsWith(u"node"_s) ? 1 : 0;
        QCOMPARE(nodes, 2);
    }
};

QTEST_MAIN(TestExporters)
#include "tst_exporters.moc"
