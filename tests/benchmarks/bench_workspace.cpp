// bench_workspace: how long an edit takes in the design workspace, from the
// call to the document until the file holds it and the tables show it — on
// generated projects of the benchmark sizes, stored in a file on disk (each
// edit is a committed transaction). The diagram's relayout after an edit is
// bench_diagram's relayout_pinned; it runs in the worker, after this. The
// address plan edits include the Address Plan's validation of the whole
// environment, which it runs after every edit.

#include "addressplan/addressplanpanel.h"
#include "benchmain.h"
#include "document/projectdocument.h"
#include "environment/currentenvironment.h"
#include "projectgenerator.h"
#include "selection/projectselection.h"
#include "store/projectstore.h"
#include "tables/componentspanel.h"
#include "tables/flowspanel.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QUndoStack>

#include <benchmark/benchmark.h>

using namespace Portolan;
using namespace Portolan::Bench;
using namespace Qt::StringLiterals;

namespace {

// One open project per size with the two tables attached, as in the window.
struct Workspace
{
    QTemporaryDir directory;
    std::unique_ptr<ProjectDocument> document;
    ProjectSelection selection;
    FlowsPanel flows;
    ComponentsPanel components;
    CurrentEnvironment environment;
    AddressPlanPanel plan { &environment };
    QString error;
    Id busiest = 0; // the component with the most flows
    Id planned = 0; // every zone a prefix, every component an address
    Id empty = 0; // the same prefixes, no address

    explicit Workspace(ProjectSize size)
    {
        const QString path = directory.filePath(u"bench.portolan"_s);
        {
            auto store = ProjectStore::create(path, &error);
            if (!store || !generateProject(*store, size, 1, &error))
                return;
        }
        document = ProjectDocument::open(path, &error);
        if (!document)
            return;
        selection.setDocument(document.get());
        for (TablePanel *panel :
             { static_cast<TablePanel *>(&flows), static_cast<TablePanel *>(&components) }) {
            panel->setSelection(&selection);
            panel->setDocument(document.get());
        }
        QHash<Id, int> uses;
        for (const Flow &flow : document->project().flows) {
            ++uses[flow.sourceId];
            ++uses[flow.destinationId];
        }
        for (auto it = uses.cbegin(); it != uses.cend(); ++it) {
            if (it.value() > uses.value(busiest))
                busiest = it.key();
        }
        environment.setDocument(document.get());
        planAddresses();
    }

    // Two environments with a /16 per zone; the first filled by allocation.
    void planAddresses()
    {
        planned = document->addEnvironment(u"Planned"_s);
        empty = document->addEnvironment(u"Empty"_s);
        int octet = 0;
        for (const Zone &zone : document->project().zones) {
            for (const Id env : { planned, empty }) {
                ZonePrefix prefix { 0,  env, zone.id, u"10.%1.0.0/16"_s.arg(++octet % 256),
                                    {}, {},  {} };
                if (!document->setZonePrefix(prefix))
                    error = document->errorString();
            }
        }
        QList<Id> all;
        for (const Component &component : document->project().components)
            all.append(component.id);
        if (!document->allocateAddresses(planned, all, {}))
            error = document->errorString();
        document->undoStack()->clear();
        if (!error.isEmpty())
            document.reset();
    }
};

// Kept between benchmarks; released before the application object goes.
std::map<ProjectSize, std::unique_ptr<Workspace>> workspaces;

Workspace &workspace(ProjectSize size)
{
    auto &slot = workspaces[size];
    if (!slot)
        slot = std::make_unique<Workspace>(size);
    return *slot;
}

bool ready(benchmark::State &state, Workspace &w)
{
    if (w.document)
        return true;
    failBenchmark(state, w.error);
    return false;
}

bool check(benchmark::State &state, bool ok, const Workspace &w)
{
    if (!ok) {
        failBenchmark(state, w.document->errorString());
    }
    return ok;
}

// Renaming the busiest component: its row and every row of its flows change.
void renameComponent(benchmark::State &state, ProjectSize size)
{
    Workspace &w = workspace(size);
    if (!ready(state, w))
        return;
    const QString name = w.document->project().componentName(w.busiest);
    int n = 0;
    for (auto _ : state) {
        // Alternating names, so that the edits do not merge back to nothing.
        if (!check(state, w.document->renameComponent(w.busiest, name + QString::number(++n % 2)),
                   w))
            return;
    }
    w.document->renameComponent(w.busiest, name);
    w.document->undoStack()->clear();
}

void addFlowUndoRedo(benchmark::State &state, ProjectSize size)
{
    Workspace &w = workspace(size);
    if (!ready(state, w))
        return;
    Flow flow = w.document->project().flows.constFirst();
    flow.purpose = u"benchmark"_s;
    for (auto _ : state) {
        if (!check(state, w.document->addFlow(flow) != 0, w))
            return;
        w.document->undoStack()->undo();
        w.document->undoStack()->redo();
        w.document->undoStack()->undo();
    }
    w.document->undoStack()->clear();
}

// Deleting the busiest component with its flows, then undoing it.
void deleteComponentUndo(benchmark::State &state, ProjectSize size)
{
    Workspace &w = workspace(size);
    if (!ready(state, w))
        return;
    state.counters["flows"] = w.document->flowCountOf({ w.busiest });
    for (auto _ : state) {
        if (!check(state, w.document->deleteComponents({ w.busiest }), w))
            return;
        w.document->undoStack()->undo();
    }
    w.document->undoStack()->clear();
}

// Pasting 100 spreadsheet rows (new components among them), then undoing.
void paste100Rows(benchmark::State &state, ProjectSize size)
{
    Workspace &w = workspace(size);
    if (!ready(state, w))
        return;
    ImportResult rows;
    const QList<Component> &components = w.document->project().components;
    for (int i = 0; i < 100; ++i) {
        ImportedFlow flow;
        flow.source
            = i % 4 == 0 ? u"Pasted %1"_s.arg(i) : components.at(i % components.size()).name;
        flow.destination = components.at((i * 7 + 3) % components.size()).name;
        flow.ports = PortSet::single(quint16(20000 + i));
        flow.purpose = u"pasted"_s;
        rows.flows.append(flow);
    }
    for (auto _ : state) {
        if (!check(state, w.document->importFlows({ rows }, u"Paste"_s), w))
            return;
        w.document->undoStack()->undo();
    }
    w.document->undoStack()->clear();
}

// Typing an address into the busiest component's cell in the Address Plan.
void typeAddress(benchmark::State &state, ProjectSize size)
{
    Workspace &w = workspace(size);
    if (!ready(state, w))
        return;
    w.environment.setId(w.planned);
    const QStringList before = [&] {
        QStringList values;
        for (const Address &address : w.document->project().addressesOf(w.busiest, w.planned))
            values.append(address.value);
        return values;
    }();
    state.counters["addresses"] = double(w.document->project().addresses.size());
    int n = 0;
    for (auto _ : state) {
        const QStringList typed { before.value(0), u"192.168.%1.1"_s.arg(++n % 2) };
        if (!check(state, w.document->setComponentAddresses(w.planned, w.busiest, typed), w))
            return;
    }
    w.document->setComponentAddresses(w.planned, w.busiest, before);
    w.document->undoStack()->clear();
}

// Allocate Next Free Address with nothing selected: every component, then undo.
void allocateAllUndo(benchmark::State &state, ProjectSize size)
{
    Workspace &w = workspace(size);
    if (!ready(state, w))
        return;
    w.environment.setId(w.empty);
    QList<Id> all;
    for (const Component &component : w.document->project().components)
        all.append(component.id);
    state.counters["components"] = double(all.size());
    for (auto _ : state) {
        if (!check(state, w.document->allocateAddresses(w.empty, all, { 0, true }), w))
            return;
        w.document->undoStack()->undo();
    }
    w.document->undoStack()->clear();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int status = runBenchmarks(argc, argv, [] {
        registerForEverySize({
            { "rename_component", renameComponent },
            { "add_flow_undo_redo_undo", addFlowUndoRedo },
            { "delete_component_undo", deleteComponentUndo },
            { "paste_100_rows_undo", paste100Rows },
            { "type_address", typeAddress },
            { "allocate_all_undo", allocateAllUndo },
        });
    });
    workspaces.clear();
    return status;
}
