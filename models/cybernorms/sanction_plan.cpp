#include "models/cybernorms/sanction_plan.hpp"

#include "models/cybernorms/draws.hpp"

namespace cybernorms {

void SanctionPlan::make(const Context& c, const Derived& d, const State& s, const Events& e,
                        std::int32_t a) {
  const World& w = c.world;
  const int K = c.K();
  const int G = c.G();
  const auto& stage = s.stage.current();
  const auto& member = s.member.current();
  const auto draws = c.params.mechanisms.sanction.comember_observers;
  norms.clear();
  false_alarm.clear();
  picks.clear();
  picks_end.clear();
  sim::Rng alarm(c.seed, static_cast<std::uint64_t>(c.step), kPhaseSanction,
                 static_cast<std::uint64_t>(a));
  for (int k = 0; k < K; ++k) {
    const std::size_t ak = w.ak(a, k);
    if (stage[ak] < kEndorsed) continue;
    alarm.seek32(static_cast<std::uint64_t>(k));
    const double alarm_draw = alarm.uniform32();
    const bool accused = !e.violated[ak] && alarm_draw < d.offer(a, k, K).false_alarm;
    if (!e.violated[ak] && !accused) continue;
    norms.push_back(k);
    false_alarm.push_back(accused ? 1 : 0);
    for (int g = 0; g < G; ++g) {
      if (!member[static_cast<std::size_t>(a) * G + g] || !d.founded[g] ||
          d.members[g].size() < 2 || !w.promotes(g, k))
        continue;
      sim::Rng rng(c.seed, static_cast<std::uint64_t>(c.step), kPhaseSanction,
                   static_cast<std::uint64_t>(a), static_cast<std::uint32_t>(3 * K + k),
                   static_cast<std::uint64_t>(g) << 32);
      for (std::int64_t i = 0; i < draws; ++i) {
        picks.push_back(d.members[g].data() + rng.below(d.members[g].size()));
        __builtin_prefetch(picks.back());
      }
    }
    picks_end.push_back(picks.size());
  }
  if (!norms.empty()) prefetch_contacts(c, d, a);
}

void SanctionPlan::resolve(const Derived& d, std::int32_t a) {
  extra.clear();
  extra_end.clear();
  std::size_t p = 0;
  for (const std::size_t end : picks_end) {
    for (; p < end; ++p)
      if (*picks[p] != a) {
        extra.push_back(*picks[p]);
        __builtin_prefetch(d.profiles.record(extra.back()));
      }
    extra_end.push_back(extra.size());
  }
}

void prefetch_contacts(const Context& c, const Derived& d, std::int32_t a) {
  const auto nb = c.world.contacts.neighbours(a);
  // The passes over a state's thousands of contacts prefetch their own way ahead; asking for
  // all of them here would only evict what earlier agents still need.
  const std::size_t first = std::min<std::size_t>(nb.size(), kPrefetchedContacts);
  for (std::size_t j = 0; j < first; ++j) __builtin_prefetch(d.profiles.record(nb[j]));
}

}  // namespace cybernorms
