#pragma once

#include "models/cybernorms/state.hpp"
#include "models/cybernorms/world.hpp"
#include "sim/schedule/executor.hpp"

#include <cstdint>
#include <vector>

namespace cybernorms {

// Head counts of one step, taken in one parallel pass over the agents (block partials added
// in block order, so the weighted sums do not depend on the thread count).
struct Census {
  std::vector<double> count;          // norms x kinds x stages: agents
  std::vector<double> weight;         // norms x kinds x stages: their economic weight or size
  std::vector<double> kind_n;         // kinds: agents
  std::vector<double> kind_w;         // kinds: weight
  std::vector<std::int64_t> members;  // initiatives

  static constexpr int kStages = 3;
  static std::size_t column(int k, int kind, int stage) {
    return (static_cast<std::size_t>(k) * kKinds + kind) * kStages + stage;
  }
  Census& operator+=(const Census& o);
};

Census take_census(const World& w, const State& s, int initiatives, const sim::Executor& ex);

}  // namespace cybernorms
