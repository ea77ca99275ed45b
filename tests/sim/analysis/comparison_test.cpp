#include "sim/analysis/comparison.hpp"

#include "tests/sim/analysis/normal_data.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using sim::analysis::Group;
using sim::analysis::RunResult;
using sim::analysis::RunResults;

RunResult value(double v) {
  return {v, "a value", "1", false};
}
RunResult event_time(double v) {
  return {v, "first step ...; -1: never", "step", true};
}

Group group(const std::string& name, const std::vector<double>& xs, bool event = false) {
  Group g{name, name + ".yaml", {}, {}};
  for (const double x : xs) g.runs.push_back({{"m", event ? event_time(x) : value(x)}});
  return g;
}

TEST(Comparison, EventThatNeverHappenedIsCountedAndLeftOutOfTheMean) {
  const auto c = sim::analysis::compare({group("a", {10, -1, 20, -1}, true)}, {"m"}, {});
  ASSERT_EQ(c.estimates.size(), 1u);
  EXPECT_EQ(c.estimates[0].runs, 4);
  EXPECT_EQ(c.estimates[0].observed, 2);
  EXPECT_DOUBLE_EQ(c.estimates[0].mean.value, 15.0);
}

TEST(Comparison, MinusOneOfAnOrdinaryMetricIsAValue) {
  const auto c = sim::analysis::compare({group("a", {-1, 1})}, {"m"}, {});
  EXPECT_EQ(c.estimates[0].observed, 2);
  EXPECT_DOUBLE_EQ(c.estimates[0].mean.value, 0.0);
}

TEST(Comparison, EventThatNeverHappenedAnywhereHasNoEstimate) {
  const auto c =
      sim::analysis::compare({group("a", {-1, -1}, true), group("b", {3, 4}, true)}, {"m"}, {});
  EXPECT_EQ(c.estimates[0].observed, 0);
  EXPECT_TRUE(std::isnan(c.estimates[0].mean.value));
  EXPECT_TRUE(std::isnan(c.differences[0].difference.value));
}

TEST(Comparison, EveryPairOfPathwaysIsDifferencedOnceInInputOrder) {
  const auto c = sim::analysis::compare(
      {group("a", {1, 2}), group("b", {3, 4}), group("c", {5, 6})}, {"m"}, {});
  ASSERT_EQ(c.differences.size(), 3u);
  EXPECT_EQ(c.differences[0].group + "-" + c.differences[0].minus, "a-b");
  EXPECT_EQ(c.differences[1].group + "-" + c.differences[1].minus, "a-c");
  EXPECT_EQ(c.differences[2].group + "-" + c.differences[2].minus, "b-c");
  EXPECT_DOUBLE_EQ(c.differences[1].difference.value, -4.0);
}

TEST(Comparison, PathwaysWithKnownMeansGetIntervalsAroundThem) {
  const auto a = test_data::normal_sample(1, 100, 50.0, 5.0);
  const auto b = test_data::normal_sample(2, 100, 40.0, 5.0);
  const auto c = sim::analysis::compare({group("a", a), group("b", b)}, {"m"}, {});
  EXPECT_LE(c.estimates[0].mean.ci.low, 50.0);
  EXPECT_GE(c.estimates[0].mean.ci.high, 50.0);
  EXPECT_LE(c.estimates[1].mean.ci.low, 40.0);
  EXPECT_GE(c.estimates[1].mean.ci.high, 40.0);
  EXPECT_LE(c.differences[0].difference.ci.low, 10.0);
  EXPECT_GE(c.differences[0].difference.ci.high, 10.0);
  EXPECT_GT(c.differences[0].difference.ci.low, 0.0);
}

TEST(CommonMetrics, KeepsMetricsOfEveryRunAndNamesTheOthers) {
  Group a = group("a", {1, 2});
  Group b = group("b", {3});
  a.runs[0]["only_a"] = value(1);
  a.runs[1]["only_a"] = value(1);
  b.runs[0]["only_b"] = value(1);
  std::vector<std::string> left_out;
  EXPECT_EQ(sim::analysis::common_metrics({a, b}, &left_out), std::vector<std::string>{"m"});
  EXPECT_EQ(left_out, (std::vector<std::string>{"only_a", "only_b"}));
}

}  // namespace
