#include "models/axelrod/observers.hpp"

#include <gtest/gtest.h>

#include <set>

namespace {

void expect_consistent(const axelrod::Observers& obs, std::int64_t n) {
  for (std::int64_t d = 0; d < n; ++d) {
    std::set<std::int64_t> seen;
    for (std::int64_t s = 0; s < obs.count(); ++s) {
      const std::int64_t j = obs.observer(d, s);
      ASSERT_NE(j, d) << "an agent never observes itself";
      ASSERT_EQ(obs.observed(j, s), d) << "observed() inverts observer()";
      seen.insert(j);
    }
    ASSERT_EQ(static_cast<std::int64_t>(seen.size()), obs.count()) << "observers are distinct";
  }
}

TEST(AxelrodObservers, EveryoneMeansEveryOtherAgent) {
  const auto obs = axelrod::Observers::everyone(20);
  EXPECT_EQ(obs.count(), 19);
  expect_consistent(obs, 20);
}

TEST(AxelrodObservers, RandomObserversAreDistinctOthersAndInvertible) {
  const auto obs = axelrod::Observers::random(500, 20, 3, 7);
  EXPECT_EQ(obs.count(), 20);
  expect_consistent(obs, 500);
}

TEST(AxelrodObservers, RandomObserversChangeWithGeneration) {
  const auto a = axelrod::Observers::random(500, 5, 3, 7);
  const auto b = axelrod::Observers::random(500, 5, 3, 8);
  int same = 0;
  for (std::int64_t d = 0; d < 500; ++d) same += a.observer(d, 0) == b.observer(d, 0);
  EXPECT_LT(same, 20);
}

}  // namespace
