#include "sim/core/successes.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <vector>

namespace {

std::vector<std::uint64_t> successes(sim::Rng rng, double p, std::uint64_t count) {
  std::vector<std::uint64_t> out;
  sim::for_each_success(rng, p, count, [&](std::uint64_t trial) { out.push_back(trial); });
  return out;
}

TEST(Successes, EveryTrialSucceedsAtChanceOneAndNoneAtZero) {
  EXPECT_EQ(successes(sim::Rng(1, 2, 3, 4), 1.0, 5), (std::vector<std::uint64_t>{0, 1, 2, 3, 4}));
  EXPECT_TRUE(successes(sim::Rng(1, 2, 3, 4), 0.0, 5).empty());
  EXPECT_TRUE(successes(sim::Rng(1, 2, 3, 4), 0.5, 0).empty());
}

// Over many streams, each trial succeeds with chance p, two trials together with chance p^2,
// and the number of successes has the binomial variance: Bernoulli trials, independent.
TEST(Successes, TrialsSucceedIndependentlyWithChanceP) {
  constexpr int kStreams = 20000;
  constexpr std::uint64_t kTrials = 20;
  constexpr double p = 0.3;
  std::vector<int> hits(kTrials, 0);
  int first_two = 0;
  double sum = 0, sum_sq = 0;
  for (int r = 0; r < kStreams; ++r) {
    const auto s = successes(sim::Rng(9, 0, 1, static_cast<std::uint64_t>(r)), p, kTrials);
    for (std::size_t j = 0; j < s.size(); ++j) {
      ASSERT_LT(s[j], kTrials);
      if (j > 0) {
        ASSERT_LT(s[j - 1], s[j]);
      }
      ++hits[s[j]];
    }
    first_two += s.size() >= 2 && s[0] == 0 && s[1] == 1;
    sum += static_cast<double>(s.size());
    sum_sq += static_cast<double>(s.size() * s.size());
  }
  const double sd = std::sqrt(p * (1 - p) / kStreams);
  for (std::uint64_t j = 0; j < kTrials; ++j)
    EXPECT_NEAR(hits[j] / double{kStreams}, p, 5 * sd) << "trial " << j;
  EXPECT_NEAR(first_two / double{kStreams}, p * p, 5 * std::sqrt(p * p * (1 - p * p) / kStreams));
  const double mean = sum / kStreams;
  const double variance = sum_sq / kStreams - mean * mean;
  EXPECT_NEAR(variance, kTrials * p * (1 - p), 0.25);  // about 6 standard errors
}

// The point of the gaps: one uniform per success, and one more that runs past the end.
TEST(Successes, DrawsOneWordPerSuccessAndOneToEnd) {
  sim::Rng used(5, 6, 7, 8);
  std::size_t found = 0;
  sim::for_each_success(used, 0.1, 1000, [&](std::uint64_t) { ++found; });
  sim::Rng fresh(5, 6, 7, 8);
  for (std::size_t i = 0; i < found + 1; ++i) fresh.next_u64();
  EXPECT_GT(found, 50u);
  EXPECT_EQ(used.next_u64(), fresh.next_u64());
}

}  // namespace
