#include "models/axelrod/observers.hpp"

#include "models/axelrod/phases.hpp"
#include "sim/core/rng.hpp"

#include <algorithm>
#include <numeric>

namespace axelrod {

Observers Observers::everyone(std::int64_t population) {
  std::vector<std::int64_t> offsets(population - 1);
  std::iota(offsets.begin(), offsets.end(), std::int64_t{1});
  std::vector<std::int32_t> ring(population);
  std::iota(ring.begin(), ring.end(), 0);
  return Observers(population, std::move(offsets), std::move(ring));
}

Observers Observers::random(std::int64_t population, std::int64_t k, std::uint64_t seed,
                            std::int64_t generation) {
  sim::Rng rng(seed, generation, kPhaseObservers, 0);
  std::vector<std::int32_t> ring(population);
  std::iota(ring.begin(), ring.end(), 0);
  for (std::int64_t i = population - 1; i > 0; --i)
    std::swap(ring[i], ring[rng.below(static_cast<std::uint64_t>(i) + 1)]);
  std::vector<std::int64_t> offsets;
  while (static_cast<std::int64_t>(offsets.size()) < k) {
    const auto o = static_cast<std::int64_t>(1 + rng.below(population - 1));
    if (std::find(offsets.begin(), offsets.end(), o) == offsets.end()) offsets.push_back(o);
  }
  return Observers(population, std::move(offsets), std::move(ring));
}

}  // namespace axelrod
