#include "sim/calibrate/moments.hpp"

#include "sim/config/suggest.hpp"
#include "sim/core/error.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>

namespace sim::calibrate {
namespace {

const io::RunRecord::Series* find_series(const io::RunRecord& run, const std::string& name) {
  for (const auto& s : run.series)
    if (s.spec.name == name) return &s;
  return nullptr;
}

double element(const io::RunRecord::Series& s, std::size_t row, std::size_t column) {
  const std::size_t i = row * s.spec.columns + column;
  if (s.spec.type == io::ElementType::kFloat64) {
    double v;
    std::memcpy(&v, s.bytes.data() + i * sizeof v, sizeof v);
    return v;
  }
  std::int64_t v;
  std::memcpy(&v, s.bytes.data() + i * sizeof v, sizeof v);
  return static_cast<double>(v);
}

std::size_t column_of(const io::RunRecord::Series& s, const std::string& label) {
  const auto it = std::find(s.spec.labels.begin(), s.spec.labels.end(), label);
  if (it == s.spec.labels.end()) throw std::out_of_range(label);
  return static_cast<std::size_t>(it - s.spec.labels.begin());
}

double reduce(const io::RunRecord::Series& s, std::size_t row, Reduce how) {
  double acc = element(s, row, 0);
  for (std::size_t c = 1; c < s.spec.columns; ++c) {
    const double v = element(s, row, c);
    switch (how) {
      case Reduce::kSum:
      case Reduce::kMean: acc += v; break;
      case Reduce::kMin: acc = std::min(acc, v); break;
      case Reduce::kMax: acc = std::max(acc, v); break;
    }
  }
  return how == Reduce::kMean ? acc / static_cast<double>(s.spec.columns) : acc;
}

double relative_growth(double from, double to) {
  if (from == 0.0) return to == 0.0 ? 0.0 : std::numeric_limits<double>::infinity();
  return (to - from) / std::abs(from);
}

double deepest_dip(const std::vector<double>& v, std::int64_t from, std::int64_t to) {
  const auto a = static_cast<std::size_t>(from), b = static_cast<std::size_t>(to);
  std::vector<double> after(b - a + 1);
  double m = -std::numeric_limits<double>::infinity();
  for (std::size_t t = b + 1; t-- > a;) after[t - a] = m = std::max(m, v[t]);
  double before = -std::numeric_limits<double>::infinity(), dip = 0.0;
  for (std::size_t t = a; t <= b; ++t) {
    before = std::max(before, v[t]);
    dip = std::max(dip, std::min(before - v[t], after[t - a] - v[t]));
  }
  return dip;
}

}  // namespace

void check_targets(const TargetSet& targets, const io::RunRecord& probe, std::int64_t steps) {
  std::vector<std::string> names;
  for (const auto& s : probe.series)
    if (s.spec.name.find('/') == std::string::npos) names.push_back(s.spec.name);
  for (const auto& t : targets.targets) {
    const std::string& name = t.quantity.series;
    const auto* s = find_series(probe, name);
    if (!s || name.find('/') != std::string::npos) {
      std::string message =
          t.series_where + ": key 'series': the model records no series '" + name + "'";
      const std::string hint = config::closest(name, names);
      if (!hint.empty()) message += " (did you mean '" + hint + "'?)";
      throw InputError(message);
    }
    if (!t.quantity.column.empty()) {
      if (s->spec.labels.empty())
        throw InputError(t.column_where + ": key 'column': series '" + name +
                         "' has no labelled columns");
      try {
        (void)column_of(*s, t.quantity.column);
      } catch (const std::out_of_range&) {
        std::string message = t.column_where + ": key 'column': series '" + name +
                              "' has no column '" + t.quantity.column + "'";
        const std::string hint = config::closest(t.quantity.column, s->spec.labels);
        if (!hint.empty()) message += " (did you mean '" + hint + "'?)";
        throw InputError(message);
      }
    }
    std::int64_t last = t.to;
    for (const auto& p : t.points) last = std::max(last, p.step);
    if (last >= steps)
      throw InputError(t.where + ": target '" + t.name + "' reads step " + std::to_string(last) +
                       ", but the scenario runs steps 0-" + std::to_string(steps - 1));
  }
}

std::vector<double> quantity_values(const Quantity& q, const io::RunRecord& run) {
  const auto* s = find_series(run, q.series);
  if (!s) throw std::runtime_error("run has no series " + q.series);
  std::vector<double> out(s->rows);
  const bool one = !q.column.empty();
  const std::size_t c = one ? column_of(*s, q.column) : 0;
  for (std::size_t r = 0; r < s->rows; ++r)
    out[r] = one ? element(*s, r, c) : reduce(*s, r, q.reduce);
  return out;
}

std::vector<double> run_moments(const TargetSet& targets, const io::RunRecord& run) {
  std::vector<double> out;
  out.reserve(targets.moments());
  for (const auto& t : targets.targets) {
    const std::vector<double> v = quantity_values(t.quantity, run);
    const auto at = [&](std::int64_t step) {
      if (step < 0 || static_cast<std::size_t>(step) >= v.size())
        throw std::runtime_error("target " + t.name + ": step " + std::to_string(step) +
                                 " beyond the run's " + std::to_string(v.size()) + " rows");
      return v[static_cast<std::size_t>(step)];
    };
    switch (t.kind) {
      case Kind::kSeries:
        for (const auto& p : t.points) out.push_back(at(p.step));
        break;
      case Kind::kPlateau: out.push_back(relative_growth(at(t.from), at(t.to))); break;
      case Kind::kFailureThenRecovery:
        (void)at(t.to);
        out.push_back(deepest_dip(v, t.from, t.to));
        break;
    }
  }
  return out;
}

}  // namespace sim::calibrate
