#pragma once
// The whole project of a store a test or benchmark made itself, which must
// read: a failed read ends the run with its message.

#include "project/snapshot.h"
#include "store/projectstore.h"

#include <QtGlobal>

#include <utility>

namespace Portolan::Testing {

inline ProjectSnapshot readSnapshot(const ProjectStore &store)
{
    QString error;
    auto project = ProjectSnapshot::read(store, &error);
    if (!project)
        qFatal("cannot read the project: %s", qPrintable(error));
    return std::move(*project);
}

} // namespace Portolan::Testing
