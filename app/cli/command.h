#pragma once
// What every sub-command of the headless command line shares: where to
// write, how to parse its options, and the exit statuses of the contract.

#include "domain/types.h"
#include "handover/rules.h"

#include <QCommandLineParser>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace Portolan {
class ProjectStore;
struct ProjectSnapshot;
} // namespace Portolan

namespace Portolan::Cli {

// Different: `diff` found differences (so that a pipeline can gate on it).
enum ExitStatus { Success = 0, Failure = 1, UsageError = 2, Different = 3 };

struct Context
{
    QTextStream &out;
    QTextStream &err;

    // "portolan: message" on stderr; returns status.
    int fail(const QString &message, int status = Failure);
};

struct Command
{
    QString name;
    QString synopsis; // "info FILE [--json]"
    QString description; // one line
    // Adds the command's options and positional arguments to the parser.
    std::function<void(QCommandLineParser &)> configure;
    std::function<int(Context &, const QCommandLineParser &)> run;
    // Measures text (fonts): main() then creates an offscreen QGuiApplication.
    bool needsGui = false;
};

QList<Command> projectCommands(); // new, info, flows, components, views
QList<Command> importCommands(); // import
QList<Command> exportCommands(); // export
QList<Command> layoutCommands(); // layout
QList<Command> addressCommands(); // prefix, assign, addresses
QList<Command> lintCommands(); // lint
QList<Command> rulesCommands(); // rules
QList<Command> handoverCommands(); // handover
QList<Command> viewCommands(); // view
QList<Command> baselineCommands(); // baseline
QList<Command> diffCommands(); // diff

// Opens FILE for a command, or reports why not (returns null then).
std::unique_ptr<ProjectStore> openProject(Context &context, const QString &path, bool writable);
// The whole project as one committed state, or nullopt after saying why it
// could not be read (the command then fails: a project is never read short).
std::optional<ProjectSnapshot> readProject(Context &context, const ProjectStore &store);

// The environment called `name`, or nullopt after saying which ones exist.
std::optional<Environment> findEnvironment(Context &context, const ProjectStore &store,
                                           const QString &name);

// FILE opened read-only with the environment named by --env, or nullopt
// after saying why not.
struct ProjectEnvironment
{
    std::unique_ptr<ProjectStore> store;
    Environment environment;
};
std::optional<ProjectEnvironment> openProjectEnvironment(Context &context, const QString &path,
                                                         const QCommandLineParser &parser);

// --paper A4|A3|Letter into *paper (left as is when not given); false after
// a usage error, its message started with `prefix` ("handover: " or none).
bool readPaper(Context &context, const QCommandLineParser &parser, const QString &prefix,
               QPageSize::PageSizeId *paper);

// --consolidate none|ports into *consolidation (left as is when not given);
// false after a usage error naming `command`.
bool readConsolidation(Context &context, const QCommandLineParser &parser, const QString &command,
                       Consolidation *consolidation);

// The one positional FILE of `command` and the options it cannot do without;
// false after a usage error saying what is missing.
bool takeProjectArguments(Context &context, const QCommandLineParser &parser,
                          const QString &command, const QStringList &required, QString *file);

// Checks that --format, when given, is one of `accepted`.
bool checkFormat(Context &context, const QCommandLineParser &parser, const QStringList &accepted);

} // namespace Portolan::Cli
