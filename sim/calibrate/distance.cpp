#include "sim/calibrate/distance.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace sim::calibrate {
namespace {

double squared(double x) {
  return x * x;
}

}  // namespace

Distance distance(const TargetSet& targets, const std::vector<double>& moments) {
  if (moments.size() != targets.moments())
    throw std::invalid_argument("distance: " + std::to_string(moments.size()) + " moments for " +
                                std::to_string(targets.moments()));
  Distance d;
  std::size_t i = 0;
  for (const auto& t : targets.targets) {
    double e = 0.0;
    switch (t.kind) {
      case Kind::kSeries:
        for (const auto& p : t.points) e += p.factor * squared((moments[i++] - p.observed) / p.sd);
        break;
      case Kind::kPlateau: e = squared(std::max(0.0, moments[i++] - t.threshold) / t.sd); break;
      case Kind::kFailureThenRecovery:
        e = squared(std::max(0.0, t.threshold - moments[i++]) / t.sd);
        break;
    }
    if (!std::isfinite(e)) e = std::numeric_limits<double>::infinity();
    const double c = t.weight == 0.0 ? 0.0 : t.weight * e;  // a target switched off
    d.per_target.push_back(c);
    d.total += c;
  }
  return d;
}

std::vector<double> mean_moments(const std::vector<std::vector<double>>& runs) {
  if (runs.empty()) throw std::invalid_argument("mean_moments: no runs");
  std::vector<double> out(runs.front().size(), 0.0);
  for (const auto& r : runs)
    for (std::size_t i = 0; i < out.size(); ++i) out[i] += r[i];
  for (double& v : out) v /= static_cast<double>(runs.size());
  return out;
}

}  // namespace sim::calibrate
