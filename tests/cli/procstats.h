#pragma once
// Figures of this process and of others from /proc (Linux): resident
// memory for tests that prove memory stays flat, CPU time for tests that
// must know another process is busy.

#include <QByteArray>
#include <QFile>
#include <QList>

#include <unistd.h>

// Resident set of this process in bytes; -1 when /proc cannot be read.
inline qint64 ownResidentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().simplified().split(' ');
    bool ok = false;
    const qint64 pages = fields.size() > 1 ? fields[1].toLongLong(&ok) : 0;
    return ok ? pages * ::sysconf(_SC_PAGESIZE) : -1;
}

// A "VmRSS" or "VmHWM" (peak resident) line of /proc/<pid>/status in bytes;
// -1 when the process is gone.
inline qint64 processMemoryBytes(qint64 pid, const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (pid <= 0 || !status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith(field + ':'))
            continue;
        const QList<QByteArray> parts = line.mid(field.size() + 1).simplified().split(' ');
        bool ok = false;
        const qint64 kilobytes = parts.value(0).toLongLong(&ok);
        return ok ? kilobytes * 1024 : -1;
    }
    return -1;
}

// User plus system CPU time of a process in clock ticks (fields 14 and 15
// of /proc/<pid>/stat, counted after the command name); -1 when it is gone.
inline qint64 processCpuTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state), so field 14 is fields[11].
    if (fields.size() < 13)
        return -1;
    return fields[11].toLongLong() + fields[12].toLongLong();
}
