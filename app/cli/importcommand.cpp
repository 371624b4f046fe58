// portolan import SOURCE… --into FILE [--product NAME]
#include "command.h"

#include "import/importer.h"
#include "project/importintoproject.h"
#include "store/projectstore.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

namespace {

// Reads every source before the project is touched, printing each message.
// Returns false when any source cannot be imported at all.
bool readSources(Context &context, const QStringList &sources, const ImportOptions &options,
                 QList<ImportResult> *results)
{
    bool ok = true;
    for (const QString &source : sources) {
        ImportResult result = importFile(source, options);
        for (const ImportMessage &message : std::as_const(result.messages))
            context.err << message.toString() << Qt::endl;
        ok = ok && result.ok;
        results->append(std::move(result));
    }
    return ok;
}

int runImport(Context &context, const QCommandLineParser &parser)
{
    const QStringList sources = parser.positionalArguments();
    const QString into = parser.value(u"into"_s);
    if (sources.isEmpty())
        return context.fail(u"import: name at least one SOURCE (.md or .csv)"_s, UsageError);
    if (into.isEmpty())
        return context.fail(u"import: --into FILE is required"_s, UsageError);

    ImportOptions options;
    options.defaultProduct = parser.value(u"product"_s);
    QList<ImportResult> results;
    if (!readSources(context, sources, options, &results))
        return context.fail(u"nothing imported into %1"_s.arg(into));

    const bool created = !QFileInfo::exists(into);
    QString error;
    auto store = created ? ProjectStore::create(into, &error)
                         : ProjectStore::open(into, ProjectStore::Mode::ReadWrite, &error);
    if (!store)
        return context.fail(error);
    ImportSummary summary;
    if (!importIntoProject(*store, results, &summary, &error)) {
        store.reset();
        if (created)
            QFile::remove(into);
        return context.fail(u"nothing imported into %1: %2"_s.arg(into, error));
    }
    context.out << u"%1: %2 flows added, %3 already present; %4 components and %5 products "
                   u"added\n"_s.arg(into)
                       .arg(summary.flowsAdded)
                       .arg(summary.flowsAlreadyPresent)
                       .arg(summary.componentsAdded)
                       .arg(summary.productsAdded);
    return Success;
}

} // namespace

QList<Command> importCommands()
{
    return { { u"import"_s, u"import SOURCE… --into FILE [--product NAME]"_s,
               u"Import flow tables from markdown (.md) or CSV (.csv, delimiter sniffed) into "
               u"FILE (created if missing), all in one transaction."_s,
               [](QCommandLineParser &parser) {
                   parser.addPositionalArgument(
                       u"SOURCE"_s, u"Markdown or CSV files holding flow tables."_s, u"SOURCE…"_s);
                   parser.addOption({ u"into"_s, u"The project to import into."_s, u"FILE"_s });
                   parser.addOption({ u"product"_s,
                                      u"Product for rows without one (default: the source's "
                                      u"file name)."_s,
                                      u"NAME"_s });
               },
               runImport } };
}

} // namespace Portolan::Cli
