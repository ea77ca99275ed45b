#include "models/cybernorms/sanction.hpp"
#include "models/cybernorms/phases.hpp"
#include "tiny_world.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace cybernorms {
namespace {

using testing::quiet_model;
using testing::TinyWorld;

// Agent 0 violates in front of agents 1 and 2 (visibility 1). Agent 1 never punishes, agent 2
// always does. Without metanorms agent 1's silence is free; with them agent 2 punishes it
// too: the expected cost of not punishing is meta_punishment x vengefulness of the others.
TEST(Sanction, MetanormsRaiseTheCostOfNotPunishing) {
  for (const bool metanorms : {false, true}) {
    TinyWorld t(quiet_model(3, 0));
    t.link({{0, 1}, {0, 2}, {1, 2}});
    t.params.mechanisms.sanction.metanorms = metanorms;
    t.params.mechanisms.sanction.comember_observers = 0;
    t.state.stage.current_mutable() = {kEndorsed, kEndorsed, kEndorsed};
    t.state.vengefulness.current_mutable() = {0.0, 0.0, 1.0};
    Events e = t.fresh_events();
    e.violate(0, 0);
    t.begin_step();
    observe_and_sanction(t.context(), t.derived(), t.state, e);
    t.end_step();
    const auto& m = t.params.mechanisms.sanction;
    EXPECT_DOUBLE_EQ(e.payoff[0], -m.punishment);
    EXPECT_DOUBLE_EQ(e.payoff[1], metanorms ? -m.meta_punishment : 0.0);
    EXPECT_DOUBLE_EQ(e.payoff[2], -m.enforcement - (metanorms ? m.meta_enforcement : 0.0));
    EXPECT_EQ(e.meta_punishments[0], metanorms ? 1 : 0);
    EXPECT_LT(t.state.reputation.current()[0], 1.0);
  }
}

// A violation seen by each contact with chance `visibility` and punished by each endorsing
// seer with chance its vengefulness: 20,000 contacts of vengefulness 0.5 at visibility 0.3
// punish 0.15 of the time (SanctionPlan draws the seers, the phase the punishments).
TEST(Sanction, ContactsSeeWithTheVisibilityAndPunishWithTheirVengefulness) {
  constexpr int kContacts = 20000;
  TinyWorld t(quiet_model(1, kContacts));
  std::vector<std::pair<std::int32_t, std::int32_t>> star;
  for (std::int32_t o = 1; o <= kContacts; ++o) star.emplace_back(0, o);
  t.link(star);
  t.params.norms[0].visibility = 0.3;
  t.params.mechanisms.sanction.comember_observers = 0;
  t.state.stage.current_mutable().assign(kContacts + 1, kEndorsed);
  t.state.vengefulness.current_mutable().assign(kContacts + 1, 0.5);
  Events e = t.fresh_events();
  e.violate(0, 0);
  t.begin_step();
  observe_and_sanction(t.context(), t.derived(), t.state, e);
  t.end_step();
  const double p = 0.3 * 0.5;
  EXPECT_NEAR(static_cast<double>(e.punishments[0]) / kContacts, p,
              5 * std::sqrt(p * (1 - p) / kContacts));
}

// False alarms among N innocent adopters: N x misattribution x (1 - cbm) expected. A cbm
// channel of strength 0.5 halves them.
TEST(Sanction, ConfidenceBuildingCutsFalseAlarmsByTheFormula) {
  EXPECT_DOUBLE_EQ(false_alarm_probability(0.1, 0.5), 0.05);
  auto alarms = [](double cbm) {
    const int n = 20000;
    // One state and n firms (a state network of n states would take long to build).
    TinyWorld t(
        "norms: [{name: n, misattribution: 0.1}]\nworld: {states: 1, firms: " + std::to_string(n) +
        ", network: {firm_links: 0}}\ninitiatives:\n"
        "  - {name: hotline, members: firms, norms: [n], cbm: " +
        std::to_string(cbm) + ", founders: {top_firms: " + std::to_string(n) + "}}\n");
    t.link({});
    t.state.stage.current_mutable().assign(n + 1, kEndorsed);
    Events e = t.fresh_events();
    t.begin_step();
    observe_and_sanction(t.context(), t.derived(), t.state, e);
    t.end_step();
    return static_cast<double>(e.false_alarms[0]);
  };
  const double without = alarms(0.0);  // the state is no member: at most 1 off
  const double with = alarms(0.5);
  EXPECT_NEAR(without, 20000 * 0.1, 5 * std::sqrt(20000 * 0.1 * 0.9));
  EXPECT_NEAR(with, 20000 * 0.05, 5 * std::sqrt(20000 * 0.05 * 0.95));
  EXPECT_NEAR(with / without, 0.5, 0.06);
}

TEST(Sanction, IncidentsAcrossBlocsLowerTrustAndChannelsRebuildIt) {
  TinyWorld t(quiet_model(2, 0));
  t.world.bloc = {0, 1};
  t.link({{0, 1}});
  t.params.mechanisms.sanction.comember_observers = 0;
  t.state.stage.current_mutable() = {kEndorsed, kEndorsed};
  Events e = t.fresh_events();
  e.violate(0, 0);
  const double before = t.state.trust.current()[1];
  t.begin_step();
  observe_and_sanction(t.context(), t.derived(), t.state, e);
  t.end_step();
  const auto& m = t.params.mechanisms.sanction;
  // One seen violation across blocs 0 and 1 (one agent each): trust falls by loss x 1 / 2.
  const int B = t.world.blocs;
  EXPECT_DOUBLE_EQ(t.state.trust.current()[1], std::max(0.0, before - m.trust_loss * 0.5));
  EXPECT_DOUBLE_EQ(t.state.trust.current()[static_cast<std::size_t>(B)],
                   std::max(0.0, before - m.trust_loss * 0.5));
}

TEST(Learning, CopiesTheMoreSuccessfulContact) {
  TinyWorld t(quiet_model(2, 0));
  t.link({{0, 1}});
  t.params.mechanisms.learning.rate = 1.0;
  t.params.mechanisms.learning.mutation = 0.0;
  t.state.boldness.current_mutable() = {0.1, 0.9};
  t.state.vengefulness.current_mutable() = {0.8, 0.2};
  Events e = t.fresh_events();
  e.payoff = {-1.0, 2.0};
  t.begin_step();
  learn(t.context(), e, t.state);
  t.end_step();
  EXPECT_EQ(t.state.boldness.current(), (std::vector<double>{0.9, 0.9}));
  EXPECT_EQ(t.state.vengefulness.current(), (std::vector<double>{0.2, 0.2}));
}

// Each trait of each agent is redrawn with chance `mutation` (sim::for_each_success over the
// agents' two traits), uniformly: nothing else changes them when no one looks.
TEST(Learning, TraitsMutateAtTheMutationRate) {
  constexpr int kAgents = 20000;
  TinyWorld t(quiet_model(1, kAgents - 1));
  t.params.mechanisms.learning.rate = 0.0;
  t.params.mechanisms.learning.mutation = 0.2;
  t.state.boldness.current_mutable().assign(kAgents, 2.0);  // outside [0, 1): a redraw shows
  t.state.vengefulness.current_mutable().assign(kAgents, 2.0);
  t.begin_step();
  learn(t.context(), t.fresh_events(), t.state);
  t.end_step();
  for (const auto* trait : {&t.state.boldness.current(), &t.state.vengefulness.current()}) {
    const auto redrawn =
        std::count_if(trait->begin(), trait->end(), [](double v) { return v < 1; });
    const double sd = std::sqrt(0.2 * 0.8 / kAgents);
    EXPECT_NEAR(static_cast<double>(redrawn) / kAgents, 0.2, 5 * sd);
    EXPECT_TRUE(std::all_of(trait->begin(), trait->end(),
                            [](double v) { return v == 2.0 || (v >= 0 && v < 1); }));
  }
}

}  // namespace
}  // namespace cybernorms
