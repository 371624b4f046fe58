// bench_window: the main window on the generated projects with their stored
// drawing (README, "Views at scale"): opening a project until its diagram is
// on screen, beside reading the same file into a snapshot (the peer); and
// pan and zoom under an event-loop latency probe, beside the same probe on
// an idle loop (the peer).

#include "benchfixture.h"
#include "benchmain.h"
#include "diagram/diagrampane.h"
#include "diagram/diagramscene.h"
#include "diagram/diagramview.h"
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "project/snapshot.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QScrollBar>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Portolan;
using namespace Portolan::Bench;
using namespace Qt::StringLiterals;

namespace {

// Resident and peak resident memory of this process, in MB (/proc).
std::pair<double, double> memoryMb()
{
    QFile status(u"/proc/self/status"_s);
    double rss = 0;
    double peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const auto kb = [&line] { return line.simplified().split(' ').value(1).toDouble(); };
            if (line.startsWith("VmRSS:"))
                rss = kb() / 1024;
            else if (line.startsWith("VmHWM:"))
                peak = kb() / 1024;
        }
    }
    return { rss, peak };
}

// A window showing `file`, waited for until its diagram is on screen.
std::unique_ptr<MainWindow> openWindow(const QString &file, QString *error)
{
    auto window = std::make_unique<MainWindow>(nullptr, portolanProgram());
    window->resize(1500, 950);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        *error = u"the window was not shown"_s;
        return nullptr;
    }
    if (!window->openProject(file)) {
        *error = u"cannot open %1"_s.arg(file);
        return nullptr;
    }
    const bool shown = QTest::qWaitFor(
        [&] {
            return window->diagram()->isSettled()
                && !window->diagram()->scene()->componentItems().isEmpty();
        },
        120000);
    QApplication::processEvents(); // the first paint
    if (!shown) {
        *error = u"the diagram did not show in two minutes"_s;
        return nullptr;
    }
    return window;
}

void openWindowBenchmark(benchmark::State &state, ProjectSize size)
{
    const Prepared &p = prepared(size);
    if (!p.error.isEmpty())
        return failBenchmark(state, p.error);
    const double before = memoryMb().first;
    double added = 0;
    for (auto _ : state) {
        QString error;
        auto window = openWindow(p.storedFile, &error);
        if (!window)
            return failBenchmark(state, error);
        state.PauseTiming();
        added = memoryMb().first - before;
        window.reset();
        QApplication::processEvents();
        state.ResumeTiming();
    }
    state.counters["window_mb"] = added; // resident memory the open window added
    state.counters["components"] = double(p.project.components.size());
}

// The peer: the same file read into the snapshot every view draws from.
void readSnapshot(benchmark::State &state, ProjectSize size)
{
    const Prepared &p = prepared(size);
    if (!p.error.isEmpty())
        return failBenchmark(state, p.error);
    for (auto _ : state) {
        QString error;
        auto store = ProjectStore::open(p.storedFile, ProjectStore::Mode::ReadOnly, &error);
        if (!store)
            return failBenchmark(state, error);
        ProjectSnapshot snapshot = Testing::readSnapshot(*store);
        benchmark::DoNotOptimize(snapshot.components.size());
    }
}

// The longest the event loop went without running a 5 ms timer, in ms,
// while `steps` run one every 40 ms (none: the loop idles as long), and
// for 200 ms after.
double worstBlock(const QList<std::function<void()>> &steps, int idleSteps = 0)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    qint64 worst = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = std::max(worst, now - last);
        last = now;
    });
    probe.start();
    const int count = steps.isEmpty() ? idleSteps : int(steps.size());
    QEventLoop loop;
    // The probe goes on for 200 ms after the last step has run, so that the
    // painting a late step causes is counted here, not in the next call.
    for (int k = 0; k < count; ++k) {
        QTimer::singleShot(40 * (k + 1), &loop, [&, k] {
            if (!steps.isEmpty())
                steps[k]();
            if (k == count - 1)
                QTimer::singleShot(200, &loop, &QEventLoop::quit);
        });
    }
    loop.exec();
    return std::max(0.0, double(worst) / 1e6 - 5.0);
}

QList<std::function<void()>> panAndZoom(DiagramView *view)
{
    QList<std::function<void()>> steps;
    steps << [view] { view->fitToWindow(); }; // everything, far out: no text drawn
    for (int k = 0; k < 10; ++k)
        steps << [view] { view->zoomIn(); };
    for (int k = 0; k < 10; ++k) {
        steps << [view, k] {
            QScrollBar *bar = k % 2 ? view->verticalScrollBar() : view->horizontalScrollBar();
            bar->setValue(bar->value() + bar->pageStep() / 2);
        };
    }
    for (int k = 0; k < 10; ++k)
        steps << [view] { view->zoomOut(); };
    return steps;
}

// Panning and zooming once the window has settled: the tiles of the view
// as opened drawn (diagramtiles.h), those of other zoom levels not yet.
// With `atOnce`, right after the diagram is first on screen instead.
void panZoom(benchmark::State &state, ProjectSize size, bool atOnce)
{
    const Prepared &p = prepared(size);
    if (!p.error.isEmpty())
        return failBenchmark(state, p.error);
    QString error;
    auto window = openWindow(p.storedFile, &error);
    if (!window)
        return failBenchmark(state, error);
    DiagramView *view = window->diagram()->view();
    if (!atOnce && !QTest::qWaitFor([view] { return !view->isDrawingTiles(); }, 60000))
        return failBenchmark(state, u"the tiles were not drawn in a minute"_s);
    double worst = 0;
    double idle = 0;
    for (auto _ : state) {
        worst = worstBlock(panAndZoom(view));
        state.PauseTiming();
        idle = worstBlock({}, 31);
        state.ResumeTiming();
    }
    state.counters["max_block_ms"] = worst; // target: under 50 at XL
    state.counters["idle_block_ms"] = idle; // the probe on an idle loop (peer)
    state.counters["window_peak_mb"] = memoryMb().second;
}

void panZoomProbe(benchmark::State &state, ProjectSize size)
{
    panZoom(state, size, false);
}

void panZoomAtOpen(benchmark::State &state, ProjectSize size)
{
    panZoom(state, size, true);
}

// One edit in the open window until it is on screen: a flow added
// through the document (one undo step, its edge routed into the stored
// drawing), the diagram shown again and painted. Undone between
// iterations, untimed. Across: between the first and the last component,
// an edge across the drawing; nearby: between the first component and the
// next one in its zone, as most edits are. Settled: each edit made once the
// view's tiles are drawn again after the undo, as a user edits a diagram
// they have been looking at; otherwise edits follow each other as fast as
// they land, and the view paints every element where no tile is drawn yet.
void editInWindow(benchmark::State &state, ProjectSize size, bool across, bool settled)
{
    const Prepared &p = prepared(size);
    if (!p.error.isEmpty())
        return failBenchmark(state, p.error);
    const QString file = p.scratchDirectory + u"/window-edit-"_s + sizeName(size) + u".portolan"_s;
    QFile::remove(file);
    if (!QFile::copy(p.storedFile, file))
        return failBenchmark(state, u"cannot copy %1"_s.arg(p.storedFile));
    QString error;
    auto window = openWindow(file, &error);
    if (!window)
        return failBenchmark(state, error);
    ProjectDocument *document = window->document();
    DiagramPane *pane = window->diagram();
    const QList<Component> &components = document->project().components;
    const Component &first = components.first();
    Id b = components.last().id;
    if (!across) {
        const auto next
            = std::find_if(components.cbegin() + 1, components.cend(),
                           [&first](const Component &c) { return c.zoneId == first.zoneId; });
        if (next == components.cend())
            return failBenchmark(state, u"the first component is alone in its zone"_s);
        b = next->id;
    }
    const Id a = first.id;
    DiagramView *view = pane->view();
    const auto settle = [&] {
        return !settled || QTest::qWaitFor([view] { return !view->isDrawingTiles(); }, 60000);
    };
    if (!settle())
        return failBenchmark(state, u"the tiles were not drawn in a minute"_s);
    for (auto _ : state) {
        Flow flow;
        flow.sourceId = a;
        flow.destinationId = b;
        flow.ports = PortSet::single(4242);
        if (!document->addFlow(flow))
            return failBenchmark(state, document->errorString());
        if (!QTest::qWaitFor([pane] { return pane->isSettled(); }, 60000))
            return failBenchmark(state, u"the edit did not reach the diagram in a minute"_s);
        QApplication::processEvents(); // what changed, painted
        state.PauseTiming();
        document->undoStack()->undo();
        const bool undone = QTest::qWaitFor([pane] { return pane->isSettled(); }, 60000);
        QApplication::processEvents();
        if (!undone)
            return failBenchmark(state, u"the undo did not reach the diagram in a minute"_s);
        if (!settle())
            return failBenchmark(state, u"the tiles were not drawn again in a minute"_s);
        state.ResumeTiming();
    }
    state.counters["flows"] = double(document->project().flows.size());
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Portolan bench"_s);
    return runBenchmarks(argc, argv, [] {
        registerForEverySize(
            {
                { "read_snapshot", readSnapshot },
                { "open_window", openWindowBenchmark },
                { "pan_zoom_probe", panZoomProbe },
                { "pan_zoom_at_open", panZoomAtOpen },
                { "edit_in_window",
                  [](benchmark::State &state, ProjectSize size) {
                      editInWindow(state, size, true, true);
                  } },
                { "edit_nearby_in_window",
                  [](benchmark::State &state, ProjectSize size) {
                      editInWindow(state, size, false, true);
                  } },
                { "edit_back_to_back_in_window",
                  [](benchmark::State &state, ProjectSize size) {
                      editInWindow(state, size, true, false);
                  } },
                { "edit_nearby_back_to_back_in_window",
                  [](benchmark::State &state, ProjectSize size) {
                      editInWindow(state, size, false, false);
                  } },
            },
            /*onePassForLarge=*/true);
    });
}
