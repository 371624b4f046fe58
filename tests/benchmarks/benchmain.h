#pragma once
// What every benchmark executable does around its benchmarks: register each
// one once per project size as NAME/SIZE (wall-clock milliseconds: worker
// processes and files are what users wait for), then run what the command
// line selects.

#include "projectgenerator.h"

#include <QString>

#include <benchmark/benchmark.h>

#include <initializer_list>
#include <string>

namespace Portolan::Bench {

using SizedBenchmark = void (*)(benchmark::State &, ProjectSize);

struct NamedBenchmark
{
    const char *name;
    SizedBenchmark function;
};

// `onePassForLarge`: L and XL run one iteration per repetition (a run takes
// seconds).
inline void registerForEverySize(std::initializer_list<NamedBenchmark> benchmarks,
                                 bool onePassForLarge = false)
{
    for (const ProjectSize size :
         { ProjectSize::S, ProjectSize::M, ProjectSize::L, ProjectSize::XL }) {
        for (const NamedBenchmark &entry : benchmarks) {
            const std::string name = std::string(entry.name) + '/' + sizeName(size).toStdString();
            auto *registered = benchmark::RegisterBenchmark(name.c_str(), entry.function, size);
            registered->Unit(benchmark::kMillisecond)->UseRealTime();
            if (onePassForLarge && (size == ProjectSize::L || size == ProjectSize::XL))
                registered->Iterations(1);
        }
    }
}

// Whether a benchmark of this run has failed (the exit status says so).
inline bool &anyBenchmarkFailed()
{
    static bool failed = false;
    return failed;
}

// Ends the benchmark with `why` and makes the run fail.
inline void failBenchmark(benchmark::State &state, const QString &why)
{
    anyBenchmarkFailed() = true;
    state.SkipWithError(why.toStdString().c_str());
}

// Reads the benchmark options, calls `registerAll`, runs. 2 for an option
// it does not know, 1 when a benchmark failed (failBenchmark), else 0.
template<typename Register> int runBenchmarks(int argc, char **argv, Register registerAll)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    registerAll();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return anyBenchmarkFailed() ? 1 : 0;
}

} // namespace Portolan::Bench
