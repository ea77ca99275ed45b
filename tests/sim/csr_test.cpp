#include "sim/graph/csr.hpp"
#include "sim/core/error.hpp"

#include <gtest/gtest.h>

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

TEST(CsrGraph, EdgeOutsideTheNodeRangeIsAnInputError) {
  EXPECT_THROW(sim::CsrGraph(2, {{0, 2, 1.0}}), sim::InputError);
}

}  // namespace
