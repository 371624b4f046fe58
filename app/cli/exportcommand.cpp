// portolan export FILE (--diagram OUT.{svg,png,pdf,dot,json} | --all-views DIR)
#include "command.h"

#include "diagram/deltaoverlay.h"
#include "diagram/diagram.h"
#include "diagram/drawinggeometry.h"
#include "diagram/viewproject.h"
#include "domain/names.h"
#include "export/diagramexporter.h"
#include "layout/layoutservice.h"
#include "project/revision.h"
#include "project/snapshot.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

namespace {

QString formatList()
{
    QStringList extensions;
    for (const ExportFormat &format : exportFormats())
        extensions.append(u'.' + format.extension);
    return extensions.join(u", "_s);
}

// The options that do not need the project, checked before it is opened.
bool readOptions(Context &context, const QCommandLineParser &parser, ExportOptions *options)
{
    if (parser.isSet(u"dpi"_s)) {
        bool ok = false;
        options->dpi = parser.value(u"dpi"_s).toInt(&ok);
        if (!ok || options->dpi < minimumDpi || options->dpi > maximumDpi) {
            context.fail(
                u"--dpi must be a whole number from %1 to %2"_s.arg(minimumDpi).arg(maximumDpi),
                UsageError);
            return false;
        }
    }
    if (!readPaper(context, parser, QString(), &options->paper))
        return false;
    options->transparent = parser.isSet(u"transparent"_s);
    return true;
}

// --product names (repeatable) as ids; false with a message for an unknown one.
bool readProducts(Context &context, const QCommandLineParser &parser, const ProjectStore &store,
                  QSet<Id> *products)
{
    for (const QString &name : parser.values(u"product"_s)) {
        const auto product = store.findProduct(name);
        if (!product) {
            QStringList known;
            for (const Product &p : store.products())
                known.append(p.name);
            context.fail(
                known.isEmpty()
                    ? u"no product named \"%1\": the project has none"_s.arg(name)
                    : u"no product named \"%1\" (products: %2)"_s.arg(name, known.join(u", "_s)));
            return false;
        }
        products->insert(product->id);
    }
    return true;
}

// --view NAME: the view's id (0 for "All" or no --view); false with a
// message for an unknown view (listing the project's).
bool readView(Context &context, const QCommandLineParser &parser, const ProjectStore &store,
              Id *viewId)
{
    if (!parser.isSet(u"view"_s))
        return true;
    const QString name = parser.value(u"view"_s);
    if (nameKey(name) == nameKey(allViewName()))
        return true; // the whole project
    const auto view = store.findView(name);
    if (!view) {
        QStringList known { allViewName() };
        for (const View &v : viewsInOrder(store.views()))
            known.append(v.name);
        context.fail(u"no view named \"%1\" (views: %2)"_s.arg(name, known.join(u", "_s)));
        return false;
    }
    *viewId = view->id;
    return true;
}

// --env E: the diagram shows E's addresses under the component names (and
// its tooltips, the SVG's titles, list them). An unknown E fails.
bool readEnvironment(Context &context, const QCommandLineParser &parser, const ProjectStore &store,
                     DiagramOptions *options)
{
    if (!parser.isSet(u"env"_s))
        return true;
    const auto environment = findEnvironment(context, store, parser.value(u"env"_s));
    if (!environment)
        return false;
    options->environment = environment->id;
    options->showAddresses = true;
    return true;
}

// The diagram of `project` from its stored drawing; Graphviz only for a
// project or view that has none (not stored: the file is opened
// read-only), in the worker process, so that a Graphviz crash cannot take
// us along.
Diagram laidOutDiagram(const ProjectSnapshot &project, const DiagramOptions &diagramOptions)
{
    QString error;
    Diagram diagram = drawDiagram(project, diagramOptions, [&](const LayoutRequest &whole) {
                          LayoutService service;
                          const LayoutResult fresh = service.layOut(whole);
                          error = fresh.error;
                          return std::optional<LayoutResult>(fresh);
                      }).diagram;
    diagram.layoutError = error;
    return diagram;
}

// Draws `project` (a view as a project of its own) into `out`; false, with
// the exporter's reason, when it cannot be written.
bool drawInto(Context &context, DiagramExporter &exporter, const ProjectSnapshot &project,
              const DiagramOptions &diagramOptions, const ExportOptions &options,
              const QString &out)
{
    const Diagram diagram = exporter.needsLayout()
        ? laidOutDiagram(project, diagramOptions)
        : assembleDiagram(project, diagramOptions, LayoutResult());
    if (!diagram.layoutError.isEmpty())
        context.err << "portolan: warning: the layout engine failed (" << diagram.layoutError
                    << "); the diagram uses a plain arrangement instead" << Qt::endl;
    if (!exporter.write(diagram, out, options)) {
        context.fail(exporter.errorString());
        return false;
    }
    return true;
}

// --diff-from BASELINE: the delta since the baseline drawn over the
// diagram (diagram/deltaoverlay.h), the removed flows where the baseline's
// drawing has them.
bool overlayDelta(Context &context, const QCommandLineParser &parser, const ProjectStore &store,
                  Id viewId, const ProjectSnapshot &project, const DiagramOptions &diagramOptions,
                  ExportOptions *options)
{
    QString error;
    const auto baseline = readRevision(store, parser.value(u"diff-from"_s), &error);
    if (!baseline) {
        context.fail(error);
        return false;
    }
    if (viewId && !baseline->project.view(viewId)) {
        context.fail(u"view \"%1\" is newer than baseline \"%2\""_s.arg(parser.value(u"view"_s),
                                                                        baseline->name));
        return false;
    }
    const Diagram before = earlierDiagram(viewProject(baseline->project, viewId), diagramOptions,
                                          [](const LayoutRequest &whole) {
                                              LayoutService service;
                                              return std::optional(service.layOut(whole));
                                          });
    const DesignDiff diff = diffDesigns({ &before.project, before.options.environment },
                                        { &project, diagramOptions.environment });
    const QStringList words = { u"added"_s, u"removed"_s, u"changed"_s, u"unchanged"_s };
    options->overlay = [before, diff, words](const Diagram &after, const DisplayList &list) {
        return deltaDisplayList(before, renderDiagram(before), after, list, diff, words);
    };
    return true;
}

// A view's name as a file name: characters that no file system takes, or
// that would make it hidden, become "_"; a name taken already gets " (2)".
QString fileNameFor(const QString &name, QSet<QString> *taken)
{
    QString safe;
    for (const QChar c : name)
        safe += (c.category() == QChar::Other_Control || u"/\\:*?\"<>|"_s.contains(c)) ? u'_' : c;
    safe = safe.trimmed();
    if (safe.isEmpty() || safe.startsWith(u'.'))
        safe.prepend(u'_');
    QString unique = safe;
    for (int n = 2; taken->contains(unique.toCaseFolded()); ++n)
        unique = u"%1 (%2)"_s.arg(safe).arg(n);
    taken->insert(unique.toCaseFolded());
    return unique;
}

// --all-views DIR: "All" and every view, in the user's order, one file
// each, named after the view; prints each file written.
int exportAllViews(Context &context, const QCommandLineParser &parser, const ProjectStore &store,
                   const DiagramOptions &diagramOptions, ExportOptions options,
                   const QString &projectFile)
{
    const QString format = parser.isSet(u"format"_s) ? parser.value(u"format"_s) : u"svg"_s;
    const QDir dir(parser.value(u"all-views"_s));
    if (!QDir().mkpath(dir.path()))
        return context.fail(u"cannot make the folder \"%1\""_s.arg(dir.path()));
    const auto read = readProject(context, store);
    if (!read)
        return Failure;
    const ProjectSnapshot &whole = *read;
    const QString title
        = whole.name.isEmpty() ? QFileInfo(projectFile).completeBaseName() : whole.name;
    QList<View> views { View { 0, allViewName(), -1, ViewLevel::Components, {}, false } };
    views += viewsInOrder(whole.views);
    QSet<QString> taken;
    for (const View &view : std::as_const(views)) {
        const ProjectSnapshot project = viewProject(whole, view.id);
        const QString out = dir.filePath(fileNameFor(view.name, &taken) + u'.' + format);
        if (diagramLayoutRequest(project, diagramOptions).nodes.isEmpty()) {
            context.err << "portolan: warning: view \"" << view.name
                        << "\" selects nothing; no file written" << Qt::endl;
            continue;
        }
        const auto exporter = exporterForFile(out);
        options.title = view.id ? u"%1 — %2"_s.arg(title, view.name) : title;
        if (!drawInto(context, *exporter, project, diagramOptions, options, out))
            return Failure;
        context.out << QDir::toNativeSeparators(out) << Qt::endl;
    }
    return Success;
}

int runExport(Context &context, const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return context.fail(positional.isEmpty() ? u"a project FILE is required"_s
                                                 : u"only one project FILE is allowed"_s,
                            UsageError);
    const bool allViews = parser.isSet(u"all-views"_s);
    const QString out = parser.value(u"diagram"_s);
    if (allViews) {
        if (parser.isSet(u"diagram"_s) || parser.isSet(u"view"_s) || parser.isSet(u"product"_s))
            return context.fail(u"--all-views cannot be combined with --diagram, --view or "
                                u"--product"_s,
                                UsageError);
        if (parser.isSet(u"format"_s) && !exporterForFile(u"x."_s + parser.value(u"format"_s)))
            return context.fail(u"unknown --format \"%1\" (use %2)"_s.arg(
                                    parser.value(u"format"_s), formatList().remove(u'.')),
                                UsageError);
    } else if (out.isEmpty()) {
        return context.fail(u"--diagram OUT (or --all-views DIR) is required"_s, UsageError);
    } else if (parser.isSet(u"format"_s)) {
        return context.fail(u"--format goes with --all-views; --diagram takes the format from "
                            u"OUT's extension"_s,
                            UsageError);
    }
    const auto exporter = allViews ? nullptr : exporterForFile(out);
    if (!allViews && !exporter)
        return context.fail(u"cannot tell the format of \"%1\" from its extension (use %2)"_s.arg(
                                out, formatList()),
                            UsageError);
    if (parser.isSet(u"diff-from"_s)
        && (allViews || !dynamic_cast<DisplayListExporter *>(exporter.get())))
        return context.fail(u"--diff-from draws on one SVG, PNG or PDF diagram"_s, UsageError);
    ExportOptions options;
    if (!readOptions(context, parser, &options))
        return UsageError;
    // Text is measured with fonts, which need a (display-less) GUI application.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return context.fail(u"export needs a QGuiApplication (an offscreen one will do)"_s);

    const auto store = openProject(context, positional.first(), false);
    if (!store)
        return Failure;
    DiagramOptions diagramOptions;
    Id viewId = 0;
    if (parser.isSet(u"view"_s) && parser.isSet(u"product"_s))
        return context.fail(u"--view and --product cannot be combined"_s, UsageError);
    if (!readProducts(context, parser, *store, &diagramOptions.selection.products)
        || !readView(context, parser, *store, &viewId)
        || !readEnvironment(context, parser, *store, &diagramOptions))
        return Failure;
    if (allViews)
        return exportAllViews(context, parser, *store, diagramOptions, options, positional.first());
    // A view is drawn as a project of its own, with its own drawing.
    const auto whole = readProject(context, *store);
    if (!whole)
        return Failure;
    const ProjectSnapshot project = viewProject(*whole, viewId);
    if (diagramLayoutRequest(project, diagramOptions).nodes.isEmpty())
        return context.fail(
            parser.isSet(u"view"_s)
                ? u"nothing to draw: view \"%1\" selects nothing"_s.arg(parser.value(u"view"_s))
                : diagramOptions.selection.products.isEmpty()
                ? u"nothing to draw: the project has no components"_s
                : u"nothing to draw: no flows of the chosen products"_s);
    options.title
        = project.name.isEmpty() ? QFileInfo(positional.first()).completeBaseName() : project.name;
    if (parser.isSet(u"diff-from"_s)
        && !overlayDelta(context, parser, *store, viewId, project, diagramOptions, &options))
        return Failure;
    return drawInto(context, *exporter, project, diagramOptions, options, out) ? Success : Failure;
}

void configureExport(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"FILE"_s, u"The project (opened read-only)."_s);
    parser.addOption({ u"diagram"_s,
                       u"Write the diagram to OUT; the extension gives the format: %1. "
                       u".json holds the laid-out geometry in points."_s.arg(formatList()),
                       u"OUT"_s });
    parser.addOption(
        { u"product"_s, u"Only the flows of this product (repeat for several)."_s, u"NAME"_s });
    parser.addOption({ u"view"_s,
                       u"View NAME (see views) in its own drawing, laid out (not stored) "
                       u"when it has none; \"All\" is the whole project."_s,
                       u"NAME"_s });
    parser.addOption({ u"all-views"_s,
                       u"Export \"All\" and every view (see views), one file each in DIR, "
                       u"named after the view; prints each file written."_s,
                       u"DIR"_s });
    parser.addOption({ u"format"_s,
                       u"With --all-views: the files' format, %1 without the dot (default "
                       u"svg)."_s.arg(formatList()),
                       u"EXT"_s });
    parser.addOption({ u"dpi"_s,
                       u"PNG resolution in dots per inch (default 150, %1–%2)."_s.arg(minimumDpi)
                           .arg(maximumDpi),
                       u"N"_s });
    parser.addOption(
        { u"transparent"_s, u"PNG and SVG: leave the background transparent instead of white."_s });
    parser.addOption({ u"paper"_s,
                       u"PDF paper: %1 (default A4); the orientation follows the diagram."_s.arg(
                           paperNames().join(u", "_s)),
                       u"SIZE"_s });
    parser.addOption({ u"diff-from"_s,
                       u"SVG, PNG, PDF: draw what changed since baseline NAME over the diagram: "
                       u"new flows green, changed ones amber, removed ones red and dashed (where "
                       u"the baseline drew them), the rest faded; with a key."_s,
                       u"NAME"_s });
    parser.addOption({ u"env"_s,
                       u"Draw the addresses of environment E under the component names "
                       u"(SVG, PNG, PDF; the JSON's boxes make room for them). An unknown E is "
                       u"an error that lists the project's environments."_s,
                       u"E"_s });
}

} // namespace

QList<Command> exportCommands()
{
    return { { u"export"_s,
               u"export FILE (--diagram OUT.{svg,png,pdf,dot,json} [--product P]… [--view NAME] | "
               u"--all-views DIR [--format EXT]) [--dpi N] "
               u"[--transparent] [--paper A4|A3|Letter] [--env E] [--diff-from BASELINE]"_s,
               u"Export the project's stored drawing as the window draws it (SVG, PNG, PDF; a "
               u"PDF too large to print its labels at 6 pt is printed in parts behind a map), "
               u"as a DOT graph or as its geometry (JSON). What has no stored place is laid "
               u"out for the export, not stored (see layout)."_s,
               configureExport, runExport, /*needsGui=*/true } };
}

} // namespace Portolan::Cli
