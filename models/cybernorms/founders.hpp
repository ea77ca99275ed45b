#pragma once

#include "models/cybernorms/agent_names.hpp"
#include "models/cybernorms/params.hpp"

#include <cstdint>
#include <vector>

namespace cybernorms {

// Founders named one by one in initiatives[].founders.states / .firms (agent_names.hpp says
// how a name gives an agent).

// Checks the named founders of initiative g: each id names an agent of its list's kind, once,
// and, for a region-restricted initiative, an agent of that region (top_* keep to the region
// too). Errors are at the element: `initiatives[g].founders.states[i]`.
void check_named_founders(const Params& p, const AgentNames& names, std::size_t g,
                          const sim::config::Schema<Params>::Checker& check);

// The agents initiative g names as founders (states first, in list order).
std::vector<std::int32_t> named_founders(const Params& p, const AgentNames& names, std::size_t g);

}  // namespace cybernorms
