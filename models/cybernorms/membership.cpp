#include "models/cybernorms/draws.hpp"
#include "models/cybernorms/phases.hpp"
#include "models/cybernorms/utility.hpp"

namespace cybernorms {

namespace {

bool eligible(const Context& c, const Derived& d, std::int32_t a, int g) {
  const World& w = c.world;
  const auto& x = c.params.initiatives[g];
  if (!d.open[g]) return false;
  if (x.members == Eligible::kStates && w.kind[a] != kState) return false;
  if (x.members == Eligible::kFirms && w.kind[a] != kFirm) return false;
  return c.world.initiative_region[g] < 0 || w.region[a] == c.world.initiative_region[g];
}

}  // namespace

// MODEL.md phase 9. Join utility: share of contacts already in (reputation among peers), a
// seat at a table shared with states for firms (seed 002), the agent's utilities for the
// initiative's norms, minus the cost of membership. Founders join at founding and stay.
// A treaty takes members (ratifications) only while open (see derive).
void update_membership(const Context& c, const Derived& d, State& s) {
  const World& w = c.world;
  const MembershipRule& m = c.params.mechanisms.membership;
  const auto& member = s.member.current();
  auto& next = s.member.next();
  c.executor.for_each(static_cast<std::size_t>(w.agents), [&](std::size_t i) {
    // Copied into locals: the membership stores are bytes, which may alias anything in memory,
    // so values read through references would be read again after each store.
    const auto a = static_cast<std::int32_t>(i);
    const int G = c.G();
    const double join_rate = m.join_rate;
    const double leave_rate = m.leave_rate;
    const std::uint8_t* const in_now = member.data() + i * G;
    const std::uint8_t* const founder = w.is_founder.data() + i * G;
    std::uint8_t* const in_next = next.data() + i * G;
    // One stream per agent; half-word g decides initiative g, drawn or not.
    sim::Rng rng(c.seed, static_cast<std::uint64_t>(c.step), kPhaseMembership, i);
    for (int g = 0; g < G; ++g) {
      const double draw = rng.uniform32();
      if (founder[g]) {
        in_next[g] = c.step + 1 >= c.params.initiatives[g].founded ? 1 : 0;
        continue;
      }
      // A chance is a rate times a logistic <= 1: a draw at or above the rate decides
      // without computing the join utility (decisions are unchanged).
      const bool in = in_now[g] != 0;
      const double rate = in ? leave_rate : join_rate;
      if (draw >= rate || (!in && !eligible(c, d, a, g))) continue;
      const auto& x = c.params.initiatives[g];
      const auto nb = w.contacts.neighbours(a);
      const double peers =
          nb.empty() ? 0.0 : d.contacts.members(a, g) / static_cast<double>(nb.size());
      const bool seat = w.kind[a] == kFirm && x.members == Eligible::kBoth;
      double norms = 0.0;
      for (const int k : w.initiative_norms[g]) norms += adoption_utility(c, s, d, a, k);
      const double join =
          m.w_peer * peers + (seat ? m.w_seat : 0.0) + m.w_norms * norms - x.join_cost;
      if (in) {
        if (draw < leave_rate * logistic(-m.beta * join)) in_next[g] = 0;
      } else if (draw < join_rate * logistic(m.beta * join)) {
        in_next[g] = 1;
      }
    }
  });
}

}  // namespace cybernorms
