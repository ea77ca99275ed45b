#include "sim/io/reader.hpp"
#include "tests/models/cybernorms/run_scenario.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace cybernorms {
namespace {

// The baseline (193 states, six norms, five initiatives) with 300 firms: 493 agents.
sim::config::Document small_baseline(const std::string& every) {
  auto doc = testing::shipped("baseline.yaml");
  doc.apply_override("world.firms=300");
  doc.apply_override("record.every=" + every);
  return doc;
}

TEST(Snapshots, TakenEveryNStepsAndAfterTheLast) {
  const auto path = testing::run(small_baseline("5"), 1, 12, "snap_steps");
  const sim::io::Reader r(path);
  EXPECT_EQ(r.integers("/snapshots/step"), (std::vector<std::int64_t>{4, 9, 11}));
  EXPECT_EQ(r.shape("/snapshots/stage"), (std::vector<std::size_t>{3, 493 * 6}));
  EXPECT_EQ(r.shape("/snapshots/member"), (std::vector<std::size_t>{3, 493 * 5}));
  EXPECT_EQ(r.shape("/snapshots/reputation"), (std::vector<std::size_t>{3, 493}));
  EXPECT_EQ(r.string_attribute("/snapshots/stage", "unit"), "code");
  std::filesystem::remove(path);
}

// The last snapshot is the state the run ended in, and its stage shares are the census that
// /series/adoption_share_count recorded for that step.
TEST(Snapshots, LastSnapshotIsTheFinalStateAndMatchesTheShares) {
  std::vector<double> boldness, capacity;
  std::vector<std::uint8_t> member;
  const auto path =
      testing::run(small_baseline("5"), 2, 12, "snap_values", [&](const Simulation& s) {
        boldness = s.state().boldness.current();
        capacity = s.state().capacity.current();
        member = s.state().member.current();
      });
  const sim::io::Reader r(path);
  const std::size_t agents = 493, K = 6;
  const auto last = [&](const std::string& d, std::size_t width) {
    const auto all = r.doubles(d);
    return std::vector<double>(all.end() - static_cast<std::ptrdiff_t>(width), all.end());
  };
  EXPECT_EQ(last("/snapshots/boldness", agents), boldness);
  EXPECT_EQ(last("/snapshots/capacity", agents), capacity);
  EXPECT_EQ(last("/snapshots/member", agents * 5),
            std::vector<double>(member.begin(), member.end()));
  const auto stage = last("/snapshots/stage", agents * K);
  const auto kind = r.integers("/agents/kind");
  const auto shares = r.doubles("/series/adoption_share_count");
  const std::size_t width = K * 2 * 3;
  for (std::size_t k = 0; k < K; ++k)
    for (int kd = 0; kd < 2; ++kd)
      for (int st = 0; st < 3; ++st) {
        double in_stage = 0, of_kind = 0;
        for (std::size_t a = 0; a < agents; ++a) {
          if (kind[a] != kd) continue;
          ++of_kind;
          if (stage[a * K + k] == st) ++in_stage;
        }
        EXPECT_DOUBLE_EQ(shares[11 * width + (k * 2 + kd) * 3 + st], in_stage / of_kind)
            << "norm " << k << " kind " << kd << " stage " << st;
      }
  std::filesystem::remove(path);
}

TEST(Snapshots, OffByDefaultButAgentsAreAlwaysWritten) {
  const auto path = testing::run(small_baseline("0"), 1, 3, "snap_off");
  const sim::io::Reader r(path);
  EXPECT_FALSE(r.is_group("/snapshots"));
  EXPECT_EQ(r.integers("/agents/kind").size(), 493u);
  const auto footprint = r.integers("/agents/footprint_size");
  EXPECT_EQ(footprint[0], 0);
  EXPECT_GE(footprint[492], 1);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace cybernorms
