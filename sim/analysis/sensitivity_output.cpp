#include "sim/analysis/sensitivity_output.hpp"

#include "sim/io/arrays.hpp"
#include "sim/io/partial_file.hpp"

namespace sim::analysis {

Table sensitivity_table(const Sensitivity& s) {
  Table t{{"metric", "factor", "mu_star", "mu", "sigma", "effects"}, {}};
  for (std::size_t m = 0; m < s.metrics.size(); ++m)
    for (std::size_t i = 0; i < s.factors.size(); ++i) {
      const MorrisIndices& x = s.indices[m];
      t.rows.push_back(
          {s.metrics[m], s.factors[i].key, x.mu_star[i], x.mu[i], x.sigma[i], x.effects[i]});
    }
  return t;
}

namespace {

void write_design(hid_t file, const MorrisDesign& design, const std::vector<Factor>& factors) {
  const io::Handle g = io::create_group(file, "design");
  io::write_attribute(g.get(), "trajectories", static_cast<std::int64_t>(design.trajectories()));
  io::write_attribute(g.get(), "levels", static_cast<std::int64_t>(design.levels()));
  io::write_attribute(g.get(), "delta", design.delta());
  std::vector<std::string> keys;
  std::vector<double> low, high;
  for (const Factor& f : factors) {
    keys.push_back(f.key);
    low.push_back(f.low);
    high.push_back(f.high);
  }
  io::write_strings(g.get(), "factors", keys, "scenario keys varied");
  io::write_vector(g.get(), "low", low, "lower end of each factor's range", "as the key");
  io::write_vector(g.get(), "high", high, "upper end of each factor's range", "as the key");
  std::vector<double> unit, value;
  std::vector<std::int64_t> moved;
  for (std::size_t r = 0; r < design.runs(); ++r) {
    const bool first = r % (factors.size() + 1) == 0;
    moved.push_back(first ? -1 : design.moved(r));
    for (std::size_t i = 0; i < factors.size(); ++i) {
      unit.push_back(design.at(r, static_cast<int>(i)));
      value.push_back(factors[i].value(unit.back()));
    }
  }
  io::write_matrix(g.get(), "unit", unit, design.runs(), keys,
                   "design points in the unit hypercube, one row per run", "1");
  io::write_matrix(g.get(), "values", value, design.runs(), keys, "parameter values of each run",
                   "as the keys");
  io::write_vector(g.get(), "moved", moved,
                   "index of the factor changed from the previous run (-1: a trajectory's start)",
                   "1");
}

void write_indices(hid_t file, const Sensitivity& s) {
  const io::Handle g = io::create_group(file, "indices");
  io::write_attribute(g.get(), "rows", io::join_labels(s.metrics));
  std::vector<std::string> keys;
  for (const Factor& f : s.factors) keys.push_back(f.key);
  std::vector<double> mu, mu_star, sigma, effects;
  for (const MorrisIndices& x : s.indices) {
    mu.insert(mu.end(), x.mu.begin(), x.mu.end());
    mu_star.insert(mu_star.end(), x.mu_star.begin(), x.mu_star.end());
    sigma.insert(sigma.end(), x.sigma.begin(), x.sigma.end());
    effects.insert(effects.end(), x.effects.begin(), x.effects.end());
  }
  const std::size_t rows = s.metrics.size();
  const std::string unit = "metric unit per factor range";
  io::write_matrix(g.get(), "mu_star", mu_star, rows, keys,
                   "mean absolute elementary effect, metric (row) x factor (column)", unit);
  io::write_matrix(g.get(), "mu", mu, rows, keys, "mean elementary effect", unit);
  io::write_matrix(g.get(), "sigma", sigma, rows, keys,
                   "standard deviation of the elementary effects (n - 1)", unit);
  io::write_matrix(g.get(), "effects", effects, rows, keys,
                   "elementary effects used (steps where both runs observed the metric)",
                   "effects");
}

}  // namespace

void write_sensitivity_file(const std::string& path, const MorrisDesign& design,
                            const Sensitivity& s, const std::vector<RunResults>& runs,
                            const SensitivityProvenance& p) {
  io::PartialFile file(path, "normsim.sensitivity");
  const hid_t f = file.id();
  io::write_attribute(f, "method", std::string("morris"));
  io::write_attribute(f, "scenario_file", p.scenario_file);
  io::write_attribute(f, "scenario", p.scenario);
  io::write_attribute(f, "draws_version", p.draws_version);
  io::write_attribute(f, "seed", static_cast<std::int64_t>(p.seed));
  io::write_attribute(f, "design_seed", static_cast<std::int64_t>(p.design_seed));
  io::write_attribute(f, "never_value", kNeverValue);
  {
    write_design(f, design, s.factors);
    const io::Handle g = io::create_group(f, "runs");
    write_run_values(g.get(), runs, s.metrics);
    write_indices(f, s);
  }
  file.commit();
}

}  // namespace sim::analysis
