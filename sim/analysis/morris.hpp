#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace sim::analysis {

// A Morris (1991) elementary-effects design in the unit hypercube: `trajectories` random
// one-factor-at-a-time paths of factors + 1 points each, on the grid {0, 1/(p-1), ..., 1} of
// p = `levels` levels, each step moving one factor by +-delta with delta = p / (2 (p - 1))
// (Campolongo, Cariboni and Saltelli 2007: p even, so that every level is equally likely to
// be visited). Run r of the design is point r % (factors + 1) of trajectory r / (factors + 1).
class MorrisDesign {
 public:
  // Trajectory t's base point, factor order and directions come from the Philox stream keyed
  // by (seed, t). Throws std::invalid_argument unless factors >= 1, trajectories >= 2 and
  // levels is even and >= 2.
  MorrisDesign(int factors, int trajectories, int levels, std::uint64_t seed);

  int factors() const { return factors_; }
  int trajectories() const { return trajectories_; }
  int levels() const { return levels_; }
  double delta() const { return delta_; }
  std::size_t runs() const { return static_cast<std::size_t>(trajectories_) * (factors_ + 1); }

  // Coordinate of `factor` at run `run`, in [0, 1].
  double at(std::size_t run, int factor) const {
    return points_[run * static_cast<std::size_t>(factors_) + static_cast<std::size_t>(factor)];
  }
  // The factor that changes between run `run - 1` and `run` (run not the first of its
  // trajectory).
  int moved(std::size_t run) const;

 private:
  int factors_, trajectories_, levels_;
  double delta_;
  std::vector<double> points_;  // runs x factors, row-major
  std::vector<int> order_;      // trajectories x factors: the factor moved at each step
};

// Morris indices of one output, per factor: mu (mean elementary effect), mu* (mean absolute
// effect, Campolongo et al. 2007) and sigma (sample standard deviation of the effects, n - 1).
// An elementary effect is (y(x + s e_i) - y(x)) / s for a step s = +-delta in unit
// coordinates, so a factor's effect is the output's change across the factor's whole range
// when linear. `effects` counts the effects used: a step with either output missing (the
// event never happened in that run) gives none, and is not otherwise counted.
struct MorrisIndices {
  std::vector<double> mu, mu_star, sigma;
  std::vector<std::int64_t> effects;
};

MorrisIndices morris_indices(const MorrisDesign& design,
                             std::span<const std::optional<double>> outputs);

}  // namespace sim::analysis
