#include "sim/schedule/look_ahead.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

// The calls in order, "a3" for ask(3) and "h3" for handle(3).
std::vector<std::string> calls(std::size_t count, std::size_t ahead) {
  std::vector<std::string> out;
  sim::with_look_ahead(
      count, ahead, [&](std::size_t x) { out.push_back("a" + std::to_string(x)); },
      [&](std::size_t x) { out.push_back("h" + std::to_string(x)); });
  return out;
}

TEST(LookAhead, AsksForEachItemOnceAndThatManyItemsBeforeHandlingIt) {
  EXPECT_EQ(calls(4, 2),
            (std::vector<std::string>{"a0", "a1", "a2", "h0", "a3", "h1", "h2", "h3"}));
}

TEST(LookAhead, FewerItemsThanTheLookAheadAreAllAskedForFirst) {
  EXPECT_EQ(calls(2, 4), (std::vector<std::string>{"a0", "a1", "h0", "h1"}));
  EXPECT_TRUE(calls(0, 4).empty());
}

}  // namespace
