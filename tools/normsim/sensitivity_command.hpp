#pragma once

#include "sim/analysis/sensitivity.hpp"
#include "tools/normsim/batch_flags.hpp"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace normsim {

// `normsim sensitivity SCENARIO --factor key=low:high ...`: a Morris design over the factors,
// one run per design point (all with the same seed), then mu*, mu and sigma of every metric.
class SensitivityCommand {
 public:
  explicit SensitivityCommand(CLI::App& app);
  bool selected() const { return command_->parsed(); }
  int execute() const;

 private:
  std::vector<sim::analysis::Factor> parse_factors() const;

  CLI::App* command_ = nullptr;
  std::string scenario_;
  std::vector<std::string> factors_;
  int trajectories_ = 10;
  int levels_ = 4;
  std::uint64_t design_seed_ = 1;
  BatchFlags flags_;
};

// "key=low:high" as a factor; an InputError naming the text when malformed or low >= high.
sim::analysis::Factor parse_factor(const std::string& text);

}  // namespace normsim
