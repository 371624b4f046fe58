// Finding GitHub-flavoured markdown tables, with the line of every row.

#include "import/markdowntables.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Portolan::ImportDetail {

namespace {

QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != u'\n' && c != u'\r')
            continue;
        lines.append(text.sliced(start, i - start));
        if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        start = i + 1;
    }
    if (start < text.size())
        lines.append(text.sliced(start));
    return lines;
}

// Whether the character at i is preceded by an odd number of backslashes.
bool isEscaped(QStringView text, qsizetype i)
{
    int backslashes = 0;
    while (i > 0 && text[i - 1] == u'\\') {
        ++backslashes;
        --i;
    }
    return backslashes % 2 == 1;
}

bool hasUnescapedPipe(QStringView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'|' && !isEscaped(line, i))
            return true;
    }
    return false;
}

bool isSeparatorRow(QStringView line)
{
    static const QRegularExpression separator(
        uR"(^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$)"_s);
    // A lone "---" is a thematic break, not a table separator.
    return hasUnescapedPipe(line) && separator.match(line).hasMatch();
}

bool isFence(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.startsWith(u"```"_s) || trimmed.startsWith(u"~~~"_s);
}

} // namespace

QStringList splitTableRow(QStringView line)
{
    QStringView text = line.trimmed();
    if (text.startsWith(u'|'))
        text = text.sliced(1);
    if (text.endsWith(u'|') && !isEscaped(text, text.size() - 1))
        text.chop(1);
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'|') {
            if (isEscaped(text, i)) {
                cell.chop(1); // the backslash
                cell += c;
                continue;
            }
            cells.append(cell.trimmed());
            cell.clear();
            continue;
        }
        cell += c;
    }
    cells.append(cell.trimmed());
    return cells;
}

QList<RawTable> findMarkdownTables(QStringView text)
{
    const QList<QStringView> lines = splitLines(text);
    QList<RawTable> tables;
    bool inFence = false;
    qsizetype i = 0;
    while (i < lines.size()) {
        const QStringView line = lines[i];
        if (isFence(line)) {
            inFence = !inFence;
            ++i;
            continue;
        }
        const bool startsTable = !inFence && i + 1 < lines.size() && hasUnescapedPipe(line)
            && !isSeparatorRow(line) && isSeparatorRow(lines[i + 1]);
        if (!startsTable) {
            ++i;
            continue;
        }
        RawTable table;
        table.line = int(i) + 1;
        table.header = splitTableRow(line);
        i += 2;
        while (i < lines.size() && !lines[i].trimmed().isEmpty() && hasUnescapedPipe(lines[i])
               && !isFence(lines[i])) {
            if (!isSeparatorRow(lines[i]))
                table.rows.append(RawRow { int(i) + 1, splitTableRow(lines[i]) });
            ++i;
        }
        tables.append(table);
    }
    return tables;
}

} // namespace Portolan::ImportDetail
