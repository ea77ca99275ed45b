#include "tools/normsim/batch_flags.hpp"

#include "sim/config/suggest.hpp"
#include "sim/core/error.hpp"
#include "sim/io/output_lock.hpp"
#include "sim/io/text_file.hpp"
#include "tools/normsim/seed_flag.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <sstream>

namespace normsim {
namespace {

void check_directory(const std::string& flag, const std::string& path) {
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (!path.empty() && !parent.empty() && !std::filesystem::is_directory(parent))
    throw sim::InputError(flag + " " + path + ": directory " + parent.string() + " does not exist");
}

void check_output(const std::string& flag, const std::string& path,
                  const std::vector<std::string>& inputs) {
  check_directory(flag, path);
  if (path.empty()) return;
  try {
    sim::io::check_output_path(path, inputs);
  } catch (const sim::InputError& e) {
    throw sim::InputError(flag + " " + e.what());
  }
}

}  // namespace

void BatchFlags::add_to(CLI::App& c) {
  c.add_option("-o,--output", output, "HDF5 file for the per-run values and the results");
  c.add_option("--seed", seed, "base seed (overrides the scenario's `seed`)")->check(seed_flag());
  c.add_option(
      "--threads", threads,
      "worker threads shared by the runs (default: every core; results do not depend on it)");
  c.add_option("--steps", steps, "number of steps of every run");
  c.add_option("--set", overrides, "override a scenario key in every run: --set key.path=value")
      ->allow_extra_args(false);
  c.add_option("--metric", metrics, "analyse only this per-run result (repeatable; default all)")
      ->allow_extra_args(false);
  c.add_option("--format", format, "table format: text, csv or json");
  c.add_option("--table", table_file, "write the table to this file instead of stdout");
  c.add_option("--runs", runs_dir,
               "also keep every run (series too) in this directory: a sweep file per scenario");
  c.add_flag("-q,--quiet", quiet, "no progress bar");
}

void BatchFlags::check(const std::vector<std::string>& inputs) const {
  if (threads < 0)
    throw sim::InputError("--threads must be at least 0 (0: every core), got " +
                          std::to_string(threads));
  try {
    sim::analysis::parse_format(format);
  } catch (const std::invalid_argument& e) {
    throw sim::InputError(std::string("--format: ") + e.what());
  }
  check_output("--output", output, inputs);
  check_output("--table", table_file, inputs);
  if (!output.empty() && output == table_file)
    throw sim::InputError("--table " + table_file + ": the same file as --output");
  check_directory("--runs", runs_dir);
}

std::vector<std::string> BatchFlags::select_metrics(
    const std::vector<std::string>& available) const {
  if (metrics.empty()) return available;
  for (const std::string& m : metrics)
    if (std::find(available.begin(), available.end(), m) == available.end()) {
      std::string message = "--metric " + m + ": no such per-run result";
      const std::string hint = sim::config::closest(m, available);
      if (!hint.empty()) message += " (did you mean '" + hint + "'?)";
      throw sim::InputError(message);
    }
  return metrics;
}

void BatchFlags::emit(const sim::analysis::Table& table,
                      const std::vector<std::pair<std::string, sim::analysis::Cell>>& meta) const {
  const auto f = sim::analysis::parse_format(format);
  if (table_file.empty()) {
    sim::analysis::write_table(std::cout, table, f, meta);
    return;
  }
  std::ostringstream text;
  sim::analysis::write_table(text, table, f, meta);
  sim::io::write_text_file(table_file, text.str());
}

}  // namespace normsim
