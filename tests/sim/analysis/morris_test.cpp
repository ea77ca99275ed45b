#include "sim/analysis/morris.hpp"

#include "sim/analysis/sensitivity.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <set>
#include <stdexcept>

namespace {

using sim::analysis::Factor;
using sim::analysis::MorrisDesign;
using sim::analysis::MorrisIndices;

std::size_t changed_factors(const MorrisDesign& d, std::size_t run, int* which) {
  std::size_t n = 0;
  for (int i = 0; i < d.factors(); ++i)
    if (d.at(run, i) != d.at(run - 1, i)) {
      ++n;
      *which = i;
    }
  return n;
}

TEST(MorrisDesign, DeltaIsLevelsOverTwiceLevelsMinusOne) {
  EXPECT_DOUBLE_EQ(MorrisDesign(3, 2, 4, 1).delta(), 4.0 / 6.0);
  EXPECT_DOUBLE_EQ(MorrisDesign(3, 2, 6, 1).delta(), 6.0 / 10.0);
  EXPECT_DOUBLE_EQ(MorrisDesign(3, 2, 2, 1).delta(), 1.0);
}

TEST(MorrisDesign, HasFactorsPlusOnePointsPerTrajectory) {
  EXPECT_EQ(MorrisDesign(5, 7, 4, 1).runs(), 7u * 6u);
}

TEST(MorrisDesign, EachStepMovesExactlyTheNamedFactorByDelta) {
  const MorrisDesign d(5, 50, 6, 11);
  for (std::size_t run = 0; run < d.runs(); ++run) {
    if (run % 6 == 0) continue;
    int which = -1;
    ASSERT_EQ(changed_factors(d, run, &which), 1u) << "run " << run;
    EXPECT_EQ(which, d.moved(run));
    EXPECT_NEAR(std::fabs(d.at(run, which) - d.at(run - 1, which)), d.delta(), 1e-12);
  }
}

TEST(MorrisDesign, EveryFactorMovesExactlyOncePerTrajectory) {
  const MorrisDesign d(6, 30, 4, 2);
  for (int t = 0; t < d.trajectories(); ++t) {
    std::set<int> moved;
    for (int j = 1; j <= 6; ++j) moved.insert(d.moved(static_cast<std::size_t>(t) * 7 + j));
    EXPECT_EQ(moved.size(), 6u) << "trajectory " << t;
  }
}

TEST(MorrisDesign, PointsLieOnTheGridInTheUnitCube) {
  const int p = 8;
  const MorrisDesign d(4, 40, p, 3);
  for (std::size_t run = 0; run < d.runs(); ++run)
    for (int i = 0; i < 4; ++i) {
      const double level = d.at(run, i) * (p - 1);
      EXPECT_NEAR(level, std::round(level), 1e-12);
      EXPECT_GE(d.at(run, i), 0.0);
      EXPECT_LE(d.at(run, i), 1.0);
    }
}

TEST(MorrisDesign, VisitsEveryLevel) {
  const int p = 6;
  const MorrisDesign d(2, 200, p, 4);
  std::set<long> levels;
  for (std::size_t run = 0; run < d.runs(); ++run)
    levels.insert(std::lround(d.at(run, 0) * (p - 1)));
  EXPECT_EQ(levels.size(), static_cast<std::size_t>(p));
}

TEST(MorrisDesign, SameSeedGivesTheSameDesignAnotherSeedAnother) {
  const MorrisDesign a(3, 10, 4, 5), b(3, 10, 4, 5), c(3, 10, 4, 6);
  bool differs = false;
  for (std::size_t run = 0; run < a.runs(); ++run)
    for (int i = 0; i < 3; ++i) {
      EXPECT_EQ(a.at(run, i), b.at(run, i));
      differs = differs || a.at(run, i) != c.at(run, i);
    }
  EXPECT_TRUE(differs);
}

TEST(MorrisDesign, OddLevelsFewTrajectoriesOrNoFactorsAreRejected) {
  EXPECT_THROW(MorrisDesign(3, 10, 5, 1), std::invalid_argument);
  EXPECT_THROW(MorrisDesign(3, 1, 4, 1), std::invalid_argument);
  EXPECT_THROW(MorrisDesign(0, 10, 4, 1), std::invalid_argument);
}

// y = a x1 + b x2^2 + c x3 x4 + 0 x5 with x1 in [2, 5] and the others in [0, 1]: the linear
// factor's effect is a * 3 everywhere, x5's is 0, x2's and x3's vary with the point.
constexpr double kA = -2.0, kB = 3.0, kC = 4.0;
const std::vector<Factor> kFactors = {
    {"x1", 2.0, 5.0}, {"x2", 0.0, 1.0}, {"x3", 0.0, 1.0}, {"x4", 0.0, 1.0}, {"x5", 0.0, 1.0}};

MorrisIndices indices_of_test_function(const MorrisDesign& d) {
  std::vector<std::optional<double>> y;
  for (std::size_t run = 0; run < d.runs(); ++run) {
    std::vector<double> x;
    for (int i = 0; i < 5; ++i) x.push_back(kFactors[i].value(d.at(run, i)));
    y.push_back(kA * x[0] + kB * x[1] * x[1] + kC * x[2] * x[3] + 0.0 * x[4]);
  }
  return sim::analysis::morris_indices(d, y);
}

TEST(MorrisIndices, LinearFactorHasTheSameEffectEverywhere) {
  const auto m = indices_of_test_function(MorrisDesign(5, 20, 4, 1));
  EXPECT_NEAR(m.mu[0], kA * 3.0, 1e-9);
  EXPECT_NEAR(m.mu_star[0], std::fabs(kA) * 3.0, 1e-9);
  EXPECT_NEAR(m.sigma[0], 0.0, 1e-9);
  EXPECT_EQ(m.effects[0], 20);
}

TEST(MorrisIndices, InertFactorHasZeroIndices) {
  const auto m = indices_of_test_function(MorrisDesign(5, 20, 4, 1));
  EXPECT_EQ(m.mu_star[4], 0.0);
  EXPECT_EQ(m.sigma[4], 0.0);
}

TEST(MorrisIndices, QuadraticFactorWithTwoLevelsHasEffectB) {
  // p = 2: delta = 1 and every step of x2 goes between 0 and 1, so each effect is b.
  const auto m = indices_of_test_function(MorrisDesign(5, 20, 2, 1));
  EXPECT_NEAR(m.mu_star[1], kB, 1e-9);
  EXPECT_NEAR(m.sigma[1], 0.0, 1e-9);
}

TEST(MorrisIndices, QuadraticFactorMatchesItsExpectedEffects) {
  // p = 4, delta = 2/3: a step from base 0 or 1/3 has effect b (2 base + delta), i.e.
  // 2b/3 or 4b/3 with equal chance: mu* -> b, sigma -> b/3.
  const auto m = indices_of_test_function(MorrisDesign(5, 4000, 4, 2));
  EXPECT_NEAR(m.mu_star[1], kB, 0.03 * kB);
  EXPECT_NEAR(m.sigma[1], kB / 3, 0.03 * kB);
}

TEST(MorrisIndices, InteractionGivesAnEffectThatVariesWithThePartner) {
  // x3's effect is c x4, with x4 uniform on the grid {0, 1/3, 2/3, 1} when x3 moves:
  // mu* -> c / 2 and sigma -> c sqrt(5) / 6.
  const auto m = indices_of_test_function(MorrisDesign(5, 4000, 4, 3));
  EXPECT_NEAR(m.mu_star[2], kC / 2, 0.03 * kC);
  EXPECT_NEAR(m.sigma[2], kC * std::sqrt(5.0) / 6, 0.03 * kC);
}

TEST(MorrisIndices, AMissingOutputRemovesOnlyTheEffectsItTakesPartIn) {
  const MorrisDesign d(3, 4, 4, 1);
  std::vector<std::optional<double>> y(d.runs(), 1.0);
  y[1] = std::nullopt;  // second point of trajectory 0: the effects of its first two steps
  const auto m = sim::analysis::morris_indices(d, y);
  std::int64_t total = 0;
  for (int i = 0; i < 3; ++i) {
    const bool touched = i == d.moved(1) || i == d.moved(2);
    EXPECT_EQ(m.effects[i], touched ? 3 : 4) << "factor " << i;
    total += m.effects[i];
  }
  EXPECT_EQ(total, 3 * 4 - 2);
}

TEST(MorrisSensitivity, EventTimesThatNeverHappenedAreMissingOutputs) {
  const MorrisDesign d(1, 2, 2, 1);  // runs 0-1 and 2-3, one effect each
  std::vector<sim::analysis::RunResults> runs(4);
  const double values[] = {10.0, 14.0, -1.0, 20.0};
  for (std::size_t r = 0; r < 4; ++r)
    runs[r]["tipping"] = {values[r], "first step ...; -1: never", "step", true};
  const auto s = sim::analysis::morris_sensitivity(d, {{"k", 0.0, 1.0}}, runs, {"tipping"});
  EXPECT_EQ(s.indices[0].effects[0], 1);
  EXPECT_DOUBLE_EQ(std::fabs(s.indices[0].mu[0]), 4.0);
}

}  // namespace
