#pragma once

#include <cstdint>
#include <vector>

namespace axelrod {

// Who can see whom in one generation. Agents are placed on a ring by a permutation and agent d
// is watched by the agents at K distinct offsets from it, so every agent watches exactly K
// others and is watched by exactly K, and the map can be inverted: an agent finds the agents
// it watches without any shared write. With the identity permutation and offsets 1..N-1 this
// is the paper's game (everyone watches everyone); the scaled variant draws a fresh
// permutation and offsets each generation.
class Observers {
 public:
  // Everyone watches every other agent.
  static Observers everyone(std::int64_t population);
  // Each agent watched by k random others, drawn from (seed, generation).
  static Observers random(std::int64_t population, std::int64_t k, std::uint64_t seed,
                          std::int64_t generation);

  std::int64_t count() const { return static_cast<std::int64_t>(offsets_.size()); }
  // The s-th observer of agent d.
  std::int64_t observer(std::int64_t d, std::int64_t s) const {
    return at(position(d) + offsets_[s]);
  }
  // The agent that `i` watches as its s-th observer: observed(observer(d, s), s) == d.
  std::int64_t observed(std::int64_t i, std::int64_t s) const {
    return at(position(i) + n_ - offsets_[s]);
  }

 private:
  Observers(std::int64_t n, std::vector<std::int64_t> offsets, std::vector<std::int32_t> ring = {});
  std::int64_t position(std::int64_t agent) const { return ring_.empty() ? agent : place_[agent]; }
  std::int64_t at(std::int64_t pos) const {
    const std::int64_t p = pos % n_;
    return ring_.empty() ? p : ring_[p];
  }

  std::int64_t n_;
  std::vector<std::int64_t> offsets_;
  std::vector<std::int32_t> ring_;   // agent at each ring position (empty: identity)
  std::vector<std::int32_t> place_;  // ring position of each agent
};

}  // namespace axelrod
