#pragma once

#include "sim/core/rng.hpp"

#include <cmath>
#include <numbers>

namespace cybernorms {

// Phase ids of the keyed random streams: each phase draws from its own streams, so switching
// one mechanism off never shifts the draws of another.
enum PhaseId : std::uint32_t {
  kPhaseWorld = 1,
  kPhaseNegotiation,
  kPhaseAdvocacy,
  kPhaseAdoption,
  kPhaseCompliance,
  kPhaseSanction,
  kPhaseLearning,
  kPhaseFormalisation,
  kPhaseCapacity,
  kPhaseMembership,
};

inline double logistic(double x) {
  return 1.0 / (1.0 + std::exp(-x));
}

// Standard normal by Box-Muller from two keyed uniforms (1 - u keeps the log finite).
inline double standard_normal(sim::Rng& rng) {
  const double u = 1.0 - rng.uniform();
  const double v = rng.uniform();
  return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * std::numbers::pi * v);
}

}  // namespace cybernorms
