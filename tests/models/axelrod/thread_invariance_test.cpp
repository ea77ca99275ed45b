#include "run_helpers.hpp"

#include <gtest/gtest.h>

namespace {

// The scaled metanorms game on 20,000 agents (five blocks of work) with 1, 2 and 4 threads:
// every dataset must be byte-identical.
TEST(AxelrodThreads, DatasetsAreByteIdenticalWithOneTwoAndFourThreads) {
  const std::vector<std::string> sets{"population=20000", "generations=4", "observers=6",
                                      "metanorms=true"};
  std::vector<std::string> files;
  for (int threads : {1, 2, 4})
    files.push_back(
        axelrod_test::run_scenario("scenarios/axelrod/large.yaml", sets, 11, threads,
                                   "normsim_threads_" + std::to_string(threads) + ".h5"));
  const sim::io::Reader one(files[0]);
  const auto names = one.datasets();
  ASSERT_GT(names.size(), 10u);
  for (std::size_t f = 1; f < files.size(); ++f) {
    const sim::io::Reader other(files[f]);
    ASSERT_EQ(other.datasets(), names);
    for (const auto& n : names) EXPECT_EQ(one.raw(n), other.raw(n)) << n << " in " << files[f];
  }
  EXPECT_GT(one.integers("/series/punishments")[0], 0) << "the test world must see punishments";
  for (const auto& f : files) std::filesystem::remove(f);
}

}  // namespace
