// Fuzz target: a project file from elsewhere. The input is written to a file
// and opened with ProjectStore::open() read-only; a project that opens is read
// whole with ProjectSnapshot::read(), and so is each of its first baselines.
// Whatever happens, the file must be left
// as it was with nothing beside it, and a refusal must say why.

#include "fuzzing.h"
#include "project/revision.h"
#include "project/snapshot.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Portolan;
using namespace Qt::StringLiterals;

namespace {

// The input is written here for ProjectStore::open(): a file in a private
// temporary folder, removed when the process ends normally.
QString projectPath()
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        Fuzz::fail("cannot create a temporary folder", dir.errorString());
    return dir.filePath(u"project.portolan"_s);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        Fuzz::fail("cannot write the input to a temporary file", file.errorString());
}

// Each record can be looked up by its id.
template<typename Record>
void checkLookups(const ProjectSnapshot &project, const QList<Record> &records,
                  const Record *(ProjectSnapshot::*lookup)(Id) const, const char *what)
{
    for (const Record &record : records) {
        const Record *found = (project.*lookup)(record.id);
        Fuzz::check(found && found->id == record.id, what, QString::number(record.id));
    }
}

void checkSnapshot(const ProjectSnapshot &project)
{
    checkLookups(project, project.products, &ProjectSnapshot::product, "a product is not found");
    checkLookups(project, project.zones, &ProjectSnapshot::zone, "a zone is not found");
    checkLookups(project, project.components, &ProjectSnapshot::component,
                 "a component is not found");
    checkLookups(project, project.flows, &ProjectSnapshot::flow, "a flow is not found");
    checkLookups(project, project.environments, &ProjectSnapshot::environment,
                 "an environment is not found");
    checkLookups(project, project.addresses, &ProjectSnapshot::address, "an address is not found");
    checkLookups(project, project.zonePrefixes, &ProjectSnapshot::zonePrefix,
                 "a zone prefix is not found");
    checkLookups(project, project.views, &ProjectSnapshot::view, "a view is not found");

    for (const Flow &flow : project.flows)
        Fuzz::checkPortSet(flow.ports);

    // Opening refuses a file whose zones are inside themselves: every chain
    // of parents ends within as many steps as there are zones.
    for (const Zone &zone : project.zones) {
        Id parent = zone.parentId;
        for (qsizetype steps = 0; parent != 0; ++steps) {
            Fuzz::check(steps <= project.zones.size(), "a zone is inside itself", zone.name);
            const Zone *next = project.zone(parent);
            parent = next ? next->parentId : 0;
        }
    }
}

} // namespace

// One QCoreApplication for the whole run, never destroyed: Qt SQL loads its
// driver plugin through it.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = projectPath();
    const QByteArray bytes = Fuzz::bytesOf(data, size);
    writeFile(path, bytes);
    {
        QString error;
        const std::unique_ptr<ProjectStore> store
            = ProjectStore::open(path, ProjectStore::Mode::ReadOnly, &error);
        if (!store) {
            Fuzz::check(!error.isEmpty(), "a refused project has no message");
        } else {
            Fuzz::check(store->isReadOnly(), "a project opened read-only is writable");
            QString readError;
            const std::optional<ProjectSnapshot> project
                = ProjectSnapshot::read(*store, &readError);
            if (project) {
                checkSnapshot(*project);
                // Its baselines open read-only in memory, or say why not.
                for (const Baseline &baseline : project->baselines.mid(0, 4)) {
                    const auto revision = readRevision(*store, baseline.name, &readError);
                    if (revision)
                        checkSnapshot(revision->project);
                    else
                        Fuzz::check(!readError.isEmpty(), "a baseline that fails has no message");
                }
            } else {
                Fuzz::check(!readError.isEmpty(), "a failed read has no message");
            }
        }
    }

    // Read-only never writes the file, nor anything beside it.
    QFile file(path);
    Fuzz::check(file.open(QIODevice::ReadOnly) && file.readAll() == bytes,
                "opening read-only changed the file");
    const QStringList beside = QFileInfo(path).dir().entryList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    Fuzz::check(beside == QStringList { QFileInfo(path).fileName() },
                "opening read-only left files beside the project", beside.join(u", "_s));
    return 0;
}
