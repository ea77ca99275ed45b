#include "tools/normsim/commands.hpp"

#include "sim/config/engine_keys.hpp"
#include "tools/normsim/model_registry.hpp"
#include "tools/report/report.hpp"

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

  report_ = app.add_subcommand("report", "write a self-contained HTML report of a run or sweep");
  report_->add_option("file", input_, "normsim output (.h5) of a run or a sweep")->required();
  report_->add_option("-o,--output", output_, "HTML file to write")->required();
}

int Commands::execute() const {
  if (*run_) return run();
  if (*validate_) return validate();
  if (*report_) return report();
  return describe();
}

namespace {

sim::config::Scenario load(const std::string& path, std::vector<std::string> overrides,
                           const std::optional<std::int64_t>& steps) {
  // --steps is the model's step-count key, set after the model is known and validated as such.
  auto scenario = sim::config::load_scenario(path, overrides);
  if (steps) {
    const auto& m = find_model(scenario.engine.model, &scenario);
    overrides.push_back(m.steps_key + "=" + std::to_string(*steps));
    scenario = sim::config::load_scenario(path, overrides);
  }
  return scenario;
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

int Commands::report() const {
  report::write_report(input_, output_);
  std::cout << "wrote " << output_ << "\n";
  return kExitOk;
}

}  // namespace normsim
