#include "tools/normsim/batch.hpp"

#include "sim/core/error.hpp"
#include "sim/sweep/runner.hpp"
#include "sim/sweep/sweep_file.hpp"
#include "tools/normsim/model_registry.hpp"
#include "tools/normsim/scenario_inputs.hpp"

#include <filesystem>
#include <memory>
#include <optional>

namespace normsim {
namespace {

// The runs of a batch kept as sweep files, one per scenario: each holds that scenario's runs
// as their own plan (run i of the scenario at row i), as `normsim sweep` would write them.
class RunsDirectory {
 public:
  RunsDirectory(const std::string& dir, const sim::sweep::SweepPlan& plan, int threads)
      : parts_(plan.scenarios.size()), local_(plan.rows.size()) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw sim::InputError("--runs " + dir + ": cannot create directory: " + ec.message());
    for (std::size_t s = 0; s < parts_.size(); ++s) {
      parts_[s].scenarios = {plan.scenarios[s]};
      parts_[s].parameters = plan.parameters;
      parts_[s].fixed = plan.fixed;
    }
    for (const auto& row : plan.rows) {
      auto& part = parts_[row.scenario];
      local_[static_cast<std::size_t>(row.index)] = std::ssize(part.rows);
      part.rows.push_back({std::ssize(part.rows), row.seed, 0, row.values});
    }
    for (std::size_t s = 0; s < parts_.size(); ++s) {
      const auto& scenario = plan.scenarios[s];
      auto p = provenance(scenario, scenario.engine.seed, threads);
      p.file_type = "normsim.sweep";
      const auto name = std::filesystem::path(scenario.doc.name()).stem().string() + ".h5";
      files_.push_back(std::make_unique<sim::sweep::SweepFile>(
          (std::filesystem::path(dir) / name).string(), parts_[s], p));
    }
  }

  void write(const sim::sweep::PlanRow& row, sim::io::RunRecord&& record) {
    record.index = local_[static_cast<std::size_t>(row.index)];
    files_[row.scenario]->write(record);
  }

  void commit() {
    for (auto& f : files_) f->commit();
  }

 private:
  std::vector<sim::sweep::SweepPlan> parts_;
  std::vector<std::int64_t> local_;
  std::vector<std::unique_ptr<sim::sweep::SweepFile>> files_;
};

}  // namespace

Batch::Batch(const std::vector<std::string>& scenario_paths, const BatchOptions& options)
    : options_(options) {
  for (const std::string& path : scenario_paths) {
    plan_.scenarios.push_back(load({path, "", options.overrides, options.steps, std::nullopt}));
    const auto& s = plan_.scenarios.back();
    // Checked here, on the document as read, so that errors name the file's own lines.
    find_model(s.engine.model, &s).validate(s);
    if (model_.empty()) model_ = s.engine.model;
    if (s.engine.model != model_)
      throw sim::InputError(path + ": model '" + s.engine.model + "' differs from " +
                            scenario_paths.front() + "'s '" + model_ +
                            "': runs of one batch share a model");
  }
}

void Batch::set_runs(std::vector<std::string> parameters, std::vector<BatchRun> runs) {
  plan_.parameters = std::move(parameters);
  plan_.rows.clear();
  for (std::size_t i = 0; i < runs.size(); ++i)
    plan_.rows.push_back(
        {static_cast<std::int64_t>(i), runs[i].seed, runs[i].scenario, std::move(runs[i].values)});
  sim::sweep::check_plan(plan_, find_model(model_, nullptr).check);
}

std::vector<sim::analysis::RunResults> Batch::run() const {
  std::optional<RunsDirectory> kept;
  if (!options_.runs_dir.empty()) kept.emplace(options_.runs_dir, plan_, options_.threads);
  std::vector<sim::analysis::RunResults> out(plan_.rows.size());
  const sim::sweep::RunnerOptions runner{options_.threads, 0, !options_.quiet, {}};
  const auto outcome = sim::sweep::run_plan(
      plan_, find_model(model_, nullptr).run_in_memory, runner,
      [&](const sim::sweep::PlanRow& row, sim::io::RunRecord&& record) {
        out[static_cast<std::size_t>(row.index)] = sim::analysis::run_results(record);
        if (kept) kept->write(row, std::move(record));
      });
  if (outcome.interrupted)
    throw sim::Interrupted("interrupted after " + std::to_string(outcome.finished) + " of " +
                           std::to_string(plan_.rows.size()) + " runs; nothing written");
  if (kept) kept->commit();
  return out;
}

}  // namespace normsim
