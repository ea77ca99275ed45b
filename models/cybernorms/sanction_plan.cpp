#include "models/cybernorms/sanction_plan.hpp"

#include "models/cybernorms/draws.hpp"

#include <algorithm>

namespace cybernorms {

void SanctionPlan::make(const Context& c, const Derived& d, const State& s, const Events& e,
                        std::size_t begin, std::size_t end) {
  const World& w = c.world;
  const int K = c.K();
  const int G = c.G();
  const auto& stage = s.stage.current();
  const auto& member = s.member.current();
  const auto draws = c.params.mechanisms.sanction.comember_observers;
  events.clear();
  picks_.clear();
  picks_end_.clear();
  sim::AgentStreams alarms(c.streams(kPhaseSanction), begin);
  for (std::size_t i = begin; i < end; ++i) {
    const auto a = static_cast<std::int32_t>(i);
    sim::Rng alarm = alarms.next();
    for (int k = 0; k < K; ++k) {
      const std::size_t ak = w.ak(a, k);
      if (stage[ak] < kEndorsed) continue;
      alarm.seek32(static_cast<std::uint64_t>(k));
      const double alarm_draw = alarm.uniform32();
      const bool accused = !e.violated[ak] && alarm_draw < d.offer(a, k, K).false_alarm;
      if (!e.violated[ak] && !accused) continue;
      events.push_back({a, k, accused});
      for (int g = 0; g < G; ++g) {
        if (!member[i * G + g] || !d.founded[g] || d.members[g].size() < 2 || !w.promotes(g, k))
          continue;
        sim::Rng rng(c.seed, static_cast<std::uint64_t>(c.step), kPhaseSanction, i,
                     static_cast<std::uint32_t>(3 * K + k), static_cast<std::uint64_t>(g) << 32);
        for (std::int64_t n = 0; n < draws; ++n) {
          picks_.push_back(d.members[g].data() + rng.below(d.members[g].size()));
          __builtin_prefetch(picks_.back());
        }
      }
      picks_end_.push_back(picks_.size());
    }
  }
  // Read only now, a block's worth of work after they were asked for.
  extra.clear();
  extra_end.clear();
  std::size_t p = 0;
  for (std::size_t x = 0; x < events.size(); ++x) {
    for (; p < picks_end_[x]; ++p)
      if (*picks_[p] != events[x].agent) extra.push_back(*picks_[p]);
    extra_end.push_back(extra.size());
  }
}

void SanctionPlan::prefetch(const Context& c, const Derived& d, std::size_t x) const {
  const std::int32_t a = events[x].agent;
  if (x == 0 || events[x - 1].agent != a) {
    const auto nb = c.world.contacts.neighbours(a);
    const std::size_t first = std::min(nb.size(), kPrefetchedContacts);
    for (std::size_t j = 0; j < first; ++j) __builtin_prefetch(d.profiles.record(nb[j]));
  }
  for (std::size_t j = x == 0 ? 0 : extra_end[x - 1]; j < extra_end[x]; ++j)
    __builtin_prefetch(d.profiles.record(extra[j]));
}

}  // namespace cybernorms
