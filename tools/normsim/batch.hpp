#pragma once

#include "sim/analysis/run_results.hpp"
#include "sim/config/engine_keys.hpp"
#include "sim/sweep/plan.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace normsim {

// One run of a batch: which scenario, its seed, and the parameter values it sets (one per
// Batch parameter, in order).
struct BatchRun {
  std::size_t scenario = 0;
  std::uint64_t seed = 0;
  std::vector<sim::sweep::Assignment> values;
};

struct BatchOptions {
  std::vector<std::string> overrides;  // --set, for every run
  std::optional<std::int64_t> steps;   // --steps, for every run
  int threads = 0;                     // in all, shared by runs in flight; 0: every core
  bool quiet = false;
  // When set, every run (series too) is also kept in this directory: one sweep file per
  // scenario, named after it, such as `normsim sweep` writes for a sweep of replicates.
  std::string runs_dir;
};

// The runs of compare and sensitivity, executed by the sweep runner (sim/sweep/runner.hpp):
// several runs at once, each handed back in memory, results indexed by run whatever the
// scheduling. All scenarios must be of one model.
class Batch {
 public:
  // Loads the scenarios with --set and --steps (an InputError for bad input).
  Batch(const std::vector<std::string>& scenario_paths, const BatchOptions& options);

  const sim::config::Scenario& scenario(std::size_t i) const { return plan_.scenarios.at(i); }

  // The runs to make, each setting `parameters` to its values; every run's document is
  // checked against the model here, so bad values fail before any run starts.
  void set_runs(std::vector<std::string> parameters, std::vector<BatchRun> runs);

  // Every run's per-run results, indexed like the runs (and the runs directory written);
  // sim::Interrupted on Ctrl-C.
  std::vector<sim::analysis::RunResults> run() const;

 private:
  sim::sweep::SweepPlan plan_;
  std::string model_;
  BatchOptions options_;
};

}  // namespace normsim
