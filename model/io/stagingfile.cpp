#include "stagingfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// Whether a process with this id may still be running (on this machine).
bool processMayBeRunning(qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid <= 0 || pid > 0x7fffffff)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
#else
    Q_UNUSED(pid);
    return true; // unknown: never remove
#endif
}

} // namespace

QString stagingPath(const QString &target, const QString &suffix)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(
        u".%1.%2-%3.%4"_s.arg(info.fileName())
            .arg(QCoreApplication::applicationPid())
            .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))
            .arg(suffix));
}

int removeAbandonedStaging(const QString &target, const QString &suffix)
{
    const QFileInfo info(target);
    const QDir dir = info.absoluteDir();
    const QRegularExpression pattern(u"^\\.%1\\.(\\d{1,10})-[0-9a-f]{16}\\.%2(-journal)?$"_s.arg(
        QRegularExpression::escape(info.fileName()), QRegularExpression::escape(suffix)));
    int removed = 0;
    const QStringList names
        = dir.entryList({ u".%1.*"_s.arg(info.fileName()) }, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch() && !processMayBeRunning(match.captured(1).toLongLong())
            && QFile::remove(dir.filePath(name)))
            ++removed;
    }
    return removed;
}

} // namespace Portolan
