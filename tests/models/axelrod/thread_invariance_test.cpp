#include "run_helpers.hpp"

#include <gtest/gtest.h>

namespace {

// The scaled metanorms game on 20,000 agents (five blocks of work) with 1, 2 and 4 threads:
// every dataset must be byte-identical.
void expect_identical_with_one_two_and_four_threads(std::vector<std::string> sets) {
  for (const char* s : {"population=20000", "generations=4", "observers=6", "metanorms=true"})
    sets.emplace_back(s);
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

TEST(AxelrodThreads, DatasetsAreByteIdenticalWithOneTwoAndFourThreads) {
  expect_identical_with_one_two_and_four_threads({});
}

TEST(AxelrodThreads, FixedGraphHurtingObserversIsByteIdenticalWithOneTwoAndFourThreads) {
  expect_identical_with_one_two_and_four_threads({"observer_graph=fixed", "hurt=observers"});
}

}  // namespace
