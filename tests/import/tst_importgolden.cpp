// Golden cases: every folder under tests/data/import holds an input
// (input.md, input.csv or input.tsv), the flows expected from it
// (expected-flows.csv: `portolan flows` of a project it was imported into) and
// the messages (expected-messages.txt: one ImportMessage::toString() a line)
// and, when any flow comes out optional, expected-optional.txt (one
// "source -> destination protocol ports" a line; no file: none optional).

#include "import/importer.h"
#include "io/reports.h"
#include "project/importintoproject.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Portolan;

namespace {

const QString casesRoot = QStringLiteral(PORTOLAN_TEST_DATA) + u"/import"_s;
const QStringList inputNames { u"input.md"_s, u"input.csv"_s, u"input.tsv"_s };

// The file's lines, whatever its line endings; no trailing empty line.
std::optional<QStringList> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QString text = QString::fromUtf8(file.readAll());
    text.replace(u"\r\n"_s, u"\n"_s);
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// A line-by-line diff ("  " same, "- " expected only, "+ " actual only) from
// the longest common subsequence.
QString diff(const QStringList &expected, const QStringList &actual)
{
    const qsizetype n = expected.size();
    const qsizetype m = actual.size();
    QList<QList<int>> common(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            common[i][j] = expected[i] == actual[j] ? common[i + 1][j + 1] + 1
                                                    : qMax(common[i + 1][j], common[i][j + 1]);
        }
    }
    QStringList out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && expected[i] == actual[j]) {
            out.append(u"  "_s + expected[i++]);
            ++j;
        } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
            out.append(u"- "_s + expected[i++]);
        } else {
            out.append(u"+ "_s + actual[j++]);
        }
    }
    return out.join(u'\n');
}

class CurrentDirectory
{
public:
    explicit CurrentDirectory(const QString &path)
        : m_previous(QDir::currentPath())
    {
        QDir::setCurrent(path);
    }
    ~CurrentDirectory() { QDir::setCurrent(m_previous); }
    CurrentDirectory(const CurrentDirectory &) = delete;
    CurrentDirectory &operator=(const CurrentDirectory &) = delete;

private:
    QString m_previous;
};

} // namespace

class TestImportGolden : public QObject
{
    Q_OBJECT

private slots:
    void enoughCases();
    void golden_data();
    void golden();
};

void TestImportGolden::enoughCases()
{
    const QStringList cases = QDir(casesRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY2(cases.size() >= 15,
             qPrintable(u"only %1 cases in %2"_s.arg(cases.size()).arg(casesRoot)));
}

void TestImportGolden::golden_data()
{
    QTest::addColumn<QString>("folder");
    QStringList folders;
    QDirIterator it(casesRoot, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext())
        folders.append(it.next());
    folders.sort();
    for (const QString &folder : std::as_const(folders))
        QTest::newRow(qPrintable(QFileInfo(folder).fileName())) << folder;
}

void TestImportGolden::golden()
{
    QFETCH(QString, folder);
    const QDir dir(folder);
    QString input;
    for (const QString &name : inputNames) {
        if (dir.exists(name)) {
            QVERIFY2(input.isEmpty(), "more than one input file");
            input = name;
        }
    }
    QVERIFY2(!input.isEmpty(), qPrintable(u"no input.md, input.csv or input.tsv in "_s + folder));
    const auto expectedFlows = readLines(dir.filePath(u"expected-flows.csv"_s));
    const auto expectedMessages = readLines(dir.filePath(u"expected-messages.txt"_s));
    QVERIFY2(expectedFlows, qPrintable(u"no expected-flows.csv in "_s + folder));
    QVERIFY2(expectedMessages, qPrintable(u"no expected-messages.txt in "_s + folder));

    ImportResult result;
    {
        // Imported by its bare name so that messages read "input.md:3: …".
        const CurrentDirectory here(folder);
        result = importFile(input);
    }

    // Through a project, as `portolan import` then `portolan flows` would.
    QString error;
    auto store = ProjectStore::createInMemory(&error);
    QVERIFY2(store, qPrintable(error));
    if (result.ok)
        QVERIFY2(importIntoProject(*store, { result }, nullptr, &error), qPrintable(error));
    const ProjectSnapshot project = Testing::readSnapshot(*store);
    QStringList flows = flowsCsv(project).split(u"\r\n"_s);
    QCOMPARE(flows.takeLast(), QString());
    QStringList optional;
    for (const Flow &flow : project.flows) {
        if (flow.optional)
            optional.append(u"%1 -> %2 %3 %4"_s.arg(
                project.componentName(flow.sourceId), project.componentName(flow.destinationId),
                transportName(flow.protocol), flow.ports.toString()));
    }
    const QStringList expectedOptional
        = readLines(dir.filePath(u"expected-optional.txt"_s)).value_or(QStringList());
    if (optional != expectedOptional)
        qWarning().noquote() << u"optional flows differ (- expected, + actual):\n"_s
                + diff(expectedOptional, optional);
    QCOMPARE(optional, expectedOptional);

    QStringList messages;
    for (const ImportMessage &message : std::as_const(result.messages))
        messages.append(message.toString());

    const bool flowsMatch = flows == *expectedFlows;
    const bool messagesMatch = messages == *expectedMessages;
    if (!flowsMatch)
        qWarning().noquote() << u"flows differ (- expected, + actual):\n"_s
                + diff(*expectedFlows, flows);
    if (!messagesMatch)
        qWarning().noquote() << u"messages differ (- expected, + actual):\n"_s
                + diff(*expectedMessages, messages);
    QVERIFY(flowsMatch);
    QVERIFY(messagesMatch);

    // An error means nothing imported; no error means ok.
    const bool anyError
        = std::any_of(result.messages.cbegin(), result.messages.cend(), [](const ImportMessage &m) {
              return m.severity == ImportMessage::Severity::Error;
          });
    QCOMPARE(result.ok, !anyError);
    if (!result.ok)
        QVERIFY(result.flows.isEmpty());
}

QTEST_GUILESS_MAIN(TestImportGolden)
#include "tst_importgolden.moc"
