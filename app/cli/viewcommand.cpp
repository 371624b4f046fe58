// portolan view: add, change or delete one view of a project.
#include "command.h"

#include "domain/names.h"
#include "store/projectstore.h"

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

namespace {

// The ids of the records named by a repeatable option; false after saying
// which name is unknown.
template<typename Find>
bool readNames(Context &context, const QCommandLineParser &parser, const QString &option,
               const QString &noun, Find find, QSet<Id> *ids)
{
    for (const QString &name : parser.values(option)) {
        const auto record = find(name);
        if (!record) {
            context.fail(u"view: no %1 named \"%2\""_s.arg(noun, cleanName(name)));
            return false;
        }
        ids->insert(record->id);
    }
    return true;
}

// The selection and level the options give; false after a message (with
// *status set to the exit status).
bool readSelection(Context &context, const QCommandLineParser &parser, const ProjectStore &store,
                   View *view, int *status)
{
    *status = UsageError;
    for (const QString &word : parser.values(u"protocol"_s)) {
        const auto transport = transportFromName(word);
        if (!transport) {
            context.fail(
                u"view: \"%1\" is not a protocol (TCP, UDP, ICMP, SCTP, ESP, GRE, ANY)"_s.arg(word),
                UsageError);
            return false;
        }
        if (!view->selection.protocols.contains(*transport))
            view->selection.protocols.append(*transport);
    }
    if (parser.isSet(u"level"_s)) {
        const auto level = viewLevelFromName(parser.value(u"level"_s));
        if (!level) {
            context.fail(u"view: --level is components or zones"_s, UsageError);
            return false;
        }
        view->level = *level;
    }
    view->selection.text = parser.value(u"text"_s).trimmed();
    *status = Failure;
    return readNames(
               context, parser, u"product"_s, u"product"_s,
               [&](const QString &n) { return store.findProduct(n); }, &view->selection.products)
        && readNames(
               context, parser, u"zone"_s, u"zone"_s,
               [&](const QString &n) { return store.findZone(n); }, &view->selection.zones)
        && readNames(
               context, parser, u"component"_s, u"component"_s,
               [&](const QString &n) { return store.findComponent(n); },
               &view->selection.components);
}

int runView(Context &context, const QCommandLineParser &parser)
{
    QString path;
    if (!takeProjectArguments(context, parser, u"view"_s, { u"name"_s }, &path))
        return UsageError;
    const QString name = cleanName(parser.value(u"name"_s));
    const bool remove = parser.isSet(u"delete"_s);
    if (remove) {
        for (const QString &option : { u"product"_s, u"zone"_s, u"component"_s, u"protocol"_s,
                                       u"text"_s, u"level"_s, u"print"_s }) {
            if (parser.isSet(option))
                return context.fail(u"view: --delete takes no --%1"_s.arg(option), UsageError);
        }
    }
    const auto store = openProject(context, path, true);
    if (!store)
        return Failure;
    const auto existing = store->findView(name);
    if (remove) {
        if (!existing)
            return context.fail(u"view: there is no view named \"%1\""_s.arg(name));
        if (!store->removeView(existing->id))
            return context.fail(u"view: "_s + store->errorString());
        context.out << u"deleted view \"%1\""_s.arg(existing->name) << Qt::endl;
        return Success;
    }
    View view;
    view.name = name;
    if (existing) {
        view.name = existing->name; // --name finds it; it is not renamed
        view.id = existing->id;
        view.position = existing->position;
    } else {
        for (const View &other : store->views())
            view.position = qMax(view.position, other.position + 1);
    }
    int status = Success;
    if (!readSelection(context, parser, *store, &view, &status))
        return status;
    view.print = parser.isSet(u"print"_s);
    if (existing ? !store->updateView(view) : store->addView(view) == 0)
        return context.fail(u"view: "_s + store->errorString());
    context.out << (existing ? u"changed view \"%1\""_s : u"added view \"%1\""_s).arg(view.name)
                << Qt::endl;
    return Success;
}

void configureView(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"FILE"_s, u"The project."_s);
    parser.addOption({ u"name"_s, u"The view to add, change or delete."_s, u"NAME"_s });
    parser.addOption({ u"product"_s, u"Flows of this product (repeatable)."_s, u"P"_s });
    parser.addOption(
        { u"zone"_s, u"Flows touching this zone, and its components (repeatable)."_s, u"Z"_s });
    parser.addOption({ u"component"_s, u"Flows touching this component (repeatable)."_s, u"C"_s });
    parser.addOption({ u"protocol"_s, u"Flows over this protocol (repeatable)."_s, u"T"_s });
    parser.addOption(
        { u"text"_s, u"Words that must match, as in the filter bar (ports too)."_s, u"TEXT"_s });
    parser.addOption(
        { u"level"_s, u"components (the default) or zones (each zone one node)."_s, u"LEVEL"_s });
    parser.addOption({ u"print"_s, u"Print the view in the handover pack."_s });
    parser.addOption({ u"delete"_s, u"Delete the view."_s });
}

} // namespace

QList<Command> viewCommands()
{
    return { { u"view"_s,
               u"view FILE --name NAME [--product P]… [--zone Z]… [--component C]… "
               u"[--protocol T]… [--text TEXT] [--level components|zones] [--print] [--delete]"_s,
               u"Add a view, or change what an existing one shows (it keeps its place in the "
               u"order); every criterion given must match, none given selects the whole "
               u"project. --delete deletes it."_s,
               configureView, runView } };
}

} // namespace Portolan::Cli
