#pragma once

#include "sim/analysis/run_results.hpp"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace normsim {

// One run of a batch: its --set overrides (after the command's own) and its seed.
struct BatchRun {
  std::vector<std::string> overrides;
  std::uint64_t seed = 0;
};

struct BatchOptions {
  std::vector<std::string> overrides;  // the command's --set, for every run
  int threads = 1;
  bool quiet = false;
  std::string scratch;  // a directory for the runs' files, created and removed by run_batch
};

// Ctrl-C stopped a batch between steps of a run; nothing was written.
class Interrupted : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Seed of replicate r of a scenario whose seed (or --seed) is `base`: base + r, so replicate r
// of every pathway shares its seed (common random numbers) and any run can be re-run alone
// with `normsim run --seed`.
std::uint64_t replicate_seed(std::uint64_t base, std::int64_t r);

// Runs the scenario once per entry of `runs`, in order, in this process (each run on
// options.threads workers) and returns each run's per-run results. The one place where
// compare and sensitivity execute runs: moving them to the sweep runner changes only this.
std::vector<sim::analysis::RunResults> run_batch(const std::string& scenario_path,
                                                 const std::vector<BatchRun>& runs,
                                                 const BatchOptions& options);

}  // namespace normsim
