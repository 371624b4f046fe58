// bench_diagram: the port diagram's costs on generated projects of four
// sizes (S, M, L, XL; see projectgenerator.h), measured separately — layout
// in process and through the worker, scene build, SVG export, the GUI's
// relayout + redraw, and `portolan export` against `dot -Tsvg` on the DOT
// Portolan exports — with overlap and unrouted-edge counts as counters.
// The README's "Performance" section gives the commands and the numbers.
#include "benchfixture.h"
#include "benchmain.h"

#include "diagram/diagramcontent.h"
#include "diagram/diagramscene.h"
#include "diagram/drawinggeometry.h"
#include "diagram/drawingstate.h"
#include "diagram/viewproject.h"
#include "document/projectdocument.h"
#include "dotgeometry.h"
#include "export/svgexporter.h"
#include "layout/labelplacement.h"
#include "layout/layoutservice.h"
#include "readability.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QUndoStack>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>

using namespace Qt::StringLiterals;
using namespace Portolan;
using namespace Portolan::Bench;
using namespace Portolan::Testing;

namespace {

// The fixture of a size, or null after reporting why there is none.
const Prepared *fixture(benchmark::State &state, ProjectSize size)
{
    const Prepared &p = prepared(size);
    if (!p.error.isEmpty()) {
        failBenchmark(state, p.error);
        return nullptr;
    }
    return &p;
}

void setCounters(benchmark::State &state, const Prepared &p, const LayoutResult &layout)
{
    if (!layout.error.isEmpty()) // counted below; the reason goes to the log
        qWarning("bench_diagram: the layout fell back: %s", qPrintable(layout.error));
    const GeometryCounts counts = countGeometry(p.request, layout);
    state.counters["components"] = double(p.project.components.size());
    state.counters["flows"] = double(p.project.flows.size());
    state.counters["edges"] = double(p.request.edges.size());
    state.counters["label_node_overlaps"] = counts.labelOnNode;
    state.counters["label_label_overlaps"] = counts.labelOnLabel;
    state.counters["node_node_overlaps"] = counts.nodeOnNode;
    state.counters["unrouted"] = counts.unrouted;
    state.counters["far_labels"] = counts.farLabels;
    state.counters["farthest_label_pt"] = counts.farthestLabel;
    state.counters["fallback"] = layout.error.isEmpty() ? 0 : 1;
}

// The readability figures (readability.h), as counters.
void setFigures(benchmark::State &state, const Readability::Figures &f)
{
    state.counters["drawn_edges"] = f.edges;
    state.counters["crossings"] = f.crossings;
    state.counters["ambiguous_labels"] = f.ambiguousLabels;
    state.counters["frame_crossings"] = f.frameCrossings;
    state.counters["through_boxes"] = f.throughNodes;
    state.counters["label_overlaps"] = f.labelOverlaps;
    state.counters["close_runs"] = f.closeRuns;
    state.counters["right_angled"] = f.orthogonalShare;
    state.counters["bends_per_edge"] = f.bendsPerEdge;
    state.counters["area_per_component"] = f.areaPerNode;
}

void layoutInProcess(benchmark::State &state, ProjectSize size)
{
    const Prepared *p = fixture(state, size);
    if (!p)
        return;
    LayoutResult result;
    for (auto _ : state) {
        result = layOutWithGraphviz(p->request);
        benchmark::DoNotOptimize(result.bounds);
    }
    setCounters(state, *p, result);
    // Readability of the drawing `portolan layout` stored, a fresh process's
    // first layout: Graphviz 2.42 places the same graph differently once
    // other layouts ran in its process (the S project alternated between 28
    // and 38 crossings here), so the iterations above are timed, not counted.
    QString error;
    const auto store = ProjectStore::open(p->storedFile, ProjectStore::Mode::ReadOnly, &error);
    if (!store) {
        failBenchmark(state, error);
        return;
    }
    const ProjectSnapshot stored = Testing::readSnapshot(*store);
    setFigures(state, Readability::measure(p->request, storedLayout(stored.drawing, p->request)));
    // The edges drawn without Group Flows by Zone: one per source and destination.
    ProjectSnapshot ungrouped = p->project;
    ungrouped.drawingSettings.groupByZone = false;
    state.counters["edges_ungrouped"] = double(diagramLayoutRequest(ungrouped, {}).edges.size());
}

// The zone overview (issue target: under 0.5 s at XL): the view laid out
// afresh in the benchmark's process, every top-level zone one node; its
// peer is layout_in_process, the whole project's layout, in the same run.
void zoneOverviewLayout(benchmark::State &state, ProjectSize size)
{
    const Prepared *p = fixture(state, size);
    if (!p)
        return;
    View overview;
    overview.level = ViewLevel::Zones;
    LayoutResult result;
    LayoutRequest request;
    for (auto _ : state) {
        // Projecting the view is part of it: the window does it per edit.
        request = diagramLayoutRequest(viewProject(p->project, overview), drawingOptions());
        result = layOutWithGraphviz(request);
        benchmark::DoNotOptimize(result.bounds);
    }
    state.counters["nodes"] = double(request.nodes.size());
    state.counters["edges"] = double(request.edges.size());
    setFigures(state, Readability::measure(request, result));
}

// Graphviz's own drawing of the DOT file the command line exports, counted
// like Portolan's: `dot -Tjson` with edge labels (label= up to 80 edges,
// xlabel= above, as Portolan writes them), or with -Gsplines=ortho.
void dotQuality(benchmark::State &state, ProjectSize size, const QStringList &extra)
{
    const Prepared *p = fixture(state, size);
    if (!p)
        return;
    if (QStandardPaths::findExecutable(u"dot"_s).isEmpty()) {
        state.SkipWithError("Graphviz's dot is not installed");
        return;
    }
    // dot fails after about 3.5 minutes at XL ("trouble in init_rank"), and
    // its orthogonal router does not finish at L in 10 minutes.
    const bool ortho = extra.contains(u"-Gsplines=ortho"_s);
    if (size == ProjectSize::XL || (ortho && size == ProjectSize::L)) {
        state.SkipWithError(ortho ? "not measured at L and XL: dot -Gsplines=ortho does not finish "
                                    "in 10 minutes there"
                                  : "not measured at XL: dot fails there after minutes");
        return;
    }
    std::optional<DotDrawing> drawing;
    for (auto _ : state)
        drawing = dotDrawing(p->dotFile, extra);
    if (!drawing) {
        failBenchmark(state, u"dot failed on %1"_s.arg(p->dotFile));
        return;
    }
    setFigures(state, Readability::measure(drawing->request, drawing->result));
    state.counters["lost_edges"] = drawing->lostEdges;
}

void dotLabelQuality(benchmark::State &state, ProjectSize size)
{
    dotQuality(state, size, {});
}

void dotOrthoQuality(benchmark::State &state, ProjectSize size)
{
    dotQuality(state, size, { u"-Gsplines=ortho"_s });
}

// Paints the scene fitted into a 1600 × 1000 view, as the window shows it.
void paintScene(DiagramScene &scene, QImage &view)
{
    view.fill(Qt::white);
    QPainter painter(&view);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(view.rect()), scene.itemsBoundingRect());
}

// A fresh copy of `source` in the scratch directory, as NAME.portolan;
// empty, and the benchmark failed, when it cannot be made.
QString scratchCopy(benchmark::State &state, const Prepared &p, const QString &source,
                    const QString &name)
{
    const QString file = p.scratchDirectory + u'/' + name + u".portolan"_s;
    QFile::remove(file);
    if (!QFile::copy(source, file)) {
        failBenchmark(state, u"cannot copy %1"_s.arg(source));
        return {};
    }
    return file;
}

// One edit with the stored drawing, as the window does it: the document's
// step (the flow, its new edge routed, in one transaction on the file),
// then the picture from the drawing: assembled, the scene rebuilt, painted.
// The edit is a flow between the two busiest components, undone between
// iterations (untimed).
void editRedraw(benchmark::State &state, ProjectSize size, bool drag)
{
    const Prepared *p = fixture(state, size);
    if (!p)
        return;
    const QString file = scratchCopy(state, *p, p->storedFile, u"edit-"_s + sizeName(size));
    if (file.isEmpty())
        return;
    QString error;
    const auto document = ProjectDocument::open(file, &error);
    if (!document || document->isReadOnly()) {
        failBenchmark(state, error.isEmpty() ? u"read-only"_s : error);
        return;
    }
    const Id a = document->project().components.first().id;
    const Id b = document->project().components.last().id;
    DiagramScene scene;
    QImage view(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        bool ok = false;
        if (drag) {
            const QPointF centre = document->project().drawing.value(componentKey(a)).box.center();
            ok = document->placeComponents({ { a, centre + QPointF(0, 6) } });
        } else {
            Flow flow;
            flow.sourceId = a;
            flow.destinationId = b;
            flow.ports = PortSet::single(4242);
            ok = document->addFlow(flow) != 0;
        }
        const ProjectSnapshot &project = document->project();
        const DiagramOptions options;
        const Diagram diagram = assembleDiagram(
            project, options,
            diagramGeometry(project.drawing, diagramLayoutRequest(project, options)));
        scene.setDiagram(diagram, renderDiagram(diagram));
        paintScene(scene, view);
        state.PauseTiming();
        document->undoStack()->undo();
        state.ResumeTiming();
        if (!ok) {
            failBenchmark(state, document->errorString());
            break;
        }
    }
    state.counters["drawn_items"] = double(document->project().drawing.size());
}

void addFlowRedraw(benchmark::State &state, ProjectSize size)
{
    editRedraw(state, size, false);
}

void dragRedraw(benchmark::State &state, ProjectSize size)
{
    editRedraw(state, size, true);
}

// Label placement alone (part of every layout), on the prepared layout.
void labelPlacement(benchmark::State &state, ProjectSize size)
{
    const Prepared *p = fixture(state, size);
    if (!p)
        return;
    LayoutResult result = p->layout;
    for (auto _ : state) {
        placeEdgeLabels(p->request, result);
        benchmark::DoNotOptimize(result.edges.data());
    }
    setCounters(state, *p, result);
}

// Starts the worker process (and its Graphviz context) with a tiny layout,
// as the window does once at start, so that only the layouts are timed.
void warmUp(LayoutService &service)
{
    LayoutRequest tiny;
    tiny.nodes.append({ u"warm-up"_s, QSizeF(40, 20), {}, std::nullopt, std::nullopt });
    service.layOut(tiny);
}

void layoutWorker(benchmark::State &state, ProjectSize size)
{
    const Prepared *p = fixture(state, size);
    if (!p)
        return;
    LayoutService service(portolanProgram());
    warmUp(service);
    LayoutResult result;
    for (auto _ : state)
        result = service.layOut(p->request);
    setCounters(state, *p, result);
}

void sceneBuild(benchmark::State &state, ProjectSize size)
{
    const Prepared *p = fixture(state, size);
    if (!p)
        return;
    DiagramScene scene;
    for (auto _ : state)
        scene.setDiagram(p->diagram, renderDiagram(p->diagram));
    state.counters["items"] = double(scene.items().size());
}

// What the mouse costs over the window's scene (hover and clicks ask for
// the items under a point): 100 points spread over the drawing, in a scene
// without an item index (diagramscene.cpp).
void hitTest(benchmark::State &state, ProjectSize size)
{
    const Prepared *p = fixture(state, size);
    if (!p)
        return;
    DiagramScene scene;
    scene.setDiagram(p->diagram, renderDiagram(p->diagram));
    const QRectF area = scene.itemsBoundingRect();
    qsizetype found = 0;
    const auto pass = [&] {
        for (int i = 0; i < 10; ++i) {
            for (int j = 0; j < 10; ++j) {
                const QPointF at(area.left() + area.width() * (i + 0.5) / 10,
                                 area.top() + area.height() * (j + 0.5) / 10);
                found += scene.items(at).size();
            }
        }
    };
    // The first pass after the items are made also flattens the lines of
    // the edges it meets (EdgeItem::contains); timed apart, once.
    QElapsedTimer cold;
    cold.start();
    pass();
    state.counters["cold_ms"] = double(cold.nsecsElapsed()) / 1e6;
    for (auto _ : state)
        pass();
    benchmark::DoNotOptimize(found);
    state.counters["items"] = double(scene.items().size());
}

// What the window does after an edit: lay out `request` in the worker,
// assemble, rebuild the scene and paint it fitted into a 1600 × 1000 view.
void relayoutLoop(benchmark::State &state, const Prepared &p, const LayoutRequest &request)
{
    LayoutService service(portolanProgram());
    warmUp(service);
    DiagramScene scene;
    QImage view(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    LayoutResult layout;
    for (auto _ : state) {
        layout = service.layOut(request);
        const Diagram diagram = assembleDiagram(p.project, {}, layout);
        scene.setDiagram(diagram, renderDiagram(diagram));
        view.fill(Qt::white);
        QPainter painter(&view);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(view.rect()), scene.itemsBoundingRect());
    }
    setCounters(state, p, layout);
}

void relayoutAndRedraw(benchmark::State &state, ProjectSize size)
{
    if (const Prepared *p = fixture(state, size))
        relayoutLoop(state, *p, p->request);
}

// The same after a component was dragged: every other component keeps its
// place from the last layout (a hint), the dragged one is pinned (here
// where it was: a drag onto a neighbour would count as an overlap); the
// edges are routed around them.
void relayoutPinned(benchmark::State &state, ProjectSize size)
{
    const Prepared *p = fixture(state, size);
    if (!p)
        return;
    LayoutRequest request = p->request;
    for (qsizetype n = 0; n < request.nodes.size() && n < p->layout.nodes.size(); ++n)
        request.nodes[n].hint = p->layout.nodes[n].box.center();
    if (!request.nodes.isEmpty()) {
        request.nodes[0].pinned = request.nodes[0].hint;
        request.nodes[0].hint.reset();
    }
    relayoutLoop(state, *p, request);
}

// The display list every renderer draws (part of scene build and of every export).
void renderDisplayList(benchmark::State &state, ProjectSize size)
{
    const Prepared *p = fixture(state, size);
    if (!p)
        return;
    for (auto _ : state) {
        const DisplayList display = renderDiagram(p->diagram);
        benchmark::DoNotOptimize(display.bounds);
    }
}

void svgExport(benchmark::State &state, ProjectSize size)
{
    const Prepared *p = fixture(state, size);
    if (!p)
        return;
    SvgExporter exporter;
    const QString out = p->scratchDirectory + u"/export-"_s + sizeName(size) + u".svg"_s;
    for (auto _ : state) {
        if (!exporter.write(p->diagram, out, {})) {
            failBenchmark(state, exporter.errorString());
            break;
        }
    }
}

// A child process, timed from start to exit.
void childProcess(benchmark::State &state, const QString &program, const QStringList &arguments)
{
    QString error;
    for (auto _ : state) {
        if (!runProgram(program, arguments, &error)) {
            failBenchmark(state, error);
            break;
        }
    }
}

void portolanExportSvg(benchmark::State &state, ProjectSize size)
{
    if (const Prepared *p = fixture(state, size))
        childProcess(state, portolanProgram(),
                     { u"export"_s, p->projectFile, u"--diagram"_s,
                       p->scratchDirectory + u"/cli-"_s + sizeName(size) + u".svg"_s });
}

// A design with no zones at all (issue target at XL: under 15 s and 1 GB):
// `portolan export --diagram` on the project with its zones removed and
// nothing stored, so that the export lays it out; its peer is
// portolan_export_svg, the same project with its zones.
void portolanExportWithoutZones(benchmark::State &state, ProjectSize size)
{
    const Prepared *p = fixture(state, size);
    if (!p)
        return;
    const QString file = scratchCopy(state, *p, p->projectFile, u"nozones-"_s + sizeName(size));
    if (file.isEmpty())
        return;
    QString error;
    {
        const auto store = ProjectStore::open(file, ProjectStore::Mode::ReadWrite, &error);
        if (!store) {
            failBenchmark(state, error);
            return;
        }
        for (const Zone &zone : store->zones())
            store->removeZone(zone.id);
    }
    const QStringList arguments { u"export"_s, file, u"--diagram"_s,
                                  p->scratchDirectory + u"/nozones-"_s + sizeName(size)
                                      + u".svg"_s };
    QList<double> peaks;
    for (auto _ : state) {
        double peak = 0;
        if (!runProgramMeasured(portolanProgram(), arguments, &error, &peak)) {
            failBenchmark(state, error);
            return;
        }
        peaks.append(peak);
    }
    std::sort(peaks.begin(), peaks.end());
    state.counters["peak_mb"] = peaks.isEmpty() ? 0 : peaks[peaks.size() / 2];
}

void portolanExportStored(benchmark::State &state, ProjectSize size)
{
    if (const Prepared *p = fixture(state, size))
        childProcess(state, portolanProgram(),
                     { u"export"_s, p->storedFile, u"--diagram"_s,
                       p->scratchDirectory + u"/stored-"_s + sizeName(size) + u".svg"_s });
}

void dotTsvg(benchmark::State &state, ProjectSize size)
{
    const Prepared *p = fixture(state, size);
    if (!p)
        return;
    const QString dot = QStandardPaths::findExecutable(u"dot"_s);
    if (dot.isEmpty()) {
        state.SkipWithError("Graphviz's dot is not installed"); // not Portolan's failure
        return;
    }
    childProcess(state, dot,
                 { u"-Tsvg"_s, p->dotFile, u"-o"_s,
                   p->scratchDirectory + u"/dot-"_s + sizeName(size) + u".svg"_s });
}

int writeProject(const QString &sizeName, const QString &file)
{
    for (ProjectSize size : { ProjectSize::S, ProjectSize::M, ProjectSize::L, ProjectSize::XL }) {
        if (Bench::sizeName(size) != sizeName)
            continue;
        QString error;
        auto store = ProjectStore::create(file, &error);
        if (store && generateProject(*store, size, 1, &error))
            return 0;
        qCritical("bench_diagram: %s", qPrintable(error));
        return 1;
    }
    qCritical("bench_diagram: unknown size %s (S, M, L or XL)", qPrintable(sizeName));
    return 2;
}

// The readability figures of a project's stored drawing, one per line.
int measureProject(const QString &file)
{
    QString error;
    const auto store = ProjectStore::open(file, ProjectStore::Mode::ReadOnly, &error);
    if (!store) {
        qCritical("bench_diagram: %s", qPrintable(error));
        return 1;
    }
    const ProjectSnapshot project = Testing::readSnapshot(*store);
    const LayoutRequest request = diagramLayoutRequest(project, {});
    const Readability::Figures f
        = Readability::measure(request, storedLayout(project.drawing, request));
    std::printf("edges %d\ncrossings %d\nambiguous_labels %d\nframe_crossings %d\n"
                "through_boxes %d\nlabel_overlaps %d\nclose_runs %d\nright_angled %.3f\n"
                "bends_per_edge %.2f\narea_per_component %.0f\n",
                f.edges, f.crossings, f.ambiguousLabels, f.frameCrossings, f.throughNodes,
                f.labelOverlaps, f.closeRuns, f.orthogonalShare, f.bendsPerEdge, f.areaPerNode);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // Text is measured with fonts (a GUI application), but no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // `bench_diagram --write-project SIZE FILE` writes one generated project
    // (to look at it, or to time `portolan export` on it by hand).
    if (argc == 4 && qstrcmp(argv[1], "--write-project") == 0)
        return writeProject(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    // `bench_diagram --measure FILE` prints the readability figures of a
    // project's stored drawing (after `portolan layout FILE`, for example).
    if (argc == 3 && qstrcmp(argv[1], "--measure") == 0)
        return measureProject(QString::fromLocal8Bit(argv[2]));
    return runBenchmarks(argc, argv, [] {
        registerForEverySize(
            {
                { "layout_in_process", layoutInProcess },
                { "zone_overview_layout", zoneOverviewLayout },
                { "label_placement", labelPlacement },
                { "layout_worker", layoutWorker },
                { "render_display_list", renderDisplayList },
                { "scene_build", sceneBuild },
                { "hit_test_100", hitTest },
                { "relayout_redraw", relayoutAndRedraw },
                { "relayout_pinned", relayoutPinned },
                { "add_flow_redraw", addFlowRedraw },
                { "drag_redraw", dragRedraw },
                { "portolan_export_stored_svg", portolanExportStored },
                { "svg_export", svgExport },
                { "portolan_export_svg", portolanExportSvg },
                { "portolan_export_without_zones", portolanExportWithoutZones },
                { "dot_Tsvg", dotTsvg },
                { "quality_dot_label", dotLabelQuality },
                { "quality_dot_ortho", dotOrthoQuality },
            },
            /*onePassForLarge=*/true);
    });
}
