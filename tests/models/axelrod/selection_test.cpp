#include "models/axelrod/selection.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

using axelrod::Resize;
using axelrod::Selection;
using axelrod::SelectionRule;

TEST(AxelrodSelection, OneSdAboveMeanGetsTwoOffspringOneSdBelowNone) {
  // mean 0, population sd sqrt(200/4) = 7.07
  EXPECT_EQ(axelrod::sd_offspring_counts({-10, 0, 0, 10}), (std::vector<int>{0, 1, 1, 2}));
  // mean 2.5, sd 4.33: only the 10 is outside one sd
  EXPECT_EQ(axelrod::sd_offspring_counts({0, 0, 0, 10}), (std::vector<int>{1, 1, 1, 2}));
}

TEST(AxelrodSelection, RandomResizeKeepsPopulationSizeAndTheBestParent) {
  const std::vector<double> scores{0, 0, 0, 10};
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    const auto parents =
        axelrod::select_parents(scores, {SelectionRule::kAxelrodSd, Resize::kRandom, 2}, seed, 0);
    ASSERT_EQ(parents.size(), 4u);
    // five offspring, one dropped at random: parent 3 always keeps at least one
    EXPECT_GE(std::count(parents.begin(), parents.end(), 3), 1);
  }
}

TEST(AxelrodSelection, RandomResizePadsWithCopiesOfOffspring) {
  // mean -1.36, sd 4.31: the two at -10 get none, the 5 gets two: 10 offspring for 11 slots
  const std::vector<double> scores{-10, -10, 0, 0, 0, 0, 0, 0, 0, 0, 5};
  ASSERT_EQ(axelrod::sd_offspring_counts(scores),
            (std::vector<int>{0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 2}));
  const auto parents =
      axelrod::select_parents(scores, {SelectionRule::kAxelrodSd, Resize::kRandom, 2}, 1, 0);
  ASSERT_EQ(parents.size(), 11u);
  for (auto p : parents) EXPECT_GE(p, 2) << "only parents with offspring appear";
}

TEST(AxelrodSelection, ScoresEqualUpToRoundingGiveEveryAgentOneOffspring) {
  // The mean of three 0.1s rounds to 0.10000000000000002 and the sd to 1.4e-17, so every
  // score is at or below mean - sd: no agent would have offspring (this crashed).
  const std::vector<double> scores{0.1, 0.1, 0.1};
  ASSERT_EQ(axelrod::sd_offspring_counts(scores), (std::vector<int>{0, 0, 0}));
  for (const Resize resize : {Resize::kRandom, Resize::kScore})
    EXPECT_EQ(axelrod::select_parents(scores, {SelectionRule::kAxelrodSd, resize, 2}, 1, 0),
              (std::vector<std::int32_t>{0, 1, 2}));
}

TEST(AxelrodSelection, ScoreResizeDropsOffspringOfTheWorstParentFirst) {
  const std::vector<double> scores{1, 0, 0, 10};  // counts 1,1,1,2
  const auto parents =
      axelrod::select_parents(scores, {SelectionRule::kAxelrodSd, Resize::kScore, 2}, 1, 0);
  EXPECT_EQ(parents, (std::vector<std::int32_t>{0, 1, 3, 3}));
}

TEST(AxelrodSelection, LargeTournamentPicksTheBest) {
  const std::vector<double> scores{1, 5, 3, 2};
  const auto parents =
      axelrod::select_parents(scores, {SelectionRule::kTournament, Resize::kRandom, 200}, 1, 0);
  for (auto p : parents) EXPECT_EQ(p, 1);
}

TEST(AxelrodSelection, RouletteNeverPicksTheWorstAndFollowsShiftedScores) {
  std::vector<double> scores;
  for (int i = 0; i < 3000; ++i) scores.push_back(i % 3 == 0 ? -5.0 : i % 3 == 1 ? -4.0 : -2.0);
  // weights after shifting by the minimum: 0, 1, 3
  const auto parents =
      axelrod::select_parents(scores, {SelectionRule::kRoulette, Resize::kRandom, 2}, 1, 0);
  int w1 = 0, w3 = 0;
  for (auto p : parents) {
    ASSERT_NE(p % 3, 0);
    (p % 3 == 1 ? w1 : w3)++;
  }
  EXPECT_NEAR(static_cast<double>(w3) / (w1 + w3), 0.75, 0.03);  // sd 0.008
}

}  // namespace
