// bench_handover: what the handover outputs cost on generated projects of
// the benchmark sizes with an environment in which every component has an
// address — the rule workbook (`portolan rules --out .xlsx`), the pack's
// content (rules, lint, tables) and the pack laid out and painted as a PDF
// (`portolan handover` minus the diagram's layout, which bench_diagram
// measures). Files go to memory or a scratch directory; nothing is timed
// that the user does not wait for.

#include "addressing/addressedits.h"
#include "addressing/addressplan.h"
#include "benchmain.h"
#include "diagram/diagram.h"
#include "document/recordchange.h"
#include "handover/handoverpack.h"
#include "handover/handoverprint.h"
#include "handover/rulesexport.h"
#include "layout/layoutservice.h"
#include "lint/servicecatalogue.h"
#include "projectgenerator.h"
#include "readsnapshot.h"
#include "store/projectstore.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>

using namespace Portolan;
using namespace Portolan::Bench;
using namespace Qt::StringLiterals;

namespace {

struct Planned
{
    QString error;
    ProjectSnapshot project;
    Id environment = 0;
    DisplayList diagram;
};

std::unique_ptr<Planned> plan(ProjectSize size)
{
    auto result = std::make_unique<Planned>();
    QString &error = result->error;
    auto store = ProjectStore::createInMemory(&error);
    if (!store || !generateProject(*store, size, 1, &error))
        return result;
    const Id environment = ensureEnvironment(*store, u"Lab"_s, &error);
    int octet = 0;
    for (const Zone &zone : store->zones()) {
        if (!setZonePrefix(*store, environment, zone.id, u"10.%1.0.0/16"_s.arg(++octet % 256),
                           std::nullopt, QString(), &error))
            return result;
    }
    ProjectSnapshot project = Testing::readSnapshot(*store);
    QList<Id> all;
    for (const Component &component : project.components)
        all.append(component.id);
    Allocation allocation = allocateNextFree(project, environment, all);
    if (!applyChanges(*store, allocation.changes, true, nullptr, nullptr, &error))
        return result;
    result->project = Testing::readSnapshot(*store);
    result->environment = environment;
    // The diagram as the pack shows it, laid out once by the worker.
    DiagramOptions options;
    options.environment = environment;
    options.showAddresses = true;
    LayoutService service(QStringLiteral(PORTOLAN_BINARY));
    const LayoutResult layout = service.layOut(diagramLayoutRequest(result->project, options));
    result->diagram = renderDiagram(assembleDiagram(result->project, options, layout));
    return result;
}

const Planned &planned(ProjectSize size)
{
    static std::map<ProjectSize, std::unique_ptr<Planned>> cache;
    auto &entry = cache[size];
    if (!entry)
        entry = plan(size);
    return *entry;
}

bool ready(benchmark::State &state, const Planned &p)
{
    if (p.error.isEmpty())
        return true;
    failBenchmark(state, p.error);
    return false;
}

HandoverPack packOf(const Planned &p)
{
    const auto catalogue = ServiceCatalogue::bundled();
    return handoverPack(p.project, p.environment, generateRules(p.project, p.environment),
                        lintProject(p.project, *catalogue, { p.environment }), {});
}

// portolan rules --out lab.xlsx: rules, lint, every sheet, the package.
void rulesWorkbook(benchmark::State &state, ProjectSize size)
{
    const Planned &p = planned(size);
    if (!ready(state, p))
        return;
    QTemporaryDir directory;
    const QString path = directory.filePath(u"rules.xlsx"_s);
    for (auto _ : state) {
        QString error;
        if (!writeRules(p.project, p.environment, path, {}, nullptr, &error))
            return failBenchmark(state, error);
    }
    state.counters["rules"] = double(p.project.flows.size());
}

// Rules, lint and the pack's tables, ready to be laid out.
void packContent(benchmark::State &state, ProjectSize size)
{
    const Planned &p = planned(size);
    if (!ready(state, p))
        return;
    for (auto _ : state)
        benchmark::DoNotOptimize(packOf(p));
}

// What the Lint dock recomputes after an edit: the design checks and the
// address findings of one environment.
void lintEnvironment(benchmark::State &state, ProjectSize size)
{
    const Planned &p = planned(size);
    if (!ready(state, p))
        return;
    const auto catalogue = ServiceCatalogue::bundled();
    QList<LintFinding> findings;
    for (auto _ : state)
        findings = lintProject(p.project, *catalogue, { p.environment });
    for (const auto severity : { LintFinding::Severity::Error, LintFinding::Severity::Warning,
                                 LintFinding::Severity::Info }) {
        state.counters[lintSeverityName(severity).toStdString()] = double(
            std::count_if(findings.cbegin(), findings.cend(),
                          [severity](const LintFinding &f) { return f.severity == severity; }));
    }
}

// The pack laid out on A4 and painted into a PDF in memory.
void packPdf(benchmark::State &state, ProjectSize size)
{
    const Planned &p = planned(size);
    if (!ready(state, p))
        return;
    const HandoverPack pack = packOf(p);
    qint64 bytes = 0;
    qsizetype pages = 0;
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QString error;
        if (!printHandoverPack(&writer, pack, { { QString(), p.diagram } }, {}, &error))
            return failBenchmark(state, error);
        bytes = buffer.size();
        pages = buffer.data().count("/Type /Page\n");
    }
    state.counters["MB"] = double(bytes) / 1e6;
    state.counters["pages"] = double(pages);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return runBenchmarks(argc, argv, [] {
        registerForEverySize({ { "rules_workbook", rulesWorkbook },
                               { "lint_environment", lintEnvironment },
                               { "pack_content", packContent },
                               { "pack_pdf", packPdf } });
    });
}
