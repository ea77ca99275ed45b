#pragma once

#include "sim/analysis/table.hpp"
#include "tools/normsim/batch.hpp"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace normsim {

// The flags compare and sensitivity share: how their runs are made and how results are shown.
struct BatchFlags {
  std::vector<std::string> overrides;
  std::optional<std::int64_t> steps;
  std::optional<std::uint64_t> seed;
  int threads = 0;  // all runs together; 0: every core
  bool quiet = false;
  std::string output;
  std::string format = "text";
  std::string table_file;
  std::string runs_dir;
  std::vector<std::string> metrics;

  void add_to(CLI::App& command);

  // Rejects bad flag values before any run starts (an InputError naming the flag), an output
  // among `inputs` included.
  void check(const std::vector<std::string>& inputs) const;
  BatchOptions batch_options() const { return {overrides, steps, threads, quiet, runs_dir}; }
  // The base seed of a scenario's runs: --seed, else the scenario's `seed`.
  std::uint64_t base_seed(const sim::config::Scenario& scenario) const {
    return seed.value_or(scenario.engine.seed);
  }
  // --metric if given (each must be among `available`), else all of `available`.
  std::vector<std::string> select_metrics(const std::vector<std::string>& available) const;
  // The table on stdout, or in --table FILE, in --format.
  void emit(const sim::analysis::Table& table,
            const std::vector<std::pair<std::string, sim::analysis::Cell>>& meta) const;
};

}  // namespace normsim
