#pragma once

#include "sim/core/rng.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace sim {

// Trials 0, 1, ..., count - 1, each a success with chance p, independently: f(trial) for
// each success, in increasing order. Rather than a draw per trial, the gaps between successes
// are drawn (trials passed over: floor(ln u / ln(1 - p)), u uniform on (0, 1], geometric), so
// rare events cost a draw per success instead of one per trial. f may draw from the same
// stream (to decide more about its success): the next gap is drawn after it.
template <class F>
void for_each_success(Rng& rng, double p, std::uint64_t count, F&& f) {
  if (!(p > 0.0)) return;
  const double log_miss = std::log1p(-std::min(p, 1.0));  // -inf at 1: every gap is 0
  for (std::uint64_t next = 0;;) {
    const double gap = std::floor(std::log(1.0 - rng.uniform()) / log_miss);
    if (gap >= static_cast<double>(count - next)) return;
    const std::uint64_t trial = next + static_cast<std::uint64_t>(gap);
    next = trial + 1;
    f(trial);
  }
}

}  // namespace sim
