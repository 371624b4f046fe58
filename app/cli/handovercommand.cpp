// portolan handover: the printable handover pack of one environment as PDF.
#include "command.h"

#include "export/exportoptions.h"
#include "handover/handoverexport.h"
#include "layout/layoutservice.h"
#include "preferences.h"
#include "project/revision.h"
#include "project/snapshot.h"
#include "store/projectstore.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QScopeGuard>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

namespace {

// The options that need no project, checked before it is opened.
bool readOptions(Context &context, const QCommandLineParser &parser, HandoverOptions *pack,
                 PackPageOptions *pages)
{
    QPageSize::PageSizeId paper = QPageSize::A4;
    if (!readPaper(context, parser, u"handover: "_s, &paper))
        return false;
    pages->paper = QPageSize(paper);
    if (parser.isSet(u"diagram-orientation"_s)) {
        const auto orientation = diagramOrientationFromName(parser.value(u"diagram-orientation"_s));
        if (!orientation) {
            context.fail(u"handover: --diagram-orientation takes auto, portrait or landscape, "
                         u"not \"%1\""_s.arg(parser.value(u"diagram-orientation"_s)),
                         UsageError);
            return false;
        }
        pages->diagramOrientation = *orientation;
    }
    if (!readConsolidation(context, parser, u"handover"_s, &pack->consolidation))
        return false;
    pack->revision = parser.value(u"revision"_s);
    pack->author = parser.isSet(u"author"_s) ? parser.value(u"author"_s) : Preferences::author();
    return true;
}

// The project a pack is printed from: the file's working design, or one of
// its baselines (made now when --baseline names none yet).
struct PackSource
{
    std::unique_ptr<ProjectStore> file;
    std::unique_ptr<ProjectStore> frozen; // the baseline, opened read-only
    std::optional<Baseline> baseline;
    bool made = false;
};

bool openSource(Context &context, const QCommandLineParser &parser, const QString &path,
                const QString &author, PackSource *source)
{
    source->file = openProject(context, path, false);
    if (!source->file)
        return false;
    if (!parser.isSet(u"baseline"_s))
        return true;
    const QString name = parser.value(u"baseline"_s);
    source->baseline = source->file->findBaseline(name);
    QString error;
    if (!source->baseline) {
        // Made from the working design, which must have the environment.
        if (!findEnvironment(context, *source->file, parser.value(u"env"_s)))
            return false;
        source->file = openProject(context, path, true);
        if (!source->file)
            return false;
        const auto baseline = freezeBaseline(
            *source->file, name,
            u"printed as the handover pack of %1"_s.arg(parser.value(u"env"_s)), author, &error);
        const Id id = baseline ? source->file->addBaseline(*baseline) : 0;
        if (!id) {
            context.fail(u"handover: "_s + (baseline ? source->file->errorString() : error));
            return false;
        }
        source->baseline = source->file->baseline(id);
        source->made = source->baseline.has_value();
        if (!source->baseline) {
            context.fail(u"handover: "_s + source->file->errorString());
            return false;
        }
    }
    source->frozen = openBaseline(*source->file, *source->baseline, &error);
    if (!source->frozen) {
        if (source->made)
            source->file->removeBaseline(source->baseline->id);
        context.fail(u"handover: "_s + error);
        return false;
    }
    return true;
}

int runHandover(Context &context, const QCommandLineParser &parser)
{
    QString path;
    if (!takeProjectArguments(context, parser, u"handover"_s, { u"env"_s, u"out"_s }, &path))
        return UsageError;
    const QString out = parser.value(u"out"_s);
    if (QFileInfo(out).suffix().toLower() != u"pdf"_s)
        return context.fail(
            u"handover: cannot write \"%1\": the handover pack is written as .pdf"_s.arg(out),
            UsageError);
    HandoverOptions packOptions;
    PackPageOptions pageOptions;
    if (!readOptions(context, parser, &packOptions, &pageOptions))
        return UsageError;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return context.fail(u"handover needs a QGuiApplication (an offscreen one will do)"_s);

    PackSource source;
    if (!openSource(context, parser, path, packOptions.author, &source))
        return Failure;
    // A baseline made for this pack goes again if the pack cannot be written.
    bool written = false;
    const auto unmake = qScopeGuard([&] {
        if (source.made && !written)
            source.file->removeBaseline(source.baseline->id);
    });
    const ProjectStore &store = source.frozen ? *source.frozen : *source.file;
    const auto environment = findEnvironment(context, store, parser.value(u"env"_s));
    if (!environment)
        return Failure;
    packOptions.baseline = source.baseline;
    // The layout runs in the worker process, so that a Graphviz crash
    // cannot take the command along.
    LayoutService service;
    QString error;
    const auto project = readProject(context, store);
    if (!project)
        return Failure;
    const auto content = prepareHandover(*project, environment->id, packOptions, service, &error);
    if (!content)
        return context.fail(error);
    if (!content->layoutWarning.isEmpty())
        context.err << "portolan: warning: the layout engine failed (" << content->layoutWarning
                    << "); the diagram uses a plain arrangement instead" << Qt::endl;
    if (!writeHandoverPdf(*content, pageOptions, out, &error))
        return context.fail(error);
    written = true;
    if (source.made)
        context.err << "portolan: created baseline \"" << source.baseline->name
                    << "\" for this pack" << Qt::endl;
    if (content->pack.unresolvedRules > 0)
        context.err << "portolan: warning: " << content->pack.unresolvedRules << " of "
                    << content->pack.rules.rows.size()
                    << " rules have an endpoint without an address in " << environment->name
                    << " (shaded in the pack)" << Qt::endl;
    return Success;
}

void configureHandover(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"FILE"_s, u"The project (opened read-only)."_s);
    parser.addOption({ u"env"_s, u"The environment (Lab, Production…)."_s, u"E"_s });
    parser.addOption({ u"out"_s, u"The PDF to write."_s, u"OUT"_s });
    parser.addOption(
        { u"paper"_s, u"Paper: %1 (default A4)."_s.arg(paperNames().join(u", "_s)), u"SIZE"_s });
    parser.addOption({ u"diagram-orientation"_s,
                       u"The diagram's page: auto (landscape when the diagram is wider than "
                       u"high, the default), portrait or landscape. Other pages are portrait."_s,
                       u"O"_s });
    parser.addOption({ u"consolidate"_s,
                       u"none (one rule per flow, the default) or ports (flows with the same "
                       u"endpoints and protocol in one rule)."_s,
                       u"MODE"_s });
    parser.addOption({ u"revision"_s,
                       u"The revision printed in the title block and on every page (default: "
                       u"the content fingerprint)."_s,
                       u"R"_s });
    parser.addOption({ u"author"_s,
                       u"The author printed in the title block and the sign-off (default: "
                       u"the author set in the window's preferences)."_s,
                       u"NAME"_s });
    parser.addOption({ u"baseline"_s,
                       u"Print the pack from baseline NAME, which the title block records; a "
                       u"baseline of that name is made from the design first when there is "
                       u"none (and removed again if the pack cannot be written)."_s,
                       u"NAME"_s });
}

} // namespace

QList<Command> handoverCommands()
{
    return { { u"handover"_s,
               u"handover FILE --env E --out OUT.pdf [--paper A4|A3|Letter] "
               u"[--diagram-orientation auto|portrait|landscape] [--consolidate none|ports] "
               u"[--revision R] [--author NAME] [--baseline NAME]"_s,
               u"Write the printable handover pack of an environment: title block, the diagram "
               u"with addresses, the firewall rules, the address plan, the lint findings and a "
               u"sign-off block. The date is today's, or SOURCE_DATE_EPOCH's."_s,
               configureHandover, runHandover, /*needsGui=*/true } };
}

} // namespace Portolan::Cli
