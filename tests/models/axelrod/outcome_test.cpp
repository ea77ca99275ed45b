#include "models/axelrod/outcome.hpp"

#include <gtest/gtest.h>

namespace {

using axelrod::classify;
using axelrod::Outcome;

TEST(AxelrodOutcome, ThresholdsOfThePaperAreInclusive) {
  const axelrod::Classification c;
  EXPECT_EQ(classify(2.0 / 7, 5.0 / 7, c), Outcome::kEstablished);
  EXPECT_EQ(classify(2.5 / 7, 6.0 / 7, c), Outcome::kNeither);
  EXPECT_EQ(classify(6.0 / 7, 1.0 / 7, c), Outcome::kCollapsed);
  EXPECT_EQ(classify(1.0, 1.5 / 7, c), Outcome::kNeither);
}

}  // namespace
