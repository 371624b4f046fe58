// The importer's front: files and text to tables, tables to flows, with
// every table and row that does not make it reported.

#include "import/importer.h"

#include "domain/names.h"
#include "import/cells.h"
#include "import/columns.h"
#include "import/markdowntables.h"
#include "import/rows.h"
#include "import/textsource.h"
#include "io/csv.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Portolan::ImportDetail;

namespace Portolan {

namespace {

constexpr int headerSearchLimit = 10; // CSV records looked at for a header

class Importer
{
public:
    Importer(const QString &sourceName, const ImportOptions &options)
        : m_sourceName(sourceName)
        , m_defaultProduct(cleanName(options.defaultProduct))
        , m_maxFlowsPerRow(options.maxFlowsPerRow)
    {
        if (m_defaultProduct.isEmpty())
            m_defaultProduct = QFileInfo(sourceName).completeBaseName();
        m_result.source = sourceName;
    }

    void warn(int line, const QString &text)
    {
        message(ImportMessage::Severity::Warning, line, text);
    }

    ImportResult fail(int line, const QString &text)
    {
        message(ImportMessage::Severity::Error, line, text);
        m_result.ok = false;
        m_result.flows.clear();
        return m_result;
    }

    ImportResult markdown(QStringView text)
    {
        const QList<RawTable> tables = findMarkdownTables(text);
        for (const RawTable &table : tables) {
            const ColumnMap columns = mapColumns(table.header);
            if (!columns.hasFlowColumns()) {
                warn(table.line,
                     u"table at line %1 has %2; skipped"_s.arg(table.line).arg(columns.missing()));
                ++m_result.tablesSkipped;
                continue;
            }
            if (!importTable(table, columns))
                return m_result;
        }
        if (tables.isEmpty())
            return fail(0, u"no markdown table found"_s);
        if (m_result.tablesImported == 0)
            return fail(0, u"no table with flow columns (Source, Destination, Port or Protocol)"_s);
        return m_result;
    }

    ImportResult csv(QStringView text)
    {
        const CsvTable csv = readCsv(text);
        if (!csv.error.isEmpty())
            return fail(csv.errorLine, csv.error);
        QList<CsvRecord> records;
        for (const CsvRecord &record : csv.records) {
            const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                           [](const QString &f) { return f.trimmed().isEmpty(); });
            if (!blank)
                records.append(record);
        }
        if (records.isEmpty())
            return fail(0, u"no header row: the file is empty"_s);
        // The first record is the header; a title row or two above it is
        // skipped when a later record has the flow columns.
        qsizetype header = 0;
        ColumnMap columns = mapColumns(records.first().fields);
        for (qsizetype k = 1;
             !columns.hasFlowColumns() && k < qMin(records.size(), headerSearchLimit); ++k) {
            const ColumnMap candidate = mapColumns(records[k].fields);
            if (candidate.hasFlowColumns()) {
                header = k;
                columns = candidate;
                warn(records.first().line,
                     u"%1 before the header on line %2 skipped"_s
                         .arg(header == 1 ? u"1 record"_s : u"%1 records"_s.arg(header))
                         .arg(records[header].line));
            }
        }
        if (!columns.hasFlowColumns()) {
            columns = mapColumns(records.first().fields);
            return fail(records.first().line,
                        u"%1 (found: %2)"_s.arg(columns.missing(), columns.found()));
        }
        RawTable table;
        table.line = records[header].line;
        table.header = records[header].fields;
        for (qsizetype k = header + 1; k < records.size(); ++k)
            table.rows.append(RawRow { records[k].line, records[k].fields });
        importTable(table, columns);
        return m_result;
    }

private:
    void message(ImportMessage::Severity severity, int line, const QString &text)
    {
        m_result.messages.append(
            ImportMessage { severity, m_sourceName, line, messageText(text, maxMessageChars) });
    }

    static QString flowKey(const ImportedFlow &flow)
    {
        return QStringList { nameKey(flow.product),     nameKey(flow.source),
                             nameKey(flow.destination), transportName(flow.protocol),
                             flow.ports.toString(),     flow.purpose }
            .join(QChar(0x1F));
    }

    static QString describe(const ImportedFlow &flow)
    {
        QString service = transportName(flow.protocol);
        if (!flow.ports.isEmpty())
            service += u' ' + flow.ports.toString();
        return u"%1 from %2 to %3"_s.arg(service, flow.source, flow.destination);
    }

    bool importTable(const RawTable &table, const ColumnMap &columns)
    {
        ++m_result.tablesImported;
        if (table.rows.isEmpty())
            warn(table.line, u"the table has no rows"_s);
        for (const RawRow &row : table.rows) {
            const RowOutcome outcome
                = expandRow(row.cells, row.line, columns, m_defaultProduct, m_maxFlowsPerRow);
            if (!outcome.error.isEmpty()) {
                fail(row.line, outcome.error);
                return false;
            }
            for (const QString &warning : outcome.warnings)
                warn(row.line, warning);
            addFlows(outcome.flows, row.line);
        }
        return true;
    }

    // Flows already imported from an earlier row are left out, with the line
    // of that row named.
    void addFlows(const QList<ImportedFlow> &flows, int line)
    {
        QList<std::pair<const ImportedFlow *, int>> duplicates;
        for (const ImportedFlow &flow : flows) {
            const QString key = flowKey(flow);
            const auto seen = m_seen.constFind(key);
            if (seen != m_seen.cend()) {
                duplicates.append({ &flow, seen.value() });
                continue;
            }
            m_seen.insert(key, line);
            m_result.flows.append(flow);
        }
        if (duplicates.isEmpty())
            return;
        const int first = duplicates.first().second;
        const bool oneEarlierRow = std::all_of(duplicates.cbegin(), duplicates.cend(),
                                               [&](const auto &d) { return d.second == first; });
        if (duplicates.size() == flows.size() && oneEarlierRow && first != line) {
            warn(line, u"duplicate of line %1; row skipped"_s.arg(first));
            return;
        }
        for (const auto &[flow, earlier] : std::as_const(duplicates))
            warn(line, u"%1 repeats line %2; skipped"_s.arg(describe(*flow)).arg(earlier));
    }

    QString m_sourceName;
    QString m_defaultProduct;
    int m_maxFlowsPerRow;
    ImportResult m_result;
    QHash<QString, int> m_seen; // flow key -> line of the row it came from
};

} // namespace

QString ImportMessage::toString() const
{
    const QString kind = severity == Severity::Error ? u"error"_s : u"warning"_s;
    if (line > 0)
        return u"%1:%2: %3: %4"_s.arg(source).arg(line).arg(kind, text);
    return u"%1: %2: %3"_s.arg(source, kind, text);
}

ImportResult importText(QStringView text, SourceFormat format, const QString &sourceName,
                        const ImportOptions &options)
{
    Importer importer(sourceName, options);
    QString why;
    if (looksBinary(text, &why))
        return importer.fail(0, why);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.sliced(1);
    return format == SourceFormat::Markdown ? importer.markdown(text) : importer.csv(text);
}

ImportResult importFile(const QString &path, const ImportOptions &options)
{
    const SourceText source = readSourceFile(path);
    if (!source.error.isEmpty()) {
        Importer importer(path, options);
        return importer.fail(0, source.error);
    }
    ImportResult result = importText(source.text, source.format, path, options);
    result.messages = source.warnings(path) + result.messages;
    return result;
}

} // namespace Portolan
