#include "tools/normsim/calibrate_command.hpp"

#include "sim/calibrate/calibration_file.hpp"
#include "sim/calibrate/evaluation_journal.hpp"
#include "sim/calibrate/moments.hpp"
#include "sim/config/schema.hpp"
#include "sim/core/error.hpp"
#include "sim/core/fnv.hpp"
#include "sim/run/interrupt.hpp"
#include "sim/run/progress.hpp"
#include "sim/sweep/journal.hpp"
#include "sim/sweep/runner.hpp"
#include "tools/normsim/model_registry.hpp"
#include "tools/normsim/scenario_inputs.hpp"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

namespace normsim {
namespace {

namespace cal = sim::calibrate;

std::string default_best_path(const std::string& output) {
  std::filesystem::path p(output);
  p.replace_extension(".best.yaml");
  return p.string();
}

// The scenario's step count: its steps key as written, else the model's default.
std::int64_t scenario_steps(const sim::config::Scenario& s, const ModelEntry& model) {
  const YAML::Node n = sim::config::find_node(s.doc.root(), model.steps_key);
  if (n.IsDefined() && n.IsScalar()) return n.as<std::int64_t>();
  for (const auto& d : model.docs())
    if (d.key == model.steps_key) return std::stoll(d.default_value);
  throw std::runtime_error("model " + model.name + " documents no " + model.steps_key);
}

// Rejects free keys the scenario does not accept, at both ends of their range and inside it
// (an integer key fails on the non-whole value within its range), before any run.
void check_free(sim::sweep::SweepPlan plan, const std::vector<cal::FreeParameter>& free,
                const ModelEntry& model) {
  std::vector<double> low, high, inside;
  for (const auto& f : free) {
    low.push_back(f.low);
    high.push_back(f.high);
    inside.push_back(f.low + 0.381966 * (f.high - f.low));
  }
  plan.rows.clear();
  for (const auto* v : {&low, &high, &inside})
    plan.rows.push_back({std::ssize(plan.rows), 0, 0, cal::assignments(free, *v)});
  sim::sweep::check_plan(plan, model.check);
}

std::uint64_t fingerprint(const sim::config::Scenario& s, const cal::TargetSet& targets,
                          const std::vector<cal::FreeParameter>& free,
                          const std::vector<std::uint64_t>& seeds, const cal::SearchOptions& o,
                          std::int64_t population) {
  sim::Fnv h;
  h.add("normsim.calibration");
  h.add(s.doc.effective_text());
  h.add(targets.text);
  for (const auto& f : free) h.add(f.origin);
  for (auto seed : seeds) h.add(seed);
  h.add(cal::algorithm_name(o.algorithm));
  h.add(o.seed);
  h.add(static_cast<std::uint64_t>(population));
  return h.value();
}

void write_text_file(const std::string& path, const std::string& text) {
  const std::string partial = path + ".partial";
  {
    std::ofstream out(partial);
    if (!out) throw sim::InputError(path + ": cannot write");
    out << text;
  }
  std::filesystem::rename(partial, path);
}

std::string distance_text(double d) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", d);
  return buf;
}

}  // namespace

CalibrateCommand::CalibrateCommand(CLI::App& app) {
  command_ = app.add_subcommand("calibrate",
                                "fit free scenario parameters to observed targets (pagmo2 search)");
  command_->add_option("scenario", scenario_, "scenario YAML file")->required();
  command_->add_option("--targets", targets_, "target file (YAML; see data/observed/README.md)")
      ->required();
  command_->add_option("--free", free_, "a parameter to fit: --free key.path=low:high")
      ->required()
      ->allow_extra_args(false);
  command_->add_option("-r,--replicates", replicates_,
                       "runs per candidate, the same seeds for every candidate");
  command_->add_option("--evaluations", evaluations_,
                       "budget of candidates (rounded down to whole generations)");
  command_->add_option("--algorithm", algorithm_, "cmaes, xnes or nsga2");
  command_->add_option("--population", population_,
                       "candidates per generation (default 4 + 3 ln k, to a multiple of 4, >= 8)");
  command_->add_option("--seed", seed_,
                       "seed of the algorithm and base seed of the replicates (default: the "
                       "scenario's `seed`)");
  command_->add_option("--ensemble-delta", ensemble_delta_,
                       "ensemble: evaluations with D <= D_best + delta (default: chi-square "
                       "0.95 quantile, k degrees of freedom)");
  command_->add_option("--threads", threads_, "worker threads (default: every core)");
  command_->add_option("--set", overrides_, "override a scenario key: --set key.path=value")
      ->allow_extra_args(false);
  command_->add_option("--steps", steps_, "number of steps of every run");
  command_->add_flag("--resume", resume_,
                     "continue an interrupted calibration (OUT.journal): the same evaluations");
  command_->add_flag("-q,--quiet", quiet_, "no progress line and no summary");
  command_->add_option("-o,--output", output_, "calibration HDF5 file")->required();
  command_->add_option("--best-out", best_out_,
                       "scenario YAML with the best parameters (default: OUT with .best.yaml)");
}

int CalibrateCommand::execute() const {
  if (replicates_ < 1)
    throw sim::InputError("--replicates must be at least 1, got " + std::to_string(replicates_));
  if (threads_ < 0)
    throw sim::InputError("--threads must be at least 0, got " + std::to_string(threads_));
  if (ensemble_delta_ && !(*ensemble_delta_ >= 0))
    throw sim::InputError("--ensemble-delta must be at least 0");
  for (const auto& [flag, path] : {std::pair{"--output", output_}, {"--best-out", best_out_}}) {
    const auto parent = std::filesystem::path(path).parent_path();
    if (!path.empty() && !parent.empty() && !std::filesystem::is_directory(parent))
      throw sim::InputError(std::string(flag) + " " + path + ": directory " + parent.string() +
                            " does not exist");
  }
  const sim::config::Scenario scenario = load({scenario_, "", overrides_, steps_, std::nullopt});
  const ModelEntry& model = find_model(scenario.engine.model, &scenario);
  model.validate(scenario);

  std::vector<cal::FreeParameter> free;
  std::set<std::string> keys;
  for (const auto& text : free_) {
    free.push_back(cal::parse_free(text));
    if (!keys.insert(free.back().key).second)
      throw sim::InputError("--free " + text + ": key '" + free.back().key + "' given twice");
  }
  const cal::TargetSet targets = cal::read_targets(targets_, cal::Calendar::of(scenario.doc));

  sim::sweep::SweepPlan plan;
  plan.scenarios = {scenario};
  for (const auto& f : free) plan.parameters.push_back(f.key);
  check_free(plan, free, model);

  const cal::SearchOptions search{cal::parse_algorithm(algorithm_),
                                  seed_.value_or(scenario.engine.seed), evaluations_, population_};
  const std::int64_t population = cal::checked_population(targets, free.size(), search);
  std::vector<std::uint64_t> seeds;
  for (std::int64_t r = 0; r < replicates_; ++r)
    seeds.push_back(sim::sweep::derive_seed(search.seed, r));

  {  // a one-step probe run: the series and columns the targets name exist
    sim::config::Document probe = plan.document({0, seeds[0], 0, cal::assignments(free, [&] {
                                                   std::vector<double> v;
                                                   for (const auto& f : free) v.push_back(f.low);
                                                   return v;
                                                 }())});
    probe.set(model.steps_key, YAML::Node(1), "the probe run of `normsim calibrate`");
    const auto record = model.run_in_memory(probe, seeds[0], sim::Executor(1));
    if (!record) throw sim::Interrupted("interrupted before the calibration started");
    cal::check_targets(targets, *record, scenario_steps(scenario, model));
  }

  const std::string journal_path = output_ + ".journal";
  const bool have_journal = std::filesystem::exists(journal_path);
  if (have_journal && !resume_)
    throw sim::InputError(journal_path + ": an interrupted calibration is waiting here; add " +
                          "--resume to continue it, or delete the journal to start afresh");
  if (resume_ && !have_journal)
    throw sim::InputError(journal_path + ": no interrupted calibration to resume");
  const std::uint64_t print = fingerprint(scenario, targets, free, seeds, search, population);
  std::vector<cal::Evaluation> replay;
  std::optional<sim::sweep::Journal> journal;
  if (have_journal)
    journal.emplace(sim::sweep::Journal::resume(journal_path, print, [&](sim::io::RunRecord&& r) {
      replay.push_back(cal::from_record(r));
    }));
  else
    journal.emplace(sim::sweep::Journal::create(journal_path, print));

  auto prov = provenance(scenario, search.seed, threads_);
  cal::CalibrationFile file(output_, {prov, &targets, free, search, population, seeds});
  sim::Progress progress(evaluations_, "evaluation", quiet_);
  double best = std::numeric_limits<double>::infinity();
  const auto on_evaluation = [&](const cal::Evaluation& e, bool replayed) {
    if (!replayed) journal->append(cal::to_record(e));
    file.write(e);
    best = std::min(best, e.distance.total);
    progress.update(e.index + 1, "best D " + distance_text(best));
  };
  // Held over the whole search so that Ctrl-C between two candidates (inside pagmo) is seen
  // too: each candidate starts by asking. (The runner's own guard, nested in it, leaves the
  // handler installed until this process ends.)
  const sim::InterruptGuard guard;
  const auto simulate =
      [&](const std::vector<double>& values) -> std::optional<std::vector<std::vector<double>>> {
    if (sim::InterruptGuard::requested()) return std::nullopt;
    plan.rows.clear();
    for (std::size_t r = 0; r < seeds.size(); ++r)
      plan.rows.push_back({std::ssize(plan.rows), seeds[r], 0, cal::assignments(free, values)});
    std::vector<std::vector<double>> moments(seeds.size());
    const auto outcome = sim::sweep::run_plan(
        plan, model.run_in_memory, {threads_, 0, false, {}},
        [&](const sim::sweep::PlanRow& row, sim::io::RunRecord&& record) {
          moments[static_cast<std::size_t>(row.index)] = cal::run_moments(targets, record);
        });
    if (outcome.interrupted) return std::nullopt;
    return moments;
  };
  const cal::SearchOutcome outcome =
      cal::search(targets, free, search, replay, simulate, on_evaluation);
  progress.finish();
  if (outcome.interrupted)
    throw sim::Interrupted("interrupted after " + std::to_string(outcome.evaluations.size()) +
                           " evaluations; continue with --resume (journal " + journal_path + ")");

  const double delta = ensemble_delta_.value_or(cal::default_ensemble_delta(free.size()));
  const auto members = cal::ensemble(outcome.evaluations, delta);
  const cal::Evaluation& b = outcome.evaluations[cal::best_index(outcome.evaluations)];
  file.finish(outcome.evaluations, members, delta);
  journal->remove();

  sim::config::Document best_doc = scenario.doc.clone();
  for (const auto& a : cal::assignments(free, b.values))
    best_doc.set(a.key, YAML::Load(a.value), a.origin);
  const std::string best_path = best_out_.empty() ? default_best_path(output_) : best_out_;
  write_text_file(best_path, "# normsim calibrate: best of " +
                                 std::to_string(outcome.evaluations.size()) + " evaluations, D " +
                                 distance_text(b.distance.total) + " (" + targets_ + ")\n" +
                                 best_doc.effective_text() + "\n");
  if (!quiet_) {
    std::cout << outcome.evaluations.size() << " evaluations (" << outcome.replayed << " resumed), "
              << algorithm_ << ", population " << population << ", " << replicates_
              << " replicates\nbest: evaluation " << b.index << ", D "
              << distance_text(b.distance.total) << "\n";
    for (std::size_t i = 0; i < free.size(); ++i)
      std::cout << "  " << free[i].key << " = " << cal::assignments(free, b.values)[i].value
                << "\n";
    std::cout << "ensemble: " << members.size() << " evaluations with D <= D_best + "
              << distance_text(delta) << "\nwrote " << output_ << " and " << best_path << "\n";
  }
  return 0;
}

}  // namespace normsim
