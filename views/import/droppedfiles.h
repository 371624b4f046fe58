#pragma once
// What a main window does with files dropped on it: projects are opened,
// flow tables (markdown, CSV) are imported, anything else is refused with a
// message. Pure helpers for dragEnterEvent and dropEvent.

#include <QStringList>

class QMimeData;

namespace Portolan {

struct DroppedFiles
{
    QStringList projects; // local .portolan files
    QStringList importable; // local .md, .markdown, .csv, .tsv, .txt files
    // Local paths of other files, and remote URLs as the user would see them.
    QStringList rejected;
};

// Sorts the dropped URLs by extension, case-insensitively, keeping their order.
DroppedFiles classifyDrop(const QMimeData *mime);

// For dragEnterEvent: true when at least one dropped file is a project or
// can be imported.
bool acceptsDrop(const QMimeData *mime);

// One line for the status bar about the files that were refused ("Portolan
// cannot import “x.pdf”: only markdown (.md) and CSV (.csv, .tsv) files can
// be imported."); empty when none were.
QString rejectedDropMessage(const QStringList &rejected);

} // namespace Portolan
