#pragma once
// One `portolan --layout-worker` process as LayoutService drives it: send a
// request, get its result back, or learn that the process is gone and why
// in a sentence a user can read. Queueing, tickets and restarts are the
// service's business; this class only knows the pipes.

#include "layout/layouttypes.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QString>

#include <optional>

namespace Portolan {

class WorkerProcess : public QObject
{
    Q_OBJECT
public:
    WorkerProcess(const QString &program, QObject *parent);
    ~WorkerProcess() override;

    void start();
    void send(quint64 ticket, const LayoutRequest &request);
    bool hasStarted() const { return m_started; }
    qint64 processId() const { return m_process.processId(); }

    // Both end this worker for good (no signal is emitted afterwards) and
    // delete the object once the process is gone. retire() closes stdin so
    // the worker ends on its own, between layouts; abort() kills it.
    void retire();
    void abort();

signals:
    void resultReady(quint64 ticket, const Portolan::LayoutResult &result);
    // The process could not start, died, or sent something unreadable.
    // `duringLayout`: it had accepted a request and not answered it yet, so
    // that request is the likely cause; otherwise a request sent to it was
    // never seen and may be sent to another worker. Emitted at most once;
    // nothing follows it.
    void failed(const QString &error, bool duringLayout);

private:
    void readResults();
    void collectErrors();
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void processError(QProcess::ProcessError error);
    void fail(const QString &error);
    void deleteWhenGone();
    QString withDetails(const QString &message) const;

    QProcess m_process;
    QByteArray m_errors; // the tail of stderr since the last request
    std::optional<quint64> m_inLayout; // accepted, not answered yet
    bool m_started = false;
    bool m_done = false; // failed, retired or aborted: nothing more to say
};

} // namespace Portolan
