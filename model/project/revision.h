#pragma once
// A revision of a project: the working design (as the file holds it now) or
// one of its baselines, read as a whole project. A baseline is opened
// read-only in memory; nothing of it can be changed.

#include "domain/baseline.h"
#include "snapshot.h"

#include <memory>
#include <optional>

namespace Portolan {

class ProjectStore;

struct Revision
{
    QString name; // the baseline's name, or workingDesignName()
    std::optional<Baseline> baseline; // without content; none for the working design
    ProjectSnapshot project;

    bool isWorking() const { return !baseline.has_value(); }
};

// `name` is "working" (any case) or a baseline's name. nullopt, with a
// message naming the baselines there are, when there is no such baseline
// or it cannot be read.
std::optional<Revision> readRevision(const ProjectStore &store, const QString &name,
                                     QString *error);

// A new baseline record of the project as committed now (its content
// frozen, created now), for ProjectStore::addBaseline() or a document step.
// nullopt, with the store's message, when the project cannot be frozen.
std::optional<Baseline> freezeBaseline(const ProjectStore &store, const QString &name,
                                       const QString &note, const QString &author, QString *error);

// The baseline opened read-only (ProjectStore::openBaseline), named in
// messages after the file: `baseline "1.0" of tko.portolan`.
std::unique_ptr<ProjectStore> openBaseline(const ProjectStore &store, const Baseline &baseline,
                                           QString *error);

} // namespace Portolan
