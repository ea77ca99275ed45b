#pragma once

#include "models/cybernorms/params.hpp"
#include "models/cybernorms/state.hpp"

#include <nlohmann/json.hpp>

namespace serve {

// The world view of a cybernorms run: states grouped by bloc (by region when there is a single
// bloc), each with its stage of norm `norm` and its economic weight, and its home firms
// counted by stage (firms are too many to draw one by one).
nlohmann::json cyber_world(const cybernorms::Params& params, const cybernorms::World& world,
                           const cybernorms::State& state, int norm);

}  // namespace serve
