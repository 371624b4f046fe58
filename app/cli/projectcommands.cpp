// portolan new | info | flows | components | views
#include "command.h"

#include "io/reports.h"
#include "project/sample.h"
#include "project/snapshot.h"
#include "store/projectstore.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

namespace {

// The one positional FILE argument these commands take.
bool takeFile(Context &context, const QCommandLineParser &parser, QString *file)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        context.fail(positional.isEmpty() ? u"a project FILE is required"_s
                                          : u"only one project FILE is allowed"_s,
                     UsageError);
        return false;
    }
    *file = positional.first();
    return true;
}

int runNew(Context &context, const QCommandLineParser &parser)
{
    QString path;
    if (!takeFile(context, parser, &path))
        return UsageError;
    const QString sample = parser.value(u"sample"_s);
    if (!sample.isEmpty() && !sampleNames().contains(sample))
        return context.fail(
            u"unknown sample \"%1\" (available: %2)"_s.arg(sample, sampleNames().join(u", "_s)),
            UsageError);
    QString error;
    // The sample goes in before the project appears: nothing half-made is
    // ever seen, nor left behind.
    const auto fill = [&sample](ProjectStore &store, QString *message) {
        return sample.isEmpty() || loadSample(store, sample, message);
    };
    return ProjectStore::create(path, &error, fill) ? Success : context.fail(error);
}

int runInfo(Context &context, const QCommandLineParser &parser)
{
    QString path;
    if (!takeFile(context, parser, &path))
        return UsageError;
    const auto store = openProject(context, path, false);
    if (!store)
        return Failure;
    const ProjectCounts counts = store->counts();
    context.out << (parser.isSet(u"json"_s) ? countsJson(counts) : countsText(counts));
    return Success;
}

// flows and components differ only in the listing they print.
Command listingCommand(const QString &name, const QString &description,
                       QString (*listing)(const ProjectSnapshot &))
{
    return {
        name, u"%1 FILE [--format csv]"_s.arg(name), description,
        [](QCommandLineParser &parser) {
            parser.addPositionalArgument(u"FILE"_s, u"The project."_s);
            parser.addOption({ u"format"_s, u"Output format: csv (the default)."_s, u"FORMAT"_s });
        },
        [listing](Context &context, const QCommandLineParser &parser) {
            QString path;
            if (!takeFile(context, parser, &path))
                return int(UsageError);
            if (!checkFormat(context, parser, { u"csv"_s }))
                return int(UsageError);
            const auto store = openProject(context, path, false);
            if (!store)
                return int(Failure);
            const auto project = readProject(context, *store);
            if (!project)
                return int(Failure);
            context.out << listing(*project);
            return int(Success);
        }
    };
}

} // namespace

QList<Command> projectCommands()
{
    QList<Command> commands;
    commands.append(
        { u"new"_s, u"new FILE [--sample NAME]"_s,
          u"Create an empty project, or one holding a bundled reference design (%1)."_s.arg(
              sampleNames().join(u", "_s)),
          [](QCommandLineParser &parser) {
              parser.addPositionalArgument(u"FILE"_s, u"The project file to create."_s);
              QString samples;
              for (const QString &name : sampleNames())
                  samples += u"\n  %1: %2"_s.arg(name, sampleTitle(name));
              parser.addOption(
                  { u"sample"_s, u"Start from a bundled sample:"_s + samples, u"NAME"_s });
          },
          runNew });
    commands.append({ u"info"_s, u"info FILE [--json]"_s,
                      u"Count the products, zones, components, flows, environments and "
                      u"addresses of a project."_s,
                      [](QCommandLineParser &parser) {
                          parser.addPositionalArgument(u"FILE"_s, u"The project."_s);
                          parser.addOption({ u"json"_s, u"Print one JSON object."_s });
                      },
                      runInfo });
    commands.append(listingCommand(
        u"flows"_s, u"List the flows: product,source,destination,protocol,ports,purpose (CSV)."_s,
        flowsCsv));
    commands.append(listingCommand(u"components"_s, u"List the components: name,kind,zone (CSV)."_s,
                                   componentsCsv));
    commands.append(listingCommand(
        u"views"_s,
        u"List the views: name,level,print,products,zones,components,protocols,text (CSV), "
        u"\"All\" first."_s,
        viewsCsv));
    return commands;
}

} // namespace Portolan::Cli
