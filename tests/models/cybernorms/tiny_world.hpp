#pragma once

#include "models/cybernorms/context.hpp"
#include "models/cybernorms/events.hpp"
#include "sim/schedule/executor.hpp"

#include <string>
#include <vector>

namespace cybernorms::testing {

// A small world built from scenario text, with every utility term off unless the text turns
// it on, so a test can set stances, links and stages by hand and know the answer.
struct TinyWorld {
  explicit TinyWorld(const std::string& yaml, std::uint64_t seed = 7);

  Context context(std::int64_t step = 0) const { return {params, world, executor, seed, step}; }
  Derived derived(std::int64_t step = 0) const { return derive(context(step), state); }
  // Replaces the contact network (symmetric, unit weights).
  void link(const std::vector<std::pair<std::int32_t, std::int32_t>>& pairs);
  // Starts step t+1 as a copy of t, as the simulation does.
  void begin_step() { state.carry(); }
  void end_step() { state.flip(); }
  Events fresh_events() const;

  Params params;
  World world;
  State state;
  sim::Executor executor{1};
  std::uint64_t seed;
};

// Scenario text prefix: one norm named "n" with no costs, benefits or temptations, all
// adoption weights 0, no firms unless overridden.
std::string quiet_model(int states, int firms);

}  // namespace cybernorms::testing
