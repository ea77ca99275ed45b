#pragma once

#include <cstdint>
#include <vector>

namespace axelrod {

// Who observes whom, as places 0..N-1 (agent i of a generation is at place i; offspring are put
// in random places each generation when observers > 0, see select_parents). `observer(d, s)`
// is the s-th of the `count()` distinct observers of place d, never d itself.

// The agents at K fixed offsets from d on a ring: every agent watches exactly K others and is
// watched by exactly K. `everyone`: offsets 1..N-1 (the paper's game). `random`: K distinct
// random offsets, drawn anew each generation (with the random places, a fresh random graph).
class Circulant {
 public:
  static Circulant everyone(std::int64_t population);
  static Circulant random(std::int64_t population, std::int64_t k, std::uint64_t seed,
                          std::int64_t generation);

  std::int64_t count() const { return static_cast<std::int64_t>(offsets_.size()); }
  std::int64_t observer(std::int64_t d, std::int64_t s) const {
    const std::int64_t j = d + offsets_[s];
    return j >= n_ ? j - n_ : j;
  }
  void prefetch(std::int64_t) const {}  // observers' places follow from d

 private:
  Circulant(std::int64_t n, std::vector<std::int64_t> offsets)
      : n_(n), offsets_(std::move(offsets)) {}

  std::int64_t n_;
  std::vector<std::int64_t> offsets_;
};

// K distinct observers drawn uniformly among the other places, independently for each place,
// once for the whole run (a random K-out graph: an agent watches K others on average).
class FixedGraph {
 public:
  static FixedGraph random(std::int64_t population, std::int64_t k, std::uint64_t seed);

  std::int64_t count() const { return k_; }
  std::int64_t observer(std::int64_t d, std::int64_t s) const { return table_[d * k_ + s]; }
  // Asks for d's row ahead of its use (the first two cache lines: 32 observers).
  void prefetch(std::int64_t d) const {
    const std::int32_t* row = table_.data() + d * k_;
    __builtin_prefetch(row);
    if (k_ > 16) __builtin_prefetch(row + 16);
  }

 private:
  FixedGraph(std::int64_t k, std::vector<std::int32_t> table) : k_(k), table_(std::move(table)) {}

  std::int64_t k_;
  std::vector<std::int32_t> table_;  // place x slot
};

}  // namespace axelrod
