#include "models/cybernorms/draws.hpp"
#include "models/cybernorms/phases.hpp"
#include "models/cybernorms/utility.hpp"
#include "sim/core/successes.hpp"

#include <algorithm>
#include <cmath>

namespace cybernorms {

namespace {

double join_rate(const MembershipRule& m, const Initiative& x) {
  return x.join_rate >= 0.0 ? x.join_rate : m.join_rate;
}
double leave_rate(const MembershipRule& m, const Initiative& x) {
  return x.leave_rate >= 0.0 ? x.leave_rate : m.leave_rate;
}

bool invited_or_open(const Context& c, const State& s, std::int32_t a, int g) {
  const World& w = c.world;
  if (w.kind[a] != kState) return true;
  const std::size_t R = c.params.world.regions.size();
  return w.needs_no_invitation[static_cast<std::size_t>(g) * R + w.region[a]] ||
         s.invited.current()[static_cast<std::size_t>(a) * c.G() + g];
}

bool eligible(const Context& c, const Derived& d, const State& s, std::int32_t a, int g) {
  const World& w = c.world;
  const auto& x = c.params.initiatives[g];
  if (!d.open[g]) return false;
  if (x.members == Eligible::kStates && w.kind[a] != kState) return false;
  if (x.members == Eligible::kFirms && w.kind[a] != kFirm) return false;
  if (c.world.initiative_region[g] >= 0 && w.region[a] != c.world.initiative_region[g])
    return false;
  return invited_or_open(c, s, a, g);
}

// Mean trust of each bloc towards the agents listed (by their blocs): initiatives x blocs.
std::vector<double> trust_towards(const Context& c, const State& s,
                                  const std::vector<std::vector<std::int32_t>>& lists) {
  const World& w = c.world;
  const int B = w.blocs;
  const auto& trust = s.trust.current();
  std::vector<double> out(lists.size() * B, 1.0);
  std::vector<double> count(B);
  for (std::size_t g = 0; g < lists.size(); ++g) {
    std::fill(count.begin(), count.end(), 0.0);
    for (const std::int32_t a : lists[g]) count[w.bloc[a]] += 1.0;
    if (lists[g].empty()) continue;
    for (int b = 0; b < B; ++b) {
      double sum = 0.0;
      for (int o = 0; o < B; ++o) sum += count[o] * trust[static_cast<std::size_t>(b) * B + o];
      out[g * B + b] = sum / static_cast<double>(lists[g].size());
    }
  }
  return out;
}

// Invitation gates (Budapest Art. 37): the members of an open gated initiative invite each
// eligible state that needs it with chance invite_rate x the members' mean trust towards its
// bloc (a stream per state, slot 1 + g). An invitation stays.
void invite(const Context& c, const Derived& d, State& s) {
  const World& w = c.world;
  const int G = c.G();
  const std::size_t R = c.params.world.regions.size();
  bool gated = false;
  for (int g = 0; g < G; ++g) gated = gated || (c.params.initiatives[g].invitation && d.open[g]);
  if (!gated) return;  // the members' trust is counted only where someone may be invited
  const std::vector<double> trust = trust_towards(c, s, d.members);
  const auto& invited = s.invited.current();
  auto& next = s.invited.next();
  const auto& member = s.member.current();
  for (int g = 0; g < G; ++g) {
    const auto& x = c.params.initiatives[g];
    if (!x.invitation || !d.open[g] || d.members[g].empty()) continue;
    for (std::int32_t a = 0; a < w.states; ++a) {
      const std::size_t ag = static_cast<std::size_t>(a) * G + g;
      if (invited[ag] || member[ag] || w.needs_no_invitation[g * R + w.region[a]]) continue;
      if (w.initiative_region[g] >= 0 && w.region[a] != w.initiative_region[g]) continue;
      sim::Rng rng(c.seed, static_cast<std::uint64_t>(c.step), kPhaseMembership,
                   static_cast<std::uint64_t>(a), static_cast<std::uint32_t>(1 + g));
      if (rng.uniform() < x.invite_rate * trust[static_cast<std::size_t>(g) * w.blocs + w.bloc[a]])
        next[ag] = 1;
    }
  }
}

// Scenario events of this step: joins and leaves as the record has them, whatever the
// agent's utility (they take effect at t+1).
void apply_events(const Context& c, State& s) {
  auto& next = s.member.next();
  for (const auto& e : c.world.events)
    if (e.step == c.step && (e.type == EventType::kJoin || e.type == EventType::kLeave))
      next[static_cast<std::size_t>(e.agent) * c.G() + e.initiative] = e.type == EventType::kJoin;
}

}  // namespace

// docs/model.md phase 9. Join utility: share of contacts already in (reputation among peers), a
// seat at a table shared with states for firms (seed 002), the agent's utilities for the
// initiative's norms, trust towards the founders' blocs and a state's distance to the founding
// states' position, minus the cost of membership. Founders join at founding and stay; a
// dissolved initiative has no members. A treaty takes members (ratifications) only while open
// (see derive); a gated one only states invited or from its open regions.
void update_membership(const Context& c, const Derived& d, State& s) {
  const World& w = c.world;
  const MembershipRule& m = c.params.mechanisms.membership;
  const int G = c.G();
  const auto& member = s.member.current();
  auto& next = s.member.next();
  for (int g = 0; g < G; ++g) {
    const auto& x = c.params.initiatives[g];
    const bool gone = x.dissolved >= 0 && c.step + 1 >= x.dissolved;
    if (gone)
      for (const std::int32_t a : d.members[g]) next[static_cast<std::size_t>(a) * G + g] = 0;
    for (const std::int32_t f : w.founders[g])
      next[static_cast<std::size_t>(f) * G + g] = c.step + 1 >= x.founded && !gone;
  }
  invite(c, d, s);
  const std::vector<double> founder_trust =
      m.w_trust != 0.0 ? trust_towards(c, s, w.founders) : std::vector<double>{};
  // A chance is a rate times a logistic <= 1, so only a draw below the rate can change a
  // membership. Per block of agents, its (agent, initiative) pairs are candidates with chance
  // `most`, the largest rate (sim::for_each_success: one stream per block); a candidate's draw
  // is uniform on [0, most) and decides as a draw per pair would: the same law, with draws
  // and join utilities for about one pair in twenty.
  double most = std::max(m.join_rate, m.leave_rate);
  for (const auto& x : c.params.initiatives)
    most = std::max({most, join_rate(m, x), leave_rate(m, x)});
  c.executor.for_blocks(static_cast<std::size_t>(w.agents), [&](std::size_t begin,
                                                                std::size_t end) {
    sim::Rng rng(c.seed, static_cast<std::uint64_t>(c.step), kPhaseMembership, begin);
    sim::for_each_success(rng, most, (end - begin) * G, [&](std::uint64_t trial) {
      const std::size_t i = begin + trial / G;
      const auto a = static_cast<std::int32_t>(i);
      const auto g = static_cast<int>(trial % G);
      const std::size_t ag = i * G + g;
      const double draw = most * rng.uniform32();
      const bool in = member[ag] != 0;
      const auto& x = c.params.initiatives[g];
      if (w.is_founder[ag] || draw >= (in ? leave_rate(m, x) : join_rate(m, x)) ||
          (!in && !eligible(c, d, s, a, g)))
        return;
      const auto nb = w.contacts.neighbours(a);
      const double peers =
          nb.empty() ? 0.0 : d.contacts.members(a, g) / static_cast<double>(nb.size());
      const bool seat = w.kind[a] == kFirm && x.members == Eligible::kBoth;
      double norms = 0.0;
      for (const int k : w.initiative_norms[g]) norms += adoption_utility(c, s, d, a, k);
      double join = m.w_peer * peers + (seat ? m.w_seat : 0.0) + m.w_norms * norms - x.join_cost;
      if (m.w_trust != 0.0)
        join +=
            m.w_trust * (founder_trust[static_cast<std::size_t>(g) * w.blocs + w.bloc[a]] - 1.0);
      if (m.w_align != 0.0 && w.kind[a] == kState && !std::isnan(w.founder_position[g]))
        join -= m.w_align * std::abs(w.position[a] - w.founder_position[g]);
      if (in) {
        if (draw < leave_rate(m, x) * logistic(-m.beta * join)) next[ag] = 0;
      } else if (draw < join_rate(m, x) * logistic(m.beta * join)) {
        next[ag] = 1;
      }
    });
  });
  apply_events(c, s);
}

}  // namespace cybernorms
