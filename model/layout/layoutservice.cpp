// LayoutService: the queue in front of the layout worker process. One
// layout runs at a time; one more may wait and is replaced by any newer
// request. Every failure of the worker becomes a fallback result, so a
// caller always gets geometry back and never waits forever.
#include "layout/layoutservice.h"

#include "layout/servicehistory.h"
#include "layout/workerprocess.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Portolan {

namespace {

struct Job
{
    quint64 ticket = 0;
    LayoutRequest request;
    bool resent = false; // already given to a second worker
};

LayoutResult errorOnly(const QString &error)
{
    LayoutResult result;
    result.error = error;
    return result;
}

} // namespace

struct LayoutService::Private
{
    LayoutService *q;
    QString program;
    WorkerProcess *worker = nullptr; // null until needed, and after each end
    int layoutsByWorker = 0;
    // One layout per worker: Graphviz 2.42 lays the same graph out
    // differently once other layouts have run in its process, and a fresh
    // worker also frees what it leaks.
    int restartInterval = 1;
    int restarts = 0;
    quint64 lastTicket = 0;
    std::optional<Job> running; // sent to the worker, or being arranged
    std::optional<Job> waiting; // next in line
    QThread *arranging = nullptr; // the fallback for `running` after a crash
    ServiceHistory history;
    QList<QEventLoop *> waits; // loops of waitFor() calls in progress

    void ensureWorker();
    void startNext();
    void resultReady(WorkerProcess *from, quint64 ticket, const LayoutResult &result);
    void workerFailed(WorkerProcess *from, const QString &error, bool duringLayout);
    void endWorker(bool kill);
    void fallBack(const QString &error);
    // Records and reports a result. False when a receiver destroyed the
    // service: the caller must then return without touching anything.
    [[nodiscard]] bool finish(quint64 ticket, const LayoutResult &result);
    void wakeWaits();
    std::optional<LayoutResult> outcome(quint64 ticket) const;
    std::optional<LayoutResult> giveUp(quint64 ticket, int timeoutMs);
};

void LayoutService::Private::ensureWorker()
{
    if (worker)
        return;
    worker = new WorkerProcess(program, q);
    layoutsByWorker = 0;
    WorkerProcess *const created = worker;
    QObject::connect(worker, &WorkerProcess::resultReady, q,
                     [this, created](quint64 ticket, const LayoutResult &result) {
                         resultReady(created, ticket, result);
                     });
    QObject::connect(worker, &WorkerProcess::failed, q,
                     [this, created](const QString &error, bool duringLayout) {
                         workerFailed(created, error, duringLayout);
                     });
    worker->start();
}

void LayoutService::Private::startNext()
{
    if (running || !waiting)
        return;
    running = std::move(waiting);
    waiting.reset();
    ensureWorker();
    worker->send(running->ticket, running->request);
    emit q->started(running->ticket);
}

void LayoutService::Private::resultReady(WorkerProcess *from, quint64 ticket,
                                         const LayoutResult &result)
{
    if (from != worker)
        return;
    if (!running || running->ticket != ticket) {
        workerFailed(from,
                     u"The layout engine answered a request it was not given; "
                     u"showing a simple arrangement instead."_s,
                     true);
        return;
    }
    const quint64 done = running->ticket;
    running.reset();
    // A fresh worker per layout (restartInterval): the same request always
    // gets the same drawing, and Graphviz's leaks go with the process. The
    // next one starts now, so it is warm by the time it is needed.
    if (restartInterval > 0 && ++layoutsByWorker >= restartInterval) {
        endWorker(false);
        ensureWorker();
    }
    if (finish(done, result))
        startNext();
}

void LayoutService::Private::workerFailed(WorkerProcess *from, const QString &error,
                                          bool duringLayout)
{
    if (from != worker)
        return;
    // A worker that died idle (killed, out of memory) before it read the
    // running request is no reason to fail that request: a fresh worker
    // gets it, once.
    const bool resend = running && !duringLayout && from->hasStarted() && !running->resent;
    endWorker(true);
    if (resend) {
        running->resent = true;
        ensureWorker();
        worker->send(running->ticket, running->request);
        return;
    }
    if (running)
        fallBack(error);
    else
        startNext();
}

void LayoutService::Private::fallBack(const QString &error)
{
    // Arranging 2,000 nodes takes seconds: not on the caller's (GUI) thread.
    // The job stays running meanwhile, so that results keep their order.
    auto result = std::make_shared<LayoutResult>();
    arranging = QThread::create(
        [request = running->request, error, result] { *result = fallbackLayout(request, error); });
    QObject::connect(arranging, &QThread::finished, q, [this, result] {
        arranging->wait(); // finished() comes from the thread's last moments
        delete arranging;
        arranging = nullptr;
        const quint64 ticket = running->ticket;
        running.reset();
        if (finish(ticket, *result))
            startNext();
    });
    arranging->start();
}

void LayoutService::Private::endWorker(bool kill)
{
    if (!worker)
        return;
    // Whatever ends it, the next layout gets a fresh process. One that never
    // started is not counted: it is simply tried again on the next request.
    if (worker->hasStarted())
        ++restarts;
    worker->disconnect(q);
    if (kill)
        worker->abort();
    else
        worker->retire();
    worker = nullptr;
}

bool LayoutService::Private::finish(quint64 ticket, const LayoutResult &result)
{
    history.addResult(ticket, result);
    wakeWaits();
    const QPointer<LayoutService> alive(q);
    emit q->finished(ticket, result);
    return !alive.isNull();
}

void LayoutService::Private::wakeWaits()
{
    for (QEventLoop *loop : std::as_const(waits))
        loop->quit();
}

std::optional<LayoutResult> LayoutService::Private::outcome(quint64 ticket) const
{
    if (std::optional<LayoutResult> known = history.find(ticket))
        return known;
    const bool pending
        = (running && running->ticket == ticket) || (waiting && waiting->ticket == ticket);
    if (!pending)
        return errorOnly(u"unknown layout ticket %1 (never issued, or its result was "
                         u"delivered long ago)"_s.arg(ticket));
    return std::nullopt;
}

std::optional<LayoutResult> LayoutService::Private::giveUp(quint64 ticket, int timeoutMs)
{
    const QString error = u"The layout took longer than %1 s and was stopped; showing a "
                          u"simple arrangement instead."_s.arg(timeoutMs / 1000.0, 0, 'g', 3);
    // The worker is gone already and the fallback is on its way.
    if (arranging && running->ticket == ticket)
        return std::nullopt;
    // From here on the caller is blocked in waitFor() (command line, tests):
    // the fallback may as well be arranged on this thread.
    if (running && running->ticket == ticket) {
        const Job job = std::move(*running);
        running.reset();
        endWorker(true);
        const LayoutResult result = fallbackLayout(job.request, error);
        if (finish(job.ticket, result))
            startNext();
        return result;
    }
    // Still waiting behind a long layout: it leaves the queue; the running
    // one is someone else's and goes on.
    const Job job = std::move(*waiting);
    waiting.reset();
    const LayoutResult result = fallbackLayout(job.request, error);
    (void)finish(job.ticket, result);
    return result;
}

LayoutService::LayoutService(QObject *parent)
    : LayoutService(QCoreApplication::applicationFilePath(), parent)
{ }

LayoutService::LayoutService(const QString &workerProgram, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->program = workerProgram;
}

LayoutService::~LayoutService()
{
    // The worker is a child and is killed with it; nobody hears of the
    // layouts still queued. A fallback being arranged cannot be stopped.
    d->wakeWaits();
    if (d->worker)
        d->worker->disconnect(this);
    if (d->arranging) {
        d->arranging->wait();
        delete d->arranging;
    }
}

quint64 LayoutService::request(const LayoutRequest &request)
{
    const quint64 ticket = ++d->lastTicket;
    if (d->waiting) {
        d->history.addSuperseded(d->waiting->ticket);
        d->waiting.reset();
    }
    d->waiting = Job { ticket, request };
    d->wakeWaits(); // a waitFor() on the superseded ticket can return now
    d->startNext();
    return ticket;
}

LayoutResult LayoutService::waitFor(quint64 ticket, int timeoutMs)
{
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.start(timeoutMs);
    const QPointer<LayoutService> self(this);
    bool late = false;
    for (;;) {
        if (std::optional<LayoutResult> known = d->outcome(ticket))
            return *known;
        if (!late && !deadline.isActive()) {
            late = true;
            if (std::optional<LayoutResult> stopped = d->giveUp(ticket, timeoutMs))
                return *stopped;
        }
        QEventLoop loop;
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        d->waits.append(&loop);
        loop.exec();
        if (!self)
            return errorOnly(u"the layout service was destroyed while waiting"_s);
        d->waits.removeOne(&loop);
    }
}

LayoutResult LayoutService::layOut(const LayoutRequest &request, int timeoutMs)
{
    return waitFor(this->request(request), timeoutMs);
}

bool LayoutService::isBusy() const
{
    return d->running.has_value() || d->waiting.has_value();
}

void LayoutService::setRestartInterval(int layouts)
{
    d->restartInterval = layouts;
}

int LayoutService::workerRestarts() const
{
    return d->restarts;
}

qint64 LayoutService::workerProcessId() const
{
    return d->worker ? d->worker->processId() : 0;
}

} // namespace Portolan
