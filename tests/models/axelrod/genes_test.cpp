#include "models/axelrod/genes.hpp"
#include "models/axelrod/play.hpp"
#include "models/axelrod/stream.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <vector>

namespace {

TEST(AxelrodGenes, MutationRateZeroKeepsAndOneFlipsEveryBit) {
  std::vector<std::uint8_t> b{0, 1, 2, 3, 4, 5, 6, 7}, v{7, 6, 5, 4, 3, 2, 1, 0};
  const auto b0 = b, v0 = v;
  sim::Rng rng(1, 0, 0, 0);
  axelrod::mutate(b, v, 3, 0.0, rng);
  EXPECT_EQ(b, b0);
  EXPECT_EQ(v, v0);
  axelrod::mutate(b, v, 3, 1.0, rng);
  for (std::size_t i = 0; i < b.size(); ++i) {
    EXPECT_EQ(b[i], b0[i] ^ 7);
    EXPECT_EQ(v[i], v0[i] ^ 7);
  }
}

// Flips drawn by the gaps between them against the plain rule (a coin flip per bit): over
// 200,000 agents at 1%, how often each of the six bits flips (mean 2,000, sd 44.5) and how
// many agents get exactly one and two flips (Binomial(6, 0.01): 11,414 and 288 expected).
// Both must agree with those within 5 sd, and with each other within 5 sd of a difference.
TEST(AxelrodGenes, MutationByGapsFlipsBitsAsACoinFlipPerBitDoes) {
  const std::size_t agents = 200000;
  const double rate = 0.01;
  struct Tally {
    std::vector<double> per_bit = std::vector<double>(6, 0.0);
    double one = 0, two = 0;
    void add(std::uint8_t b, std::uint8_t v) {
      const int flips = std::popcount(b) + std::popcount(v);
      for (int bit = 0; bit < 3; ++bit) {
        per_bit[bit] += (b >> bit) & 1;
        per_bit[3 + bit] += (v >> bit) & 1;
      }
      one += flips == 1;
      two += flips == 2;
    }
  };
  Tally gaps, plain;
  std::vector<std::uint8_t> b(agents, 0), v(agents, 0);
  sim::Rng rng(3, 0, 0, 0);
  axelrod::mutate(b, v, 3, rate, rng);
  for (std::size_t i = 0; i < agents; ++i) gaps.add(b[i], v[i]);
  axelrod::U32Stream coins(4, 0, 0, 0);
  const auto flip = [&] { return coins.next() < axelrod::chance_of(rate) ? 1 : 0; };
  for (std::size_t i = 0; i < agents; ++i) {
    std::uint8_t pb = 0, pv = 0;
    for (int bit = 0; bit < 3; ++bit) pb = static_cast<std::uint8_t>(pb | flip() << bit);
    for (int bit = 0; bit < 3; ++bit) pv = static_cast<std::uint8_t>(pv | flip() << bit);
    plain.add(pb, pv);
  }
  const double n = agents;
  const double bit_mean = n * rate, bit_sd = std::sqrt(n * rate * (1 - rate));
  const double p1 = 6 * rate * std::pow(1 - rate, 5), p2 = 15 * rate * rate * std::pow(1 - rate, 4);
  for (const Tally* t : {&gaps, &plain}) {
    for (double c : t->per_bit) EXPECT_NEAR(c, bit_mean, 5 * bit_sd);
    EXPECT_NEAR(t->one, n * p1, 5 * std::sqrt(n * p1 * (1 - p1)));
    EXPECT_NEAR(t->two, n * p2, 5 * std::sqrt(n * p2 * (1 - p2)));
  }
  for (int bit = 0; bit < 6; ++bit)
    EXPECT_NEAR(gaps.per_bit[bit], plain.per_bit[bit], 5 * std::sqrt(2.0) * bit_sd);
}

// The buffered stream hands out the same numbers as sim::Rng's 32-bit draws on that stream.
TEST(AxelrodStream, DrawsAreThoseOfTheSameRngStreamInTurn) {
  axelrod::U32Stream stream(5, 6, 7, 8);
  sim::Rng rng(5, 6, 7, 8);
  for (int i = 0; i < 2000; ++i) ASSERT_EQ(stream.next(), rng.next_u32()) << "draw " << i;
}

// below(n): each of n values about equally often (n not a power of two: 3 values, 30,000 each
// expected, sd 141).
TEST(AxelrodStream, BelowIsUniform) {
  axelrod::U32Stream stream(9, 0, 0, 0);
  std::vector<int> seen(3, 0);
  for (int i = 0; i < 90000; ++i) ++seen[axelrod::below(stream, 3)];
  for (int c : seen) EXPECT_NEAR(c, 30000, 800);
}

}  // namespace
