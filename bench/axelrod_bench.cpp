// Throughput of the scaled Axelrod game: one generation per iteration, with N agents each
// watched by K = 20 random others, recording to a real HDF5 file as a run does.
// Counters: agent-opportunities per second (N x opportunities per generation) and the
// process's peak resident memory (run one configuration per process for a per-size figure:
// bench/axelrod.sh does).
#include "models/axelrod/model.hpp"
#include "sim/io/output_file.hpp"

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
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

// Every configuration plays the same first generations from the seed-1 population, so 1 and
// 2 threads do identical work (outputs are bit-identical): generation cost changes as the
// population evolves, and a time-bounded benchmark would compare different generations.
// The metanorms game costs O(N K^2) per generation, so it stops at 1e5 agents.
void register_all() {
  for (std::int64_t meta : {0, 1})
    for (std::int64_t n : {1000, 10000, 100000, 1000000}) {
      if (meta && n > 100000) continue;
      const std::int64_t generations = std::max<std::int64_t>(3, (meta ? 1000000 : 4000000) / n);
      for (std::int64_t threads : {1, 2})
        benchmark::RegisterBenchmark("BM_ScaledNormsGame", BM_ScaledNormsGame)
            ->Args({n, threads, meta})
            ->ArgNames({"N", "threads", "meta"})
            ->Iterations(generations)
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    }
}

}  // namespace

int main(int argc, char** argv) {
  register_all();
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
}
