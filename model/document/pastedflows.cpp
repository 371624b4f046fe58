// Pasted rows to flows: the rows are tidied into a table the importer reads
// (a header put in front when there is none, the Optional and Notes columns
// taken out), then the importer's lines are mapped back to the pasted ones.

#include "document/pastedflows.h"

#include "domain/names.h"
#include "import/cells.h"
#include "import/columns.h"
#include "io/csv.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

constexpr QChar tab = u'\t';

QString text(const char *source)
{
    return QCoreApplication::translate("Portolan::PastedFlows", source);
}

// What spreadsheets copy when the first row is not a header: the columns
// people keep in this order when they write flows down.
QStringList defaultHeader()
{
    return { u"Source"_s, u"Destination"_s, u"Protocol"_s, u"Ports"_s, u"Purpose"_s };
}

// One known column could be a component that happens to be called "Target";
// two are a header.
bool isHeader(const QStringList &cells)
{
    const ImportDetail::ColumnMap columns = ImportDetail::mapColumns(cells);
    return std::count_if(columns.roles.cbegin(), columns.roles.cend(),
                         [](ImportDetail::ColumnRole role) {
                             return role != ImportDetail::ColumnRole::Other;
                         })
        >= 2;
}

qsizetype columnNamed(const QStringList &header, const QStringList &keys)
{
    for (qsizetype k = 0; k < header.size(); ++k) {
        if (keys.contains(nameKey(ImportDetail::cleanHeader(header[k]))))
            return k;
    }
    return -1;
}

// Quoted, so that commas or semicolons in a header never make the importer
// take them for the delimiter.
QString quoted(const QString &cell)
{
    return u'"' + QString(cell).replace(u'"', u"\"\""_s) + u'"';
}

struct RowExtras
{
    bool optional = false;
    QString notes;
};

} // namespace

ImportResult parsePastedFlows(const QString &pasted)
{
    const QString sourceName = text("pasted rows");
    const auto message = [&](ImportMessage::Severity severity, int line, const QString &what) {
        return ImportMessage { severity, sourceName, line, what };
    };
    const CsvTable table = readCsv(pasted, tab);
    QList<CsvRecord> records;
    for (const CsvRecord &record : table.records) {
        if (std::any_of(record.fields.cbegin(), record.fields.cend(),
                        [](const QString &field) { return !field.trimmed().isEmpty(); }))
            records.append(record);
    }
    ImportResult result;
    if (!table.error.isEmpty() || records.isEmpty()) {
        result.ok = false;
        result.messages.append(
            message(ImportMessage::Severity::Error, table.errorLine,
                    records.isEmpty() ? text("there are no rows to paste") : table.error));
        return result;
    }

    QStringList header;
    int headerLine = 0;
    if (isHeader(records.constFirst().fields)) {
        const CsvRecord first = records.takeFirst();
        header = first.fields;
        headerLine = first.line;
    } else {
        header = defaultHeader();
        qsizetype width = header.size();
        for (const CsvRecord &record : std::as_const(records))
            width = qMax(width, record.fields.size());
        // Cells past the five named columns land in the notes (under no
        // heading); short rows are filled up, so that a row without a
        // purpose is still a flow.
        while (header.size() < width)
            header.append(QString());
        for (CsvRecord &record : records) {
            while (record.fields.size() < width)
                record.fields.append(QString());
        }
    }

    // The importer would keep these as "Optional: yes" in the notes.
    const qsizetype optionalColumn = columnNamed(header, { u"optional"_s });
    const qsizetype notesColumn = columnNamed(header, { u"notes"_s, u"note"_s });
    QList<qsizetype> taken;
    for (qsizetype column : { optionalColumn, notesColumn }) {
        if (column >= 0)
            taken.append(column);
    }
    std::sort(taken.rbegin(), taken.rend());
    QHash<int, RowExtras> extras; // by pasted line
    QList<ImportMessage> ownMessages;
    for (CsvRecord &record : records) {
        RowExtras &extra = extras[record.line];
        if (optionalColumn >= 0 && optionalColumn < record.fields.size()) {
            const QString cell = record.fields[optionalColumn].trimmed();
            const std::optional<bool> optional = ImportDetail::readYesNo(cell);
            extra.optional = optional.value_or(false);
            if (!optional) {
                ownMessages.append(message(ImportMessage::Severity::Warning, record.line,
                                           text("“%1” in the Optional column is neither yes nor "
                                                "no; read as no")
                                               .arg(cell)));
            }
        }
        if (notesColumn >= 0 && notesColumn < record.fields.size())
            extra.notes = record.fields[notesColumn].trimmed();
        for (qsizetype column : std::as_const(taken)) {
            if (column < record.fields.size())
                record.fields.removeAt(column);
        }
    }
    for (qsizetype column : std::as_const(taken))
        header.removeAt(column);

    QStringList headerCells;
    for (const QString &cell : std::as_const(header))
        headerCells.append(quoted(cell));
    QString tidy = headerCells.join(tab) + u"\r\n"_s;
    QList<int> pastedLines { headerLine };
    for (const CsvRecord &record : std::as_const(records)) {
        tidy += csvLine(record.fields, tab);
        pastedLines.append(record.line);
    }
    // Cells with line breaks make records span lines: read the tidy text
    // back to learn where each record starts.
    QHash<int, int> lineMap;
    const QList<CsvRecord> tidyRecords = readCsv(tidy, tab).records;
    for (qsizetype k = 0; k < tidyRecords.size() && k < pastedLines.size(); ++k)
        lineMap.insert(tidyRecords[k].line, pastedLines[k]);

    // No source name: the importer then gives rows without a product none,
    // where it would otherwise name a product after the file.
    result = importText(tidy, SourceFormat::Csv, QString());
    for (ImportedFlow &flow : result.flows) {
        flow.line = lineMap.value(flow.line);
        const RowExtras extra = extras.value(flow.line);
        // Optional when the Optional column says so or a cell's item ends
        // in "(optional)".
        flow.optional = flow.optional || extra.optional;
        if (!extra.notes.isEmpty())
            flow.notes = flow.notes.isEmpty() ? extra.notes : extra.notes + u"; "_s + flow.notes;
    }
    for (ImportMessage &importMessage : result.messages) {
        importMessage.source = sourceName;
        importMessage.line = lineMap.value(importMessage.line);
    }
    result.messages += ownMessages;
    std::stable_sort(
        result.messages.begin(), result.messages.end(),
        [](const ImportMessage &a, const ImportMessage &b) { return a.line < b.line; });
    return result;
}

} // namespace Portolan
