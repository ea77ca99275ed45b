#pragma once

#include "sim/core/rng.hpp"
#include "sim/core/successes.hpp"

#include <cstdint>
#include <span>

namespace axelrod {

// A gene is an integer level 0..2^bits-1; the trait (boldness or vengefulness) it encodes is
// level / (2^bits - 1), so 3 bits give the paper's 0/7..7/7.
inline double trait(std::uint8_t level, int bits) {
  return static_cast<double>(level) / static_cast<double>((1 << bits) - 1);
}

// Flips each bit of the genes (boldness and vengefulness of the same agents) independently
// with probability `rate`. Only the flips are drawn, by the gaps between them
// (sim::for_each_success over the bits, numbered boldness then vengefulness per agent), so a
// rate of 1% costs a draw per flip instead of one per bit.
inline void mutate(std::span<std::uint8_t> boldness, std::span<std::uint8_t> vengefulness, int bits,
                   double rate, sim::Rng& rng) {
  const auto per_agent = static_cast<std::uint64_t>(2 * bits);
  sim::for_each_success(rng, rate, boldness.size() * per_agent, [&](std::uint64_t t) {
    const std::uint64_t i = t / per_agent;
    const auto bit = static_cast<int>(t % per_agent);
    auto& gene = bit < bits ? boldness[i] : vengefulness[i];
    gene = static_cast<std::uint8_t>(gene ^ (1u << (bit % bits)));
  });
}

}  // namespace axelrod
