// Hostile text in a design, end to end: names and purposes with quotes and
// backslashes, <script>, "]; a -> b [", control characters, a right-to-left
// override, line breaks and formula starts go through `portolan import` and
// come out of every output intact and inert:
// - the SVG has no live markup (no script element, no event attribute, no
//   javascript: link) and shows the names as text;
// - the DOT file is read by Graphviz's dot with exactly the project's nodes
//   (nothing injected);
// - the JSON geometry and the PDF text (searched with pdftotext) hold the
//   names; the PNG is drawn;
// - no cell of the CSV listings or of the rule workbook runs as a formula;
// - the handover pack holds the names as searchable text.

#include "clirunner.h"
#include "io/csv.h"
#include "pdfreader.h"
#include "store/projectstore.h"
#include "store/rawfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Portolan;
using namespace Portolan::Testing;
using namespace Qt::StringLiterals;

namespace {

// One per kind of hostile text; each a component name and a purpose.
const QStringList Hostile = {
    u"Quote \"double\" 'single' back\\slash"_s,
    u"<script>alert(1)</script>"_s,
    u"]; a -> b [label=\"x\""_s,
    u"Control\u0001\u0007\u001b[31m chars"_s,
    u"Right\u202eto-left"_s,
    u"=HYPERLINK(\"http://x\";\"y\")"_s,
    u"+1+1"_s,
    u"-2-2"_s,
    u"@SUM(A1)"_s,
    u"Line\nbreak"_s,
};

} // namespace

class TestHostileContent : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QStringList m_names; // as stored
    QStringList m_purposes;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString table = path(u"hostile.csv"_s);
        QFile file(table);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString text = u"product,source,destination,protocol,ports,purpose\n"_s;
        for (int i = 0; i < Hostile.size(); ++i) {
            // A line break inside a cell lists two names; it is kept in
            // the purpose only.
            const QString name = QString(Hostile.at(i)).replace(u'\n', u' ');
            text += csvLine({ u"Product"_s, name, u"Target"_s, u"TCP"_s, QString::number(1000 + i),
                              Hostile.at(i) })
                + u"\n"_s;
        }
        file.write(text.toUtf8());
        file.close();
        m_project = path(u"hostile.portolan"_s);
        const CliResult imported = runPortolan({ u"import"_s, table, u"--into"_s, m_project });
        QVERIFY2(imported.status == 0, imported.err.constData());
        QCOMPARE(runPortolan({ u"assign"_s, m_project, u"--env"_s, u"Prod"_s, u"--component"_s,
                               u"Target"_s, u"--address"_s, u"10.0.0.1"_s })
                     .status,
                 0);
        QString error;
        const auto store = ProjectStore::open(m_project, ProjectStore::Mode::ReadOnly, &error);
        QVERIFY2(store, qPrintable(error));
        for (const Component &component : store->components()) {
            if (component.name != u"Target"_s)
                m_names.append(component.name);
        }
        for (const Flow &flow : store->flows())
            m_purposes.append(flow.purpose);
        // A name keeps its printable characters; control characters go,
        // and ";" lists two names in one cell (the importer's list rule).
        QCOMPARE(m_names.size(), Hostile.size() + 1);
        for (const QString &name :
             { u"<script>alert(1)</script>"_s, u"]"_s, u"a -> b [label=\"x\""_s,
               u"Control[31m chars"_s, u"Right\u202eto-left"_s, u"Line break"_s,
               u"=HYPERLINK(\"http://x\";\"y\")"_s, u"Quote \"double\" 'single' back\\slash"_s })
            QVERIFY2(m_names.contains(name), qPrintable(m_names.join(u" | "_s)));
    }

    void svgIsInert()
    {
        const QString out = path(u"hostile.svg"_s);
        QCOMPARE(runPortolan({ u"export"_s, m_project, u"--diagram"_s, out }).status, 0);
        QXmlStreamReader xml(readBytes(out));
        QString texts;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            QVERIFY2(xml.name().compare(u"script"_s, Qt::CaseInsensitive) != 0, "a script element");
            QVERIFY(xml.name() != u"foreignObject"_s);
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                QVERIFY2(!attribute.name().startsWith(u"on"_s, Qt::CaseInsensitive),
                         qPrintable(attribute.name().toString()));
                QVERIFY(!attribute.value().contains(u"javascript:"_s, Qt::CaseInsensitive));
            }
            if (xml.name() == u"text" || xml.name() == u"tspan")
                texts += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        texts.remove(u' ');
        for (const QString &name : std::as_const(m_names))
            QVERIFY2(texts.contains(QString(name).remove(u' ')), qPrintable(name));
    }

    void dotHasOnlyTheProjectsNodes()
    {
        const QString out = path(u"hostile.dot"_s);
        QCOMPARE(runPortolan({ u"export"_s, m_project, u"--diagram"_s, out }).status, 0);
        QProcess dot;
        dot.start(u"dot"_s, { u"-Tjson"_s, out });
        QVERIFY(dot.waitForFinished(60000));
        QCOMPARE(dot.exitCode(), 0);
        const QJsonObject graph = QJsonDocument::fromJson(dot.readAllStandardOutput()).object();
        QStringList labels;
        for (const QJsonValue &object : graph.value(u"objects"_s).toArray()) {
            if (!object.toObject().contains(u"nodes"_s)) // a node, not a cluster
                labels.append(object.toObject().value(u"label"_s).toString());
        }
        // Every component once, and no node called "a" or "b".
        QCOMPARE(labels.size(), m_names.size() + 1);
        QVERIFY(!labels.contains(u"a"_s) && !labels.contains(u"b"_s));
    }

    void jsonPdfAndPngHoldTheNames()
    {
        QStringList names;
        const QString json = path(u"hostile.json"_s);
        QCOMPARE(runPortolan({ u"export"_s, m_project, u"--diagram"_s, json }).status, 0);
        const auto nodes
            = QJsonDocument::fromJson(readBytes(json)).object().value(u"nodes"_s).toArray();
        for (const QJsonValue &node : nodes)
            names.append(node.toObject().value(u"name"_s).toString());
        for (const QString &name : std::as_const(m_names))
            QVERIFY2(names.contains(name), qPrintable(name));

        const QString pdf = path(u"hostile.pdf"_s);
        QCOMPARE(runPortolan({ u"export"_s, m_project, u"--diagram"_s, pdf }).status, 0);
        const QString text = PdfReader::text(pdf).remove(u' ').remove(u'\n');
        for (const QString &name : { u"<script>alert(1)</script>"_s, u"@SUM(A1)"_s })
            QVERIFY2(text.contains(QString(name).remove(u' ')), qPrintable(text.left(2000)));

        const QString png = path(u"hostile.png"_s);
        QCOMPARE(runPortolan({ u"export"_s, m_project, u"--diagram"_s, png }).status, 0);
        QVERIFY(readBytes(png).startsWith("\x89PNG"));
    }

    void noCellRunsAsAFormula()
    {
        const auto formulaStart = [](const QString &cell) {
            return !cell.isEmpty() && QStringView(u"=+-@\t\r").contains(cell.front());
        };
        for (const QString &listing : { u"flows"_s, u"components"_s }) {
            const CliResult result = runPortolan({ listing, m_project });
            QCOMPARE(result.status, 0);
            const CsvTable table = readCsv(QString::fromUtf8(result.out));
            QVERIFY(table.error.isEmpty());
            int neutralised = 0;
            for (const CsvRecord &record : table.records) {
                for (const QString &cell : record.fields) {
                    QVERIFY2(!formulaStart(cell), qPrintable(listing + u": "_s + cell));
                    neutralised += cell.startsWith(u'\'');
                }
            }
            QVERIFY2(neutralised >= 4, qPrintable(listing));
        }
        const QString xlsx = path(u"rules.xlsx"_s);
        QCOMPARE(
            runPortolan({ u"rules"_s, m_project, u"--env"_s, u"Prod"_s, u"--out"_s, xlsx }).status,
            0);
        QProcess unzip;
        unzip.start(u"unzip"_s,
                    { u"-p"_s, xlsx, u"xl/worksheets/*.xml"_s, u"xl/sharedStrings.xml"_s });
        QVERIFY(unzip.waitForFinished(60000));
        const QString sheets = QString::fromUtf8(unzip.readAllStandardOutput());
        QVERIFY(sheets.contains(u"<sheetData>"_s));
        QVERIFY2(!sheets.contains(u"<f>"_s) && !sheets.contains(u"<f "_s), "a formula cell");
        QVERIFY(sheets.contains(u"'=HYPERLINK"_s));
        QVERIFY(sheets.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
    }

    void handoverHoldsTheNamesAsText()
    {
        const QString pdf = path(u"handover.pdf"_s);
        const CliResult result
            = runPortolan({ u"handover"_s, m_project, u"--env"_s, u"Prod"_s, u"--out"_s, pdf });
        QVERIFY2(result.status == 0, result.err.constData());
        const QString text = PdfReader::text(pdf).remove(u' ').remove(u'\n');
        for (const QString &name :
             { u"<script>alert(1)</script>"_s, u"a -> b [label=\"x\""_s, u"@SUM(A1)"_s })
            QVERIFY2(text.contains(QString(name).remove(u' ')), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestHostileContent)
#include "tst_hostilecontent.moc"
