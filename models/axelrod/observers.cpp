#include "models/axelrod/observers.hpp"

#include "models/axelrod/phases.hpp"
#include "models/axelrod/stream.hpp"
#include "sim/core/rng.hpp"

#include <algorithm>
#include <numeric>

namespace axelrod {

Circulant Circulant::everyone(std::int64_t population) {
  std::vector<std::int64_t> offsets(population - 1);
  std::iota(offsets.begin(), offsets.end(), std::int64_t{1});
  return Circulant(population, std::move(offsets));
}

Circulant Circulant::random(std::int64_t population, std::int64_t k, std::uint64_t seed,
                            std::int64_t generation) {
  sim::Rng rng(seed, generation, kPhaseObservers, 0);
  std::vector<std::int64_t> offsets;
  while (static_cast<std::int64_t>(offsets.size()) < k) {
    const auto o = static_cast<std::int64_t>(1 + rng.below(population - 1));
    if (std::find(offsets.begin(), offsets.end(), o) == offsets.end()) offsets.push_back(o);
  }
  return Circulant(population, std::move(offsets));
}

FixedGraph FixedGraph::random(std::int64_t population, std::int64_t k, std::uint64_t seed) {
  U32Stream stream(seed, 0, kPhaseFixedGraph, 0);
  const auto others = static_cast<std::uint32_t>(population - 1);
  std::vector<std::int32_t> table(population * k);
  // mark[j] == d + 1: j is already an observer of d (a duplicate is drawn again).
  std::vector<std::int64_t> mark(population, 0);
  for (std::int64_t d = 0; d < population; ++d)
    for (std::int64_t s = 0; s < k;) {
      std::int64_t j = below(stream, others);
      j += j >= d;
      if (mark[j] == d + 1) continue;
      mark[j] = d + 1;
      table[d * k + s++] = static_cast<std::int32_t>(j);
    }
  return FixedGraph(k, std::move(table));
}

}  // namespace axelrod
