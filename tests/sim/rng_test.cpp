#include "sim/core/rng.hpp"

#include <gtest/gtest.h>

#include <set>
#include <vector>

namespace {

std::vector<std::uint64_t> draws(sim::Rng r, int n) {
  std::vector<std::uint64_t> out;
  for (int i = 0; i < n; ++i) out.push_back(r.next_u64());
  return out;
}

TEST(Rng, SameKeyGivesSameStream) {
  EXPECT_EQ(draws(sim::Rng(7, 3, 2, 11, 5), 10), draws(sim::Rng(7, 3, 2, 11, 5), 10));
}

TEST(Rng, EachKeyFieldChangesTheStream) {
  const auto base = draws(sim::Rng(7, 3, 2, 11, 5), 4);
  EXPECT_NE(base, draws(sim::Rng(8, 3, 2, 11, 5), 4));
  EXPECT_NE(base, draws(sim::Rng(7, 4, 2, 11, 5), 4));
  EXPECT_NE(base, draws(sim::Rng(7, 3, 3, 11, 5), 4));
  EXPECT_NE(base, draws(sim::Rng(7, 3, 2, 12, 5), 4));
  EXPECT_NE(base, draws(sim::Rng(7, 3, 2, 11, 6), 4));
}

TEST(Rng, BlockArgumentJumpsAheadInTheSameStream) {
  const auto long_stream = draws(sim::Rng(1, 2, 3, 4, 5), 12);
  const auto from_block2 = draws(sim::Rng(1, 2, 3, 4, 5, 2), 4);
  EXPECT_EQ(std::vector<std::uint64_t>(long_stream.begin() + 8, long_stream.end()), from_block2);
}

TEST(Rng, StreamFromAPrecomputedFirstBlockIsTheSameStream) {
  const sim::Rng::Block first = sim::Rng::first_block(7, 3, 2, 11, 5);
  EXPECT_EQ(draws(sim::Rng(7, 3, 2, 11, 5, first), 10), draws(sim::Rng(7, 3, 2, 11, 5), 10));
}

TEST(Rng, StreamFromAPrecomputedFirstBlockSeeksLikeTheSameStream) {
  const auto stream = draws(sim::Rng(7, 3, 2, 11, 0), 9);
  sim::Rng r(7, 3, 2, 11, 0, sim::Rng::first_block(7, 3, 2, 11));
  for (const std::uint64_t i : {2u, 8u, 1u}) {
    r.seek(i);
    EXPECT_EQ(r.next_u64(), stream[i]) << "word " << i;
  }
}

TEST(AgentStreams, GiveEachAgentInTurnItsOwnStream) {
  sim::AgentStreams streams({7, 3, 2}, 40);
  for (std::uint64_t agent = 40; agent < 45; ++agent)
    EXPECT_EQ(draws(streams.next(), 6), draws(sim::Rng(7, 3, 2, agent), 6)) << "agent " << agent;
}

TEST(Rng, SeekReadsTheSameWordsAsReadingInSequenceInAnyOrder) {
  const auto stream = draws(sim::Rng(1, 2, 3, 4, 5, 1), 13);
  sim::Rng r(1, 2, 3, 4, 5, 1);
  for (const std::uint64_t i : {12u, 0u, 3u, 4u, 2u, 7u, 11u, 1u}) {
    r.seek(i);
    EXPECT_EQ(r.next_u64(), stream[i]) << "word " << i;
  }
  r.seek(5);  // reading on after a seek continues the sequence
  EXPECT_EQ(draws(r, 4), std::vector<std::uint64_t>(stream.begin() + 5, stream.begin() + 9));
}

TEST(Rng, HalfWordsAreTheLowThenHighHalvesOfEachWordAndSeek32FindsThem) {
  const auto words = draws(sim::Rng(1, 2, 3, 4, 5), 6);
  sim::Rng r(1, 2, 3, 4, 5);
  for (int i = 0; i < 12; ++i)
    EXPECT_EQ(r.next_u32(), static_cast<std::uint32_t>(words[i / 2] >> (32 * (i % 2))))
        << "half-word " << i;
  sim::Rng s(1, 2, 3, 4, 5);
  for (const std::uint64_t i : {11u, 0u, 5u, 4u, 9u, 1u}) {
    s.seek32(i);
    EXPECT_EQ(s.next_u32(), static_cast<std::uint32_t>(words[i / 2] >> (32 * (i % 2))))
        << "half-word " << i;
  }
}

TEST(Rng, AWordDrawAfterAHalfWordStartsTheNextWord) {
  const auto words = draws(sim::Rng(1, 2, 3, 4, 5), 3);
  sim::Rng r(1, 2, 3, 4, 5);
  EXPECT_EQ(r.next_u32(), static_cast<std::uint32_t>(words[0]));
  EXPECT_EQ(r.next_u64(), words[1]);
  EXPECT_EQ(r.next_u32(), static_cast<std::uint32_t>(words[2]));
}

// Checks that n draws lie in [0, 1) and returns their mean.
template <class Draw>
double mean_of_unit_draws(Draw draw) {
  double sum = 0.0;
  const int n = 100000;
  for (int i = 0; i < n; ++i) {
    const double u = draw();
    EXPECT_GE(u, 0.0);
    EXPECT_LT(u, 1.0);
    sum += u;
  }
  return sum / n;
}

TEST(Rng, UniformLiesInUnitIntervalWithMeanOneHalf) {
  sim::Rng r(42, 0, 0, 0);
  EXPECT_NEAR(mean_of_unit_draws([&] { return r.uniform(); }), 0.5, 0.005);  // 5.5 s.e.
}

TEST(Rng, Uniform32LiesInUnitIntervalWithMeanOneHalf) {
  sim::Rng r(42, 0, 0, 0);
  EXPECT_NEAR(mean_of_unit_draws([&] { return r.uniform32(); }), 0.5, 0.005);  // 5.5 s.e.
}

TEST(Rng, BelowCoversEveryValueEvenly) {
  sim::Rng r(9, 0, 0, 0);
  std::vector<int> counts(7, 0);
  const int n = 70000;
  for (int i = 0; i < n; ++i) ++counts[r.below(7)];
  double chi2 = 0.0;
  for (int c : counts) chi2 += (c - n / 7.0) * (c - n / 7.0) / (n / 7.0);
  EXPECT_LT(chi2, 22.46);  // chi-square, 6 degrees of freedom, p = 0.001
}

}  // namespace
