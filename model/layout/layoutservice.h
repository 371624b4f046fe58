#pragma once
// Runs layouts away from the caller's thread and process. Graphviz 2.42
// aborts the process on some clustered graphs and leaks on every clustered
// layout (see docs/graphviz.md), so layouts run in a worker process
// (`portolan --layout-worker`), one at a time, restarted when it dies and
// after every layout (by default). A crash reaches the caller as a result whose
// error is set and whose geometry is a plain fallback arrangement.

#include "layout/layouttypes.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Portolan {

// The version of the Graphviz library the layouts run on ("2.42.2").
QString graphvizVersion();

class LayoutService : public QObject
{
    Q_OBJECT
public:
    // `workerProgram` is the portolan executable (by default the running
    // one); it is started with the argument "--layout-worker".
    explicit LayoutService(QObject *parent = nullptr);
    explicit LayoutService(const QString &workerProgram, QObject *parent = nullptr);
    ~LayoutService() override;

    // Queues a layout and returns its ticket. A request still waiting is
    // superseded (dropped, never reported); the one running finishes first.
    quint64 request(const LayoutRequest &request);
    // Blocks until the given ticket's result is in (for the command line and
    // tests); runs the event loop meanwhile.
    LayoutResult waitFor(quint64 ticket, int timeoutMs = 600000);
    // Convenience: request + waitFor.
    LayoutResult layOut(const LayoutRequest &request, int timeoutMs = 600000);

    bool isBusy() const;
    // Layouts done by the current worker before it is replaced by a fresh one
    // (default 1, so that the same request always gets the same drawing:
    // Graphviz 2.42 does not, once other layouts ran in its process; 0: never).
    void setRestartInterval(int layouts);
    int workerRestarts() const;
    // The current worker's process id, 0 when none runs (for memory checks).
    qint64 workerProcessId() const;

signals:
    // When the layout is handed to the worker: from within request() when
    // the service was idle, otherwise when the previous layout finishes.
    void started(quint64 ticket);
    void finished(quint64 ticket, const Portolan::LayoutResult &result);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The worker's side: reads requests from stdin and writes results to
// stdout until stdin closes. Called by main() for "--layout-worker".
int runLayoutWorker();

// In-process layout with Graphviz (used by the worker, and by tests and
// benchmarks that measure Graphviz itself).
LayoutResult layOutWithGraphviz(const LayoutRequest &request);
// The arrangement shown when Graphviz fails: clusters as columns, members in
// rows, straight edges, labels placed without overlaps.
LayoutResult fallbackLayout(const LayoutRequest &request, const QString &error);

} // namespace Portolan
