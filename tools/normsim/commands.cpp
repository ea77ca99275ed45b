#include "tools/normsim/commands.hpp"

#include "sim/config/engine_keys.hpp"
#include "tools/normsim/model_registry.hpp"

#include <iostream>

namespace normsim {

Commands::Commands(CLI::App& app) {
  run_ = app.add_subcommand("run", "run one scenario and write its trajectory to HDF5");
  run_->add_option("scenario", scenario_, "scenario YAML file")->required();
  run_->add_option("-o,--output", output_, "output HDF5 file")->required();
  run_->add_option("--seed", seed_, "base seed (overrides the scenario's `seed`)");
  run_->add_option("--threads", threads_, "worker threads (results do not depend on it)");
  run_->add_option("--steps", steps_, "number of steps (overrides the model's step count)");
  run_->add_option("--set", overrides_, "override a scenario key: --set key.path=value")
      ->allow_extra_args(false);
  run_->add_flag("-q,--quiet", quiet_, "no progress bar and no summary");

  validate_ = app.add_subcommand("validate", "check a scenario without running it");
  validate_->add_option("scenario", scenario_, "scenario YAML file")->required();
  validate_->add_option("--set", overrides_, "override a scenario key: --set key.path=value")
      ->allow_extra_args(false);

  describe_ = app.add_subcommand("describe", "list models, or every parameter of one model");
  describe_->add_option("model", model_, "model name");
  compare_ = std::make_unique<CompareCommand>(app);
  sensitivity_ = std::make_unique<SensitivityCommand>(app);
}

int Commands::execute() const {
  if (*run_) return run();
  if (*validate_) return validate();
  if (compare_->selected()) return compare_->execute();
  if (sensitivity_->selected()) return sensitivity_->execute();
  return describe();
}

namespace {

sim::config::Scenario load(const std::string& path, const std::vector<std::string>& overrides,
                           const std::optional<std::int64_t>& steps) {
  return sim::config::load_scenario(path, with_steps(path, overrides, steps));
}

}  // namespace

int Commands::run() const {
  const auto scenario = load(scenario_, overrides_, steps_);
  const auto& model = find_model(scenario.engine.model, &scenario);
  const sim::RunOutcome outcome = model.run(scenario, {output_, seed_, threads_, quiet_});
  if (outcome.interrupted) {
    std::cerr << "normsim: interrupted after " << outcome.steps_done
              << " steps; partial output closed in " << outcome.written << "\n";
    return kExitInterrupted;
  }
  if (!quiet_) std::cout << outcome.summary << "wrote " << outcome.written << "\n";
  return kExitOk;
}

int Commands::validate() const {
  const auto scenario = load(scenario_, overrides_, std::nullopt);
  const auto& model = find_model(scenario.engine.model, &scenario);
  model.validate(scenario);
  std::cout << scenario_ << ": valid " << model.name << " scenario\n";
  return kExitOk;
}

int Commands::describe() const {
  if (model_.empty()) {
    std::cout << "models (normsim describe MODEL lists every parameter):\n";
    for (const auto& m : models()) std::cout << "  " << m.name << "  " << m.summary << "\n";
    return kExitOk;
  }
  const auto& m = find_model(model_, nullptr);
  std::cout << m.name << ": " << m.summary << "\n\nparameters (key, type, unit, meaning, default, "
            << "allowed values):\n";
  sim::config::print_docs(std::cout, m.docs());
  return kExitOk;
}

}  // namespace normsim
