#include "tools/normsim/batch.hpp"

#include "sim/core/error.hpp"
#include "sim/sweep/runner.hpp"
#include "tools/normsim/model_registry.hpp"
#include "tools/normsim/scenario_inputs.hpp"

namespace normsim {

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
  std::vector<sim::analysis::RunResults> out(plan_.rows.size());
  const sim::sweep::RunnerOptions runner{options_.threads, 0, !options_.quiet, {}};
  const auto outcome = sim::sweep::run_plan(
      plan_, find_model(model_, nullptr).run_in_memory, runner,
      [&](const sim::sweep::PlanRow& row, sim::io::RunRecord&& record) {
        out[static_cast<std::size_t>(row.index)] = sim::analysis::run_results(record);
      });
  if (outcome.interrupted)
    throw sim::Interrupted("interrupted after " + std::to_string(outcome.finished) + " of " +
                           std::to_string(plan_.rows.size()) + " runs; nothing written");
  return out;
}

}  // namespace normsim
