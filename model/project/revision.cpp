#include "revision.h"

#include "domain/names.h"
#include "store/projectstore.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Portolan {

std::optional<Baseline> freezeBaseline(const ProjectStore &store, const QString &name,
                                       const QString &note, const QString &author, QString *error)
{
    const auto content = store.freezeProject();
    if (!content) {
        if (error)
            *error = store.errorString();
        return std::nullopt;
    }
    Baseline baseline;
    baseline.name = name;
    baseline.note = note;
    baseline.created = QDateTime::currentDateTimeUtc();
    baseline.author = author;
    baseline.content = *content;
    return baseline;
}

std::unique_ptr<ProjectStore> openBaseline(const ProjectStore &store, const Baseline &baseline,
                                           QString *error)
{
    const auto content = store.baselineContent(baseline.id);
    if (!content) {
        if (error)
            *error = store.errorString();
        return nullptr;
    }
    const QString label
        = u"baseline \"%1\" of %2"_s.arg(baseline.name, QFileInfo(store.filePath()).fileName());
    return ProjectStore::openBaseline(*content, label, error);
}

std::optional<Revision> readRevision(const ProjectStore &store, const QString &name, QString *error)
{
    Revision revision;
    if (sameName(name, workingDesignName())) {
        auto project = ProjectSnapshot::read(store, error);
        if (!project)
            return std::nullopt;
        revision.name = workingDesignName();
        revision.project = std::move(*project);
        return revision;
    }
    const auto baseline = store.findBaseline(name);
    if (!baseline) {
        QStringList names;
        for (const Baseline &each : store.baselines())
            names.append(u"\"%1\""_s.arg(each.name));
        *error = names.isEmpty()
            ? u"there is no baseline named \"%1\": the project has none yet"_s.arg(cleanName(name))
            : u"there is no baseline named \"%1\" (there are %2)"_s.arg(cleanName(name),
                                                                        names.join(u", "_s));
        return std::nullopt;
    }
    const auto opened = openBaseline(store, *baseline, error);
    if (!opened)
        return std::nullopt;
    auto project = ProjectSnapshot::read(*opened, error);
    if (!project)
        return std::nullopt;
    revision.name = baseline->name;
    revision.baseline = *baseline;
    revision.project = std::move(*project);
    return revision;
}

} // namespace Portolan
