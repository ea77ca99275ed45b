#pragma once

#include "sim/sweep/distributed.hpp"
#include "tools/normsim/calibrate_command.hpp"
#include "tools/normsim/compare_command.hpp"
#include "tools/normsim/scenario_inputs.hpp"
#include "tools/normsim/sensitivity_command.hpp"
#include "tools/serve/serve_command.hpp"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace normsim {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInternal = 1;
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitInterrupted = 130;

// The subcommands: flags are declared on construction, work happens in execute().
class Commands {
 public:
  explicit Commands(CLI::App& app);
  // Under mpirun only `sweep` may run (on every rank); other commands are an InputError there.
  int execute(const sim::sweep::Processes& processes) const;

 private:
  void run_flags(CLI::App* app, const std::string& seed_help);
  void check_output() const;
  int run() const;
  int run_row() const;
  int sweep(const sim::sweep::Processes& processes) const;
  int merge() const;
  int validate() const;
  int describe() const;
  int report() const;

  CLI::App* run_ = nullptr;
  CLI::App* sweep_ = nullptr;
  CLI::App* merge_ = nullptr;
  CLI::App* validate_ = nullptr;
  CLI::App* describe_ = nullptr;
  std::unique_ptr<CompareCommand> compare_;
  std::unique_ptr<SensitivityCommand> sensitivity_;
  std::unique_ptr<CalibrateCommand> calibrate_;
  std::unique_ptr<serve::ServeCommand> serve_;
  CLI::App* report_ = nullptr;

  ScenarioInputs in_;
  std::string output_;
  int threads_ = 1;
  int sweep_threads_ = 0;
  int threads_per_run_ = 0;
  std::optional<std::int64_t> run_index_;
  bool resume_ = false;
  bool quiet_ = false;
  bool timing_ = false;
  std::vector<std::string> inputs_;
  std::string model_;
  std::string input_;
};

}  // namespace normsim
