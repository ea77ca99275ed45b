// Throughput of the scaled Axelrod game: one generation per iteration, with N agents each
// watched by K = 20 random others, recording to a real HDF5 file as a run does.
// Counters: agent-opportunities per second (N x opportunities per generation) and the
// process's peak resident memory (run one configuration per process for a per-size figure:
// bench/axelrod.sh does).
#include "models/axelrod/model.hpp"
#include "sim/io/output_file.hpp"

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <filesystem>

namespace {

void BM_ScaledNormsGame(benchmark::State& state) {
  axelrod::Params p = axelrod::schema().defaults();
  p.population = state.range(0);
  p.observers = 20;
  p.metanorms = state.range(2) != 0;
  p.generations = std::int64_t{1} << 40;
  const sim::Executor executor(static_cast<int>(state.range(1)));
  const std::string path =
      (std::filesystem::temp_directory_path() / "normsim_axelrod_bench.h5").string();
  {
    sim::io::OutputFile out(path, {"axelrod", "bench", "", "", "", 1, executor.threads()});
    sim::io::Recorder recorder(out.id());
    axelrod::Simulation simulation(p, 1, executor, recorder);
    std::int64_t generation = 0;
    for (auto _ : state) simulation.step(generation++);
    recorder.flush();
    benchmark::DoNotOptimize(simulation.mean_boldness());
  }
  std::filesystem::remove(path + ".partial");
  state.counters["agent_opportunities_per_s"] = benchmark::Counter(
      static_cast<double>(p.population * p.opportunities) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_MiB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// Arguments: population, threads, metanorms (0/1). The metanorms game costs O(N K^2) per
// generation (every observer of a defection may meta-punish every other), so it stops at 1e5.
BENCHMARK(BM_ScaledNormsGame)
    ->ArgsProduct({{1000, 10000, 100000, 1000000}, {1, 2}, {0}})
    ->ArgsProduct({{1000, 10000, 100000}, {1, 2}, {1}})
    ->ArgNames({"N", "threads", "meta"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
