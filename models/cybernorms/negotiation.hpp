#pragma once

#include "models/cybernorms/params.hpp"

#include <vector>

namespace cybernorms {

// One negotiation round of one text (MODEL.md phase 1), separated from the world so that its
// rule can be checked by hand. Member m accepts specificities in [ideal_m - tol_m,
// ideal_m + tol_m].
struct Positions {
  std::vector<double> ideal;
  std::vector<double> tolerance;
};

// The specificity the forum can reach this round: under consensus the most reluctant
// member's upper bound, or no progress (returns sigma) when the members' ranges have no
// common point; under majority the median upper bound. founders_text is handled by the caller.
double round_target(DecisionRule rule, const Positions& members, double sigma);

// The furthest one round can take sigma: sigma + eta (1 - sigma).
double round_stride(double sigma, double eta);

// sigma rises by eta (1 - sigma), never beyond the target and never down.
double next_sigma(double sigma, double eta, double target);

}  // namespace cybernorms
