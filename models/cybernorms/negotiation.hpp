#pragma once

#include "models/cybernorms/params.hpp"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace cybernorms {

// One negotiation round of one text (docs/model.md phase 1), separated from the world so that its
// rule can be checked by hand. Member m accepts specificities in [ideal_m - tol_m,
// ideal_m + tol_m].
struct Positions {
  std::vector<double> ideal;
  std::vector<double> tolerance;
};

// The specificity the forum can reach this round: under consensus the most reluctant
// member's upper bound, or no progress (returns sigma) when the members' ranges have no
// common point; under majority the median upper bound. founders_text is handled by the caller.
// With `quantile` q > 0, consensus settles on a partial text: the upper bound that all but
// the floor(q n) most reluctant members reach, whatever the most demanding members' floors.
double round_target(DecisionRule rule, const Positions& members, double sigma,
                    double quantile = 0.0);

// The furthest one round can take sigma: sigma + eta (1 - sigma).
double round_stride(double sigma, double eta);

// sigma rises by eta (1 - sigma), never beyond the target and never down.
double next_sigma(double sigma, double eta, double target);

// As next_sigma where the target is at or above sigma; below it, sigma falls by
// `fallback` of the gap (a text its members no longer accept loses specificity).
double next_sigma(double sigma, double eta, double target, double fallback);

// The chance a round fails: fail_rate + fail_trust (1 - mean trust over pairs of members),
// at most 1. `trust` is blocs x blocs, `per_bloc` the members of each bloc.
double failure_chance(const Negotiation& m, const std::vector<double>& trust,
                      const std::vector<double>& per_bloc);

// Whether more than n/2 of n members' upper bounds are at least x. Then so is the median
// (for even n both middle values are, and so is their mean, in floating point too); the
// converse can fail for even n, so a caller falls back to the median when this says no.
// `reaching(begin, end)` counts the members in [begin, end) whose bound reaches x; it is
// asked for consecutive ranges from 0 only until the counts so far settle the answer, so a
// caller computing bounds as it goes computes about half of them for a clear majority.
template <class Count>
bool majority_reaches(std::size_t n, Count&& reaching, std::size_t min_range = 4096) {
  const std::size_t need = n / 2 + 1;
  std::size_t done = 0, count = 0;
  while (count < need && count + (n - done) >= need) {
    const std::size_t end = std::min(n, done + std::max(need - count, min_range));
    count += reaching(done, end);
    done = end;
  }
  return count >= need;
}

}  // namespace cybernorms
