#include "tools/normsim/commands.hpp"

#include "sim/io/output_lock.hpp"
#include "sim/sweep/sweep_spec.hpp"
#include "tools/normsim/model_registry.hpp"
#include "tools/normsim/seed_flag.hpp"
#include "tools/normsim/sweep_commands.hpp"
#include "tools/report/report.hpp"

#include <iomanip>
#include <iostream>

namespace normsim {
namespace {

// Seconds and share of the total per part of a step, in step order.
void print_timings(const std::vector<sim::PhaseTime>& timings) {
  double total = 0.0;
  for (const auto& t : timings) total += t.seconds;
  std::cout << "part of step          seconds   share\n";
  for (const auto& t : timings)
    std::cout << std::left << std::setw(20) << t.name << std::right << std::fixed
              << std::setprecision(2) << std::setw(10) << t.seconds << std::setw(7)
              << std::setprecision(1) << (total > 0 ? 100.0 * t.seconds / total : 0.0) << "%\n";
  std::cout << std::left << std::setw(20) << "total" << std::right << std::setprecision(2)
            << std::setw(10) << total << "\n";
}

void scenario_flags(CLI::App* app, ScenarioInputs& in) {
  app->add_option("scenario", in.scenario, "scenario YAML file")->required();
  app->add_option("--set", in.overrides, "override a scenario key: --set key.path=value")
      ->allow_extra_args(false);
}

void design_flags(CLI::App* app, ScenarioInputs& in) {
  app->add_option("--design", in.design,
                  "YAML file with the `sweep:` block (default: the scenario's own)");
  app->add_option("--steps", in.steps, "number of steps (overrides the model's step count)");
}

}  // namespace

// Flags of the commands that run a scenario (or a sweep of it) into OUT.h5.
void Commands::run_flags(CLI::App* app, const std::string& seed_help) {
  scenario_flags(app, in_);
  design_flags(app, in_);
  app->add_option("-o,--output", output_, "output HDF5 file")->required();
  app->add_option("--seed", in_.seed, seed_help)->check(seed_flag());
  app->add_flag("-q,--quiet", quiet_, "no progress bar and no summary");
}

Commands::Commands(CLI::App& app) {
  run_ = app.add_subcommand("run", "run one scenario and write its trajectory to HDF5");
  run_flags(run_, "base seed (overrides the scenario's `seed`)");
  run_->add_option("--threads", threads_, "worker threads (results do not depend on it)");
  run_->add_flag("--timing", timing_,
                 "after the run, print the wall time of each part of a step (also with --quiet)");
  run_->add_option("--run-index", run_index_,
                   "run row I of the scenario's sweep design on its own (job arrays; combine "
                   "the files with `normsim merge`)");

  sweep_ = app.add_subcommand("sweep", "run every row of a sweep design into one HDF5 file");
  run_flags(sweep_, "base seed of the derived per-run seeds");
  sweep_->add_option("--threads", sweep_threads_, "worker threads in all (default: every core)");
  sweep_->add_option("--threads-per-run", threads_per_run_,
                     "threads inside each run (default: 1 while runs outnumber threads)");
  sweep_->add_flag("--resume", resume_,
                   "continue an interrupted sweep (OUT.journal) without redoing finished runs");

  merge_ = app.add_subcommand("merge",
                              "combine the files of `normsim run --run-index` into one sweep file");
  run_flags(merge_, "base seed, as given to the runs");
  merge_->add_option("files", inputs_, "the run files")->required();

  validate_ = app.add_subcommand("validate", "check a scenario (and its sweep) without running");
  scenario_flags(validate_, in_);
  validate_->add_option("--design", in_.design, "YAML file with the `sweep:` block");

  describe_ = app.add_subcommand("describe", "list models, or every parameter of one model");
  describe_->add_option("model", model_, "model name");
  compare_ = std::make_unique<CompareCommand>(app);
  sensitivity_ = std::make_unique<SensitivityCommand>(app);
  calibrate_ = std::make_unique<CalibrateCommand>(app);
  serve_ = std::make_unique<serve::ServeCommand>(app);

  report_ = app.add_subcommand("report", "write a self-contained HTML report of a run or sweep");
  report_->add_option("file", input_, "normsim output (.h5) of a run or a sweep")->required();
  report_->add_option("-o,--output", output_, "HTML file to write")->required();
}

int Commands::execute(const sim::sweep::Processes& processes) const {
  if (*sweep_) {
    if (processes.rank() == 0) check_output();
    return sweep(processes);
  }
  if (processes.size() > 1)
    throw sim::InputError(
        "only `normsim sweep` runs on several MPI ranks; start the others "
        "without mpirun");
  check_output();
  if (*run_) return run_index_ ? run_row() : run();
  if (*merge_) return merge();
  if (*validate_) return validate();
  if (compare_->selected()) return compare_->execute();
  if (sensitivity_->selected()) return sensitivity_->execute();
  if (calibrate_->selected()) return calibrate_->execute();
  if (serve_->selected()) return serve_->execute();
  if (*report_) return report();
  return describe();
}

// Refuses an output that is a device, a folder or one of the command's inputs before
// anything is read or run.
void Commands::check_output() const {
  if (!(*run_ || *sweep_ || *merge_ || *report_)) return;
  std::vector<std::string> inputs = inputs_;
  for (const std::string& s : {in_.scenario, in_.design, input_}) inputs.push_back(s);
  sim::io::check_output_path(output_, inputs);
}

int Commands::run() const {
  ScenarioInputs in = in_;
  in.seed.reset();  // given to the run below, so that the scenario text stays as written
  const auto scenario = load(in);
  if (sim::sweep::has_sweep(scenario.doc) || !in.design.empty())
    throw sim::InputError(
        scenario.doc.error_at("sweep", sim::config::find_node(scenario.doc.root(), "sweep")) +
        "a sweep design: run it with `normsim sweep`, or one of its rows with --run-index I");
  const auto& model = find_model(scenario.engine.model, &scenario);
  const sim::RunOutcome outcome = model.run(scenario, {output_, in_.seed, threads_, quiet_, {}});
  if (outcome.interrupted) {
    std::cerr << "normsim: interrupted after " << outcome.steps_done
              << " steps; partial output closed in " << outcome.written << "\n";
    return kExitInterrupted;
  }
  if (!quiet_) std::cout << outcome.summary << "wrote " << outcome.written << "\n";
  if (timing_) print_timings(outcome.timings);
  return kExitOk;
}

int Commands::run_row() const {
  return normsim::run_row(in_, *run_index_, output_, threads_, quiet_);
}

int Commands::sweep(const sim::sweep::Processes& processes) const {
  return normsim::sweep(in_, output_, {sweep_threads_, threads_per_run_, !quiet_, {}}, resume_,
                        quiet_, processes);
}

int Commands::merge() const {
  return normsim::merge(in_, inputs_, output_, quiet_);
}

int Commands::validate() const {
  const auto scenario = load(in_);
  const auto& model = find_model(scenario.engine.model, &scenario);
  if (sim::sweep::has_sweep(scenario.doc) || !in_.design.empty()) {
    const LoadedSweep s = load_sweep(in_);
    std::cout << in_.scenario << ": valid " << model.name << " sweep of " << s.plan.rows.size()
              << " runs\n";
    return kExitOk;
  }
  model.validate(scenario);
  std::cout << in_.scenario << ": valid " << model.name << " scenario\n";
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
