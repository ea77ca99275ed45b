#include "sim/analysis/morris.hpp"

#include "sim/core/rng.hpp"

#include <cmath>
#include <numeric>
#include <stdexcept>

namespace sim::analysis {
namespace {

// The Rng "phase" word of Morris designs: apart from models' and the bootstrap's streams.
constexpr std::uint32_t kMorrisPhase = 0x6d6f7272;  // "morr"

}  // namespace

MorrisDesign::MorrisDesign(int factors, int trajectories, int levels, std::uint64_t seed)
    : factors_(factors), trajectories_(trajectories), levels_(levels) {
  if (factors < 1) throw std::invalid_argument("a Morris design needs at least one factor");
  if (trajectories < 2)
    throw std::invalid_argument("a Morris design needs at least 2 trajectories");
  if (levels < 2 || levels % 2 != 0)
    throw std::invalid_argument("a Morris design needs an even number of levels >= 2");
  const int step_levels = levels / 2;  // delta in grid steps
  delta_ = static_cast<double>(step_levels) / (levels - 1);
  const auto k = static_cast<std::size_t>(factors);
  points_.resize(runs() * k);
  order_.resize(static_cast<std::size_t>(trajectories) * k);
  std::vector<int> level(k);
  for (int t = 0; t < trajectories; ++t) {
    Rng rng(seed, static_cast<std::uint64_t>(t), kMorrisPhase, 0);
    std::vector<int> direction(k);
    for (std::size_t i = 0; i < k; ++i) {
      // The base level is one from which +delta stays on the grid; starting at its top end
      // (base + delta) and stepping down is the other direction.
      const auto base = static_cast<int>(rng.below(static_cast<std::uint64_t>(step_levels)));
      direction[i] = rng.below(2) == 0 ? 1 : -1;
      level[i] = direction[i] > 0 ? base : base + step_levels;
    }
    int* order = &order_[static_cast<std::size_t>(t) * k];
    std::iota(order, order + k, 0);
    for (std::size_t i = k; i > 1; --i)  // Fisher-Yates
      std::swap(order[i - 1], order[rng.below(i)]);
    const std::size_t first = static_cast<std::size_t>(t) * (k + 1);
    for (std::size_t j = 0; j <= k; ++j) {
      if (j > 0) {
        const auto i = static_cast<std::size_t>(order[j - 1]);
        level[i] += direction[i] * step_levels;
      }
      for (std::size_t i = 0; i < k; ++i)
        points_[(first + j) * k + i] = static_cast<double>(level[i]) / (levels - 1);
    }
  }
}

int MorrisDesign::moved(std::size_t run) const {
  const std::size_t per = static_cast<std::size_t>(factors_) + 1;
  if (run % per == 0) throw std::invalid_argument("the first run of a trajectory moves nothing");
  return order_[(run / per) * static_cast<std::size_t>(factors_) + run % per - 1];
}

MorrisIndices morris_indices(const MorrisDesign& design,
                             std::span<const std::optional<double>> outputs) {
  if (outputs.size() != design.runs())
    throw std::invalid_argument("Morris: one output per run of the design is needed");
  const auto k = static_cast<std::size_t>(design.factors());
  std::vector<std::vector<double>> effects(k);
  for (std::size_t run = 0; run < design.runs(); ++run) {
    if (run % (k + 1) == 0) continue;
    const int i = design.moved(run);
    const auto& before = outputs[run - 1];
    const auto& after = outputs[run];
    if (!before || !after) continue;
    const double step = design.at(run, i) - design.at(run - 1, i);
    effects[static_cast<std::size_t>(i)].push_back((*after - *before) / step);
  }
  MorrisIndices out;
  for (const auto& ee : effects) {
    const auto n = static_cast<double>(ee.size());
    double sum = 0.0, abs_sum = 0.0;
    for (const double e : ee) {
      sum += e;
      abs_sum += std::fabs(e);
    }
    const double mu = ee.empty() ? std::nan("") : sum / n;
    double ss = 0.0;
    for (const double e : ee) ss += (e - mu) * (e - mu);
    out.mu.push_back(mu);
    out.mu_star.push_back(ee.empty() ? std::nan("") : abs_sum / n);
    out.sigma.push_back(ee.size() < 2 ? std::nan("") : std::sqrt(ss / (n - 1)));
    out.effects.push_back(static_cast<std::int64_t>(ee.size()));
  }
  return out;
}

}  // namespace sim::analysis
