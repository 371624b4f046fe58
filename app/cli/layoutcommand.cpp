// portolan layout FILE [--view NAME] [--reset] [--direction D]
#include "command.h"

#include "diagram/drawinggeometry.h"
#include "diagram/drawingstate.h"
#include "diagram/viewproject.h"
#include "document/drawingedit.h"
#include "domain/names.h"
#include "layout/layoutservice.h"
#include "project/snapshot.h"
#include "store/projectstore.h"

#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

namespace {

void configureLayout(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"FILE"_s, u"The project."_s);
    parser.addOption({ u"reset"_s,
                       u"Lay the whole diagram out afresh, forgetting where components were "
                       u"put by hand."_s });
    parser.addOption({ u"view"_s,
                       u"Lay out view NAME's own drawing instead (see views); with --reset, "
                       u"only the view's drawing is laid out afresh."_s,
                       u"NAME"_s });
    parser.addOption({ u"direction"_s,
                       u"Lay the project out left-to-right or top-to-bottom from now on; a new "
                       u"direction lays every drawing out afresh."_s,
                       u"D"_s });
}

// The project's drawing settings as --direction asks, or an error for the
// command line.
std::optional<DrawingSettings> chosenSettings(const QCommandLineParser &parser,
                                              DrawingSettings settings, QString *error)
{
    if (parser.isSet(u"direction"_s)) {
        const QString direction = parser.value(u"direction"_s);
        if (direction != u"left-to-right"_s && direction != u"top-to-bottom"_s) {
            *error = u"--direction must be left-to-right or top-to-bottom, not \"%1\""_s.arg(
                direction.left(40));
            return std::nullopt;
        }
        settings.topToBottom = direction == u"top-to-bottom"_s;
    }
    return settings;
}

int runLayout(Context &context, const QCommandLineParser &parser)
{
    QString file;
    if (!takeProjectArguments(context, parser, u"layout"_s, {}, &file))
        return UsageError;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return context.fail(u"layout needs a QGuiApplication (an offscreen one will do)"_s);
    const auto store = openProject(context, file, true);
    if (!store)
        return Failure;
    Id viewId = 0;
    if (parser.isSet(u"view"_s)) {
        const QString name = parser.value(u"view"_s);
        if (nameKey(name) != nameKey(allViewName())) {
            const auto view = store->findView(name);
            if (!view)
                return context.fail(u"no view named \"%1\" (see portolan views)"_s.arg(name));
            viewId = view->id;
        }
    }
    if (viewId && parser.isSet(u"direction"_s))
        return context.fail(u"--direction belongs to the whole project, not to a view"_s,
                            UsageError);
    QString invalid;
    const auto read = readProject(context, *store);
    if (!read)
        return Failure;
    const ProjectSnapshot &stored = *read;
    const auto settings = chosenSettings(parser, stored.drawingSettings, &invalid);
    if (!settings)
        return context.fail(invalid, UsageError);
    const bool turned = settings->topToBottom != stored.drawingSettings.topToBottom;
    ProjectSnapshot project = stored;
    project.drawingSettings = *settings;
    project = viewProject(project, viewId);
    const bool reset = parser.isSet(u"reset"_s) || turned;
    if (project.components.isEmpty())
        return context.fail(viewId ? u"nothing to lay out: the view shows no components"_s
                                   : u"nothing to lay out: the project has no components"_s);

    QString failure;
    const auto freshLayout = [&](const LayoutRequest &request) {
        // In the worker process, so that a Graphviz crash cannot take us
        // along. (With --reset the request has no pins: the components
        // were unpinned below before it was made.)
        LayoutService service;
        const LayoutResult result = service.layOut(request);
        failure = result.error;
        return std::optional<LayoutResult>(result);
    };
    QHash<QString, DrawnItem> drawing;
    const bool afresh = reset || needsFreshLayout(project);
    if (reset) {
        project.drawing.clear();
        for (Component &component : project.components) {
            component.pinned = false;
            component.position.reset();
        }
    }
    bool changed = false;
    drawing = completeDrawing(project, freshLayout, &changed);
    if (!failure.isEmpty())
        return context.fail(u"the layout engine failed (%1); nothing was written"_s.arg(failure));

    QList<DrawnChange> changes = drawingChanges(
        viewId ? stored.viewDrawings.value(viewId) : stored.drawing, drawing.values(), viewId);
    // A new direction leaves the views' drawings of the old one behind:
    // they are laid out afresh when next shown or exported.
    for (auto it = stored.viewDrawings.cbegin(); turned && it != stored.viewDrawings.cend(); ++it)
        changes += drawingChanges(it.value(), {}, it.key());
    const std::optional<DrawingSettings> newSettings
        = *settings == stored.drawingSettings ? std::nullopt : settings;
    ProjectStore::Transaction transaction(*store);
    QString error;
    bool ok = applyDrawingEdit(*store, DrawingEdit { changes, stored.drawingSettings, newSettings },
                               true, &error);
    if (reset && !viewId) { // a view's places are its drawing's, not the components'
        for (const Component &component : stored.components) {
            if (ok && (component.pinned || component.position)) {
                Component unpinned = component;
                unpinned.pinned = false;
                unpinned.position.reset();
                ok = store->updateComponent(unpinned);
            }
        }
    }
    if (!ok || !transaction.commit())
        return context.fail(error.isEmpty() ? store->errorString() : error);

    int components = 0, edges = 0;
    for (const DrawnItem &item : std::as_const(drawing)) {
        components += item.key.startsWith(u'c') ? 1 : 0;
        edges += item.key.startsWith(u'e') ? 1 : 0;
    }
    if (changes.isEmpty() && !reset && !newSettings)
        context.out << "the drawing is complete: nothing to lay out" << Qt::endl;
    else if (afresh)
        context.out << "laid out afresh: " << components << " components, " << edges << " edges"
                    << Qt::endl;
    else
        context.out << "laid out what had no place: " << changes.size() << " of " << drawing.size()
                    << " items changed" << Qt::endl;
    return Success;
}

} // namespace

QList<Command> layoutCommands()
{
    return { { u"layout"_s,
               u"layout FILE [--view NAME] [--reset] [--direction left-to-right|top-to-bottom]"_s,
               u"Lay out and store the diagram: only what has no stored place, or with --reset "
               u"everything afresh. A new --direction lays out every drawing afresh (as View → "
               u"Layout Direction does)."_s,
               configureLayout, runLayout, /*needsGui=*/true } };
}

} // namespace Portolan::Cli
