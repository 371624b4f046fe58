// portolan lint: checks the address plan of one environment, or of all.
#include "command.h"

#include "addressing/addressvalidation.h"
#include "project/snapshot.h"
#include "store/projectstore.h"

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

namespace {

int runLint(Context &context, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.fail(positional.isEmpty() ? u"lint: a project FILE is required"_s
                                                 : u"lint: only one project FILE is allowed"_s,
                            UsageError);
    if (parser.isSet(u"env"_s) && parser.value(u"env"_s).trimmed().isEmpty())
        return context.fail(u"lint: --env needs an environment name"_s, UsageError);

    const auto store = openProject(context, positional.first(), false);
    if (!store)
        return Failure;
    QList<Environment> environments = store->environments();
    if (parser.isSet(u"env"_s)) {
        const auto environment = findEnvironment(context, *store, parser.value(u"env"_s));
        if (!environment)
            return Failure;
        environments = { *environment };
    }

    // The messages name their environment, so the findings of all of them
    // are listed as one.
    const ProjectSnapshot project = ProjectSnapshot::read(*store);
    QList<AddressFinding> findings;
    for (const Environment &environment : std::as_const(environments))
        findings += validateAddresses(project, environment.id);
    sortFindings(findings);
    bool anyError = false;
    for (const AddressFinding &finding : std::as_const(findings)) {
        const bool error = finding.severity == AddressFinding::Severity::Error;
        anyError = anyError || error;
        context.out << (error ? "error: " : "warning: ") << finding.message << Qt::endl;
    }
    return anyError ? Failure : Success;
}

} // namespace

QList<Command> lintCommands()
{
    return { { u"lint"_s, u"lint FILE [--env E]"_s,
               u"Check the address plan of an environment (or of all): addresses bound twice, "
               u"overlaps, addresses outside their zone's prefixes, flow endpoints without an "
               u"address, networks with a name; exit status 1 when there is an error."_s,
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
