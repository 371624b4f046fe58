// portolan diff: the change request between two revisions of a project (two
// baselines, a baseline and the working design) or two environments of one.
// Exit status 0 when there is no difference, 3 when there is one.
#include "command.h"

#include "diff/changesheets.h"
#include "domain/names.h"
#include "export/exportoptions.h"
#include "handover/changerequestexport.h"
#include "layout/layoutservice.h"
#include "preferences.h"
#include "project/revision.h"
#include "store/projectstore.h"

#include <QDir>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

namespace {

struct DiffRequest
{
    QString from; // revision names
    QString to;
    QString fromEnvironment; // environment names, empty: none
    QString toEnvironment;
    Consolidation consolidation = Consolidation::None;
    QPageSize::PageSizeId paper = QPageSize::A4; // a PDF's
};

// The options that need no project; false after a usage error.
bool readRequest(Context &context, const QCommandLineParser &parser, DiffRequest *request)
{
    const QString env = parser.value(u"env"_s);
    request->fromEnvironment = parser.isSet(u"env-from"_s) ? parser.value(u"env-from"_s) : env;
    request->toEnvironment = parser.isSet(u"env-to"_s) ? parser.value(u"env-to"_s) : env;
    if (request->fromEnvironment.trimmed().isEmpty()
        != request->toEnvironment.trimmed().isEmpty()) {
        context.fail(u"diff: name an environment for both sides (--env E, or --env-from E1 "
                     u"--env-to E2)"_s,
                     UsageError);
        return false;
    }
    request->to = parser.isSet(u"to"_s) ? parser.value(u"to"_s) : workingDesignName();
    const bool environments = parser.isSet(u"env-from"_s) || parser.isSet(u"env-to"_s);
    if (!parser.isSet(u"from"_s) && !environments) {
        context.fail(u"diff: --from BASELINE is required (or --env-from E1 --env-to E2 to "
                     u"compare two environments)"_s,
                     UsageError);
        return false;
    }
    // Two environments of one revision when no --from is given.
    request->from = parser.isSet(u"from"_s) ? parser.value(u"from"_s) : request->to;
    const QString out = parser.value(u"out"_s);
    if (parser.isSet(u"out"_s) && !isChangeRequestTable(out) && !isChangeRequestPdf(out)) {
        context.fail(u"diff: cannot write \"%1\": a change request is written as .xlsx, .csv, "
                     u".pdf or .json"_s.arg(out),
                     UsageError);
        return false;
    }
    if (!readPaper(context, parser, u"diff: "_s, &request->paper))
        return false;
    return readConsolidation(context, parser, u"diff"_s, &request->consolidation);
}

// The environment called `name` on one side; a renamed one is found by the
// other side's id. 0 when no name is given; nullopt after saying it is missing.
std::optional<Id> environmentOf(Context &context, const Revision &revision, const QString &name,
                                Id sameAs)
{
    if (name.trimmed().isEmpty())
        return Id(0);
    for (const Environment &environment : revision.project.environments) {
        if (sameName(environment.name, name))
            return environment.id;
    }
    if (sameAs && revision.project.environment(sameAs))
        return sameAs;
    QStringList names;
    for (const Environment &environment : revision.project.environments)
        names.append(environment.name);
    context.fail(u"diff: %1 has no environment named \"%2\"%3"_s.arg(
        revision.isWorking() ? u"the working design"_s : u"baseline \"%1\""_s.arg(revision.name),
        cleanName(name), names.isEmpty() ? u""_s : u" (there are %1)"_s.arg(names.join(u", "_s))));
    return std::nullopt;
}

QString ruleLine(const RuleChange &change)
{
    const Rule &rule = change.rule();
    QString line = u"%1\t%2\t%3 → %4\t%5"_s.arg(ruleChangeWord(change.kind, SheetTexts::English),
                                                change.id(), rule.source.name,
                                                rule.destination.name, rulePortsText(rule));
    if (change.kind == ChangeKind::Changed) {
        line += u"\t("_s + change.fields.join(u", "_s) + u')';
        if (change.fields.contains(u"ports"_s))
            line += u"\t"_s + rulePortsText(*change.before) + u" → "_s + rulePortsText(rule);
    }
    return line;
}

void printSummary(Context &context, const ChangeRequest &request)
{
    const RuleDeltaCounts counts = countRuleChanges(request.rules);
    QString heading = request.comparison();
    if (!request.environments().isEmpty())
        heading += u", "_s + request.environments();
    const auto count = [](qsizetype n, const QString &one, const QString &many) {
        return u"%1 %2"_s.arg(n).arg(n == 1 ? one : many);
    };
    context.out << heading << ": " << count(counts.added, u"rule"_s, u"rules"_s) << " to add, "
                << counts.removed << " to remove, " << counts.modified << " to modify; "
                << count(request.design.changes.size(), u"change"_s, u"changes"_s)
                << " in the design" << Qt::endl;
    for (const RuleChange &change : request.rules)
        context.out << ruleLine(change) << Qt::endl;
    for (const DesignChange &change : request.design.changes) {
        QStringList fields;
        for (const FieldChange &field : change.fields)
            fields.append(u"%1: %2 → %3"_s.arg(field.field, field.before, field.after));
        context.out << changeKindKey(change.kind) << '\t' << changeSubjectKey(change.subject)
                    << '\t' << change.name;
        if (!change.environment.isEmpty())
            context.out << " (" << change.environment << ')';
        if (!fields.isEmpty())
            context.out << '\t' << fields.join(u"; "_s);
        context.out << Qt::endl;
    }
}

int runDiff(Context &context, const QCommandLineParser &parser)
{
    QString path;
    if (!takeProjectArguments(context, parser, u"diff"_s, {}, &path))
        return UsageError;
    DiffRequest request;
    if (!readRequest(context, parser, &request))
        return UsageError;
    const auto store = openProject(context, path, false);
    if (!store)
        return Failure;
    QString error;
    const auto to = readRevision(*store, request.to, &error);
    if (!to)
        return context.fail(u"diff: "_s + error);
    const auto from
        = sameName(request.from, request.to) ? to : readRevision(*store, request.from, &error);
    if (!from)
        return context.fail(u"diff: "_s + error);
    const auto toEnvironment = environmentOf(context, *to, request.toEnvironment, 0);
    if (!toEnvironment)
        return Failure;
    // The same --env on both sides: one environment, found by its id when
    // it was renamed since.
    const bool sameEnvironment = sameName(request.fromEnvironment, request.toEnvironment);
    const auto fromEnvironment = environmentOf(context, *from, request.fromEnvironment,
                                               sameEnvironment ? *toEnvironment : 0);
    if (!fromEnvironment)
        return Failure;
    ChangeRequest changes
        = makeChangeRequest({ from->name, &from->project, *fromEnvironment },
                            { to->name, &to->project, *toEnvironment }, request.consolidation);
    changes.author = parser.isSet(u"author"_s) ? parser.value(u"author"_s) : Preferences::author();
    const QString out = parser.value(u"out"_s);
    if (parser.isSet(u"out"_s) && isChangeRequestPdf(out)) {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return context.fail(u"diff needs a QGuiApplication for a PDF (an offscreen one will "
                                u"do)"_s);
        // The layout runs in the worker process, so that a Graphviz crash
        // cannot take the command along.
        LayoutService service;
        QString warning;
        const PackDiagram delta = changeRequestDiagram(
            { from->name, &from->project, *fromEnvironment },
            { to->name, &to->project, *toEnvironment }, changes.design, service, &warning);
        if (!warning.isEmpty())
            context.err << "portolan: warning: the layout engine failed (" << warning
                        << "); the diagram uses a plain arrangement instead" << Qt::endl;
        PackPageOptions pages;
        pages.paper = QPageSize(request.paper);
        if (!writeChangeRequestPdf(changes, delta, pages, out, &error))
            return context.fail(error);
    } else if (parser.isSet(u"out"_s)) {
        if (!writeChangeRequest(changes, out, parser.isSet(u"bom"_s), &error))
            return context.fail(error);
    } else {
        printSummary(context, changes);
    }
    return changes.isEmpty() ? Success : Different;
}

void configureDiff(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"FILE"_s, u"The project."_s);
    parser.addOption(
        { u"from"_s, u"The earlier revision: a baseline's name, or working."_s, u"BASELINE"_s });
    parser.addOption({ u"to"_s,
                       u"The later revision: a baseline's name, or working (the "
                       u"default)."_s,
                       u"BASELINE"_s });
    parser.addOption({ u"env"_s,
                       u"The environment whose addresses resolve the rules, on both "
                       u"sides."_s,
                       u"E"_s });
    parser.addOption({ u"env-from"_s,
                       u"The environment of the earlier side (with --env-to: "
                       u"compare two environments)."_s,
                       u"E1"_s });
    parser.addOption({ u"env-to"_s, u"The environment of the later side."_s, u"E2"_s });
    parser.addOption({ u"consolidate"_s,
                       u"none (one rule per flow, the default) or ports (one per source, "
                       u"destination and protocol: a port added to one flow modifies its rule)."_s,
                       u"MODE"_s });
    parser.addOption({ u"out"_s,
                       u"The change request to write: .xlsx (summary, rule changes, address "
                       u"changes, design changes), .csv (rule changes), .pdf (title block, delta "
                       u"diagram, rule, address and design changes, sign-off) or .json. Without "
                       u"it, the changes are listed on standard output."_s,
                       u"OUT"_s });
    parser.addOption({ u"author"_s,
                       u"The change request's author (default: the author set in "
                       u"Preferences)."_s,
                       u"NAME"_s });
    parser.addOption({ u"paper"_s,
                       u"A PDF's paper: %1 (default A4)."_s.arg(paperNames().join(u", "_s)),
                       u"SIZE"_s });
    parser.addOption({ u"bom"_s, u"Start a CSV with a UTF-8 byte-order mark, for Excel."_s });
}

} // namespace

QList<Command> diffCommands()
{
    return {
        { u"diff"_s,
          u"diff FILE --from BASELINE [--to BASELINE|working] [--env E | --env-from E1 "
          u"--env-to E2] [--consolidate none|ports] [--out OUT.{xlsx,csv,pdf,json}] [--paper A4|A3|Letter]"_s,
          u"The changes between two revisions, or two environments: rules to add, remove "
          u"and modify, address changes and design changes. Exit status 0 when there is "
          u"no difference, 3 when there is one."_s,
          configureDiff, runDiff, /*needsGui=*/true }
    };
}

} // namespace Portolan::Cli
