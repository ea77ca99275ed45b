#include "models/cybernorms/contact_sums.hpp"

#include "models/cybernorms/state.hpp"
#include "sim/schedule/look_ahead.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <span>
#include <stdexcept>

namespace cybernorms {

namespace {

template <typename T>
void add(T& sum, T change) {
  std::atomic_ref<T>(sum).fetch_add(change, std::memory_order_relaxed);
}

// Contacts of a change whose sums are asked for ahead; states have thousands of contacts, and
// asking for all of them would evict what the changes between need.
constexpr std::size_t kPrefetchedTargets = 16;

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

// The changed agents of one block with their nonzero changes ((norm, change) and (initiative,
// change)), listed before any is pushed: most agents have few contacts, so only a look-ahead
// across agents can ask for the sums a few changes ahead while earlier ones are written (the
// pushes are cache misses on 100 MB of sums at 1e6 firms).
struct ContactSums::BlockChanges {
  struct Agent {
    std::int32_t agent;
    std::size_t adopting_end, watchers_end, members_end;
  };
  std::vector<Agent> agents;
  std::vector<std::pair<int, std::int32_t>> adopting;
  std::vector<std::pair<int, std::int64_t>> watchers;
  std::vector<std::pair<int, std::int32_t>> members;

  void clear() {
    agents.clear();
    adopting.clear();
    watchers.clear();
    members.clear();
  }
};

void ContactSums::find_changes(const Profiles& before, const Profiles& now, bool earlier,
                               std::size_t begin, std::size_t end, BlockChanges& out) const {
  const int K = norms_;
  const int G = initiatives_;
  out.clear();
  for (std::size_t i = begin; i < end; ++i) {
    const auto b = static_cast<std::int32_t>(i);
    const Profiles::Record r = now.record(b);
    const Profiles::Record old = earlier ? before.record(b) : nullptr;
    if (old != nullptr && now.same(r, old)) continue;
    const std::int64_t veng = vengefulness_units(Profiles::vengefulness(r));
    const std::int64_t old_veng = old ? vengefulness_units(Profiles::vengefulness(old)) : 0;
    const std::size_t listed = out.adopting.size() + out.watchers.size() + out.members.size();
    for (int k = 0; k < K; ++k) {
      const bool on = now.stage(r, k) >= kEndorsed;
      const bool was = old != nullptr && before.stage(old, k) >= kEndorsed;
      if (on != was) out.adopting.emplace_back(k, on ? 1 : -1);
      const std::int64_t change = (on ? veng : 0) - (was ? old_veng : 0);
      if (change != 0) out.watchers.emplace_back(k, change);
    }
    for (int g = 0; g < G; ++g) {
      const bool in = now.member(r, g);
      if (in != (old != nullptr && before.member(old, g))) out.members.emplace_back(g, in ? 1 : -1);
    }
    if (out.adopting.size() + out.watchers.size() + out.members.size() != listed)
      out.agents.push_back({b, out.adopting.size(), out.watchers.size(), out.members.size()});
  }
}

ContactSums::Change ContactSums::change(const BlockChanges& changes, std::size_t x) {
  const auto& agents = changes.agents;
  const auto& last = agents[x];
  const BlockChanges::Agent none{0, 0, 0, 0};
  const auto& first = x == 0 ? none : agents[x - 1];
  return {
      last.agent,
      {changes.adopting.data() + first.adopting_end, changes.adopting.data() + last.adopting_end},
      {changes.watchers.data() + first.watchers_end, changes.watchers.data() + last.watchers_end},
      {changes.members.data() + first.members_end, changes.members.data() + last.members_end}};
}

void ContactSums::ask_for(const Change& c, std::int32_t target) const {
  // A change's sums span at most two lines per array: ask for its first and last.
  const auto ask = [](const auto* sums, const auto& list, std::size_t row) {
    if (list.empty()) return;
    __builtin_prefetch(sums + row + static_cast<std::size_t>(list.front().first), 1);
    __builtin_prefetch(sums + row + static_cast<std::size_t>(list.back().first), 1);
  };
  ask(adopting_.data(), c.adopting, at(target, 0, norms_));
  ask(watchers_.data(), c.watchers, at(target, 0, norms_));
  ask(members_.data(), c.members, at(target, 0, initiatives_));
}

void ContactSums::prefetch(const World& w, const Change& c) const {
  const auto nb = w.contacts.neighbours(c.agent);
  for (std::size_t j = 0; j < std::min(nb.size(), kPrefetchedTargets); ++j)
    if (nb[j] >= w.states) ask_for(c, nb[j]);  // a state's row is the thread's own
}

void ContactSums::push(const World& w, const Change& c, std::vector<std::int64_t>& to_states) {
  const int K = norms_;
  const int G = initiatives_;
  const auto nb = w.contacts.neighbours(c.agent);
  const auto wt = w.contacts.weights(c.agent);
  // Rows list their contacts in index order, and states come first among the agents.
  std::size_t j = 0;
  const std::size_t width = state_row_width();
  for (; j < nb.size() && nb[j] < w.states; ++j) {
    const auto tie = static_cast<std::int64_t>(wt[j]);
    std::int64_t* const row = to_states.data() + static_cast<std::size_t>(nb[j]) * width;
    for (const auto& [k, change] : c.adopting) row[k] += change * tie;
    for (const auto& [k, change] : c.watchers) row[K + k] += change;
    for (const auto& [g, change] : c.members) row[2 * K + g] += change;
  }
  for (; j < nb.size(); ++j) {
    // Contacts past the first few (states have thousands) are asked for this far ahead.
    if (j + kPrefetchedTargets < nb.size()) ask_for(c, nb[j + kPrefetchedTargets]);
    const auto tie = static_cast<std::int32_t>(wt[j]);
    for (const auto& [k, change] : c.adopting) add(adopting_[at(nb[j], k, K)], change * tie);
    for (const auto& [k, change] : c.watchers) add(watchers_[at(nb[j], k, K)], change);
    for (const auto& [g, change] : c.members) add(members_[at(nb[j], g, G)], change);
  }
}

void ContactSums::add_state_rows() {
  const int K = norms_;
  const int G = initiatives_;
  const std::size_t width = state_row_width();
  for (auto& rows : state_rows_) {
    for (std::size_t r = 0; r < rows.size() / width; ++r) {
      const auto s = static_cast<std::int32_t>(r);
      const std::int64_t* const row = rows.data() + r * width;
      for (int k = 0; k < K; ++k) {
        adopting_[at(s, k, K)] += static_cast<std::int32_t>(row[k]);
        watchers_[at(s, k, K)] += row[K + k];
      }
      for (int g = 0; g < G; ++g)
        members_[at(s, g, G)] += static_cast<std::int32_t>(row[2 * K + g]);
    }
    std::fill(rows.begin(), rows.end(), 0);
  }
}

void ContactSums::update(const World& w, const Profiles& before, const Profiles& now,
                         const sim::Executor& executor) {
  const auto n = static_cast<std::size_t>(w.agents);
  const bool earlier = before.agents() == n && before.norms() == now.norms() &&
                       before.initiatives() == now.initiatives() && linked_.size() == n &&
                       norms_ == now.norms() && initiatives_ == now.initiatives();
  if (!earlier) restart(w, now.initiatives());
  executor.for_blocks(n, [&](std::size_t begin, std::size_t end) {
    // Per thread, so that their memory serves every block and step the thread handles.
    thread_local BlockChanges changes;
    find_changes(before, now, earlier, begin, end, changes);
    auto& to_states = state_rows_.local();
    to_states.resize(static_cast<std::size_t>(w.states) * state_row_width());
    // The sums of the change four ahead are asked for while one is pushed.
    sim::with_look_ahead(
        changes.agents.size(), 4, [&](std::size_t x) { prefetch(w, change(changes, x)); },
        [&](std::size_t x) { push(w, change(changes, x), to_states); });
  });
  add_state_rows();
}

}  // namespace cybernorms
