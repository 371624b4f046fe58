#pragma once
// A baseline: a named, read-only revision of a project kept inside its file
// ("1.0, handed over to the Prod firewall team"). It freezes the whole
// design, every environment's addresses and the stored drawing as they were
// when it was made; later edits never reach it. What it holds is a
// compressed image of the project without its own baselines
// (store/projectimage.h); the record below is what lists show.

#include "domain/types.h"

#include <QDateTime>
#include <QString>

namespace Portolan {

struct Baseline
{
    Id id = 0;
    QString name;
    QString note;
    QDateTime created; // UTC
    QString author;
    // The frozen project (compressed). Lists and the snapshot leave it
    // empty; ProjectStore::baselineContent() reads it.
    QByteArray content;
    qint64 contentSize = 0; // bytes the frozen project takes in the file

    bool operator==(const Baseline &) const = default;
};

// "working": the name the command line and the window give the design as
// it is now, which no baseline may take.
QString workingDesignName();

} // namespace Portolan
