// Component lists: the columns CMDB and NetBox exports give them, one row
// per component, every row that does not make it reported.

#include "import/componenttable.h"

#include "domain/names.h"
#include "import/cells.h"
#include "import/columns.h"
#include "import/markdowntables.h"
#include "import/textsource.h"
#include "io/csv.h"

#include <QHash>

#include <map>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Portolan::ImportDetail;

namespace Portolan {

namespace {

constexpr int headerSearchLimit = 10; // CSV records looked at for a header

enum class Role { Other, Name, Kind, Zone, ParentZone };

Role roleOf(const QString &cell)
{
    static const QHash<QString, Role> synonyms = synonymTable<Role>({
        { Role::Name,
          { u"name", u"component", u"componentname", u"hostname", u"host", u"device", u"devicename",
            u"server", u"servername", u"vm", u"vmname", u"virtualmachine", u"ci", u"ciname",
            u"configurationitem", u"asset", u"assetname" } },
        { Role::Kind,
          { u"kind", u"componentkind", u"type", u"componenttype", u"role", u"devicerole",
            u"devicetype", u"class", u"ciclass", u"category" } },
        { Role::Zone,
          { u"zone", u"zonename", u"networkzone", u"securityzone", u"segment", u"site", u"location",
            u"datacenter", u"datacentre" } },
        { Role::ParentZone,
          { u"parentzone", u"parent", u"zoneparent", u"parentzonename", u"region", u"sitegroup",
            u"parentsite", u"parentlocation" } },
    });
    return synonyms.value(headerKey(cleanHeader(cell)), Role::Other);
}

struct Columns
{
    int name = -1;
    int kind = -1;
    int zone = -1;
    int parentZone = -1;
    QStringList headers;

    explicit Columns(const QStringList &header)
    {
        for (int k = 0; k < header.size(); ++k) {
            headers.append(cleanHeader(header[k]));
            int *column = nullptr;
            switch (roleOf(header[k])) {
            case Role::Name:
                column = &name;
                break;
            case Role::Kind:
                column = &kind;
                break;
            case Role::Zone:
                column = &zone;
                break;
            case Role::ParentZone:
                column = &parentZone;
                break;
            case Role::Other:
                break;
            }
            if (column && *column < 0)
                *column = k; // the first column with a role has it
        }
    }
};

QString cellText(const QStringList &cells, int column)
{
    if (column < 0 || column >= cells.size())
        return {};
    const QString text = cleanComponentName(splitLineList(cells[column]).join(u' '));
    return isNotApplicable(text) ? QString() : text;
}

class Reader
{
public:
    explicit Reader(const QString &source) { m_table.source = source; }

    ComponentTable fail(int line, const QString &text)
    {
        message(ImportMessage::Severity::Error, line, text);
        m_table.ok = false;
        m_table.components.clear();
        return m_table;
    }

    void warn(int line, const QString &text)
    {
        message(ImportMessage::Severity::Warning, line, text);
    }

    ComponentTable csv(QStringView text)
    {
        const CsvTable csv = readCsv(text);
        if (!csv.error.isEmpty())
            return fail(csv.errorLine, csv.error);
        QList<CsvRecord> records;
        for (const CsvRecord &record : csv.records) {
            if (!std::all_of(record.fields.cbegin(), record.fields.cend(),
                             [](const QString &f) { return f.trimmed().isEmpty(); }))
                records.append(record);
        }
        if (records.isEmpty())
            return fail(0, u"no header row: the file is empty"_s);
        for (qsizetype k = 0; k < qMin(records.size(), headerSearchLimit); ++k) {
            const Columns columns(records[k].fields);
            if (columns.name < 0)
                continue;
            if (k > 0) {
                const QString skipped = k == 1 ? u"1 record"_s : u"%1 records"_s.arg(k);
                warn(
                    records.first().line,
                    u"%1 before the header on line %2 skipped"_s.arg(skipped).arg(records[k].line));
            }
            for (qsizetype r = k + 1; r < records.size(); ++r)
                readRow(records[r].fields, records[r].line, columns);
            return finish();
        }
        return fail(records.first().line,
                    u"no Name column (found: %1)"_s.arg(
                        Columns(records.first().fields).headers.join(u", "_s)));
    }

    ComponentTable markdown(QStringView text)
    {
        const QList<RawTable> tables = findMarkdownTables(text);
        bool found = false;
        for (const RawTable &table : tables) {
            const Columns columns(table.header);
            if (columns.name < 0 || found) {
                warn(table.line,
                     found ? u"only the first component table is read; skipped"_s
                           : u"table at line %1 has no Name column; skipped"_s.arg(table.line));
                continue;
            }
            found = true;
            for (const RawRow &row : table.rows)
                readRow(row.cells, row.line, columns);
        }
        if (tables.isEmpty())
            return fail(0, u"no markdown table found"_s);
        if (!found)
            return fail(0, u"no table with a Name column"_s);
        return finish();
    }

private:
    void message(ImportMessage::Severity severity, int line, const QString &text)
    {
        m_table.messages.append(ImportMessage { severity, m_table.source, line, text });
    }

    void readRow(const QStringList &cells, int line, const Columns &columns)
    {
        if (std::all_of(cells.cbegin(), cells.cend(),
                        [](const QString &cell) { return cleanText(cell).isEmpty(); }))
            return;
        ImportedComponent row;
        row.line = line;
        row.name = cellText(cells, columns.name);
        if (row.name.isEmpty())
            return warn(line, u"no name; row skipped"_s);
        const QString key = nameKey(row.name);
        if (const auto seen = m_lines.constFind(key); seen != m_lines.cend())
            return warn(line, u"“%1” repeats line %2; row skipped"_s.arg(row.name).arg(*seen));
        m_lines.insert(key, line);

        const QString kind = cellText(cells, columns.kind);
        if (!kind.isEmpty()) {
            row.kind = componentKindFromName(kind);
            if (!row.kind)
                m_unknownKinds[kind.toLower()].append(line);
        }
        row.zone = cellText(cells, columns.zone);
        row.parentZone = cellText(cells, columns.parentZone);
        if (!row.parentZone.isEmpty() && row.zone.isEmpty()) {
            warn(line, u"parent zone “%1” without a zone; ignored"_s.arg(row.parentZone));
            row.parentZone.clear();
        } else if (!row.parentZone.isEmpty() && nameKey(row.parentZone) == nameKey(row.zone)) {
            warn(line, u"zone “%1” cannot be its own parent; ignored"_s.arg(row.zone));
            row.parentZone.clear();
        }
        if (!row.parentZone.isEmpty()) {
            // One parent per zone: the first row that names one decides.
            const auto [it, added]
                = m_parents.try_emplace(nameKey(row.zone), nameKey(row.parentZone), line);
            if (!added && it->second.first != nameKey(row.parentZone)) {
                warn(line,
                     u"zone “%1” is put in another zone on line %2; “%3” ignored"_s.arg(row.zone)
                         .arg(it->second.second)
                         .arg(row.parentZone));
                row.parentZone.clear();
            }
        }
        m_table.components.append(row);
    }

    ComponentTable finish()
    {
        for (const auto &[kind, lines] : m_unknownKinds) {
            warn(lines.first(),
                 u"kind “%1” is none of %2; guessed from the name%3"_s.arg(
                     kind, kindList(),
                     lines.size() > 1 ? u" (%1 rows)"_s.arg(lines.size()) : QString()));
        }
        std::stable_sort(
            m_table.messages.begin(), m_table.messages.end(),
            [](const ImportMessage &a, const ImportMessage &b) { return a.line < b.line; });
        if (m_table.components.isEmpty())
            warn(0, u"no components in the table"_s);
        return m_table;
    }

    static QString kindList()
    {
        QStringList names;
        for (const ComponentKind kind : allComponentKinds())
            names.append(componentKindName(kind));
        return names.join(u", "_s);
    }

    ComponentTable m_table;
    QHash<QString, int> m_lines; // name key -> the line that named it first
    std::map<QString, std::pair<QString, int>> m_parents; // zone key -> parent key, line
    std::map<QString, QList<int>> m_unknownKinds; // kind as written -> its lines
};

} // namespace

ComponentTable readComponentText(QStringView text, SourceFormat format, const QString &sourceName)
{
    Reader reader(sourceName);
    QString why;
    if (looksBinary(text, &why))
        return reader.fail(0, why);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.sliced(1);
    return format == SourceFormat::Markdown ? reader.markdown(text) : reader.csv(text);
}

ComponentTable readComponentFile(const QString &path)
{
    const SourceText source = readSourceFile(path);
    if (!source.error.isEmpty())
        return Reader(path).fail(0, source.error);
    ComponentTable table = readComponentText(source.text, source.format, path);
    table.messages = source.warnings(path) + table.messages;
    return table;
}

} // namespace Portolan
