#pragma once

#include "models/cybernorms/context.hpp"

#include <cstdint>
#include <vector>

namespace cybernorms {

// Sizes d's offer rows for `agents` agents and, when there are at most kTabulatedInitiatives
// (2^G sets), fills a row for every set of initiatives, so agents look their memberships up
// instead of walking them norm by norm; needs d.founded and the specificities of step t.
constexpr int kTabulatedInitiatives = 12;
inline bool offers_tabulated(int initiatives) {
  return initiatives <= kTabulatedInitiatives;
}
void tabulate_offers(const Context& c, const State& s, Derived& d);

// The founded initiatives among an agent's memberships `in` (one flag per initiative) as a
// set, bit g for initiative g: its row of offers while sets are tabulated.
inline std::uint32_t founded_set(const std::uint8_t* in, const Derived& d, int initiatives) {
  std::uint32_t set = 0;
  for (int g = 0; g < initiatives; ++g)
    if (in[g] && d.founded[g]) set |= std::uint32_t{1} << g;
  return set;
}

// Sets agent a's row of offers (see Derived::offer_row): its set of founded memberships
// where tabulated, else its own row, filled by walking them (`joined` is scratch).
void find_offers(const Context& c, const State& s, Derived& d, std::int32_t a,
                 std::vector<int>& joined);

}  // namespace cybernorms
