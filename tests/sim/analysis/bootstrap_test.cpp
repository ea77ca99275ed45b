#include "sim/analysis/bootstrap.hpp"

#include "tests/sim/analysis/normal_data.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace {

using sim::analysis::BootstrapOptions;
using test_data::normal_sample;

bool covers(const sim::analysis::Interval& ci, double x) {
  return ci.low <= x && x <= ci.high;
}

// The binomial tolerance for a coverage estimated from `trials` intervals: four standard
// errors around the nominal rate, plus the percentile bootstrap's known small-sample
// undercoverage allowance on the low side.
void expect_nominal_coverage(int covered, int trials, double nominal) {
  const double rate = static_cast<double>(covered) / trials;
  const double se = std::sqrt(nominal * (1 - nominal) / trials);
  EXPECT_GT(rate, nominal - 4 * se - 0.01) << covered << " of " << trials;
  EXPECT_LT(rate, nominal + 4 * se) << covered << " of " << trials;
}

TEST(BootstrapMean, IntervalCoversTheTrueMeanAtRoughlyTheNominalRate) {
  const BootstrapOptions options{500, 0.95, 3};
  const int trials = 1000;
  int covered = 0;
  for (int d = 0; d < trials; ++d) {
    const auto x = normal_sample(d, 40, 5.0, 2.0);
    covered += covers(sim::analysis::bootstrap_mean(x, options, d).ci, 5.0);
  }
  expect_nominal_coverage(covered, trials, 0.95);
}

TEST(BootstrapMean, NinetyPercentIntervalsCoverAtTheirOwnRate) {
  const BootstrapOptions options{500, 0.90, 4};
  const int trials = 1000;
  int covered = 0;
  for (int d = 0; d < trials; ++d) {
    const auto x = normal_sample(1000 + d, 40, -1.0, 0.5);
    covered += covers(sim::analysis::bootstrap_mean(x, options, d).ci, -1.0);
  }
  expect_nominal_coverage(covered, trials, 0.90);
}

TEST(BootstrapMean, IntervalWidthShrinksAsOneOverSquareRootOfN) {
  const BootstrapOptions options{1000, 0.95, 5};
  double small = 0.0, large = 0.0;
  for (int d = 0; d < 50; ++d) {
    const auto a = sim::analysis::bootstrap_mean(normal_sample(d, 50, 0.0, 1.0), options, d).ci;
    const auto b =
        sim::analysis::bootstrap_mean(normal_sample(500 + d, 200, 0.0, 1.0), options, d).ci;
    small += a.high - a.low;
    large += b.high - b.low;
  }
  // Four times the runs, half the width; the width itself is 2 * 1.96 / sqrt(n) for sd 1.
  EXPECT_NEAR(large / small, 0.5, 0.05);
  EXPECT_NEAR(small / 50, 2 * 1.96 / std::sqrt(50.0), 0.05);
}

TEST(BootstrapMean, EstimateIsTheSampleMean) {
  const std::vector<double> x = {1.0, 2.0, 6.0};
  EXPECT_DOUBLE_EQ(sim::analysis::bootstrap_mean(x, {}, 0).value, 3.0);
}

TEST(BootstrapMean, ConstantDataGiveADegenerateInterval) {
  const std::vector<double> x(10, 4.25);
  const auto e = sim::analysis::bootstrap_mean(x, {}, 0);
  EXPECT_EQ(e.ci.low, 4.25);
  EXPECT_EQ(e.ci.high, 4.25);
}

TEST(BootstrapMean, NoDataGiveNoEstimate) {
  const auto e = sim::analysis::bootstrap_mean({}, {}, 0);
  EXPECT_TRUE(std::isnan(e.value));
  EXPECT_TRUE(std::isnan(e.ci.low));
  EXPECT_TRUE(std::isnan(e.ci.high));
}

TEST(BootstrapMean, SameSeedAndStreamReproduceTheIntervalBitForBit) {
  const auto x = normal_sample(1, 30, 0.0, 1.0);
  const auto a = sim::analysis::bootstrap_mean(x, {2000, 0.95, 9}, 3);
  const auto b = sim::analysis::bootstrap_mean(x, {2000, 0.95, 9}, 3);
  EXPECT_EQ(a.ci.low, b.ci.low);
  EXPECT_EQ(a.ci.high, b.ci.high);
}

TEST(BootstrapMean, AnotherStreamResamplesDifferently) {
  const auto x = normal_sample(1, 30, 0.0, 1.0);
  const auto a = sim::analysis::bootstrap_mean(x, {2000, 0.95, 9}, 3);
  const auto b = sim::analysis::bootstrap_mean(x, {2000, 0.95, 9}, 4);
  EXPECT_NE(a.ci.low, b.ci.low);
}

TEST(BootstrapDifference, GroupsWithKnownMeansGiveAnIntervalAroundTheirDifference) {
  const auto a = normal_sample(1, 200, 3.0, 1.0);
  const auto b = normal_sample(2, 200, 1.0, 1.0);
  const auto d = sim::analysis::bootstrap_difference(a, b, {}, 0, 1);
  EXPECT_DOUBLE_EQ(d.value, sim::analysis::mean(a) - sim::analysis::mean(b));
  EXPECT_TRUE(covers(d.ci, 2.0));
  EXPECT_GT(d.ci.low, 0.0);
  // Independent groups: the width is about 2 * 1.96 * sqrt(1/200 + 1/200).
  EXPECT_NEAR(d.ci.high - d.ci.low, 2 * 1.96 * std::sqrt(0.01), 0.05);
}

TEST(BootstrapDifference, IntervalCoversTheTrueDifferenceAtRoughlyTheNominalRate) {
  const BootstrapOptions options{1000, 0.95, 6};
  const int trials = 300;
  int covered = 0;
  for (int d = 0; d < trials; ++d) {
    const auto a = normal_sample(2 * d, 40, 10.0, 3.0);
    const auto b = normal_sample(2 * d + 1, 25, 12.0, 1.0);
    covered += covers(sim::analysis::bootstrap_difference(a, b, options, 0, 1).ci, -2.0);
  }
  expect_nominal_coverage(covered, trials, 0.95);
}

TEST(BootstrapDifference, AnEmptyGroupGivesNoEstimate) {
  const std::vector<double> a = {1.0, 2.0};
  EXPECT_TRUE(std::isnan(sim::analysis::bootstrap_difference(a, {}, {}, 0, 1).value));
}

TEST(BootstrapDifference, OneStreamForBothGroupsIsRejected) {
  const std::vector<double> a = {1.0, 2.0};
  EXPECT_THROW(sim::analysis::bootstrap_difference(a, a, {}, 2, 2), std::invalid_argument);
}

TEST(PercentileInterval, InterpolatesBetweenOrderStatistics) {
  std::vector<double> stats;
  for (int i = 10; i >= 0; --i) stats.push_back(i);  // unsorted on purpose
  const auto ci = sim::analysis::percentile_interval(stats, 0.95);
  EXPECT_DOUBLE_EQ(ci.low, 0.25);  // h = 0.025 * 10
  EXPECT_DOUBLE_EQ(ci.high, 9.75);
}

TEST(PercentileInterval, ConfidenceOutsideZeroOneIsRejected) {
  EXPECT_THROW(sim::analysis::percentile_interval({1.0}, 1.0), std::invalid_argument);
}

}  // namespace
