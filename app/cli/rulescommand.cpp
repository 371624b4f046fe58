// portolan rules: the firewall rules of one environment as a spreadsheet.
#include "command.h"

#include "handover/rulesexport.h"
#include "project/snapshot.h"
#include "store/projectstore.h"

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

namespace {

int runRules(Context &context, const QCommandLineParser &parser)
{
    QString path;
    if (!takeProjectArguments(context, parser, u"rules"_s, { u"env"_s, u"out"_s }, &path))
        return UsageError;
    const QString out = parser.value(u"out"_s);
    if (!isRulesFile(out))
        return context.fail(
            u"rules: cannot write \"%1\": the rules are written as .csv or .xlsx"_s.arg(out),
            UsageError);
    Consolidation consolidation = Consolidation::None;
    if (!readConsolidation(context, parser, u"rules"_s, &consolidation))
        return UsageError;

    const auto opened = openProjectEnvironment(context, path, parser);
    if (!opened)
        return Failure;
    const Environment &environment = opened->environment;
    RulesExportOptions options;
    options.consolidation = consolidation;
    options.byteOrderMark = parser.isSet(u"bom"_s);
    RulesExportSummary summary;
    QString error;
    const auto project = readProject(context, *opened->store);
    if (!project)
        return Failure;
    if (!writeRules(*project, environment.id, out, options, &summary, &error))
        return context.fail(error);
    if (summary.unresolved > 0)
        context.err << "portolan: warning: " << summary.unresolved << " of " << summary.rules
                    << " rules have an endpoint without an address in " << environment.name
                    << " (marked in the Status column)" << Qt::endl;
    return Success;
}

} // namespace

QList<Command> rulesCommands()
{
    return { { u"rules"_s,
               u"rules FILE --env E --out OUT.{csv,xlsx} [--consolidate none|ports] [--bom]"_s,
               u"Write the firewall rules of an environment: one per flow (or, with --consolidate "
               u"ports, per source, destination and protocol), endpoints resolved to their "
               u"addresses; endpoints without one are marked, never dropped. XLSX adds a sheet "
               u"per product, the address plan and the lint findings."_s,
               [](QCommandLineParser &parser) {
                   parser.addPositionalArgument(u"FILE"_s, u"The project."_s);
                   parser.addOption({ u"env"_s, u"The environment (Lab, Production…)."_s, u"E"_s });
                   parser.addOption(
                       { u"out"_s, u"The spreadsheet to write (.csv or .xlsx)."_s, u"OUT"_s });
                   parser.addOption({ u"consolidate"_s,
                                      u"none (one rule per flow, the default) or ports (flows "
                                      u"with the same endpoints and protocol in one rule, their "
                                      u"ports united)."_s,
                                      u"MODE"_s });
                   parser.addOption(
                       { u"bom"_s, u"Start a CSV with a UTF-8 byte-order mark, for Excel."_s });
               },
               runRules } };
}

} // namespace Portolan::Cli
