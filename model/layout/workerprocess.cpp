#include "layout/workerprocess.h"

#include "layout/workerprotocol.h"

#include <QPointer>
#include <QStringList>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

// Enough for Graphviz's last complaints and glibc's abort message; an
// ASan report or a flood of warnings must not grow the client.
constexpr qsizetype stderrTail = 8192;
constexpr int detailLines = 3;
constexpr qsizetype detailLength = 240;
// A retired worker has nothing left to do; one that ignores its closed
// stdin for this long is killed.
constexpr int retireGraceMs = 5000;

const QString fallbackShown = u"showing a simple arrangement instead."_s;

// The last few distinct lines of stderr on one line, e.g. "Error: trouble in
// init_rank; free(): double free detected in tcache 2".
QString summarise(const QByteArray &errors)
{
    QStringList lines;
    const QList<QByteArray> raw = errors.split('\n');
    for (auto it = raw.crbegin(); it != raw.crend() && lines.size() < detailLines; ++it) {
        const QString line = QString::fromLocal8Bit(it->trimmed()).simplified();
        if (!line.isEmpty() && !lines.contains(line))
            lines.prepend(line);
    }
    QString summary = lines.join(u"; "_s);
    if (summary.size() > detailLength)
        summary = summary.left(detailLength - 1) + u'…';
    return summary;
}

} // namespace

WorkerProcess::WorkerProcess(const QString &program, QObject *parent)
    : QObject(parent)
{
    m_process.setProgram(program);
    m_process.setArguments({ u"--layout-worker"_s });
    connect(&m_process, &QProcess::started, this, [this] { m_started = true; });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &WorkerProcess::readResults);
    connect(&m_process, &QProcess::readyReadStandardError, this, &WorkerProcess::collectErrors);
    connect(&m_process, &QProcess::finished, this, &WorkerProcess::processFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &WorkerProcess::processError);
}

WorkerProcess::~WorkerProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    m_process.kill();
    m_process.waitForFinished(2000);
}

void WorkerProcess::start()
{
    m_process.start(QIODevice::ReadWrite);
}

void WorkerProcess::send(quint64 ticket, const LayoutRequest &request)
{
    // What the worker said before this request (while starting, say) is
    // not this layout's business.
    m_process.readAllStandardError();
    m_errors.clear();
    // QProcess buffers what is written while the process is still starting.
    m_process.write(WorkerProtocol::requestFrame(ticket, request));
}

void WorkerProcess::retire()
{
    m_done = true;
    m_process.closeWriteChannel();
    QTimer::singleShot(retireGraceMs, this, [this] { m_process.kill(); });
    deleteWhenGone();
}

void WorkerProcess::abort()
{
    m_done = true;
    m_process.kill();
    deleteWhenGone();
}

void WorkerProcess::deleteWhenGone()
{
    if (m_process.state() == QProcess::NotRunning) {
        deleteLater();
        return;
    }
    connect(&m_process, &QProcess::finished, this, &QObject::deleteLater);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            deleteLater();
    });
}

void WorkerProcess::readResults()
{
    const QPointer<WorkerProcess> self(this);
    while (!m_done) {
        bool corrupt = false;
        const std::optional<QByteArray> payload = WorkerProtocol::takePayload(m_process, &corrupt);
        if (!payload) {
            if (corrupt)
                fail(u"The layout engine sent an unreadable answer; "_s + fallbackShown);
            return;
        }
        if (const std::optional<quint64> ticket = WorkerProtocol::readAccepted(*payload)) {
            m_inLayout = *ticket;
            continue;
        }
        std::optional<WorkerProtocol::ResultMessage> message = WorkerProtocol::readResult(*payload);
        if (!message) {
            fail(u"The layout engine sent an unreadable answer; "_s + fallbackShown);
            return;
        }
        m_inLayout.reset();
        // Some of Graphviz's complaints bypass its error hook and reach
        // stderr only (libpath's "triangulation failed").
        if (!message->result.error.isEmpty()) {
            collectErrors();
            message->result.error = withDetails(message->result.error);
        }
        emit resultReady(message->ticket, message->result);
        if (!self)
            return;
    }
}

void WorkerProcess::collectErrors()
{
    m_errors += m_process.readAllStandardError();
    if (m_errors.size() > stderrTail)
        m_errors.remove(0, m_errors.size() - stderrTail);
}

void WorkerProcess::processFinished(int exitCode, QProcess::ExitStatus status)
{
    // A result written just before the exit is still a result.
    readResults();
    if (m_done)
        return;
    collectErrors();
    // Dying while Graphviz runs is a crash of that layout, by a signal
    // (glibc aborts on a double free) or by exit() (AddressSanitizer's
    // default on a double free; any library's last resort).
    if (m_inLayout || status == QProcess::CrashExit) {
        const QString message
            = u"The layout engine (Graphviz) crashed on this diagram; "_s + fallbackShown;
        if (status == QProcess::NormalExit)
            m_errors += "\nexit code " + QByteArray::number(exitCode);
        fail(withDetails(message));
        return;
    }
    fail(withDetails(u"The layout engine stopped unexpectedly (exit code %1); "_s.arg(exitCode)
                     + fallbackShown));
}

void WorkerProcess::processError(QProcess::ProcessError error)
{
    // Crashes and broken pipes end in finished(); only a failed start does not.
    if (error != QProcess::FailedToStart || m_done)
        return;
    const QString message = u"The layout engine could not be started (%1: %2); "_s.arg(
                                m_process.program(), m_process.errorString())
        + fallbackShown;
    // start() may report this before it returns, i.e. inside the service's
    // request(); the service must only hear of it from the event loop.
    QMetaObject::invokeMethod(
        this, [this, message] { fail(message); }, Qt::QueuedConnection);
}

void WorkerProcess::fail(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    emit failed(error, m_inLayout.has_value());
}

QString WorkerProcess::withDetails(const QString &message) const
{
    const QString details = summarise(m_errors);
    if (details.isEmpty())
        return message;
    return u"%1 (Details: %2)"_s.arg(message, details);
}

} // namespace Portolan
