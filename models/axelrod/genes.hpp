#pragma once

#include "sim/core/rng.hpp"

#include <cstdint>

namespace axelrod {

// A gene is an integer level 0..2^bits-1; the trait (boldness or vengefulness) it encodes is
// level / (2^bits - 1), so 3 bits give the paper's 0/7..7/7.
inline double trait(std::uint8_t level, int bits) {
  return static_cast<double>(level) / static_cast<double>((1 << bits) - 1);
}

inline std::uint8_t random_gene(int bits, sim::Rng& rng) {
  return static_cast<std::uint8_t>(rng.below(std::uint64_t{1} << bits));
}

// Flips each bit independently with probability `rate`.
inline std::uint8_t mutate(std::uint8_t gene, int bits, double rate, sim::Rng& rng) {
  for (int b = 0; b < bits; ++b)
    if (rng.uniform() < rate) gene = static_cast<std::uint8_t>(gene ^ (1u << b));
  return gene;
}

}  // namespace axelrod
