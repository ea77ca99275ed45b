#include "sim/calibrate/distance.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

namespace cal = sim::calibrate;

TEST(Distance, HandComputedCase) {
  cal::TargetSet t;
  cal::Target series;
  series.name = "s";
  series.weight = 2.0;
  series.points = {{0, 10.0, 2.0, 1.0, ""}, {1, 20.0, 4.0, 0.5, ""}};
  cal::Target plateau;
  plateau.name = "p";
  plateau.kind = cal::Kind::kPlateau;
  plateau.threshold = 0.1;
  plateau.sd = 0.1;
  cal::Target dip;
  dip.name = "d";
  dip.kind = cal::Kind::kFailureThenRecovery;
  dip.threshold = 3.0;
  dip.sd = 2.0;
  dip.weight = 0.5;
  t.targets = {series, plateau, dip};
  // s: 2 * (((13 - 10) / 2)^2 + 0.5 ((12 - 20) / 4)^2) = 2 * (2.25 + 2) = 8.5
  // p: ((0.3 - 0.1) / 0.1)^2 = 4;  d: 0.5 ((3 - 2) / 2)^2 = 0.125
  const auto d = cal::distance(t, {13.0, 12.0, 0.3, 2.0});
  ASSERT_EQ(d.per_target.size(), 3u);
  EXPECT_DOUBLE_EQ(d.per_target[0], 8.5);
  EXPECT_DOUBLE_EQ(d.per_target[1], 4.0);
  EXPECT_DOUBLE_EQ(d.per_target[2], 0.125);
  EXPECT_DOUBLE_EQ(d.total, 12.625);
  // Patterns that hold cost nothing.
  EXPECT_DOUBLE_EQ(cal::distance(t, {10.0, 20.0, 0.05, 3.5}).total, 0.0);
}

TEST(Distance, NotANumberMakesItInfinite) {
  cal::TargetSet t;
  cal::Target s;
  s.points = {{0, 1.0, 1.0, 1.0, ""}};
  t.targets = {s};
  EXPECT_TRUE(std::isinf(cal::distance(t, {std::nan("")}).total));
}

TEST(Distance, MomentsAreAveragedOverReplicates) {
  EXPECT_EQ(cal::mean_moments({{1.0, 4.0}, {3.0, 8.0}}), (std::vector<double>{2.0, 6.0}));
}

}  // namespace
