#include "sim/core/table2d.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

namespace {

TEST(TableView, IndexesRowMajorAsHandWrittenIndexing) {
  std::vector<int> flat(3 * 4);
  for (std::size_t i = 0; i < flat.size(); ++i) flat[i] = static_cast<int>(i);
  const sim::TableView t(flat, 4);  // 3 agents x 4 norms
  EXPECT_EQ(t.rows(), 3u);
  EXPECT_EQ(t.columns(), 4u);
  for (std::size_t a = 0; a < 3; ++a)
    for (std::size_t k = 0; k < 4; ++k) EXPECT_EQ(&t(a, k), &flat[a * 4 + k]);
  ASSERT_EQ(t.row(2).size(), 4u);
  EXPECT_EQ(t.row(2)[0], 8);
  EXPECT_EQ(&t.row(1).back(), &flat[7]);
}

TEST(TableView, WritesThroughToTheBufferAndReadsConstVectors) {
  std::vector<std::uint8_t> flat(6, 0);
  const sim::TableView t(flat, 3);
  t(1, 2) = 7;
  EXPECT_EQ(flat[5], 7);
  const std::vector<std::uint8_t>& read_only = flat;
  const sim::TableView r(read_only, 2);  // deduced TableView<const std::uint8_t>
  static_assert(std::is_same_v<decltype(r(0, 0)), const std::uint8_t&>);
  EXPECT_EQ(r(2, 1), 7);
  EXPECT_EQ(r.rows(), 3u);
}

TEST(TableView, AnEmptyBufferWithNoColumnsHasNoRows) {
  std::vector<double> none;
  const sim::TableView t(none, 0);
  EXPECT_EQ(t.rows(), 0u);
  EXPECT_EQ(t.columns(), 0u);
}

TEST(Table2D, OwnsItsValuesFilledAndIndexedByRowAndColumn) {
  sim::Table2D<double> t(2, 3, 0.5);
  EXPECT_EQ(t.rows(), 2u);
  EXPECT_EQ(t.columns(), 3u);
  EXPECT_EQ(t(1, 2), 0.5);
  t(1, 0) = 2.0;
  EXPECT_EQ(t.values()[3], 2.0);
  EXPECT_EQ(t.row(1)[0], 2.0);
  const auto& c = t;
  EXPECT_EQ(c.view()(1, 0), 2.0);
}

}  // namespace
