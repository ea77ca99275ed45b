#include "tools/normsim/compare_command.hpp"

#include "sim/analysis/comparison_output.hpp"
#include "sim/analysis/ensemble_signs.hpp"
#include "sim/analysis/sweep_input.hpp"
#include "sim/calibrate/calibration.hpp"
#include "sim/calibrate/calibration_file.hpp"
#include "sim/core/error.hpp"
#include "sim/sweep/plan.hpp"
#include "tools/normsim/model_registry.hpp"

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

std::vector<std::vector<sim::sweep::Assignment>> CompareCommand::ensemble_points() const {
  if (ensemble_.empty()) return {{}};  // one point: the scenarios as they are
  const auto e = sim::calibrate::read_ensemble(ensemble_);
  std::vector<sim::calibrate::FreeParameter> keys;
  for (const auto& k : e.keys)
    keys.push_back({k, 0, 1, "--ensemble " + ensemble_ + " (" + k + ")"});
  std::vector<std::vector<sim::sweep::Assignment>> out;
  for (const auto& m : e.members) {
    if (std::ssize(out) == ensemble_max_) break;
    out.push_back(sim::calibrate::assignments(keys, m.values));
  }
  if (!flags_.quiet)
    std::cerr << "ensemble of " << ensemble_ << ": " << out.size() << " of " << e.members.size()
              << " parameter sets (best first)\n";
  return out;
}

std::vector<sim::analysis::Group> CompareCommand::run_pathways(
    const std::vector<std::string>& scenarios) const {
  Batch batch(scenarios, flags_.batch_options());
  const auto points = ensemble_points();
  std::vector<std::string> keys;
  for (const auto& a : points.front()) keys.push_back(a.key);
  std::vector<sim::analysis::Group> groups;
  std::vector<BatchRun> runs;
  // Member-major within a pathway: runs m * replicates ... are parameter set m's.
  for (std::size_t p = 0; p < scenarios.size(); ++p) {
    groups.push_back({pathway_name(scenarios[p]),
                      scenarios[p],
                      {},
                      {},
                      find_model(batch.scenario(p).engine.model, nullptr).draws_version});
    const std::uint64_t base = flags_.base_seed(batch.scenario(p));
    for (const auto& point : points)
      for (std::int64_t r = 0; r < replicates_; ++r) {
        runs.push_back({p, sim::sweep::derive_seed(base, r), point});
        groups.back().seeds.push_back(static_cast<std::int64_t>(runs.back().seed));
      }
  }
  batch.set_runs(keys, std::move(runs));
  if (!flags_.quiet)
    std::cerr << scenarios.size() << " pathways x " << points.size() << " parameter sets x "
              << replicates_ << " replicates\n";
  auto results = batch.run();
  const auto per_pathway = points.size() * static_cast<std::size_t>(replicates_);
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
  command_->add_option("--ensemble", ensemble_,
                       "run every pathway at each parameter set of this calibration's ensemble "
                       "(normsim calibrate -o FILE), --replicates at each");
  command_->add_option("--ensemble-max", ensemble_max_,
                       "use at most this many ensemble members, the best first");
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
  if (ensemble_max_ < 1)
    throw sim::InputError("--ensemble-max must be at least 1, got " +
                          std::to_string(ensemble_max_));
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
  if (!ensemble_.empty() && !scenarios.empty() && scenarios.size() != inputs_.size())
    throw sim::InputError("--ensemble runs the pathways: give scenarios, not sweep files");
  if (scenarios.empty())  // nothing runs: flags about running would be silently ignored
    for (const char* flag :
         {"--replicates", "--seed", "--steps", "--set", "--runs", "--threads", "--ensemble"})
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
  auto table = sim::analysis::comparison_table(comparison);
  auto meta = sim::analysis::bootstrap_meta(options);
  std::vector<sim::analysis::SignAgreement> signs;
  if (!ensemble_.empty()) {
    const auto members = static_cast<std::int64_t>(groups.front().runs.size()) / replicates_;
    signs = sim::analysis::sign_agreement(groups, metrics, members, replicates_);
    sim::analysis::add_sign_columns(table, signs);
    meta.push_back({"ensemble", ensemble_});
    meta.push_back({"parameter_sets", members});
  }
  if (!flags_.output.empty())
    sim::analysis::write_comparison_file(
        flags_.output, groups, metrics, comparison, options, [&](hid_t file) {
          if (!ensemble_.empty()) sim::analysis::write_sign_agreement(file, signs, ensemble_);
        });
  flags_.emit(table, meta);
  if (!flags_.output.empty() && !flags_.quiet) std::cerr << "wrote " << flags_.output << "\n";
  return 0;
}

}  // namespace normsim
