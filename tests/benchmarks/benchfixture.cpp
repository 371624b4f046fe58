#include "benchfixture.h"

#include "layout/layoutservice.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <map>
#include <memory>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

using namespace Qt::StringLiterals;

namespace Portolan::Bench {

namespace {

QTemporaryDir &workDirectory()
{
    static QTemporaryDir directory;
    return directory;
}

std::unique_ptr<Prepared> prepare(ProjectSize size)
{
    auto result = std::make_unique<Prepared>();
    if (!workDirectory().isValid()) {
        result->error = u"no temporary directory"_s;
        return result;
    }
    const QString name = sizeName(size);
    result->scratchDirectory = workDirectory().path();
    result->projectFile = workDirectory().filePath(name + u".portolan"_s);
    QString error;
    auto store = ProjectStore::create(result->projectFile, &error);
    if (!store || !generateProject(*store, size, 1, &error)) {
        result->error = u"cannot generate project %1: %2"_s.arg(name, error);
        return result;
    }
    result->project = Testing::readSnapshot(*store);
    store.reset();

    result->request = diagramLayoutRequest(result->project, {});
    result->layout = layOutWithGraphviz(result->request);
    result->diagram = assembleDiagram(result->project, {}, result->layout);

    // The DOT file exactly as a user gets it from the command line.
    result->dotFile = workDirectory().filePath(name + u".dot"_s);
    if (!runProgram(portolanProgram(),
                    { u"export"_s, result->projectFile, u"--diagram"_s, result->dotFile }, &error))
        result->error = u"portolan export --diagram %1.dot failed: %2"_s.arg(name, error);
    // And with its drawing stored, as every project has once opened or laid out.
    result->storedFile = workDirectory().filePath(name + u"-stored.portolan"_s);
    if (result->error.isEmpty()
        && (!QFile::copy(result->projectFile, result->storedFile)
            || !runProgram(portolanProgram(), { u"layout"_s, result->storedFile }, &error)))
        result->error = u"portolan layout %1 failed: %2"_s.arg(name, error);
    return result;
}

} // namespace

const Prepared &prepared(ProjectSize size)
{
    static std::map<ProjectSize, std::unique_ptr<Prepared>> cache;
    auto &entry = cache[size];
    if (!entry)
        entry = prepare(size);
    return *entry;
}

QString portolanProgram()
{
    return QStringLiteral(PORTOLAN_BINARY);
}

bool runProgram(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = process.error() == QProcess::FailedToStart
            ? u"cannot start %1"_s.arg(program)
            : QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return false;
    }
    return true;
}

bool runProgramMeasured(const QString &program, const QStringList &arguments, QString *error,
                        double *peakMb)
{
    QList<QByteArray> words { program.toLocal8Bit() };
    for (const QString &argument : arguments)
        words.append(argument.toLocal8Bit());
    QList<char *> argv;
    for (QByteArray &word : words)
        argv.append(word.data());
    argv.append(nullptr);
    const QByteArray errors = (workDirectory().path() + u"/child-errors.txt"_s).toLocal8Bit();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 2, errors.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        *error = u"cannot start %1"_s.arg(program);
        return false;
    }
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        QFile file(QString::fromLocal8Bit(errors));
        *error = file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()).trimmed()
                                                : u"%1 failed"_s.arg(program);
        return false;
    }
    *peakMb = double(usage.ru_maxrss) / 1024; // kilobytes on Linux
    return true;
}

} // namespace Portolan::Bench
