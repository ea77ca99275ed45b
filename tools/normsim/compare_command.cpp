#include "tools/normsim/compare_command.hpp"

#include "sim/analysis/comparison_output.hpp"
#include "sim/analysis/sweep_input.hpp"
#include "sim/core/error.hpp"
#include "sim/sweep/plan.hpp"

#include <filesystem>
#include <iostream>
#include <optional>
#include <set>

namespace normsim {
namespace {

std::string pathway_name(const std::string& path) {
  return std::filesystem::path(path).stem().string();
}

bool is_sweep_file(const std::string& path) {
  return std::filesystem::path(path).extension() == ".h5";
}

}  // namespace

std::vector<sim::analysis::Group> CompareCommand::run_pathways(
    const std::vector<std::string>& scenarios) const {
  Batch batch(scenarios, flags_.batch_options());
  std::vector<sim::analysis::Group> groups;
  std::vector<BatchRun> runs;
  for (std::size_t p = 0; p < scenarios.size(); ++p) {
    groups.push_back({pathway_name(scenarios[p]), scenarios[p], {}, {}});
    const std::uint64_t base = flags_.base_seed(batch.scenario(p));
    for (std::int64_t r = 0; r < replicates_; ++r) {
      runs.push_back({p, sim::sweep::derive_seed(base, r), {}});
      groups.back().seeds.push_back(static_cast<std::int64_t>(runs.back().seed));
    }
  }
  batch.set_runs({}, std::move(runs));
  if (!flags_.quiet)
    std::cerr << scenarios.size() << " pathways x " << replicates_ << " replicates\n";
  auto results = batch.run();
  const auto per_pathway = static_cast<std::size_t>(replicates_);
  for (std::size_t i = 0; i < results.size(); ++i)
    groups[i / per_pathway].runs.push_back(std::move(results[i]));
  return groups;
}

CompareCommand::CompareCommand(CLI::App& app) {
  command_ = app.add_subcommand(
      "compare", "run replicates of several scenarios (pathways) and compare their outcomes");
  command_
      ->add_option("inputs", inputs_,
                   "one per pathway: a scenario YAML file (run here) or a sweep file (.h5) "
                   "of replicates written by `normsim sweep`")
      ->required();
  command_->add_option("-r,--replicates", replicates_,
                       "runs per pathway (seeds derived from the scenario's seed or --seed)");
  command_->add_option("--resamples", resamples_, "bootstrap resamples per interval");
  command_->add_option("--confidence", confidence_, "confidence level of the intervals");
  command_->add_option("--bootstrap-seed", bootstrap_seed_, "seed of the bootstrap resampling");
  flags_.add_to(*command_);
}

int CompareCommand::execute() const {
  flags_.check(inputs_);
  if (replicates_ < 1)
    throw sim::InputError("--replicates must be at least 1, got " + std::to_string(replicates_));
  if (resamples_ < 1)
    throw sim::InputError("--resamples must be at least 1, got " + std::to_string(resamples_));
  if (!(confidence_ > 0.0 && confidence_ < 1.0))
    throw sim::InputError("--confidence must be between 0 and 1, got " +
                          std::to_string(confidence_));
  std::set<std::string> names;
  for (const std::string& input : inputs_)
    if (!names.insert(pathway_name(input)).second)
      throw sim::InputError(input + ": pathway '" + pathway_name(input) +
                            "' given twice (pathways are named after their file)");

  // Sweep files are read first, so that a bad one fails before any run; scenarios then run in
  // one batch, so that runs of every pathway share the threads.
  std::vector<std::optional<sim::analysis::Group>> read(inputs_.size());
  std::vector<std::string> scenarios;
  for (std::size_t i = 0; i < inputs_.size(); ++i) {
    if (is_sweep_file(inputs_[i]))
      read[i] = sim::analysis::read_sweep_group(inputs_[i]);
    else
      scenarios.push_back(inputs_[i]);
  }
  if (scenarios.empty())  // nothing runs: flags about running would be silently ignored
    for (const char* flag : {"--replicates", "--seed", "--steps", "--set", "--runs", "--threads"})
      if (command_->count(flag) > 0)
        throw sim::InputError(std::string(flag) +
                              " applies to scenarios that are run; every input is a sweep file");
  std::vector<sim::analysis::Group> ran;
  if (!scenarios.empty()) ran = run_pathways(scenarios);
  std::vector<sim::analysis::Group> groups;
  auto next_ran = ran.begin();
  for (auto& g : read) groups.push_back(g ? std::move(*g) : std::move(*next_ran++));

  std::vector<std::string> left_out;
  const auto metrics = flags_.select_metrics(sim::analysis::common_metrics(groups, &left_out));
  if (!left_out.empty() && !flags_.quiet) {
    std::cerr << "not in every pathway, so not compared:";
    for (const auto& m : left_out) std::cerr << " " << m;
    std::cerr << "\n";
  }
  const sim::analysis::BootstrapOptions options{resamples_, confidence_, bootstrap_seed_};
  const auto comparison = sim::analysis::compare(groups, metrics, options);
  if (!flags_.output.empty())
    sim::analysis::write_comparison_file(flags_.output, groups, metrics, comparison, options);
  flags_.emit(sim::analysis::comparison_table(comparison), sim::analysis::bootstrap_meta(options));
  if (!flags_.output.empty() && !flags_.quiet) std::cerr << "wrote " << flags_.output << "\n";
  return 0;
}

}  // namespace normsim
