#pragma once

#include "models/axelrod/params.hpp"

#include <cstdint>
#include <vector>

namespace axelrod {

// Axelrod's rule: score >= mean + sd gives 2 offspring, score <= mean - sd gives 0, others 1.
// The sd is the population standard deviation (divisor N); the paper does not say which.
std::vector<int> sd_offspring_counts(const std::vector<double>& scores);

// The parent of each member of the next generation, in order; always scores.size() entries.
std::vector<std::int32_t> select_parents(const std::vector<double>& scores, const Selection& rule,
                                         std::uint64_t seed, std::int64_t generation);

// Shuffles the parents (Fisher-Yates): which place each offspring takes in the next generation.
void place_at_random(std::vector<std::int32_t>& parents, std::uint64_t seed,
                     std::int64_t generation);

}  // namespace axelrod
