// `portolan export` on the TKO sample, run as users run it: every format,
// checked by reading the files back (and with Graphviz and poppler's tools
// where they are installed).
#include "clirunner.h"
#include "pdfreader.h"
#include "store/projectstore.h"

#include <QDir>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRectF>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <functional>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

// Rows of RFC 4180 CSV as `portolan flows` and `components` print it.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    return rows;
}

struct SampleFlow
{
    QString product, source, destination, protocol, ports;
};

QRectF boxOf(const QJsonObject &object)
{
    return QRectF(object[u"x"_s].toDouble(), object[u"y"_s].toDouble(), object[u"w"_s].toDouble(),
                  object[u"h"_s].toDouble());
}

// Overlap of more than rounding (the JSON holds hundredths of a point).
bool overlap(const QRectF &a, const QRectF &b)
{
    return a.adjusted(0.02, 0.02, -0.02, -0.02).intersects(b);
}

// What an SVG says: its view box and, per <g> class, the groups' texts.
struct SvgContent
{
    QRectF viewBox;
    int groups = 0;
    int groupTitles = 0;
    QMap<QString, QList<QStringList>> textsByClass; // class -> per group, its lines
    QString error;
};

SvgContent readSvg(const QByteArray &svg)
{
    SvgContent content;
    QXmlStreamReader xml(svg);
    QString currentClass;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"g")
            currentClass.clear();
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"svg") {
            const QStringList box = xml.attributes().value(u"viewBox"_s).toString().split(u' ');
            if (box.size() == 4)
                content.viewBox = QRectF(box[0].toDouble(), box[1].toDouble(), box[2].toDouble(),
                                         box[3].toDouble());
        } else if (xml.name() == u"g") {
            ++content.groups;
            currentClass = xml.attributes().value(u"class"_s).toString();
            content.textsByClass[currentClass].append(QStringList());
        } else if (xml.name() == u"title" && !currentClass.isEmpty()) {
            ++content.groupTitles;
        } else if (xml.name() == u"text" && !currentClass.isEmpty()) {
            content.textsByClass[currentClass].last().append(xml.readElementText());
        }
    }
    if (xml.hasError())
        content.error = xml.errorString();
    return content;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs a helper program (dot, pdfinfo, pdftotext); empty when missing.
QByteArray runTool(const QString &tool, const QStringList &arguments, int *status = nullptr)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(tool), arguments);
    if (!process.waitForFinished(60000))
        return {};
    if (status)
        *status = process.exitCode();
    return process.readAllStandardOutput();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_addressed; // the sample with addresses in a Lab environment
    QStringList m_components;
    QHash<QString, QString> m_zoneOf; // component -> its zone
    QList<SampleFlow> m_flows;

    // The edge of `edges` ("source -> destination") that draws the flow: its
    // own pair, or an edge from or to the frame of a zone the flow's
    // component is in (flows a whole zone has alike share one edge).
    QString edgeOf(const SampleFlow &flow, const QSet<QString> &edges) const
    {
        const QString from = m_zoneOf.value(flow.source), to = m_zoneOf.value(flow.destination);
        for (const QString &candidate :
             { flow.source + u" -> "_s + flow.destination, from + u" -> "_s + flow.destination,
               flow.source + u" -> "_s + to, from + u" -> "_s + to }) {
            if (edges.contains(candidate))
                return candidate;
        }
        return {};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Exports the sample; fails the test unless it worked without a word.
    CliResult exportSample(const QString &out, const QStringList &extra = {})
    {
        CliResult result
            = runPortolan(QStringList { u"export"_s, m_project, u"--diagram"_s, out } + extra);
        if (result.status != 0)
            qWarning("%s", result.err.constData());
        return result;
    }

    QJsonObject exportJson(const QString &name, const QStringList &extra = {})
    {
        const QString out = path(name);
        if (exportSample(out, extra).status != 0)
            return {};
        return QJsonDocument::fromJson(readFile(out)).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = path(u"tko.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, m_project, u"--sample"_s, u"tko"_s }).status, 0);
        const CliResult components = runPortolan({ u"components"_s, m_project });
        QCOMPARE(components.status, 0);
        for (const QStringList &row : parseCsv(QString::fromUtf8(components.out)).mid(1)) {
            m_components << row.value(0);
            m_zoneOf.insert(row.value(0), row.value(2));
        }
        const CliResult flows = runPortolan({ u"flows"_s, m_project });
        QCOMPARE(flows.status, 0);
        for (const QStringList &row : parseCsv(QString::fromUtf8(flows.out)).mid(1))
            m_flows.append(
                { row.value(0), row.value(1), row.value(2), row.value(3), row.value(4) });
        QCOMPARE(m_components.size(), 26);
        QCOMPARE(m_flows.size(), 33);

        m_addressed = path(u"addressed.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, m_addressed, u"--sample"_s, u"tko"_s }).status, 0);
        const QList<QStringList> assignments { { u"Harbor"_s, u"10.0.1.5"_s },
                                               { u"Harbor"_s, u"10.0.1.6"_s },
                                               { u"Avi Controller"_s, u"10.0.2.10"_s } };
        for (const QStringList &assignment : assignments) {
            const CliResult assigned
                = runPortolan({ u"assign"_s, m_addressed, u"--env"_s, u"Lab"_s, u"--component"_s,
                                assignment.at(0), u"--address"_s, assignment.at(1) });
            QVERIFY2(assigned.status == 0, assigned.err.constData());
        }
    }

    void helpNamesTheCommand()
    {
        const CliResult help = runPortolan({ u"--help"_s });
        QVERIFY(help.out.contains("export FILE (--diagram OUT"));
        QVERIFY(help.out.contains("--all-views DIR [--format EXT]"));
        const CliResult own = runPortolan({ u"export"_s, u"--help"_s });
        QCOMPARE(own.status, 0);
        for (const char *option : { "--diagram", "--product", "--view", "--all-views", "--format",
                                    "--dpi", "--transparent", "--paper", "--env" })
            QVERIFY2(own.out.contains(option), option);
    }

    void svgShowsEveryNameAndPort()
    {
        const QString out = path(u"tko.svg"_s);
        const CliResult result = exportSample(out);
        QCOMPARE(result.status, 0);
        QVERIFY(result.out.isEmpty());
        const SvgContent svg = readSvg(readFile(out));
        QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
        QVERIFY(svg.groups > m_components.size());
        QCOMPARE(svg.groupTitles, svg.groups); // one <title> per element

        // Every component's box shows its whole name (perhaps over several lines).
        QStringList shown;
        for (const QStringList &lines : svg.textsByClass.value(u"component"_s))
            shown << lines.join(u' ');
        for (const QString &name : std::as_const(m_components))
            QVERIFY2(shown.contains(name), qPrintable(name));

        // Every port of every flow is in the label of its edge; the labels are
        // matched to edges through the JSON export of the same diagram.
        const QJsonObject json = exportJson(u"for-svg.json"_s);
        QHash<QString, QString> labelOf;
        for (const QJsonValue &edge : json[u"edges"_s].toArray()) {
            const QJsonObject object = edge.toObject();
            labelOf.insert(object[u"source"_s].toString() + u" -> "_s
                               + object[u"destination"_s].toString(),
                           object[u"label"_s].toObject()[u"text"_s].toString());
        }
        QStringList labelTexts;
        for (const QStringList &lines : svg.textsByClass.value(u"edge-label"_s))
            labelTexts << lines.join(u' ');
        const QString allLabels = labelTexts.join(u'\n');
        const QSet<QString> edgeNames(labelOf.keyBegin(), labelOf.keyEnd());
        for (const SampleFlow &flow : std::as_const(m_flows)) {
            const QString label = labelOf.value(edgeOf(flow, edgeNames));
            QVERIFY2(label.contains(flow.protocol), qPrintable(flow.source + u' ' + label));
            for (const QString &port : flow.ports.split(u',')) {
                for (const QString &end : port.split(u'-'))
                    QVERIFY2(label.contains(end), qPrintable(port + u" not in "_s + label));
            }
            // The SVG draws that label, line by line.
            for (const QString &line : label.split(u'\n'))
                QVERIFY2(allLabels.contains(line), qPrintable(line));
        }
    }

    // --env draws that environment's addresses under the names, and the
    // boxes grow to hold them; without it nothing names an address.
    void envDrawsItsAddresses()
    {
        const QString with = path(u"addressed-lab.svg"_s);
        const CliResult result
            = runPortolan({ u"export"_s, m_addressed, u"--diagram"_s, with, u"--env"_s, u"lab"_s });
        QVERIFY2(result.status == 0, result.err.constData());
        QVERIFY(result.out.isEmpty());
        QVERIFY2(!result.err.contains("warning"), result.err.constData());
        const SvgContent svg = readSvg(readFile(with));
        QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
        const QList<QStringList> components = svg.textsByClass.value(u"component"_s);
        QVERIFY(components.contains(QStringList { u"Harbor"_s, u"10.0.1.5"_s, u"10.0.1.6"_s }));
        QVERIFY(components.contains(QStringList { u"Avi Controller"_s, u"10.0.2.10"_s }));
        QVERIFY(components.contains(QStringList { u"Syslog"_s })); // no address in Lab
        QVERIFY(readFile(with).contains("Lab: no address")); // Syslog's tooltip

        const QString without = path(u"addressed-plain.svg"_s);
        QCOMPARE(runPortolan({ u"export"_s, m_addressed, u"--diagram"_s, without }).status, 0);
        const QByteArray plain = readFile(without);
        QVERIFY(readSvg(plain)
                    .textsByClass.value(u"component"_s)
                    .contains(QStringList { u"Harbor"_s }));
        QVERIFY(!plain.contains("10.0.1.5") && !plain.contains("Lab:"));

        // The laid-out boxes make room for the lines.
        const auto harborHeight = [this](const QStringList &extra) {
            const QString out = path(u"addressed.json"_s);
            const CliResult exported = runPortolan(
                QStringList { u"export"_s, m_addressed, u"--diagram"_s, out } + extra);
            for (const QJsonValue &node :
                 QJsonDocument::fromJson(readFile(out)).object()[u"nodes"_s].toArray()) {
                if (exported.status == 0 && node[u"name"_s].toString() == u"Harbor"_s)
                    return node[u"h"_s].toDouble();
            }
            return 0.0;
        };
        const qreal plainHeight = harborHeight({});
        QVERIFY(plainHeight > 0);
        QVERIFY(harborHeight({ u"--env"_s, u"Lab"_s }) > plainHeight);
    }

    void unknownEnvironmentListsTheKnownOnes()
    {
        const QString out = path(u"prod.svg"_s);
        const CliResult result
            = runPortolan({ u"export"_s, m_addressed, u"--diagram"_s, out, u"--env"_s, u"Prod"_s });
        QCOMPARE(result.status, 1);
        QVERIFY(result.out.isEmpty());
        const QString err = QString::fromUtf8(result.err);
        static const QRegularExpression reason(u"(^|\\n)portolan: [^\\n]*\"Prod\"[^\\n]*Lab"_s);
        QVERIFY2(err.contains(reason), result.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void pngHasTheRequestedSize_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::newRow("72 dpi") << 72;
        QTest::newRow("150 dpi") << 150;
        QTest::newRow("300 dpi") << 300;
    }

    void pngHasTheRequestedSize()
    {
        QFETCH(int, dpi);
        const QString svgPath = path(u"size.svg"_s);
        QCOMPARE(exportSample(svgPath).status, 0);
        const QRectF bounds = readSvg(readFile(svgPath)).viewBox;
        QVERIFY(!bounds.isEmpty());

        // Everything the JSON places lies inside the drawn bounds.
        const QJsonObject json = exportJson(u"size.json"_s);
        for (const QString &list : { u"nodes"_s, u"clusters"_s }) {
            for (const QJsonValue &value : json[list].toArray())
                QVERIFY(bounds.adjusted(-0.1, -0.1, 0.1, 0.1).contains(boxOf(value.toObject())));
        }

        const QString out = path(u"tko-%1.png"_s.arg(dpi));
        QCOMPARE(exportSample(out, { u"--dpi"_s, QString::number(dpi) }).status, 0);
        const QImage image(out);
        QVERIFY(!image.isNull());
        const qreal scale = dpi / 72.0;
        QVERIFY2(qAbs(image.width() - bounds.width() * scale) <= 1,
                 qPrintable(u"%1 vs %2"_s.arg(image.width()).arg(bounds.width() * scale)));
        QVERIFY(qAbs(image.height() - bounds.height() * scale) <= 1);
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    }

    void pngDefaultsTo150Dpi()
    {
        const QString out = path(u"default.png"_s);
        QCOMPARE(exportSample(out).status, 0);
        QCOMPARE(qRound(QImage(out).dotsPerMeterX() * 0.0254), 150);
    }

    void transparentPng()
    {
        const QString out = path(u"clear.png"_s);
        QCOMPARE(exportSample(out, { u"--transparent"_s, u"--dpi"_s, u"72"_s }).status, 0);
        const QImage image(out);
        QVERIFY(image.hasAlphaChannel());
        QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
        int opaque = 0;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                opaque += image.pixelColor(x, y).alpha() == 255 ? 1 : 0;
        }
        QVERIFY(opaque > 100); // the drawing itself is not see-through
    }

    void pdfIsReadableOnEveryPaper_data()
    {
        QTest::addColumn<QString>("paper");
        QTest::addColumn<QString>("sizeName");
        QTest::newRow("default") << QString() << u"A4"_s;
        QTest::newRow("A3") << u"A3"_s << u"A3"_s;
        QTest::newRow("Letter") << u"letter"_s << u"Letter"_s;
    }

    // One page when the labels print at 6 pt or more on it (A3); else a
    // map of parts and a page per part, every label still 6 pt or more.
    void pdfIsReadableOnEveryPaper()
    {
        QFETCH(QString, paper);
        QFETCH(QString, sizeName);
        const QString out = path(u"tko-%1.pdf"_s.arg(sizeName));
        const QStringList extra
            = paper.isEmpty() ? QStringList() : QStringList { u"--paper"_s, paper };
        QCOMPARE(exportSample(out, extra).status, 0);
        const QByteArray pdf = readFile(out);
        QVERIFY(pdf.startsWith("%PDF-"));

        const QString info = QString::fromUtf8(runTool(u"pdfinfo"_s, { out }));
        QVERIFY2(info.contains(u"(%1)"_s.arg(sizeName), Qt::CaseInsensitive), qPrintable(info));
        QVERIFY(info.contains(u"Creator:"_s) && info.contains(u"Portolan"_s));
        const int pages = PdfReader::pageCount(out);
        if (sizeName == u"A3"_s)
            QCOMPARE(pages, 1);
        else
            QVERIFY2(pages == 1
                         || PdfReader::text(out, 1).simplified().contains(u"in parts A1 to "_s),
                     qPrintable(PdfReader::text(out, 1)));
        // pdftotext's word boxes are about 1.1 × the font's size.
        static const QRegularExpression service(u"^(TCP|UDP)$"_s);
        for (int page = 1; page <= pages; ++page) {
            const qreal smallest = PdfReader::smallestWord(out, page, service);
            QVERIFY2(smallest < 0 || smallest >= 1.1 * 6 - 0.1,
                     qPrintable(u"page %1: %2"_s.arg(page).arg(smallest)));
        }
        // Text stays text.
        const QString text = QString::fromUtf8(runTool(u"pdftotext"_s, { out, u"-"_s }));
        QVERIFY2(text.contains(u"Avi Controller"_s), qPrintable(text.left(500)));
        QVERIFY(text.contains(u"TCP 443"_s));
    }

    void dotIsLaidOutByGraphviz()
    {
        const QString out = path(u"tko.dot"_s);
        QCOMPARE(exportSample(out).status, 0);
        // The set-up installs Graphviz's tools: their absence is a failure.
        QVERIFY2(!QStandardPaths::findExecutable(u"dot"_s).isEmpty(), "dot is not installed");
        int status = -1;
        const QByteArray svg = runTool(u"dot"_s, { u"-Tsvg"_s, out }, &status);
        QCOMPARE(status, 0);
        QStringList texts;
        QXmlStreamReader xml(svg);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
                texts << xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        for (const QString &name : std::as_const(m_components))
            QVERIFY2(texts.contains(name), qPrintable(name));
        QVERIFY(texts.contains(u"Tanzu Kubernetes Grid"_s)); // a zone as a cluster
    }

    // A name of 10,000 characters (no space to wrap at) goes through the
    // import, the listing and every diagram format whole; only the box on
    // the diagram shortens what it shows.
    void aTenThousandCharacterNameSurvives()
    {
        const QString name = u"Component-"_s.repeated(1000);
        QCOMPARE(name.size(), 10000);
        const QString table = path(u"long-name.csv"_s);
        QFile file(table);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
        file.write(u"product,source,destination,protocol,ports,purpose\nP,%1,Short,TCP,443,Web\n"_s
                       .arg(name)
                       .toUtf8());
        file.close();
        const QString project = path(u"long-name.portolan"_s);
        QCOMPARE(runPortolan({ u"import"_s, table, u"--into"_s, project }).status, 0);
        const CliResult flows = runPortolan({ u"flows"_s, project });
        QCOMPARE(flows.status, 0);
        QCOMPARE(parseCsv(QString::fromUtf8(flows.out)).value(1).value(1), name);

        for (const QString &format : { u"json"_s, u"dot"_s, u"svg"_s, u"pdf"_s, u"png"_s }) {
            const QString out = path(u"long-name."_s + format);
            const CliResult exported = runPortolan({ u"export"_s, project, u"--diagram"_s, out });
            QVERIFY2(exported.status == 0, exported.err.constData());
            QVERIFY2(QFileInfo(out).size() > 0, qPrintable(format));
        }
        QStringList names;
        const QJsonObject json
            = QJsonDocument::fromJson(readFile(path(u"long-name.json"_s))).object();
        for (const QJsonValue &node : json.value(u"nodes"_s).toArray())
            names.append(node.toObject().value(u"name"_s).toString());
        QVERIFY(names.contains(name));
        QVERIFY(QString::fromUtf8(readFile(path(u"long-name.dot"_s))).contains(name));
        int status = -1;
        runTool(u"dot"_s, { u"-Tsvg"_s, path(u"long-name.dot"_s) }, &status);
        QCOMPARE(status, 0);
        QXmlStreamReader svg(readFile(path(u"long-name.svg"_s)));
        while (!svg.atEnd())
            svg.readNext();
        QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));
    }

    void jsonGeometry()
    {
        const QJsonObject json = exportJson(u"tko.json"_s);
        QCOMPARE(json.keys(), QStringList({ u"clusters"_s, u"edges"_s, u"nodes"_s }));
        const QStringList boxKeys { u"h"_s, u"name"_s, u"w"_s, u"x"_s, u"y"_s };

        QStringList nodeNames;
        QList<QRectF> nodeBoxes;
        for (const QJsonValue &value : json[u"nodes"_s].toArray()) {
            const QJsonObject node = value.toObject();
            QCOMPARE(node.keys(), boxKeys);
            nodeNames << node[u"name"_s].toString();
            nodeBoxes << boxOf(node);
        }
        QStringList expected = m_components;
        expected.sort();
        nodeNames.sort();
        QCOMPARE(nodeNames, expected);
        for (const QJsonValue &value : json[u"clusters"_s].toArray())
            QCOMPARE(value.toObject().keys(), boxKeys);
        QVERIFY(!json[u"clusters"_s].toArray().isEmpty());

        // One edge per (source, destination) pair, counting that pair's flows,
        // but one for a service a whole zone has alike.
        QMap<QString, int> edges;
        QList<QRectF> labels;
        int flows = 0;
        for (const QJsonValue &value : json[u"edges"_s].toArray()) {
            const QJsonObject edge = value.toObject();
            QCOMPARE(
                edge.keys(),
                QStringList({ u"destination"_s, u"flows"_s, u"label"_s, u"path"_s, u"source"_s }));
            const QString pair
                = edge[u"source"_s].toString() + u" -> "_s + edge[u"destination"_s].toString();
            QVERIFY2(!edges.contains(pair), qPrintable(pair));
            edges[pair] = edge[u"flows"_s].toInt();
            flows += edge[u"flows"_s].toInt();
            const QJsonArray path = edge[u"path"_s].toArray();
            QVERIFY(path.size() >= 2);
            for (const QJsonValue &point : path) {
                QCOMPARE(point.toArray().size(), 2);
                QVERIFY(point.toArray()[0].isDouble() && point.toArray()[1].isDouble());
            }
            const QJsonObject label = edge[u"label"_s].toObject();
            QCOMPARE(label.keys(), QStringList({ u"h"_s, u"text"_s, u"w"_s, u"x"_s, u"y"_s }));
            QVERIFY(!label[u"text"_s].toString().isEmpty());
            labels << boxOf(label);
        }
        const QSet<QString> edgeNames(edges.keyBegin(), edges.keyEnd());
        QMap<QString, int> pairs;
        for (const SampleFlow &flow : std::as_const(m_flows))
            ++pairs[edgeOf(flow, edgeNames)];
        QVERIFY(!pairs.contains(QString())); // every flow is drawn
        QCOMPARE(edges, pairs);
        QCOMPARE(flows, 33);
        QCOMPARE(edges.size(), 22);
        QCOMPARE(edges.value(u"Avi Controller -> vSphere infrastructure"_s), 3);
        QCOMPARE(edges.value(u"TKG Management and Workload Cluster CIDR -> VMware SaaS"_s), 4);

        // Labels are clear of every node and of each other.
        int overlaps = 0;
        for (qsizetype i = 0; i < labels.size(); ++i) {
            for (const QRectF &node : std::as_const(nodeBoxes))
                overlaps += overlap(labels[i], node) ? 1 : 0;
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                overlaps += overlap(labels[i], labels[j]) ? 1 : 0;
        }
        QCOMPARE(overlaps, 0);
    }

    void productFilter_data()
    {
        QTest::addColumn<QStringList>("products");
        QTest::newRow("one") << QStringList { u"Tanzu Kubernetes Grid"_s };
        QTest::newRow("one, any case") << QStringList { u"nsx advanced load balancer"_s };
        QTest::newRow("both") << QStringList { u"Tanzu Kubernetes Grid"_s,
                                               u"NSX Advanced Load Balancer"_s };
    }

    void productFilter()
    {
        QFETCH(QStringList, products);
        QStringList arguments;
        for (const QString &product : std::as_const(products))
            arguments << u"--product"_s << product;
        const QJsonObject json = exportJson(u"filtered.json"_s, arguments);
        QMap<QString, int> edges;
        for (const QJsonValue &value : json[u"edges"_s].toArray()) {
            const QJsonObject edge = value.toObject();
            edges[edge[u"source"_s].toString() + u" -> "_s + edge[u"destination"_s].toString()]
                = edge[u"flows"_s].toInt();
        }
        // Exactly the flows of those products, each on one edge.
        const QSet<QString> edgeNames(edges.keyBegin(), edges.keyEnd());
        QMap<QString, int> pairs;
        for (const SampleFlow &flow : std::as_const(m_flows)) {
            if (products.contains(flow.product, Qt::CaseInsensitive))
                ++pairs[edgeOf(flow, edgeNames)];
        }
        QVERIFY(!pairs.isEmpty());
        QVERIFY(!pairs.contains(QString()));
        QCOMPARE(edges, pairs);
    }

    // A view exports what it selects: the flows that match, their ends, and
    // for a view of zones every component in them.
    void viewExport()
    {
        const QString project = path(u"views.portolan"_s);
        QCOMPARE(runPortolan({ u"new"_s, project, u"--sample"_s, u"tko"_s }).status, 0);
        {
            QString error;
            auto store = ProjectStore::open(project, ProjectStore::Mode::ReadWrite, &error);
            QVERIFY2(store, qPrintable(error));
            View shared { 0, u"Shared"_s, 0, ViewLevel::Components, {}, false };
            shared.selection.zones = { store->findZone(u"Shared services"_s)->id };
            QVERIFY(store->addView(shared));
            View dns { 0, u"DNS"_s, 1, ViewLevel::Components, {}, false };
            dns.selection.text = u"53"_s;
            QVERIFY(store->addView(dns));
            QVERIFY(store->addView({ 0, u"Overview"_s, 2, ViewLevel::Zones, {}, false }));
        }
        const auto exported = [&](const QString &view, QSet<QString> *nodes,
                                  QMap<QString, int> *edges) {
            const QString out = path(u"view-%1.json"_s.arg(view));
            const CliResult result
                = runPortolan({ u"export"_s, project, u"--diagram"_s, out, u"--view"_s, view });
            QVERIFY2(result.status == 0, result.err.constData());
            const QJsonObject json = QJsonDocument::fromJson(readFile(out)).object();
            for (const QJsonValue &value : json[u"nodes"_s].toArray())
                nodes->insert(value.toObject()[u"name"_s].toString());
            for (const QJsonValue &value : json[u"edges"_s].toArray()) {
                const QJsonObject edge = value.toObject();
                (*edges)[edge[u"source"_s].toString() + u" -> "_s
                         + edge[u"destination"_s].toString()]
                    = edge[u"flows"_s].toInt();
            }
        };
        // The flows a view should draw, counted per edge, and their ends.
        const auto expected = [&](const std::function<bool(const SampleFlow &)> &wanted,
                                  const QMap<QString, int> &edges, QSet<QString> *ends) {
            const QSet<QString> edgeNames(edges.keyBegin(), edges.keyEnd());
            QMap<QString, int> pairs;
            for (const SampleFlow &flow : std::as_const(m_flows)) {
                if (!wanted(flow))
                    continue;
                ++pairs[edgeOf(flow, edgeNames)];
                *ends << flow.source << flow.destination;
            }
            return pairs;
        };

        QSet<QString> nodes;
        QMap<QString, int> edges;
        exported(u"Shared"_s, &nodes, &edges);
        QSet<QString> ends;
        const auto inShared
            = [&](const QString &c) { return m_zoneOf.value(c) == u"Shared services"_s; };
        QCOMPARE(
            edges,
            expected(
                [&](const SampleFlow &f) { return inShared(f.source) || inShared(f.destination); },
                edges, &ends));
        QVERIFY(!edges.contains(QString()));
        for (const QString &component : std::as_const(m_components)) {
            if (inShared(component))
                ends << component; // with or without flows
        }
        QCOMPARE(nodes, ends);
        QVERIFY(nodes.size() < m_components.size());

        nodes.clear();
        edges.clear();
        ends.clear();
        exported(u"dns"_s, &nodes, &edges);
        const auto carries53 = [](const SampleFlow &f) {
            for (const QString &part : f.ports.split(u',')) {
                const QStringList range = part.trimmed().split(u'-');
                if (range.first().toInt() <= 53 && range.last().toInt() >= 53)
                    return true;
            }
            return false;
        };
        QCOMPARE(edges, expected(carries53, edges, &ends));
        QVERIFY(!edges.isEmpty());
        QCOMPARE(nodes, ends); // about ports: only the flows' own ends

        // A view is drawn in its own drawing, not at the whole drawing's
        // places: its nodes span less than the whole project's. Laid out
        // and stored by layout --view, it exports the same again.
        const auto extent = [&](const QString &view) {
            const QString out = path(u"extent-%1.json"_s.arg(view));
            const CliResult result
                = runPortolan({ u"export"_s, project, u"--diagram"_s, out, u"--view"_s, view });
            [&] { QVERIFY2(result.status == 0, result.err.constData()); }();
            QRectF bounds;
            for (const QJsonValue &value :
                 QJsonDocument::fromJson(readFile(out)).object()[u"nodes"_s].toArray()) {
                const QJsonObject node = value.toObject();
                bounds |= QRectF(node[u"x"_s].toDouble(), node[u"y"_s].toDouble(),
                                 node[u"w"_s].toDouble(), node[u"h"_s].toDouble());
            }
            return std::make_pair(bounds, readFile(out));
        };
        const auto [dnsBounds, dnsJson] = extent(u"DNS"_s);
        const auto [allBounds, allJson] = extent(u"All"_s);
        QVERIFY(dnsBounds.width() * dnsBounds.height()
                < 0.5 * allBounds.width() * allBounds.height());
        CliResult laidOut = runPortolan({ u"layout"_s, project, u"--view"_s, u"DNS"_s });
        QVERIFY2(laidOut.status == 0, laidOut.err.constData());
        QVERIFY2(laidOut.out.startsWith("laid out afresh: "), laidOut.out.constData());
        laidOut = runPortolan({ u"layout"_s, project, u"--view"_s, u"DNS"_s });
        QCOMPARE(laidOut.out.trimmed(), QByteArray("the drawing is complete: nothing to lay out"));
        QCOMPARE(extent(u"DNS"_s).second, dnsJson);
        QCOMPARE(extent(u"All"_s).second, allJson); // the whole drawing is untouched
        QCOMPARE(runPortolan({ u"layout"_s, project, u"--view"_s, u"Nope"_s }).status, 1);

        // --all-views: "All" and every view, one file each, named after the
        // view, each the same as exporting that view alone.
        const QString folder = path(u"all views"_s);
        const CliResult all = runPortolan(
            { u"export"_s, project, u"--all-views"_s, folder, u"--format"_s, u"json"_s });
        QVERIFY2(all.status == 0, all.err.constData());
        const QStringList names { u"All"_s, u"Shared"_s, u"DNS"_s, u"Overview"_s };
        QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::NoSort).size(), names.size());
        QStringList printed;
        for (const QString &name : names) {
            const QString file = QDir(folder).filePath(name + u".json"_s);
            printed << QDir::toNativeSeparators(file);
            const QString alone = path(u"alone.json"_s);
            QCOMPARE(runPortolan({ u"export"_s, project, u"--diagram"_s, alone, u"--view"_s, name })
                         .status,
                     0);
            QCOMPARE(readFile(file), readFile(alone));
        }
        QCOMPARE(QString::fromUtf8(all.out).split(u'\n', Qt::SkipEmptyParts), printed);
        const CliResult bmp = runPortolan(
            { u"export"_s, project, u"--all-views"_s, folder, u"--format"_s, u"bmp"_s });
        QCOMPARE(bmp.status, 2);
        QVERIFY2(bmp.err.contains("unknown --format \"bmp\" (use svg, png"), bmp.err.constData());

        // A view at the zone level: one node per zone.
        nodes.clear();
        edges.clear();
        exported(u"Overview"_s, &nodes, &edges);
        QCOMPARE(nodes, QSet<QString>(m_zoneOf.cbegin(), m_zoneOf.cend()));
        QVERIFY(!edges.isEmpty());

        // "All" is the whole project.
        nodes.clear();
        edges.clear();
        exported(u"all"_s, &nodes, &edges);
        QCOMPARE(nodes.size(), m_components.size());

        const auto refused = [&](const QStringList &extra, int status, const char *message) {
            const CliResult result = runPortolan(
                QStringList { u"export"_s, project, u"--diagram"_s, path(u"refused.svg"_s) }
                + extra);
            QCOMPARE(result.status, status);
            QVERIFY2(result.err.contains(message), result.err.constData());
            QVERIFY(!QFile::exists(path(u"refused.svg"_s)));
        };
        refused({ u"--view"_s, u"Nope"_s }, 1, "(views: All, Shared, DNS, Overview)");
        refused({ u"--view"_s, u"DNS"_s, u"--product"_s, u"Tanzu Kubernetes Grid"_s }, 2,
                "cannot be combined");
        refused({ u"--all-views"_s, path(u"folder"_s) }, 2, "cannot be combined");
    }

    // Misuse (2) and failure (1) write nothing and leave an existing file as it was.
    void failuresLeaveOutputUntouched_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("out");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QString project = u"PROJECT"_s;
        QTest::newRow("unknown extension")
            << QStringList { project } << u"out.bmp"_s << 2 << u".svg, .png, .pdf, .dot, .json"_s;
        QTest::newRow("no extension") << QStringList { project } << u"out"_s << 2 << u".json"_s;
        QTest::newRow("missing project")
            << QStringList { u"absent.portolan"_s } << u"out.svg"_s << 1 << u"absent"_s;
        QTest::newRow("unknown product") << QStringList { project, u"--product"_s, u"Nope"_s }
                                         << u"out.svg"_s << 1 << u"Tanzu Kubernetes Grid"_s;
        QTest::newRow("unknown environment")
            << QStringList { project, u"--env"_s, u"Lab"_s } << u"out.png"_s << 1 << u"Lab"_s;
        QTest::newRow("dpi not a number")
            << QStringList { project, u"--dpi"_s, u"high"_s } << u"out.png"_s << 2 << u"--dpi"_s;
        QTest::newRow("dpi too high")
            << QStringList { project, u"--dpi"_s, u"100000"_s } << u"out.png"_s << 2 << u"--dpi"_s;
        QTest::newRow("unknown paper")
            << QStringList { project, u"--paper"_s, u"A5"_s } << u"out.pdf"_s << 2 << u"Letter"_s;
        QTest::newRow("no project") << QStringList {} << u"out.svg"_s << 2 << u"FILE"_s;
    }

    void failuresLeaveOutputUntouched()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, out);
        QFETCH(int, status);
        QFETCH(QString, message);
        arguments.replaceInStrings(u"PROJECT"_s, m_project);
        if (!arguments.isEmpty() && arguments.first() == u"absent.portolan"_s)
            arguments.first() = path(u"absent.portolan"_s);
        const QString target = path(out);
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("an older export");
        file.close();
        const QByteArray before = fileDigest(target);

        const CliResult result = runPortolan(QStringList { u"export"_s } + arguments
                                             + QStringList { u"--diagram"_s, target });
        QCOMPARE(result.status, status);
        QVERIFY(result.out.isEmpty());
        // The reason, on a line of its own (Qt may warn about the
        // environment before it, e.g. when XDG_RUNTIME_DIR is not set).
        const QString err = QString::fromUtf8(result.err);
        const QRegularExpression reason(u"(^|\\n)portolan: [^\\n]*"_s
                                        + QRegularExpression::escape(message));
        QVERIFY2(err.contains(reason), result.err.constData());
        QCOMPARE(fileDigest(target), before);
        QVERIFY(!QFile::exists(path(u"absent.portolan"_s)));
    }

    void missingDiagramOption()
    {
        const CliResult result = runPortolan({ u"export"_s, m_project });
        QCOMPARE(result.status, 2);
        QVERIFY(result.err.contains("--diagram"));
    }

    void unwritableTargetFails()
    {
        const QString target = path(u"no-such-folder/out.svg"_s);
        const CliResult result = exportSample(target);
        QCOMPARE(result.status, 1);
        QVERIFY(result.err.contains("no-such-folder"));
        QVERIFY(!QFile::exists(target));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
