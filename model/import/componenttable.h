#pragma once
// Reads component lists as CMDBs and NetBox export them: one component per
// row with its kind and zone, and the zone's parent zone, e.g.
// "name,kind,zone,parent zone". Pure: text in, rows and messages out; see
// project/componentimport.h for what they do to a project.

#include "domain/types.h"
#include "import/importer.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Portolan {

struct ImportedComponent
{
    QString name;
    std::optional<ComponentKind> kind; // none: no kind given (guessed for new ones)
    QString zone; // empty: the row names none
    QString parentZone; // the zone's parent; empty: none named
    int line = 0;
};

struct ComponentTable
{
    QString source; // the file name as the user gave it
    QList<ImportedComponent> components; // one per name, first row wins
    QList<ImportMessage> messages;
    // False when nothing can be imported (no Name column, not text,
    // unreadable); then components is empty and an error says why.
    bool ok = true;
};

// Reads the file (CSV with its delimiter sniffed, or a markdown table).
ComponentTable readComponentFile(const QString &path);
ComponentTable readComponentText(QStringView text, SourceFormat format, const QString &sourceName);

} // namespace Portolan
