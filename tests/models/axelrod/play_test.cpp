#include "models/axelrod/play.hpp"
#include "models/axelrod/genes.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <vector>

namespace {

using axelrod::Generation;
using axelrod::Observation;
using axelrod::Observers;
using axelrod::play_agent;
using axelrod::Tally;

// Draws fixed by the test instead of by Philox, so that every decision is known in advance.
struct ScriptedDraws {
  std::function<Observation(std::int64_t d, std::int64_t o, std::int64_t s)> observe_fn;
  Observation observe(std::int64_t d, std::int64_t o, std::int64_t s) const {
    return observe_fn(d, o, s);
  }
  Observation meta_observe(std::int64_t, std::int64_t, std::int64_t, std::int64_t) const {
    return {0.0, 0.5};
  }
};

struct World {
  std::vector<double> boldness, vengefulness, seen_chance;
  std::int64_t opportunities;
  bool metanorms;
  Generation view() const {
    return {boldness, vengefulness, seen_chance, opportunities, metanorms};
  }
};

// Axelrod (1986), Table 1: an agent with boldness 2/7 and vengefulness 4/7 defects once and
// is punished once (+3 - 9), is hurt by 36 defections of others (-36) and punishes 9 of them
// (-18): -60 in all. Agents 1..9 always defect, agent 10 always punishes, the rest never act.
TEST(AxelrodPlay, WorkedExampleOfTable1ScoresMinusSixty) {
  World w{std::vector<double>(20, 0.0), std::vector<double>(20, 0.0),
          std::vector<double>(20 * 4, 0.5), 4, false};
  w.boldness[0] = axelrod::trait(2, 3);
  w.vengefulness[0] = axelrod::trait(4, 3);
  w.seen_chance[0] = 0.1;  // below 2/7: agent 0 defects at its first opportunity only
  w.seen_chance[1] = 0.5;
  w.seen_chance[2] = 0.6;
  w.seen_chance[3] = 0.9;
  for (int i = 1; i <= 9; ++i) w.boldness[i] = 1.0;
  w.vengefulness[10] = 1.0;
  // Everything is seen; the punishment draw is low (0.1) only at the first opportunity, so
  // agent 0 (vengefulness 4/7) punishes the 9 first-opportunity defections of agents 1..9.
  const ScriptedDraws draws{[](std::int64_t, std::int64_t o, std::int64_t) {
    return Observation{0.0, o == 0 ? 0.1 : 0.99};
  }};
  const Observers everyone = Observers::everyone(20);
  std::vector<Tally> tallies;
  Tally total;
  for (std::int64_t i = 0; i < 20; ++i) {
    tallies.push_back(play_agent(i, w.view(), everyone, draws));
    total += tallies.back();
  }
  const Tally& t = tallies[0];
  EXPECT_EQ(t.defections, 1);
  EXPECT_EQ(t.punished, 1);
  EXPECT_EQ(t.punishing, 9);
  EXPECT_EQ(total.defections, 37);
  EXPECT_EQ(axelrod::score(t, total.defections - t.defections, axelrod::Payoffs{}), -60.0);
}

TEST(AxelrodPlay, BoldnessZeroNeverDefectsAndBoldnessOneAlwaysDefects) {
  World w{{0.0, 1.0, 0.0}, {0.0, 0.0, 0.0}, {0.3, 0.0, 0.99}, 1, false};
  const ScriptedDraws draws{[](auto, auto, auto) { return Observation{0.5, 0.5}; }};
  const Observers everyone = Observers::everyone(3);
  EXPECT_EQ(play_agent(0, w.view(), everyone, draws).defections, 0);
  EXPECT_EQ(play_agent(1, w.view(), everyone, draws).defections, 1);  // S = 0 < 1
}

TEST(AxelrodPlay, UnseenDefectionIsNeverPunished) {
  // Agent 0 defects with S = 0.2; both observers draw 0.5 to see it, above S: unseen.
  World w{{1.0, 0.0, 0.0}, {0.0, 1.0, 1.0}, {0.2, 0.9, 0.9}, 1, false};
  const ScriptedDraws draws{[](auto, auto, auto) { return Observation{0.5, 0.0}; }};
  const Observers everyone = Observers::everyone(3);
  EXPECT_EQ(play_agent(0, w.view(), everyone, draws).punished, 0);
  EXPECT_EQ(play_agent(1, w.view(), everyone, draws).punishing, 0);
}

// Agent 0 defects, agent 1 (vengefulness 0) sees it and lets it pass, agent 2 (vengefulness
// 1) punishes it and, seeing agent 1's laxity, meta-punishes agent 1.
TEST(AxelrodPlay, MetanormsPunishTheLaxObserverOnlyInTheMetanormsGame) {
  World w{{1.0, 0.0, 0.0}, {0.0, 0.0, 1.0}, {0.6, 0.9, 0.9}, 1, true};
  const ScriptedDraws draws{[](auto, auto, auto) { return Observation{0.0, 0.5}; }};
  const Observers everyone = Observers::everyone(3);
  const Tally defector = play_agent(0, w.view(), everyone, draws);
  const Tally lax = play_agent(1, w.view(), everyone, draws);
  const Tally strict = play_agent(2, w.view(), everyone, draws);
  EXPECT_EQ(defector.punished, 1);
  EXPECT_EQ(strict.punishing, 1);
  EXPECT_EQ(lax.punishing, 0);
  EXPECT_EQ(lax.meta_punished, 1);
  EXPECT_EQ(strict.meta_punishing, 1);
  EXPECT_EQ(defector.meta_punishing, 0);  // the defector is not a third party

  w.metanorms = false;
  EXPECT_EQ(play_agent(1, w.view(), everyone, draws).meta_punished, 0);
  EXPECT_EQ(play_agent(2, w.view(), everyone, draws).meta_punishing, 0);
}

TEST(AxelrodPlay, ScoreAddsEachPayoffPerEvent) {
  Tally t;
  t.defections = 2;
  t.punished = 1;
  t.punishing = 3;
  t.meta_punished = 4;
  t.meta_punishing = 5;
  // 2*3 + 10*(-1) + 1*(-9) + 3*(-2) + 4*(-9) + 5*(-2)
  EXPECT_EQ(axelrod::score(t, 10, axelrod::Payoffs{}), 6.0 - 10 - 9 - 6 - 36 - 10);
}

TEST(AxelrodGenes, MutationRateZeroKeepsAndOneFlipsEveryBit) {
  sim::Rng rng(1, 0, 0, 0);
  for (std::uint8_t g = 0; g < 8; ++g) {
    EXPECT_EQ(axelrod::mutate(g, 3, 0.0, rng), g);
    EXPECT_EQ(axelrod::mutate(g, 3, 1.0, rng), g ^ 7);
  }
}

TEST(AxelrodGenes, MutationFlipsBitsAtTheGivenRate) {
  sim::Rng rng(5, 0, 0, 0);
  int flips = 0;
  const int genes = 100000;
  for (int i = 0; i < genes; ++i) flips += __builtin_popcount(axelrod::mutate(0, 3, 0.01, rng));
  // 300,000 bits at 1%: mean 3,000, sd 54.5
  EXPECT_NEAR(flips, 3000, 220);
}

}  // namespace
