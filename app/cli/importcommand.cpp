// portolan import [SOURCE…] [--components TABLE]… --into FILE [--product NAME]
#include "command.h"

#include "import/componenttable.h"
#include "import/importer.h"
#include "project/componentimport.h"
#include "project/importintoproject.h"
#include "store/projectstore.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

namespace {

// Reads every file with `read` before the project is touched, printing each
// message. Returns false when any file cannot be imported at all.
template<typename Result, typename Read>
bool readAll(Context &context, const QStringList &paths, Read read, QList<Result> *results)
{
    bool ok = true;
    for (const QString &path : paths) {
        Result result = read(path);
        for (const ImportMessage &message : std::as_const(result.messages))
            context.err << message.toString() << Qt::endl;
        ok = ok && result.ok;
        results->append(std::move(result));
    }
    return ok;
}

QString componentSummary(const ComponentImportSummary &s)
{
    return u"%1 components added, %2 moved to another zone, %3 given another kind, %4 "
           u"unchanged; %5 zones added, %6 nested"_s.arg(s.componentsAdded)
               .arg(s.componentsMoved)
               .arg(s.componentsRetyped)
               .arg(s.componentsUnchanged)
               .arg(s.zonesAdded)
               .arg(s.zonesNested);
}

// Component lists first (so that flows find their components in place),
// then flow tables: one transaction for all.
bool importAll(ProjectStore &store, const QList<ComponentTable> &tables,
               const QList<ImportResult> &results, QStringList *lines, QString *error)
{
    ProjectStore::Transaction transaction(store);
    for (const ComponentTable &table : tables) {
        ComponentImportPlan plan;
        if (!importComponentsIntoProject(store, table, &plan, error))
            return false;
        for (const ImportMessage &message : std::as_const(plan.messages))
            lines->append(message.toString());
        lines->append(u"%1: %2"_s.arg(table.source, componentSummary(plan.summary)));
    }
    if (!results.isEmpty()) {
        ImportSummary summary;
        if (!importIntoProject(store, results, &summary, error))
            return false;
        lines->append(u"%1 flows added, %2 already present; %3 components, %4 products and "
                      u"%5 zones added"_s.arg(summary.flowsAdded)
                          .arg(summary.flowsAlreadyPresent)
                          .arg(summary.componentsAdded)
                          .arg(summary.productsAdded)
                          .arg(summary.zonesAdded));
    }
    if (!transaction.commit()) {
        *error = store.errorString();
        return false;
    }
    return true;
}

int runImport(Context &context, const QCommandLineParser &parser)
{
    const QStringList sources = parser.positionalArguments();
    const QStringList tablePaths = parser.values(u"components"_s);
    const QString into = parser.value(u"into"_s);
    if (sources.isEmpty() && tablePaths.isEmpty())
        return context.fail(u"import: name at least one SOURCE (.md or .csv) or --components "
                            u"TABLE"_s,
                            UsageError);
    if (into.isEmpty())
        return context.fail(u"import: --into FILE is required"_s, UsageError);

    ImportOptions options;
    options.defaultProduct = parser.value(u"product"_s);
    if (parser.isSet(u"max-flows-per-row"_s)) {
        bool ok = false;
        options.maxFlowsPerRow = parser.value(u"max-flows-per-row"_s).toInt(&ok);
        if (!ok || options.maxFlowsPerRow < 1)
            return context.fail(u"import: --max-flows-per-row takes a whole number of at least 1"_s,
                                UsageError);
    }
    QList<ComponentTable> tables;
    QList<ImportResult> results;
    const bool tablesRead = readAll(context, tablePaths, &readComponentFile, &tables);
    const bool sourcesRead = readAll(
        context, sources, [&options](const QString &path) { return importFile(path, options); },
        &results);
    if (!tablesRead || !sourcesRead)
        return context.fail(u"nothing imported into %1"_s.arg(into));

    QString error;
    QStringList lines;
    const auto report = [&] {
        for (const QString &line : std::as_const(lines))
            context.out << into << u": "_s << line << u'\n';
        return Success;
    };
    // A new project appears with everything imported, or not at all. When
    // another process made it meanwhile, the import goes into that one.
    // A failed import never removes a project: another may be using it.
    bool exists = QFileInfo::exists(into);
    if (!exists) {
        const auto fill = [&](ProjectStore &store, QString *message) {
            return importAll(store, tables, results, &lines, message);
        };
        if (ProjectStore::create(into, &error, fill, &exists))
            return report();
        if (!exists)
            return context.fail(u"nothing imported into %1: %2"_s.arg(into, error));
        lines.clear();
    }
    auto store = ProjectStore::open(into, ProjectStore::Mode::ReadWrite, &error);
    if (!store)
        return context.fail(error);
    if (!importAll(*store, tables, results, &lines, &error))
        return context.fail(u"nothing imported into %1: %2"_s.arg(into, error));
    return report();
}

} // namespace

QList<Command> importCommands()
{
    return {
        { u"import"_s,
          u"import [SOURCE…] [--components TABLE]… --into FILE [--product NAME] "
          u"[--max-flows-per-row N]"_s,
          u"Import flow tables from markdown (.md) or CSV (.csv, delimiter sniffed), and "
          u"component lists (name, kind, zone, parent zone) with --components, into FILE "
          u"(created if missing), all in one transaction: components first. A source is at most "
          u"64 MB, and a row that would make more than 10,000 flows fails it (naming its "
          u"line) unless --max-flows-per-row raises the limit."_s,
          [](QCommandLineParser &parser) {
              parser.addPositionalArgument(
                  u"SOURCE"_s, u"Markdown or CSV files holding flow tables."_s, u"SOURCE…"_s);
              parser.addOption({ u"into"_s, u"The project to import into."_s, u"FILE"_s });
              parser.addOption(
                  { u"components"_s,
                    u"A component list (CSV or markdown: name, kind, zone, parent zone) "
                    u"whose zones are created, nested and assigned; repeatable."_s,
                    u"TABLE"_s });
              parser.addOption({ u"max-flows-per-row"_s,
                                 u"How many flows one row may make (default 10,000)."_s, u"N"_s });
              parser.addOption({ u"product"_s,
                                 u"Product for rows without one (default: the source's "
                                 u"file name)."_s,
                                 u"NAME"_s });
          },
          runImport }
    };
}

} // namespace Portolan::Cli
