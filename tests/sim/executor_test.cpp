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

// 4,096 items a block from 16 such blocks on; shorter ranges get blocks halved down to 256
// until there are 16 of them, or the size reaches 256.
TEST(Executor, BlockSizeHalvesForRangesShorterThanSixteenFullBlocks) {
  EXPECT_EQ(sim::Executor::block_size(1), 256u);
  EXPECT_EQ(sim::Executor::block_size(1000), 256u);
  EXPECT_EQ(sim::Executor::block_size(8191), 256u);
  EXPECT_EQ(sim::Executor::block_size(8192), 512u);
  EXPECT_EQ(sim::Executor::block_size(10193), 512u);
  EXPECT_EQ(sim::Executor::block_size(65535), 2048u);
  EXPECT_EQ(sim::Executor::block_size(65536), 4096u);
  EXPECT_EQ(sim::Executor::block_size(1000193), 4096u);
  EXPECT_EQ(sim::Executor::block_count(10193), 20u);
  EXPECT_EQ(sim::Executor::block_count(1000193), 245u);
  EXPECT_EQ(sim::Executor::block_of(10193, 10192), 19u);
}

// The blocks handed out are those of block_size(n), with any thread count.
TEST(Executor, ForBlocksHandsOutTheBlocksOfTheRangesBlockSize) {
  for (const std::size_t n : {std::size_t{700}, std::size_t{10193}, std::size_t{70001}}) {
    const std::size_t size = sim::Executor::block_size(n);
    for (int threads : {1, 2}) {
      std::vector<std::size_t> end_of(sim::Executor::block_count(n), 0);
      sim::Executor(threads).for_blocks(n, [&](std::size_t begin, std::size_t end) {
        end_of[sim::Executor::block_of(n, begin)] = end;
        EXPECT_EQ(begin % size, 0u);
      });
      for (std::size_t b = 0; b < end_of.size(); ++b)
        EXPECT_EQ(end_of[b], std::min(n, (b + 1) * size)) << n << " items, block " << b;
    }
  }
}

TEST(Executor, ForEachStreamedHandsEachIndexItsAgentStream) {
  const std::size_t n = 2 * sim::Executor::kBlock + 5;
  for (int threads : {1, 2}) {
    std::vector<std::uint64_t> first(n, 0);
    sim::for_each_streamed(sim::Executor(threads), n, {9, 4, 6},
                           [&](std::size_t i, sim::Rng& rng) { first[i] = rng.next_u64(); });
    const std::size_t size = sim::Executor::block_size(n);
    for (const std::size_t i : {std::size_t{0}, size - 1, size, n - 1})
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
