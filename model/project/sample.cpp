#include "sample.h"

#include "domain/names.h"
#include "import/importer.h"
#include "io/csv.h"
#include "project/importintoproject.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QString samplePath(const QString &name, const QString &file)
{
    return u":/samples/%1/%2"_s.arg(name, file);
}

bool readResource(const QString &path, QString *text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"bundled sample file %1 is missing"_s.arg(path);
        return false;
    }
    *text = QString::fromUtf8(file.readAll());
    return true;
}

// Rows of a bundled CSV as maps from header to value; the header is trusted.
bool readRows(const QString &path, QList<QHash<QString, QString>> *rows, QString *error)
{
    QString text;
    if (!readResource(path, &text, error))
        return false;
    const CsvTable table = readCsv(text, u',');
    if (!table.error.isEmpty() || table.records.isEmpty()) {
        *error = u"bundled sample file %1 is unreadable"_s.arg(path);
        return false;
    }
    const QStringList header = table.records.first().fields;
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        QHash<QString, QString> row;
        const QStringList &fields = table.records.at(r).fields;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.insert(header.at(c), c < fields.size() ? fields.at(c) : QString());
        rows->append(row);
    }
    return true;
}

bool addZones(ProjectStore &store, const QString &name, QString *error)
{
    QList<QHash<QString, QString>> rows;
    if (!readRows(samplePath(name, u"zones.csv"_s), &rows, error))
        return false;
    for (const auto &row : std::as_const(rows)) {
        Zone zone;
        zone.name = row.value(u"name"_s);
        zone.notes = row.value(u"notes"_s);
        if (const QString parent = row.value(u"parent"_s); !parent.isEmpty()) {
            const auto parentZone = store.findZone(parent);
            if (!parentZone) {
                *error = u"sample zone %1 names an unknown parent %2"_s.arg(zone.name, parent);
                return false;
            }
            zone.parentId = parentZone->id;
        }
        if (!store.addZone(zone)) {
            *error = store.errorString();
            return false;
        }
    }
    return true;
}

bool addComponents(ProjectStore &store, const QString &name, QString *error)
{
    QList<QHash<QString, QString>> rows;
    if (!readRows(samplePath(name, u"components.csv"_s), &rows, error))
        return false;
    for (const auto &row : std::as_const(rows)) {
        Component component;
        component.name = row.value(u"name"_s);
        const auto kind = componentKindFromName(row.value(u"kind"_s));
        const auto zone = store.findZone(row.value(u"zone"_s));
        if (!kind || !zone) {
            *error = u"sample component %1 has an unknown kind or zone"_s.arg(component.name);
            return false;
        }
        component.kind = *kind;
        component.zoneId = zone->id;
        if (!store.addComponent(component)) {
            *error = store.errorString();
            return false;
        }
    }
    return true;
}

} // namespace

QStringList sampleNames()
{
    return QDir(u":/samples"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QString sampleTitle(const QString &name)
{
    // The sample's flow table starts with a "# Title" line.
    QString text;
    QString ignored;
    if (readResource(samplePath(name, u"flows.md"_s), &text, &ignored)) {
        const QString firstLine = text.section(u'\n', 0, 0).trimmed();
        if (firstLine.startsWith(u"# "))
            return firstLine.mid(2).trimmed();
    }
    return name;
}

bool loadSample(ProjectStore &store, const QString &name, QString *error)
{
    if (!sampleNames().contains(name)) {
        *error = u"unknown sample \"%1\" (available: %2)"_s.arg(name, sampleNames().join(u", "));
        return false;
    }
    QString flowsText;
    if (!readResource(samplePath(name, u"flows.md"_s), &flowsText, error))
        return false;
    const ImportResult flows = importText(flowsText, SourceFormat::Markdown, u"%1.md"_s.arg(name));
    if (!flows.ok) {
        *error = u"bundled sample %1 does not import"_s.arg(name);
        return false;
    }

    ProjectStore::Transaction transaction(store);
    if (!addZones(store, name, error) || !addComponents(store, name, error))
        return false;
    if (!importIntoProject(store, { flows }, nullptr, error))
        return false;
    if (!store.setProperty(u"name"_s, sampleTitle(name))) {
        *error = store.errorString();
        return false;
    }
    if (!transaction.commit()) {
        *error = store.errorString();
        return false;
    }
    return true;
}

} // namespace Portolan
