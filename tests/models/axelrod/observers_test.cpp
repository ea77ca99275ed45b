#include "models/axelrod/observers.hpp"

#include <gtest/gtest.h>

#include <set>

namespace {

template <class Graph>
void expect_distinct_others(const Graph& graph, std::int64_t n) {
  for (std::int64_t d = 0; d < n; ++d) {
    std::set<std::int64_t> seen;
    for (std::int64_t s = 0; s < graph.count(); ++s) {
      const std::int64_t j = graph.observer(d, s);
      ASSERT_NE(j, d) << "an agent never observes itself";
      ASSERT_GE(j, 0);
      ASSERT_LT(j, n);
      seen.insert(j);
    }
    ASSERT_EQ(static_cast<std::int64_t>(seen.size()), graph.count()) << "observers are distinct";
  }
}

TEST(AxelrodObservers, EveryoneMeansEveryOtherAgent) {
  const auto graph = axelrod::Circulant::everyone(20);
  EXPECT_EQ(graph.count(), 19);
  expect_distinct_others(graph, 20);
}

TEST(AxelrodObservers, RandomRingObserversAreDistinctOthers) {
  const auto graph = axelrod::Circulant::random(500, 20, 3, 7);
  EXPECT_EQ(graph.count(), 20);
  expect_distinct_others(graph, 500);
}

TEST(AxelrodObservers, RandomRingObserversChangeWithGeneration) {
  const auto a = axelrod::Circulant::random(500, 5, 3, 7);
  const auto b = axelrod::Circulant::random(500, 5, 3, 8);
  int same = 0;
  for (std::int64_t d = 0; d < 500; ++d) same += a.observer(d, 0) == b.observer(d, 0);
  EXPECT_LT(same, 20);
}

TEST(AxelrodObservers, FixedGraphObserversAreDistinctOthers) {
  const auto graph = axelrod::FixedGraph::random(300, 20, 4);
  EXPECT_EQ(graph.count(), 20);
  expect_distinct_others(graph, 300);
}

// Each place's observers are drawn on their own: how many places an agent watches is
// binomial (mean K, variance about K), not exactly K as on the ring.
TEST(AxelrodObservers, FixedGraphInDegreesAreBinomial) {
  const std::int64_t n = 20000, k = 20;
  const auto graph = axelrod::FixedGraph::random(n, k, 9);
  std::vector<int> watches(n, 0);
  for (std::int64_t d = 0; d < n; ++d)
    for (std::int64_t s = 0; s < k; ++s) ++watches[graph.observer(d, s)];
  double ss = 0;
  for (int w : watches) ss += static_cast<double>((w - k) * (w - k));
  // Variance K (1 - 1/(N-1)) ~ 20; its standard error with 20,000 agents is about 0.2.
  EXPECT_NEAR(ss / n, 20.0, 1.5);
}

}  // namespace
