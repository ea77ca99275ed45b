#include "tools/report/axis.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace report {
namespace {

TEST(NiceAxis, WidensTheRangeToRoundTicks) {
  const Axis a = nice_axis(0.03, 0.93);
  EXPECT_DOUBLE_EQ(a.lo, 0.0);
  EXPECT_DOUBLE_EQ(a.hi, 1.0);
  ASSERT_GE(a.ticks.size(), 2u);
  const double step = a.ticks[1] - a.ticks[0];
  for (std::size_t i = 1; i < a.ticks.size(); ++i)
    EXPECT_NEAR(a.ticks[i] - a.ticks[i - 1], step, 1e-12);
  const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
  EXPECT_TRUE(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 ||
              std::abs(mantissa - 5) < 1e-9)
      << step;
}

TEST(NiceAxis, ConstantDataStillGivesARange) {
  const Axis a = nice_axis(7, 7);
  EXPECT_LT(a.lo, 7);
  EXPECT_GT(a.hi, 7);
  EXPECT_GE(a.ticks.size(), 2u);
}

TEST(NiceAxis, NonFiniteBoundsFallBackToUnitRange) {
  const Axis a = nice_axis(NAN, INFINITY);
  EXPECT_DOUBLE_EQ(a.lo, 0.0);
  EXPECT_DOUBLE_EQ(a.hi, 1.0);
}

TEST(TickLabel, ShowsAsManyDecimalsAsTheSpacingNeeds) {
  EXPECT_EQ(tick_label(0.4, 0.2), "0.4");
  EXPECT_EQ(tick_label(150, 50), "150");
  EXPECT_EQ(tick_label(0.05, 0.05), "0.05");
  EXPECT_EQ(tick_label(-0.0, 0.2), "0.0");
}

TEST(FormatValue, IntegersWithoutDecimalsOthersWithFourDigits) {
  EXPECT_EQ(format_value(22), "22");
  EXPECT_EQ(format_value(-1), "-1");
  EXPECT_EQ(format_value(0.883294), "0.8833");
}

TEST(FormatValue, SeedsUpTo2To53AreWrittenInFull) {
  EXPECT_EQ(format_value(3435012345678901.0), "3435012345678901");
  EXPECT_EQ(format_value(9007199254740992.0), "9007199254740992");
  EXPECT_EQ(format_value(1e300), "1e+300");
}

TEST(EnvelopeRows, KeepsEveryRowWhenFew) {
  EXPECT_EQ(envelope_rows({1, 2, 3}, 10).size(), 3u);
}

TEST(EnvelopeRows, KeepsASingleSpikeAmongManyRows) {
  std::vector<double> y(100000, 0.0);
  y[54321] = 9;
  const auto rows = envelope_rows(y, 200);
  EXPECT_LE(rows.size(), 200u);
  EXPECT_NE(std::find(rows.begin(), rows.end(), 54321u), rows.end());
  EXPECT_TRUE(std::is_sorted(rows.begin(), rows.end()));
}

TEST(StrideRows, EndsAtTheLastRow) {
  const auto rows = stride_rows(1001, 100);
  EXPECT_LE(rows.size(), 102u);
  EXPECT_EQ(rows.front(), 0u);
  EXPECT_EQ(rows.back(), 1000u);
}

}  // namespace
}  // namespace report
