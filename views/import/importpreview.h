#pragma once
// What importing some files into a project would do, worked out without
// touching it: the files as read, every message, the flows that would be
// added (with names, and which products and components would be new) and
// the summary. The import preview dialog shows it; nothing here is a widget.

#include "import/importer.h"
#include "project/importintoproject.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Portolan {

struct ProjectSnapshot;

// One flow the import would add, by name.
struct PreviewFlow
{
    QString product; // empty: none
    QString source;
    QString destination;
    bool newProduct = false;
    bool newSource = false;
    bool newDestination = false;
    Transport protocol = Transport::Tcp;
    PortSet ports;
    QString purpose;
    bool optional = false;
    QString origin; // the source as messages name it
    int line = 0; // the row it comes from
    QStringList warnings; // the warnings about that row
};

struct ImportPreview
{
    QList<ImportMessage> messages; // of every file, in file order
    QStringList unreadable; // files that cannot be imported at all
    // None when the import cannot be planned (a file could not be read).
    std::optional<ImportSummary> summary;
    QString planError; // why there is no summary
    QList<PreviewFlow> flows;

    bool canImport() const { return summary && summary->flowsAdded > 0; }
};

// Reads every file with the importer.
QList<ImportResult> readImportFiles(const QStringList &paths, const ImportOptions &options);

// Plans importing `results` into `project`; writes nothing. Each flow
// carries the warnings about the row it comes from.
ImportPreview previewImport(const ProjectSnapshot &project, const QList<ImportResult> &results);

} // namespace Portolan
