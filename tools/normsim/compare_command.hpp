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
// pairwise difference (sim/analysis/comparison).
class CompareCommand {
 public:
  explicit CompareCommand(CLI::App& app);
  bool selected() const { return command_->parsed(); }
  int execute() const;

 private:
  // Runs --replicates of each scenario: one group per scenario, in order.
  std::vector<sim::analysis::Group> run_pathways(const std::vector<std::string>& scenarios) const;

  CLI::App* command_ = nullptr;
  std::vector<std::string> inputs_;
  std::int64_t replicates_ = 20;
  std::int64_t resamples_ = sim::analysis::BootstrapOptions::kDefaultResamples;
  double confidence_ = 0.95;
  std::uint64_t bootstrap_seed_ = sim::analysis::BootstrapOptions::kDefaultSeed;
  BatchFlags flags_;
};

}  // namespace normsim
