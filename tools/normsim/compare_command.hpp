#pragma once

#include "sim/analysis/bootstrap.hpp"
#include "sim/analysis/comparison.hpp"
#include "tools/normsim/batch_flags.hpp"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace normsim {

// `normsim compare A.yaml B.h5 ...`: replicate runs of each pathway (run here from a scenario,
// or read from a sweep file), then per metric the mean with its bootstrap interval and every
// pairwise difference (sim/analysis/comparison). With --ensemble calib.h5 every pathway runs
// at each parameter set of the calibration's ensemble times --replicates (the same seeds at
// every set), so intervals cover parameter uncertainty as well as seeds, and the table says
// which differences keep their sign at every set (sim/analysis/ensemble_signs).
class CompareCommand {
 public:
  explicit CompareCommand(CLI::App& app);
  bool selected() const { return command_->parsed(); }
  int execute() const;

 private:
  // Runs --replicates of each scenario: one group per scenario, in order.
  std::vector<sim::analysis::Group> run_pathways(const std::vector<std::string>& scenarios) const;
  // With --ensemble: the ensemble's parameter sets (at most --ensemble-max, best first).
  std::vector<std::vector<sim::sweep::Assignment>> ensemble_points() const;

  CLI::App* command_ = nullptr;
  std::vector<std::string> inputs_;
  std::int64_t replicates_ = 20;
  std::int64_t resamples_ = sim::analysis::BootstrapOptions::kDefaultResamples;
  double confidence_ = 0.95;
  std::uint64_t bootstrap_seed_ = sim::analysis::BootstrapOptions::kDefaultSeed;
  std::string ensemble_;
  std::int64_t ensemble_max_ = 10;
  BatchFlags flags_;
};

}  // namespace normsim
