#pragma once

#include "models/cybernorms/params.hpp"

#include <cstdint>
#include <vector>

namespace cybernorms {

class AgentNames;

// A scenario event (params `events:`) with its names resolved to indices. Found and dissolve
// events are already in the initiatives' founding and dissolution steps (calendar.hpp).
struct Scheduled {
  std::int64_t step = 0;
  EventType type = EventType::kTrustShock;
  int initiative = -1;
  std::int32_t agent = -1;
  int bloc1 = -1, bloc2 = -1;
  double size = 0.0;
};

// The events in scenario order (ties at a step keep that order).
std::vector<Scheduled> resolve_events(const Params& p, const AgentNames& names);

// The factor events of `step` apply to the trust between blocs b1 and b2: the product of
// (1 - size) over its trust shocks (1 when none).
double trust_shock_factor(const std::vector<Scheduled>& events, std::int64_t step, int b1, int b2);

// The factor events of `step` apply to the texts of initiative g (text shocks).
double text_shock_factor(const std::vector<Scheduled>& events, std::int64_t step, int g);

}  // namespace cybernorms
