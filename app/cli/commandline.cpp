#include "commandline.h"

#include "command.h"
#include "domain/names.h"
#include "export/exportoptions.h"
#include "project/snapshot.h"
#include "store/projectstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Portolan::Cli {

int Context::fail(const QString &message, int status)
{
    // One line, whatever the message quotes (a name with a line break, a
    // header of 100,000 columns).
    err << "portolan: " << messageText(message, 300 - 10) << Qt::endl;
    return status;
}

std::unique_ptr<ProjectStore> openProject(Context &context, const QString &path, bool writable)
{
    QString error;
    auto store = ProjectStore::open(
        path, writable ? ProjectStore::Mode::ReadWrite : ProjectStore::Mode::ReadOnly, &error);
    if (!store)
        context.fail(error);
    return store;
}

std::optional<ProjectSnapshot> readProject(Context &context, const ProjectStore &store)
{
    QString error;
    auto project = ProjectSnapshot::read(store, &error);
    if (!project)
        context.fail(u"%1: %2"_s.arg(store.filePath(), error));
    return project;
}

bool takeProjectArguments(Context &context, const QCommandLineParser &parser,
                          const QString &command, const QStringList &required, QString *file)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        context.fail(positional.isEmpty() ? u"%1: a project FILE is required"_s.arg(command)
                                          : u"%1: only one project FILE is allowed"_s.arg(command),
                     UsageError);
        return false;
    }
    for (const QString &option : required) {
        if (parser.value(option).trimmed().isEmpty()) {
            context.fail(u"%1: --%2 is required"_s.arg(command, option), UsageError);
            return false;
        }
    }
    *file = positional.first();
    return true;
}

bool checkFormat(Context &context, const QCommandLineParser &parser, const QStringList &accepted)
{
    const QString format = parser.value(u"format"_s);
    if (format.isEmpty() || accepted.contains(format))
        return true;
    context.fail(u"unknown format \"%1\" (use %2)"_s.arg(format, accepted.join(u", ")), UsageError);
    return false;
}

std::optional<Environment> findEnvironment(Context &context, const ProjectStore &store,
                                           const QString &name)
{
    if (const auto environment = store.findEnvironment(name))
        return environment;
    QStringList known;
    for (const Environment &candidate : store.environments())
        known.append(candidate.name);
    context.fail(
        known.isEmpty()
            ? u"there is no environment named \"%1\"; the project has none yet (create "
              u"one with portolan prefix or portolan assign)"_s.arg(name)
            : u"there is no environment named \"%1\" (known: %2)"_s.arg(name, known.join(u", "_s)));
    return std::nullopt;
}

std::optional<ProjectEnvironment> openProjectEnvironment(Context &context, const QString &path,
                                                         const QCommandLineParser &parser)
{
    auto store = openProject(context, path, false);
    if (!store)
        return std::nullopt;
    const auto environment = findEnvironment(context, *store, parser.value(u"env"_s));
    if (!environment)
        return std::nullopt;
    return ProjectEnvironment { std::move(store), *environment };
}

bool readPaper(Context &context, const QCommandLineParser &parser, const QString &prefix,
               QPageSize::PageSizeId *paper)
{
    if (!parser.isSet(u"paper"_s))
        return true;
    const auto chosen = paperFromName(parser.value(u"paper"_s));
    if (!chosen) {
        context.fail(prefix
                         + u"unknown paper \"%1\" (use %2)"_s.arg(parser.value(u"paper"_s),
                                                                  paperNames().join(u", "_s)),
                     UsageError);
        return false;
    }
    *paper = *chosen;
    return true;
}

bool readConsolidation(Context &context, const QCommandLineParser &parser, const QString &command,
                       Consolidation *consolidation)
{
    if (!parser.isSet(u"consolidate"_s))
        return true;
    const auto chosen = consolidationFromName(parser.value(u"consolidate"_s));
    if (!chosen) {
        context.fail(u"%1: --consolidate takes none or ports, not \"%2\""_s.arg(
                         command, parser.value(u"consolidate"_s)),
                     UsageError);
        return false;
    }
    *consolidation = *chosen;
    return true;
}

namespace {

QList<Command> allCommands()
{
    return projectCommands() + viewCommands() + importCommands() + exportCommands()
        + layoutCommands() + addressCommands() + lintCommands() + rulesCommands()
        + handoverCommands() + baselineCommands() + diffCommands();
}

const QStringList &helpWords()
{
    static const QStringList words { u"--help"_s, u"-h"_s, u"-?"_s, u"help"_s };
    return words;
}

const QStringList &versionWords()
{
    static const QStringList words { u"--version"_s, u"-v"_s };
    return words;
}

QString version()
{
    return u"portolan %1\n"_s.arg(QCoreApplication::applicationVersion());
}

QString usage()
{
    QString text = u"Usage: portolan [FILE.portolan]\n"
                   u"       portolan COMMAND [OPTIONS]\n\n"
                   u"Without a command, Portolan opens its window (on FILE when given).\n"
                   u"Commands run without a display, print errors to stderr and write\n"
                   u"nothing when they fail (exit status 1; 2 for a wrong command line).\n\n"
                   u"Commands:\n"_s;
    for (const Command &command : allCommands())
        text += u"  %1\n      %2\n"_s.arg(command.synopsis, command.description);
    text += u"\n  --help, help [COMMAND]   this text, or a command's options\n"
            u"  --version                the version\n"_s;
    return text;
}

QString commandHelp(const Command &command)
{
    QCommandLineParser parser;
    command.configure(parser);
    QString text = u"Usage: portolan %1\n%2\n"_s.arg(command.synopsis, command.description);
    // helpText() starts with its own usage line; keep only the option lists.
    const QString options = parser.helpText().section(u"\n\n"_s, 1);
    if (!options.trimmed().isEmpty())
        text += u"\n"_s + options;
    return text;
}

const Command *findCommand(const QList<Command> &commands, const QString &name)
{
    for (const Command &command : commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

int runCommand(Context &context, const Command &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({ u"h"_s, u"help"_s }, u"Show this command's options."_s);
    parser.addOption(help);
    command.configure(parser);
    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList { u"portolan"_s } + arguments))
        return context.fail(
            u"%1: %2 (see: portolan %1 --help)"_s.arg(command.name, parser.errorText()),
            UsageError);
    if (parser.isSet(help)) {
        context.out << commandHelp(command);
        return Success;
    }
    return command.run(context, parser);
}

} // namespace

bool isCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (helpWords().contains(first) || versionWords().contains(first))
        return true;
    if (first.startsWith(u'-'))
        return false; // a Qt option such as -platform; the GUI parses those
    if (findCommand(allCommands(), first))
        return true;
    // A project file opens the window; anything else is a mistyped command,
    // reported as such rather than opened.
    return !first.endsWith(u".portolan"_s, Qt::CaseInsensitive);
}

bool needsGuiApplication(const QStringList &arguments)
{
    const QList<Command> commands = allCommands();
    const Command *command = findCommand(commands, arguments.value(1));
    return command && command->needsGui;
}

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Context context { out, err };
    const QList<Command> commands = allCommands();
    const QString first = arguments.value(1);
    if (versionWords().contains(first)) {
        out << version();
        return Success;
    }
    if (helpWords().contains(first)) {
        const QString topic = arguments.value(2);
        if (topic.isEmpty()) {
            out << usage();
            return Success;
        }
        if (const Command *command = findCommand(commands, topic)) {
            out << commandHelp(*command);
            return Success;
        }
        return context.fail(u"no command named \"%1\" (see: portolan --help)"_s.arg(topic),
                            UsageError);
    }
    const Command *command = findCommand(commands, first);
    if (!command)
        return context.fail(u"no command named \"%1\" (see: portolan --help)"_s.arg(first),
                            UsageError);
    return runCommand(context, *command, arguments.mid(2));
}

} // namespace Portolan::Cli
