#include "models/axelrod/play.hpp"
#include "models/axelrod/genes.hpp"
#include "models/axelrod/observers.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <vector>

namespace {

using axelrod::Circulant;
using axelrod::CountArrays;
using axelrod::Counts;
using axelrod::Decision;
using axelrod::Generation;
using axelrod::Hurt;
using axelrod::play_range;

// Two uniforms deciding one observation: seen if `seen < S`, punished if `act < vengefulness`.
struct Observation {
  double seen;
  double act;
};

// Draws fixed by the test instead of by Philox, so that every decision is known in advance:
// S per (place, opportunity); seeing and punishing by `observe_fn`; every meta-observer sees
// (0 < S) and meta-punishes when its vengefulness is above one half. Probabilities are
// chances out of 2^32 (see axelrod::chance_of).
struct ScriptedDraws {
  std::vector<double> chances;  // place x opportunity
  std::int64_t opportunities;
  std::function<Observation(std::int64_t d, std::int64_t o, std::int64_t s)> observe_fn;

  std::uint32_t chance(std::int64_t d, std::int64_t o) const {
    return static_cast<std::uint32_t>(axelrod::chance_of(chances[d * opportunities + o]));
  }
  bool happens(Decision what, std::int64_t d, std::int64_t o, std::int64_t s, std::int64_t,
               std::uint64_t p) const {
    switch (what) {
      case Decision::kSee: return axelrod::chance_of(observe_fn(d, o, s).seen) < p;
      case Decision::kPunish: return axelrod::chance_of(observe_fn(d, o, s).act) < p;
      case Decision::kMetaSee: return 0 < p;
      case Decision::kMetaPunish: return axelrod::chance_of(0.5) < p;
    }
    return false;
  }
  std::uint64_t mask(Decision what, std::int64_t d, std::int64_t o, std::int64_t s,
                     std::int64_t first, std::int64_t count, std::uint64_t p) const {
    std::uint64_t m = 0;
    for (std::int64_t i = 0; i < count; ++i) {
      const bool yes = what == Decision::kSee ? happens(what, d, o, first + i, 0, p)
                                              : happens(what, d, o, s, first + i, p);
      m |= std::uint64_t{yes} << i;
    }
    return m;
  }
};

// Genes as levels 0..7 (3 bits): level 7 is boldness or vengefulness 1.
struct World {
  std::vector<std::uint8_t> boldness, vengefulness;
  std::int64_t opportunities;
  bool metanorms;
  Hurt hurt = Hurt::kEveryone;
  std::vector<std::uint64_t> traits = levels();

  static std::vector<std::uint64_t> levels() {
    std::vector<std::uint64_t> t;
    for (std::uint8_t l = 0; l < 8; ++l) t.push_back(axelrod::chance_of(axelrod::trait(l, 3)));
    return t;
  }
  Generation view() const {
    return {boldness, vengefulness, traits, opportunities, metanorms, hurt};
  }
  std::vector<Counts> play(ScriptedDraws draws) const {
    const auto n = static_cast<std::int64_t>(boldness.size());
    CountArrays arrays(boldness.size());
    play_range(0, n, view(), Circulant::everyone(n), draws, arrays);
    std::vector<Counts> counts;
    for (std::size_t i = 0; i < boldness.size(); ++i) counts.push_back(arrays.at(i));
    return counts;
  }
};

// Axelrod (1986), Table 1: an agent with boldness 2/7 and vengefulness 4/7 defects once and
// is punished once (+3 - 9), is hurt by 36 defections of others (-36) and punishes 9 of them
// (-18): -60 in all. Agents 1..9 always defect, agent 10 always punishes, the rest never act.
TEST(AxelrodPlay, WorkedExampleOfTable1ScoresMinusSixty) {
  World w{std::vector<std::uint8_t>(20, 0), std::vector<std::uint8_t>(20, 0), 4, false};
  w.boldness[0] = 2;
  w.vengefulness[0] = 4;
  for (int i = 1; i <= 9; ++i) w.boldness[i] = 7;
  w.vengefulness[10] = 7;
  std::vector<double> chances(20 * 4, 0.5);
  chances[0] = 0.1;  // below 2/7: agent 0 defects at its first opportunity only
  chances[1] = 0.5;
  chances[2] = 0.6;
  chances[3] = 0.9;
  // Everything is seen; the punishment draw is low (0.1) only at the first opportunity, so
  // agent 0 (vengefulness 4/7) punishes the 9 first-opportunity defections of agents 1..9.
  const auto counts = w.play({chances, 4, [](std::int64_t, std::int64_t o, std::int64_t) {
                                return Observation{0.0, o == 0 ? 0.1 : 0.99};
                              }});
  Counts total;
  for (const Counts& c : counts) total += c;
  const Counts& c = counts[0];
  EXPECT_EQ(c.defections, 1);
  EXPECT_EQ(c.punished, 1);
  EXPECT_EQ(c.punishing, 9);
  EXPECT_EQ(total.defections, 37);
  EXPECT_EQ(axelrod::score(c, total.defections - c.defections, axelrod::Payoffs{}), -60.0);
}

TEST(AxelrodPlay, BoldnessZeroNeverDefectsAndBoldnessOneAlwaysDefects) {
  const World w{{0, 7, 0}, {0, 0, 0}, 1, false};
  const auto counts = w.play({{0.3, 0.0, 0.99}, 1, [](auto, auto, auto) {
                                return Observation{0.5, 0.5};
                              }});
  EXPECT_EQ(counts[0].defections, 0);
  EXPECT_EQ(counts[1].defections, 1);  // S = 0 < 1
}

TEST(AxelrodPlay, UnseenDefectionIsNeverPunished) {
  // Agent 0 defects with S = 0.2; both observers draw 0.5 to see it, above S: unseen.
  const World w{{7, 0, 0}, {0, 7, 7}, 1, false};
  const auto counts = w.play({{0.2, 0.9, 0.9}, 1, [](auto, auto, auto) {
                                return Observation{0.5, 0.0};
                              }});
  EXPECT_EQ(counts[0].punished, 0);
  EXPECT_EQ(counts[1].punishing, 0);
}

// Agent 0 defects, agent 1 (vengefulness 0) sees it and lets it pass, agent 2 (vengefulness
// 1) punishes it and, seeing agent 1's laxity, meta-punishes agent 1.
TEST(AxelrodPlay, MetanormsPunishTheLaxObserverOnlyInTheMetanormsGame) {
  World w{{7, 0, 0}, {0, 0, 7}, 1, true};
  const ScriptedDraws draws{{0.6, 0.9, 0.9}, 1, [](auto, auto, auto) {
                              return Observation{0.0, 0.5};
                            }};
  const auto counts = w.play(draws);
  EXPECT_EQ(counts[0].punished, 1);
  EXPECT_EQ(counts[2].punishing, 1);
  EXPECT_EQ(counts[1].punishing, 0);
  EXPECT_EQ(counts[1].meta_punished, 1);
  EXPECT_EQ(counts[2].meta_punishing, 1);
  EXPECT_EQ(counts[0].meta_punishing, 0);  // the defector is not a third party

  w.metanorms = false;
  const auto plain = w.play(draws);
  EXPECT_EQ(plain[1].meta_punished, 0);
  EXPECT_EQ(plain[2].meta_punishing, 0);
}

// Under hurt: observers the defector's one observer counts its two defections; the other
// agents count none (the score then charges H for those alone).
TEST(AxelrodPlay, HurtByObserversCountsTheDefectionsOfTheAgentsObserved) {
  const World w{{7, 0, 0, 0}, {0, 0, 0, 0}, 2, false, Hurt::kObservers};
  ScriptedDraws draws{std::vector<double>(8, 0.9), 2, [](auto, auto, auto) {
                        return Observation{0.5, 0.5};
                      }};
  draws.chances[0] = 0.1;
  draws.chances[1] = 0.2;
  const std::int64_t n = 4;
  const auto graph = Circulant::random(n, 1, 5, 0);
  CountArrays counts(n);
  play_range(0, n, w.view(), graph, draws, counts);
  for (std::int64_t i = 0; i < n; ++i)
    EXPECT_EQ(counts.hurt[i], i == graph.observer(0, 0) ? 2 : 0) << "agent " << i;
}

TEST(AxelrodPlay, ScoreAddsEachPayoffPerEvent) {
  Counts c;
  c.defections = 2;
  c.punished = 1;
  c.punishing = 3;
  c.meta_punished = 4;
  c.meta_punishing = 5;
  // 2*3 + 10*(-1) + 1*(-9) + 3*(-2) + 4*(-9) + 5*(-2)
  EXPECT_EQ(axelrod::score(c, 10, axelrod::Payoffs{}), 6.0 - 10 - 9 - 6 - 36 - 10);
}

}  // namespace
