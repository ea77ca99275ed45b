#include "models/cybernorms/sanction_plan.hpp"

#include "models/cybernorms/draws.hpp"
#include "sim/core/successes.hpp"

#include <algorithm>

namespace cybernorms {

void SanctionPlan::make(const Context& c, const Derived& d, const State& s, const Events& e,
                        std::size_t begin, std::size_t end) {
  const auto K = static_cast<std::size_t>(c.K());
  events.clear();
  for (const std::size_t ak : e.violations_in_block(
           sim::Executor::block_of(static_cast<std::size_t>(c.world.agents), begin)))
    events.push_back({static_cast<std::int32_t>(ak / K), static_cast<std::int32_t>(ak % K), false});
  const auto violations = static_cast<std::ptrdiff_t>(events.size());
  add_false_alarms(c, d, s, e, begin, end);
  // Compliance lists violations in agent and norm order, and the false alarms of each norm
  // come in agent order: sorting the false alarms and merging costs less than a sort of all.
  const auto before = [](const Event& x, const Event& y) {
    return x.agent != y.agent ? x.agent < y.agent : x.norm < y.norm;
  };
  const auto alarms = events.begin() + violations;
  if (!std::is_sorted(events.begin(), alarms, before)) std::sort(events.begin(), alarms, before);
  std::sort(alarms, events.end(), before);
  merged_.resize(events.size());
  std::merge(events.begin(), alarms, alarms, events.end(), merged_.begin(), before);
  events.swap(merged_);
  draw_comembers(c, d, s);
  draw_seers(c, d);
}

void SanctionPlan::add_false_alarms(const Context& c, const Derived& d, const State& s,
                                    const Events& e, std::size_t begin, std::size_t end) {
  const World& w = c.world;
  const int K = c.K();
  const auto& stage = s.stage.current();
  for (int k = 0; k < K; ++k) {
    const double most = c.params.norms[k].misattribution;
    sim::Rng rng(c.seed, static_cast<std::uint64_t>(c.step), kPhaseSanction, begin,
                 static_cast<std::uint32_t>(4 * K + k));
    sim::for_each_success(rng, most, end - begin, [&](std::uint64_t trial) {
      const auto a = static_cast<std::int32_t>(begin + trial);
      const std::size_t ak = w.ak(a, k);
      if (stage[ak] < kEndorsed || e.violated[ak]) return;
      if (rng.uniform32() < d.offer(a, k, K).false_alarm / most) events.push_back({a, k, true});
    });
  }
}

void SanctionPlan::draw_comembers(const Context& c, const Derived& d, const State& s) {
  const World& w = c.world;
  const int K = c.K();
  const int G = c.G();
  const auto& member = s.member.current();
  const auto draws = c.params.mechanisms.sanction.comember_observers;
  picks_.clear();
  picks_end_.clear();
  for (const Event& x : events) {
    const auto i = static_cast<std::size_t>(x.agent);
    const int k = x.norm;
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

void SanctionPlan::draw_seers(const Context& c, const Derived& d) {
  const int K = c.K();
  seers.clear();
  seers_end.clear();
  for (std::size_t x = 0; x < events.size(); ++x) {
    const auto [a, k, false_alarm] = events[x];
    const double visible = d.offer(a, k, K).visibility;
    sim::Rng rng(c.seed, static_cast<std::uint64_t>(c.step), kPhaseSanction,
                 static_cast<std::uint64_t>(a), static_cast<std::uint32_t>(K + k));
    const auto contacts = c.world.contacts.neighbours(a);
    const std::size_t first_pick = x == 0 ? 0 : picks_end_[x - 1];
    std::size_t n = seers.size();
    seers.resize(n + contacts.size() + (picks_end_[x] - first_pick));
    // Every observer is written; only a seer moves the end on.
    const auto see = [&](std::int32_t o) {
      seers[n] = o;
      n += rng.bernoulli32(visible) ? 1 : 0;
    };
    for (const std::int32_t o : contacts) see(o);
    // The drawn co-members other than the agent, read only now, a block's worth of work after
    // they were asked for.
    for (std::size_t q = first_pick; q < picks_end_[x]; ++q)
      if (*picks_[q] != a) see(*picks_[q]);
    seers.resize(n);
    seers_end.push_back(n);
  }
}

void SanctionPlan::prefetch(const Derived& d, std::size_t x) const {
  const auto seen = seers_of(x);
  for (std::size_t j = 0; j < std::min(seen.size(), kPrefetchedSeers); ++j)
    __builtin_prefetch(d.profiles.record(seen[j]));
}

}  // namespace cybernorms
