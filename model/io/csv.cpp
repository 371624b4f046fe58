// RFC 4180 CSV as spreadsheets write it: reading (delimiter sniffed) and
// writing with minimal quoting.

#include "io/csv.h"

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

constexpr QChar byteOrderMark(0xFEFF);
constexpr int sniffRecordLimit = 20;

QStringView withoutBom(QStringView text)
{
    return text.startsWith(byteOrderMark) ? text.mid(1) : text;
}

// How often each candidate occurs outside quotes in each of the first
// records (a record may span lines inside quotes). Empty lines are ignored.
QList<QList<int>> countPerRecord(QStringView text, const QList<QChar> &candidates)
{
    QList<QList<int>> counts;
    QList<int> current(candidates.size(), 0);
    bool inQuotes = false;
    bool recordHasText = false;
    const auto finishRecord = [&] {
        if (recordHasText)
            counts.append(current);
        current.fill(0);
        recordHasText = false;
    };
    for (qsizetype i = 0; i < text.size() && counts.size() < sniffRecordLimit; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            inQuotes = !inQuotes;
            recordHasText = true;
        } else if (!inQuotes && (c == u'\n' || c == u'\r')) {
            finishRecord();
        } else {
            recordHasText = true;
            if (!inQuotes) {
                const qsizetype k = candidates.indexOf(c);
                if (k >= 0)
                    ++current[k];
            }
        }
    }
    if (counts.size() < sniffRecordLimit)
        finishRecord();
    return counts;
}

} // namespace

QChar sniffCsvDelimiter(QStringView text)
{
    const QList<QChar> candidates { u',', u';', u'\t' };
    const QList<QList<int>> counts = countPerRecord(withoutBom(text), candidates);
    QChar best = u',';
    int bestScore = 0;
    int bestWidth = 0;
    for (qsizetype k = 0; k < candidates.size(); ++k) {
        if (counts.isEmpty())
            break;
        // The header sets the width; every record that agrees with it scores.
        const int width = counts.first()[k];
        if (width == 0)
            continue;
        int score = 0;
        for (const QList<int> &record : counts) {
            if (record[k] == width)
                ++score;
        }
        if (score > bestScore || (score == bestScore && width > bestWidth)) {
            best = candidates[k];
            bestScore = score;
            bestWidth = width;
        }
    }
    return best;
}

CsvTable readCsv(QStringView text, QChar delimiter)
{
    text = withoutBom(text);
    CsvTable table;
    table.delimiter = delimiter.isNull() ? sniffCsvDelimiter(text) : delimiter;
    const QChar d = table.delimiter;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;

    // Steps over one line break (CRLF, LF or CR) at i.
    const auto skipLineBreak = [&] {
        i += (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n') ? 2 : 1;
        ++line;
    };

    while (i < n) {
        CsvRecord record;
        record.line = line;
        bool recordEnded = false;
        while (!recordEnded) {
            QString field;
            qsizetype j = i;
            while (j < n && text[j] == u' ')
                ++j;
            if (j < n && text[j] == u'"') {
                // Quoted field: delimiters, doubled quotes and line breaks
                // (kept as "\n") until the closing quote.
                const int openedOn = line;
                i = j + 1;
                bool closed = false;
                while (i < n) {
                    const QChar c = text[i];
                    if (c == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == u'\r' || c == u'\n') {
                        field += u'\n';
                        skipLineBreak();
                        continue;
                    }
                    field += c;
                    ++i;
                }
                if (!closed) {
                    table.error = u"quoted field starting on line %1 is not closed"_s.arg(openedOn);
                    table.errorLine = openedOn;
                    return table;
                }
                // Text between the closing quote and the delimiter is kept
                // as written (spreadsheets never write any).
                QString rest;
                while (i < n && text[i] != d && text[i] != u'\r' && text[i] != u'\n')
                    rest += text[i++];
                if (!rest.trimmed().isEmpty())
                    field += rest;
            } else {
                while (i < n && text[i] != d && text[i] != u'\r' && text[i] != u'\n')
                    field += text[i++];
            }
            record.fields.append(field);
            if (i >= n) {
                recordEnded = true;
            } else if (text[i] == d) {
                ++i;
                if (i >= n) {
                    record.fields.append(QString());
                    recordEnded = true;
                }
            } else {
                skipLineBreak();
                recordEnded = true;
            }
        }
        // An empty line is no record.
        if (record.fields.size() > 1 || !record.fields.first().isEmpty())
            table.records.append(record);
    }
    return table;
}

QString csvField(const QString &value, QChar delimiter)
{
    const bool quote = value.contains(delimiter) || value.contains(u'"') || value.contains(u'\r')
        || value.contains(u'\n')
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString csvLine(const QStringList &fields, QChar delimiter)
{
    QString line;
    for (qsizetype k = 0; k < fields.size(); ++k) {
        if (k > 0)
            line += delimiter;
        line += csvField(fields[k], delimiter);
    }
    line += u"\r\n"_s;
    return line;
}

} // namespace Portolan
