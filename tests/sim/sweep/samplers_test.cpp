#include "sim/sweep/samplers.hpp"

#include <gtest/gtest.h>

#include <boost/random/sobol.hpp>

namespace {

using sim::sweep::Sampler;
using sim::sweep::unit_sample;

// True when each of the n strata [k/n, (k+1)/n) of axis j holds exactly one point.
bool stratified(const std::vector<std::vector<double>>& points, std::size_t j) {
  const std::size_t n = points.size();
  std::vector<int> hits(n, 0);
  for (const auto& p : points) {
    if (p[j] < 0.0 || p[j] >= 1.0) return false;
    ++hits[static_cast<std::size_t>(p[j] * static_cast<double>(n))];
  }
  for (const int h : hits)
    if (h != 1) return false;
  return true;
}

TEST(Lhs, EveryAxisHasOnePointPerStratum) {
  const auto points = unit_sample(Sampler::kLhs, 37, 4, 5);
  ASSERT_EQ(points.size(), 37u);
  for (std::size_t j = 0; j < 4; ++j) EXPECT_TRUE(stratified(points, j)) << "axis " << j;
}

TEST(Lhs, AxesArePermutedIndependently) {
  const auto points = unit_sample(Sampler::kLhs, 50, 2, 5);
  int same_stratum = 0;
  for (const auto& p : points)
    same_stratum += static_cast<int>(p[0] * 50) == static_cast<int>(p[1] * 50);
  EXPECT_LT(same_stratum, 10);
}

TEST(Lhs, SameSeedSamePointsOtherSeedOtherPoints) {
  EXPECT_EQ(unit_sample(Sampler::kLhs, 10, 3, 5), unit_sample(Sampler::kLhs, 10, 3, 5));
  EXPECT_NE(unit_sample(Sampler::kLhs, 10, 3, 5), unit_sample(Sampler::kLhs, 10, 3, 6));
}

TEST(Sobol, PointsAreBoostsSobolSequence) {
  const auto points = unit_sample(Sampler::kSobol, 20, 3, 0);
  boost::random::sobol engine(3);
  for (const auto& p : points)
    for (const double x : p) EXPECT_EQ(x, static_cast<double>(engine() >> 11) * 0x1.0p-53);
  EXPECT_EQ(points[0], (std::vector<double>{0.5, 0.5, 0.5}));
}

// Sobol' points 0 .. 2^m - 1 put one point in each stratum of width 2^-m on every axis; Boost
// starts after point 0 (the origin), so its first 2^m - 1 points fill every stratum but [0, 2^-m).
TEST(Sobol, FirstPointsFillEveryStratumButTheOrigins) {
  auto points = unit_sample(Sampler::kSobol, 63, 5, 0);
  points.push_back(std::vector<double>(5, 0.0));
  for (std::size_t j = 0; j < 5; ++j) EXPECT_TRUE(stratified(points, j)) << "axis " << j;
}

TEST(RandomDesign, PointDoesNotDependOnSampleCount) {
  const auto few = unit_sample(Sampler::kRandom, 3, 2, 8);
  const auto many = unit_sample(Sampler::kRandom, 30, 2, 8);
  EXPECT_EQ(few[2], many[2]);
  for (const auto& p : many)
    for (const double x : p) {
      EXPECT_GE(x, 0.0);
      EXPECT_LT(x, 1.0);
    }
}

}  // namespace
