#include "sim/schedule/executor.hpp"
#include "sim/core/rng.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

namespace {

TEST(Executor, ForEachVisitsEveryIndexOnce) {
  for (int threads : {1, 2, 4}) {
    const sim::Executor ex(threads);
    std::vector<int> hits(3 * sim::Executor::kBlock + 17, 0);
    ex.for_each(hits.size(), [&](std::size_t i) { ++hits[i]; });
    for (int h : hits) ASSERT_EQ(h, 1) << threads << " threads";
  }
}

TEST(Executor, FloatingSumIsBitIdenticalForAnyThreadCount) {
  std::vector<double> values(50000);
  sim::Rng r(3, 0, 0, 0);
  for (auto& v : values) v = (r.uniform() - 0.5) * 1e6;
  const auto sum_with = [&](int threads) {
    return sim::Executor(threads).sum(values.size(), 0.0, [&](std::size_t i) { return values[i]; });
  };
  const double one = sum_with(1);
  for (int threads : {2, 4}) {
    const double many = sum_with(threads);
    EXPECT_EQ(0, std::memcmp(&one, &many, sizeof one)) << threads << " threads";
  }
}

TEST(Executor, RejectsZeroThreads) {
  EXPECT_THROW(sim::Executor(0), std::exception);
}

}  // namespace
