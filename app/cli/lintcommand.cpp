// portolan lint: checks the design (flows against the catalogue of
// well-known services, duplicates, missing or broad ports, unused
// components) and the address plan of one environment, or of all.
#include "command.h"

#include "lint/designlint.h"
#include "lint/servicecatalogue.h"
#include "project/snapshot.h"
#include "store/projectstore.h"

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

namespace {

int runLint(Context &context, const QCommandLineParser &parser)
{
    QString path;
    if (!takeProjectArguments(context, parser, u"lint"_s, {}, &path))
        return UsageError;
    if (parser.isSet(u"env"_s) && parser.value(u"env"_s).trimmed().isEmpty())
        return context.fail(u"lint: --env needs an environment name"_s, UsageError);

    const auto store = openProject(context, path, false);
    if (!store)
        return Failure;
    QList<Environment> environments = store->environments();
    if (parser.isSet(u"env"_s)) {
        const auto environment = findEnvironment(context, *store, parser.value(u"env"_s));
        if (!environment)
            return Failure;
        environments = { *environment };
    }

    QString error;
    const auto catalogue = ServiceCatalogue::bundled(&error);
    if (!catalogue)
        return context.fail(error);

    // The address messages name their environment, so the findings of all
    // of them are listed as one, with the design's.
    QList<Id> environmentIds;
    for (const Environment &environment : std::as_const(environments))
        environmentIds.append(environment.id);
    const auto project = readProject(context, *store);
    if (!project)
        return Failure;
    const QList<LintFinding> findings = lintProject(*project, *catalogue, environmentIds);
    bool anyError = false;
    for (const LintFinding &finding : findings) {
        anyError = anyError || finding.severity == LintFinding::Severity::Error;
        context.out << lintSeverityName(finding.severity) << ": " << finding.message << Qt::endl;
    }
    return anyError ? Failure : Success;
}

} // namespace

QList<Command> lintCommands()
{
    return { { u"lint"_s, u"lint FILE [--env E]"_s,
               u"Check the design (protocols that contradict the well-known service on their "
               u"ports, duplicate flows, flows without ports, very broad ranges, any/any, "
               u"components without flows) and the address plan of an environment, or of all; "
               u"one finding a line, exit status 1 on any error."_s,
               [](QCommandLineParser &parser) {
                   parser.addPositionalArgument(u"FILE"_s, u"The project."_s);
                   parser.addOption({ u"env"_s,
                                      u"The environment to check (Lab, Production…); all when "
                                      u"left out."_s,
                                      u"E"_s });
               },
               runLint } };
}

} // namespace Portolan::Cli
