#pragma once

#include "models/cybernorms/profiles.hpp"
#include "models/cybernorms/world.hpp"
#include "sim/schedule/executor.hpp"

#include <oneapi/tbb/enumerable_thread_specific.h>

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace cybernorms {

// What each agent sees of its contacts in step t: per norm, the tie weight to contacts that
// endorse it (stage >= 1) and their summed vengefulness; per initiative, the contacts that
// are members. Kept from step to step rather than recounted: few agents change in a step,
// and each agent whose profile changed pushes the difference to its contacts (the network
// is symmetric, so its own list names everyone who counts it). Every sum is an integer (tie
// weights are link counts; vengefulness is counted in units of 2^-32, truncated), and integer
// sums do not depend on the order of their additions: pushed from parallel threads, they
// equal a fresh count over the contacts, whatever the thread count. Pushes to states (every
// firm is a contact of the states it operates in, so a few hundred rows take a large share of
// the pushes) go to per-thread rows added in afterwards: atomic adds from two cores to the same
// rows kept moving their cache lines between the cores.
class ContactSums {
 public:
  static constexpr double kVengefulnessUnit = 0x1p-32;
  static std::int64_t vengefulness_units(double v) {
    return static_cast<std::int64_t>(v / kVengefulnessUnit);
  }

  // Brings the sums from the profiles `before` to `now`. With `before` empty, or of another
  // size, there is no earlier step: the sums restart from zero and every agent pushes.
  void update(const World& w, const Profiles& before, const Profiles& now,
              const sim::Executor& executor);

  // Tie-weighted share of a's contacts that endorse k (0 without contacts).
  double xbar(std::int32_t a, int k) const {
    const double linked = linked_[a];
    return linked > 0 ? static_cast<double>(adopting_[at(a, k, norms_)]) / linked : 0.0;
  }
  // Summed vengefulness of a's contacts that endorse k.
  double watchers(std::int32_t a, int k) const {
    return static_cast<double>(watchers_[at(a, k, norms_)]) * kVengefulnessUnit;
  }
  // a's contacts that are members of initiative g.
  std::int32_t members(std::int32_t a, int g) const { return members_[at(a, g, initiatives_)]; }

 private:
  static std::size_t at(std::int32_t a, int j, int width) {
    return static_cast<std::size_t>(a) * static_cast<std::size_t>(width) +
           static_cast<std::size_t>(j);
  }
  void restart(const World& w, int initiatives);
  struct BlockChanges;
  // One changed agent's nonzero changes: (norm, change) and (initiative, change).
  struct Change {
    std::int32_t agent;
    std::span<const std::pair<int, std::int32_t>> adopting;
    std::span<const std::pair<int, std::int64_t>> watchers;
    std::span<const std::pair<int, std::int32_t>> members;
  };
  static Change change(const BlockChanges& changes, std::size_t x);
  // Lists the changed agents of [begin, end) with their changes.
  void find_changes(const Profiles& before, const Profiles& now, bool earlier, std::size_t begin,
                    std::size_t end, BlockChanges& out) const;
  // Asks the cache, for writing, for the sums that change c adds to at `target`.
  void ask_for(const Change& c, std::int32_t target) const;
  // The same for c's first contacts.
  void prefetch(const World& w, const Change& c) const;
  void push(const World& w, const Change& c, std::vector<std::int64_t>& to_states);
  // The per-thread state rows added into the sums, and cleared.
  void add_state_rows();
  // Entries of one state row: norms (adopting), norms (watchers), initiatives (members).
  std::size_t state_row_width() const {
    return 2 * static_cast<std::size_t>(norms_) + static_cast<std::size_t>(initiatives_);
  }

  int norms_ = 0;
  int initiatives_ = 0;
  std::vector<double> linked_;          // agents: summed tie weight
  std::vector<std::int32_t> adopting_;  // agents x norms: tie weight to endorsing contacts
  std::vector<std::int64_t> watchers_;  // agents x norms: in units of 2^-32
  std::vector<std::int32_t> members_;   // agents x initiatives
  // Per thread, states x (norms adopting, norms watchers, initiatives members): pushes to
  // states, not yet in the sums.
  tbb::enumerable_thread_specific<std::vector<std::int64_t>> state_rows_;
};

}  // namespace cybernorms
