#include "tools/normsim/sensitivity_command.hpp"

#include "sim/analysis/sensitivity_output.hpp"
#include "sim/core/error.hpp"
#include "tools/normsim/model_registry.hpp"

#include <charconv>
#include <cmath>
#include <iostream>
#include <set>

namespace normsim {
namespace {

double parse_number(const std::string& text, const std::string& factor) {
  double v = 0.0;
  const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || r.ec != std::errc() || r.ptr != text.data() + text.size() ||
      !std::isfinite(v))
    throw sim::InputError("--factor " + factor + ": '" + text + "' is not a number");
  return v;
}

// The exact text of a factor's value for --set: the shortest form that reads back the same.
std::string number_text(double v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return {buf, r.ptr};
}

}  // namespace

sim::analysis::Factor parse_factor(const std::string& text) {
  const auto eq = text.find('=');
  const auto colon = text.find(':', eq == std::string::npos ? 0 : eq);
  if (eq == std::string::npos || eq == 0 || colon == std::string::npos)
    throw sim::InputError("--factor " + text + ": expected key.path=low:high");
  sim::analysis::Factor f{text.substr(0, eq),
                          parse_number(text.substr(eq + 1, colon - eq - 1), text),
                          parse_number(text.substr(colon + 1), text)};
  if (!(f.low < f.high)) throw sim::InputError("--factor " + text + ": low must be less than high");
  return f;
}

SensitivityCommand::SensitivityCommand(CLI::App& app) {
  command_ = app.add_subcommand("sensitivity",
                                "Morris elementary-effects screening of scenario parameters");
  command_->add_option("scenario", scenario_, "scenario YAML file")->required();
  command_->add_option("--factor", factors_, "a parameter to vary: --factor key.path=low:high")
      ->required()
      ->allow_extra_args(false);
  command_->add_option("--trajectories", trajectories_, "Morris trajectories r (runs: r (k+1))");
  command_->add_option("--levels", levels_, "grid levels p per factor (even)");
  command_->add_option("--design-seed", design_seed_, "seed of the random design");
  flags_.add_to(*command_);
}

std::vector<sim::analysis::Factor> SensitivityCommand::parse_factors() const {
  std::vector<sim::analysis::Factor> out;
  std::set<std::string> keys;
  for (const std::string& text : factors_) {
    out.push_back(parse_factor(text));
    if (!keys.insert(out.back().key).second)
      throw sim::InputError("--factor " + text + ": key '" + out.back().key + "' given twice");
  }
  return out;
}

int SensitivityCommand::execute() const {
  flags_.check({scenario_});
  if (trajectories_ < 2)
    throw sim::InputError("--trajectories must be at least 2, got " +
                          std::to_string(trajectories_));
  if (levels_ < 2 || levels_ % 2 != 0)
    throw sim::InputError("--levels must be even and at least 2, got " + std::to_string(levels_));
  const auto factors = parse_factors();
  Batch batch({scenario_}, flags_.batch_options());
  const std::uint64_t seed = flags_.base_seed(batch.scenario(0));
  const sim::analysis::MorrisDesign design(static_cast<int>(factors.size()), trajectories_, levels_,
                                           design_seed_);
  // Every run has the same seed (common random numbers): an elementary effect then measures
  // the factor's change, not the noise between two seeds.
  std::vector<std::string> keys;
  for (const auto& f : factors) keys.push_back(f.key);
  std::vector<BatchRun> runs;
  for (std::size_t r = 0; r < design.runs(); ++r) {
    BatchRun run{0, seed, {}};
    for (std::size_t i = 0; i < factors.size(); ++i)
      run.values.push_back({factors[i].key,
                            number_text(factors[i].value(design.at(r, static_cast<int>(i)))),
                            "--factor " + factors_[i]});
    runs.push_back(std::move(run));
  }
  batch.set_runs(keys, std::move(runs));  // a value the key does not accept fails here
  if (!flags_.quiet)
    std::cerr << design.runs() << " runs: " << trajectories_ << " trajectories of "
              << factors.size() + 1 << " points, " << levels_ << " levels, delta " << design.delta()
              << "\n";
  const auto results = batch.run();
  std::vector<std::string> all;
  for (const auto& [name, value] : results.front()) all.push_back(name);
  const auto metrics = flags_.select_metrics(all);
  const auto s = sim::analysis::morris_sensitivity(design, factors, results, metrics);
  if (!flags_.output.empty())
    sim::analysis::write_sensitivity_file(
        flags_.output, design, s, results,
        {scenario_, batch.scenario(0).doc.effective_text(), seed, design_seed_,
         find_model(batch.scenario(0).engine.model, nullptr).draws_version});
  flags_.emit(sim::analysis::sensitivity_table(s),
              {{"method", std::string("morris")},
               {"trajectories", static_cast<std::int64_t>(trajectories_)},
               {"levels", static_cast<std::int64_t>(levels_)},
               {"delta", design.delta()},
               {"design_seed", static_cast<std::int64_t>(design_seed_)}});
  if (!flags_.output.empty() && !flags_.quiet) std::cerr << "wrote " << flags_.output << "\n";
  return 0;
}

}  // namespace normsim
