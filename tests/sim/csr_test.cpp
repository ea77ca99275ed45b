#include "sim/graph/csr.hpp"
#include "sim/core/error.hpp"
#include "sim/core/rng.hpp"

#include <gtest/gtest.h>

#include <map>
#include <utility>
#include <vector>

namespace {

TEST(CsrGraph, RowsListNeighboursSortedWithDuplicatesSummed) {
  const sim::CsrGraph g(4, {{0, 3, 1.0}, {0, 1, 2.0}, {2, 0, 1.0}, {0, 3, 0.5}});
  EXPECT_EQ(g.nodes(), 4);
  EXPECT_EQ(g.edges(), 3);
  const auto n0 = g.neighbours(0);
  ASSERT_EQ(n0.size(), 2u);
  EXPECT_EQ(n0[0], 1);
  EXPECT_EQ(n0[1], 3);
  EXPECT_DOUBLE_EQ(g.weights(0)[1], 1.5);
  EXPECT_EQ(g.degree(1), 0);
  EXPECT_EQ(g.degree(2), 1);
}

// Many edges in random order, duplicates among them: each row lists exactly the distinct
// targets of its edges in increasing order, with their weights summed (a map as reference).
TEST(CsrGraph, RandomEdgesGiveTheRowsOfAReferenceMap) {
  const std::int32_t nodes = 60;
  std::vector<sim::CsrGraph::Edge> edges;
  std::map<std::pair<std::int32_t, std::int32_t>, double> expected;
  sim::Rng rng(5, 0, 0, 0);
  for (int e = 0; e < 3000; ++e) {
    const auto from = static_cast<std::int32_t>(rng.below(nodes));
    const auto to = static_cast<std::int32_t>(rng.below(nodes));
    const double weight = static_cast<double>(1 + rng.below(3));
    edges.push_back({from, to, weight});
    expected[{from, to}] += weight;
  }
  const sim::CsrGraph g(nodes, edges);
  EXPECT_EQ(g.edges(), static_cast<std::int64_t>(expected.size()));
  auto it = expected.begin();
  for (std::int32_t i = 0; i < nodes; ++i)
    for (std::size_t j = 0; j < g.neighbours(i).size(); ++j, ++it) {
      ASSERT_NE(it, expected.end());
      EXPECT_EQ(it->first, std::make_pair(i, g.neighbours(i)[j]));
      EXPECT_EQ(it->second, g.weights(i)[j]);
    }
  EXPECT_EQ(it, expected.end());
}

TEST(CsrGraph, EdgeOutsideTheNodeRangeIsAnInputError) {
  EXPECT_THROW(sim::CsrGraph(2, {{0, 2, 1.0}}), sim::InputError);
}

}  // namespace
