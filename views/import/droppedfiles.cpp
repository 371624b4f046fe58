#include "droppedfiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("Portolan::DroppedFiles", source);
}

enum class DropKind { Project, Importable, Rejected };

DropKind kindOf(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return DropKind::Rejected;
    const QString suffix = info.suffix().toLower();
    if (suffix == u"portolan"_s)
        return DropKind::Project;
    static const QStringList importable { u"md"_s, u"markdown"_s, u"csv"_s, u"tsv"_s, u"txt"_s };
    return importable.contains(suffix) ? DropKind::Importable : DropKind::Rejected;
}

// A local path is named by its file name; a remote URL in full.
QString shownName(const QString &rejected)
{
    const QFileInfo info(rejected);
    if (info.isAbsolute() && !info.fileName().isEmpty())
        return info.fileName();
    return rejected;
}

} // namespace

DroppedFiles classifyDrop(const QMimeData *mime)
{
    DroppedFiles files;
    if (!mime || !mime->hasUrls())
        return files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile()) {
            files.rejected.append(url.toDisplayString());
            continue;
        }
        const QString path = url.toLocalFile();
        switch (kindOf(path)) {
        case DropKind::Project:
            files.projects.append(path);
            break;
        case DropKind::Importable:
            files.importable.append(path);
            break;
        case DropKind::Rejected:
            files.rejected.append(path);
            break;
        }
    }
    return files;
}

bool acceptsDrop(const QMimeData *mime)
{
    const DroppedFiles files = classifyDrop(mime);
    return !files.projects.isEmpty() || !files.importable.isEmpty();
}

QString rejectedDropMessage(const QStringList &rejected)
{
    if (rejected.isEmpty())
        return {};
    QStringList names;
    for (const QString &file : rejected)
        names.append(u"“"_s + shownName(file) + u"”"_s);
    return text("Portolan cannot import %1: only markdown (.md) and CSV (.csv, .tsv) files can "
                "be imported.")
        .arg(names.join(u", "_s));
}

} // namespace Portolan
