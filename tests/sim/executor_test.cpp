#include "sim/schedule/executor.hpp"
#include "sim/core/rng.hpp"
#include "sim/schedule/streamed.hpp"

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

TEST(Executor, ForEachStreamedHandsEachIndexItsAgentStream) {
  const std::size_t n = 2 * sim::Executor::kBlock + 5;
  for (int threads : {1, 2}) {
    std::vector<std::uint64_t> first(n, 0);
    sim::for_each_streamed(sim::Executor(threads), n, {9, 4, 6},
                           [&](std::size_t i, sim::Rng& rng) { first[i] = rng.next_u64(); });
    for (const std::size_t i :
         {std::size_t{0}, sim::Executor::kBlock - 1, sim::Executor::kBlock, n - 1})
      EXPECT_EQ(first[i], sim::Rng(9, 4, 6, i).next_u64()) << threads << " threads, agent " << i;
  }
}

TEST(Executor, AccumulateStreamedEqualsASerialFoldOverTheAgentStreams) {
  const std::size_t n = 3 * sim::Executor::kBlock + 11;
  std::uint64_t serial = 0;
  for (std::size_t i = 0; i < n; ++i) serial += sim::Rng(9, 4, 6, i).next_u64() % 1000;
  for (int threads : {1, 2, 4}) {
    const auto total = sim::accumulate_streamed(
        sim::Executor(threads), n, std::uint64_t{0}, {9, 4, 6},
        [](std::uint64_t& acc, std::size_t, sim::Rng& rng) { acc += rng.next_u64() % 1000; });
    EXPECT_EQ(total, serial) << threads << " threads";
  }
}

TEST(Executor, RejectsZeroThreads) {
  EXPECT_THROW(sim::Executor(0), std::exception);
}

}  // namespace
