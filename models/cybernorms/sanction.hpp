#pragma once

#include "models/cybernorms/context.hpp"
#include "models/cybernorms/events.hpp"

#include <cstdint>
#include <vector>

namespace cybernorms {

// Chance per step that an innocent adopter is accused: misattribution x (1 - cbm), where cbm
// is the strength of its strongest confidence-building channel (docs/model.md phase 5).
double false_alarm_probability(double misattribution, double cbm);

// Trust between blocs at t+1 from trust at t (docs/model.md phase 5): this step's trust shocks
// (scenario events), then the loss by mechanisms.sanction.trust_rule to the step's events
// (`e.bloc_events` for seers; `incidents`, blocs x blocs, for incidents), then the recovery
// through confidence-building channels with members in both blocs and the drift back to
// world.initial_trust, both on the gap before the loss.
void update_trust(const Context& c, const Derived& d, const Events& e,
                  const std::vector<std::int64_t>& incidents, State& s);

}  // namespace cybernorms
