#include "models/cybernorms/draws.hpp"
#include "models/cybernorms/phases.hpp"
#include "models/cybernorms/utility.hpp"
#include "sim/core/successes.hpp"

#include <algorithm>

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
  const int G = c.G();
  const auto& member = s.member.current();
  auto& next = s.member.next();
  for (int g = 0; g < G; ++g)
    for (const std::int32_t f : w.founders[g])
      next[static_cast<std::size_t>(f) * G + g] = c.step + 1 >= c.params.initiatives[g].founded;
  // A chance is a rate times a logistic <= 1, so only a draw below the rate can change a
  // membership. Per block of agents, its (agent, initiative) pairs are candidates with chance
  // `most`, the larger rate (sim::for_each_success: one stream per block); a candidate's draw
  // is uniform on [0, most) and decides as a draw per pair would: the same law, with draws
  // and join utilities for about one pair in twenty.
  const double most = std::max(m.join_rate, m.leave_rate);
  c.executor.for_blocks(
      static_cast<std::size_t>(w.agents), [&](std::size_t begin, std::size_t end) {
        sim::Rng rng(c.seed, static_cast<std::uint64_t>(c.step), kPhaseMembership, begin);
        sim::for_each_success(rng, most, (end - begin) * G, [&](std::uint64_t trial) {
          const std::size_t i = begin + trial / G;
          const auto a = static_cast<std::int32_t>(i);
          const auto g = static_cast<int>(trial % G);
          const std::size_t ag = i * G + g;
          const double draw = most * rng.uniform32();
          const bool in = member[ag] != 0;
          if (w.is_founder[ag] || draw >= (in ? m.leave_rate : m.join_rate) ||
              (!in && !eligible(c, d, a, g)))
            return;
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
            if (draw < m.leave_rate * logistic(-m.beta * join)) next[ag] = 0;
          } else if (draw < m.join_rate * logistic(m.beta * join)) {
            next[ag] = 1;
          }
        });
      });
}

}  // namespace cybernorms
