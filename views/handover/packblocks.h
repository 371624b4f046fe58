#pragma once
// The blocks every printed document of Portolan is made of, shared by the
// handover pack and the change request: the date as its reader writes it,
// label and value rows, the sign-off table, the running head and foot of
// each page, the painting of the laid-out pages on a paged device, and the
// PDF file they are written to.

#include "handover/handoverpack.h"
#include "packlayout.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace Portolan {

// The date as the reader writes dates ("4. Dezember 2026"); ISO
// ("2026-12-04") where no language is set, as on the command line.
QString packDateText(const QDate &date);

// Label and value rows with a hairline under each: the title block and the
// summary. An empty value leaves a line to write on.
void fieldBlock(PackLayout &layout, const QList<PackField> &fields);

struct SignOffBlock
{
    QString statement; // the sentence above the table
    QStringList roles; // one row each
    QString author; // written in the first row's name, when known
};

// The heading "Sign-off", the statement and a table of role, name,
// signature and date to fill in by hand. Returns the page it starts on.
int signOffBlock(PackLayout &layout, const SignOffBlock &block);

// What the running head and foot say.
struct PageFrame
{
    QString headLeft; // "Project · Prod", on every page after the first
    QString headRight; // "Handover pack · revision 1.0"
    QString footLeft; // "5 December 2026 · Prod", beside "n / N"
};

// Paints the laid-out pages on `device`, each with the head (after the
// first page) and the foot. False and *error when the device refuses.
bool paintPages(QPagedPaintDevice *device, const PackLayout &layout, const PageFrame &frame,
                QString *error);

// Writes a PDF titled `title` at `path` with `print`, which paints it on
// the writer; an existing file is replaced only once the new one is
// complete. False and *error when the file cannot be written or `print`
// fails.
bool writePackPdf(const QString &path, const QString &title,
                  const std::function<bool(QPagedPaintDevice *, QString *)> &print, QString *error);

} // namespace Portolan
