// portolan baseline: make, list, rename and delete the named read-only
// revisions kept inside a project (domain/baseline.h).
#include "command.h"

#include "domain/names.h"
#include "preferences.h"
#include "project/revision.h"
#include "store/projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

namespace {

const QStringList Actions = { u"create"_s, u"list"_s, u"rename"_s, u"delete"_s };

QString oneLine(QString text)
{
    return text.replace(u'\t', u' ').replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ');
}

QString createdText(const Baseline &baseline)
{
    return baseline.created.toUTC().toString(Qt::ISODate);
}

int list(Context &context, const ProjectStore &store, bool json)
{
    const QList<Baseline> baselines = store.baselines();
    if (!store.errorString().isEmpty())
        return context.fail(u"baseline: "_s + store.errorString());
    if (json) {
        QJsonArray array;
        for (const Baseline &baseline : baselines)
            array.append(QJsonObject { { u"name"_s, baseline.name },
                                       { u"created"_s, createdText(baseline) },
                                       { u"author"_s, baseline.author },
                                       { u"note"_s, baseline.note },
                                       { u"bytes"_s, baseline.contentSize } });
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    for (const Baseline &baseline : baselines)
        context.out << oneLine(baseline.name) << '\t' << createdText(baseline) << '\t'
                    << oneLine(baseline.author) << '\t' << oneLine(baseline.note) << Qt::endl;
    return Success;
}

int create(Context &context, ProjectStore &store, const QCommandLineParser &parser)
{
    QString error;
    const auto baseline = freezeBaseline(
        store, parser.value(u"create"_s), parser.value(u"note"_s),
        parser.isSet(u"author"_s) ? parser.value(u"author"_s) : Preferences::author(), &error);
    if (!baseline)
        return context.fail(u"baseline: "_s + error);
    if (!store.addBaseline(*baseline))
        return context.fail(u"baseline: "_s + store.errorString());
    context.out << u"created baseline \"%1\""_s.arg(cleanName(baseline->name)) << Qt::endl;
    return Success;
}

int runBaseline(Context &context, const QCommandLineParser &parser)
{
    QString path;
    if (!takeProjectArguments(context, parser, u"baseline"_s, {}, &path))
        return UsageError;
    QStringList given;
    for (const QString &action : Actions) {
        if (parser.isSet(action))
            given.append(u"--"_s + action);
    }
    if (given.size() != 1)
        return context.fail(
            given.isEmpty()
                ? u"baseline: say what to do: --create NAME, --list, --rename NAME --as NEW or "
                  u"--delete NAME"_s
                : u"baseline: %1 cannot be given together"_s.arg(given.join(u" and "_s)),
            UsageError);
    if (parser.isSet(u"note"_s) && !parser.isSet(u"create"_s))
        return context.fail(u"baseline: --note goes with --create"_s, UsageError);
    if (parser.isSet(u"as"_s) != parser.isSet(u"rename"_s))
        return context.fail(u"baseline: --rename NAME takes the new name as --as NEW"_s,
                            UsageError);
    const bool writes = !parser.isSet(u"list"_s);
    const auto store = openProject(context, path, writes);
    if (!store)
        return Failure;
    if (parser.isSet(u"list"_s))
        return list(context, *store, parser.isSet(u"json"_s));
    if (parser.isSet(u"create"_s))
        return create(context, *store, parser);
    const QString name = parser.value(parser.isSet(u"rename"_s) ? u"rename"_s : u"delete"_s);
    auto baseline = store->findBaseline(name);
    if (!baseline)
        return context.fail(u"baseline: "_s + store->errorString());
    if (parser.isSet(u"delete"_s)) {
        if (!store->removeBaseline(baseline->id))
            return context.fail(u"baseline: "_s + store->errorString());
        context.out << u"deleted baseline \"%1\""_s.arg(baseline->name) << Qt::endl;
        return Success;
    }
    const QString old = baseline->name;
    baseline->name = parser.value(u"as"_s);
    if (!store->updateBaseline(*baseline))
        return context.fail(u"baseline: "_s + store->errorString());
    context.out << u"renamed baseline \"%1\" to \"%2\""_s.arg(old, cleanName(baseline->name))
                << Qt::endl;
    return Success;
}

void configureBaseline(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"FILE"_s, u"The project."_s);
    parser.addOption(
        { u"create"_s, u"Freeze the project as it is now as baseline NAME."_s, u"NAME"_s });
    parser.addOption({ u"note"_s, u"A note kept with the new baseline."_s, u"TEXT"_s });
    parser.addOption({ u"author"_s,
                       u"Who made the baseline (default: the author set in Preferences)."_s,
                       u"NAME"_s });
    parser.addOption({ u"list"_s,
                       u"List the baselines, one a line: name, created (UTC), "
                       u"author and note, separated by tabs."_s });
    parser.addOption({ u"json"_s, u"With --list: one JSON array."_s });
    parser.addOption({ u"rename"_s, u"Rename baseline NAME (with --as)."_s, u"NAME"_s });
    parser.addOption({ u"as"_s, u"The new name for --rename."_s, u"NEW"_s });
    parser.addOption({ u"delete"_s, u"Delete baseline NAME."_s, u"NAME"_s });
}

} // namespace

QList<Command> baselineCommands()
{
    return { { u"baseline"_s,
               u"baseline FILE (--create NAME [--note TEXT] [--author NAME] | --list [--json] | "
               u"--rename NAME --as NEW | --delete NAME)"_s,
               u"Named read-only revisions inside the project: each freezes the design, every "
               u"environment's addresses and the drawing as they are when it is made."_s,
               configureBaseline, runBaseline } };
}

} // namespace Portolan::Cli
