#pragma once

#include <cstdint>
#include <vector>

namespace axelrod {

// Who can see whom in one generation. Agents are placed on a ring (`agent_at(p)` is the agent
// at position p) and the agent at position p is watched by the agents at K distinct offsets
// from p. Every agent thus watches exactly K others and is watched by exactly K, and the map
// inverts, so an agent finds whom it watches without any shared write. The game is played in
// ring positions: the agents an agent watches sit at fixed offsets from it, so their data is
// read as K sequential streams rather than at random.
// `everyone`: identity ring, offsets 1..N-1 (the paper's game). `random`: a fresh permutation
// and offsets each generation (the scaled variant).
class Observers {
 public:
  static Observers everyone(std::int64_t population);
  static Observers random(std::int64_t population, std::int64_t k, std::uint64_t seed,
                          std::int64_t generation);

  std::int64_t count() const { return static_cast<std::int64_t>(offsets_.size()); }
  // Position of the s-th observer of the agent at position p.
  std::int64_t observer(std::int64_t p, std::int64_t s) const { return (p + offsets_[s]) % n_; }
  // Position of the agent watched, as its s-th observer, by the agent at position p:
  // observed(observer(p, s), s) == p.
  std::int64_t observed(std::int64_t p, std::int64_t s) const {
    return (p + n_ - offsets_[s]) % n_;
  }
  std::int32_t agent_at(std::int64_t p) const { return ring_[p]; }

 private:
  Observers(std::int64_t n, std::vector<std::int64_t> offsets, std::vector<std::int32_t> ring)
      : n_(n), offsets_(std::move(offsets)), ring_(std::move(ring)) {}

  std::int64_t n_;
  std::vector<std::int64_t> offsets_;
  std::vector<std::int32_t> ring_;
};

}  // namespace axelrod
