#include "models/cybernorms/contact_sums.hpp"

#include "models/cybernorms/state.hpp"

#include <atomic>
#include <cmath>
#include <stdexcept>

namespace cybernorms {

namespace {

template <typename T>
void add(T& sum, T change) {
  std::atomic_ref<T>(sum).fetch_add(change, std::memory_order_relaxed);
}

}  // namespace

void ContactSums::restart(const World& w, int initiatives) {
  const auto n = static_cast<std::size_t>(w.agents);
  norms_ = w.norms;
  initiatives_ = initiatives;
  linked_.assign(n, 0.0);
  for (std::int32_t a = 0; a < w.agents; ++a)
    for (const double tie : w.contacts.weights(a)) {
      // Tie weights are link counts (see generate_networks): whole numbers keep the sums exact.
      if (tie != std::floor(tie) || tie < 0)
        throw std::logic_error("contact tie weights must be whole numbers");
      linked_[a] += tie;
    }
  adopting_.assign(n * static_cast<std::size_t>(norms_), 0);
  watchers_.assign(n * static_cast<std::size_t>(norms_), 0);
  members_.assign(n * static_cast<std::size_t>(initiatives_), 0);
}

void ContactSums::update(const World& w, const Profiles& before, const Profiles& now,
                         const sim::Executor& executor) {
  const auto n = static_cast<std::size_t>(w.agents);
  const bool earlier = before.agents() == n && before.norms() == now.norms() &&
                       before.initiatives() == now.initiatives() && linked_.size() == n &&
                       norms_ == now.norms() && initiatives_ == now.initiatives();
  if (!earlier) restart(w, now.initiatives());
  const int K = norms_;
  const int G = initiatives_;
  executor.for_blocks(n, [&](std::size_t begin, std::size_t end) {
    // The nonzero changes of one agent: (norm, change) and (initiative, change).
    std::vector<std::pair<int, std::int32_t>> adopting;
    std::vector<std::pair<int, std::int64_t>> watchers;
    std::vector<std::pair<int, std::int32_t>> members;
    for (std::size_t i = begin; i < end; ++i) {
      const auto b = static_cast<std::int32_t>(i);
      const Profiles::Record r = now.record(b);
      const Profiles::Record old = earlier ? before.record(b) : nullptr;
      if (old != nullptr && now.same(r, old)) continue;
      const std::int64_t veng = vengefulness_units(Profiles::vengefulness(r));
      const std::int64_t old_veng = old ? vengefulness_units(Profiles::vengefulness(old)) : 0;
      adopting.clear();
      watchers.clear();
      members.clear();
      for (int k = 0; k < K; ++k) {
        const bool on = now.stage(r, k) >= kEndorsed;
        const bool was = old != nullptr && before.stage(old, k) >= kEndorsed;
        if (on != was) adopting.emplace_back(k, on ? 1 : -1);
        const std::int64_t change = (on ? veng : 0) - (was ? old_veng : 0);
        if (change != 0) watchers.emplace_back(k, change);
      }
      for (int g = 0; g < G; ++g) {
        const bool in = now.member(r, g);
        if (in != (old != nullptr && before.member(old, g))) members.emplace_back(g, in ? 1 : -1);
      }
      if (adopting.empty() && watchers.empty() && members.empty()) continue;
      const auto nb = w.contacts.neighbours(b);
      const auto wt = w.contacts.weights(b);
      for (std::size_t j = 0; j < nb.size(); ++j) {
        const auto tie = static_cast<std::int32_t>(wt[j]);
        for (const auto& [k, change] : adopting) add(adopting_[at(nb[j], k, K)], change * tie);
        for (const auto& [k, change] : watchers) add(watchers_[at(nb[j], k, K)], change);
        for (const auto& [g, change] : members) add(members_[at(nb[j], g, G)], change);
      }
    }
  });
}

}  // namespace cybernorms
