#include "models/cybernorms/negotiation.hpp"
#include "models/cybernorms/phases.hpp"
#include "tiny_world.hpp"

#include <gtest/gtest.h>

namespace cybernorms {
namespace {

using testing::quiet_model;
using testing::TinyWorld;

TEST(NegotiationRules, AFallingTargetTakesTheFallbackShareOfTheGap) {
  EXPECT_DOUBLE_EQ(next_sigma(0.8, 0.1, 0.4, 0.5), 0.6);
  EXPECT_DOUBLE_EQ(next_sigma(0.8, 0.1, 0.4, 0.0), 0.8);  // no fallback: never down
  EXPECT_DOUBLE_EQ(next_sigma(0.2, 0.5, 0.9, 0.5), next_sigma(0.2, 0.5, 0.9));
}

// Five members whose ranges have no common point: strict consensus makes no progress; with
// quantile 0.2 the text is the bound all but the single most reluctant member reach.
TEST(NegotiationRules, PartialConsensusLeavesOutTheMostReluctantShare) {
  Positions p{{0.1, 0.5, 0.6, 0.7, 0.9}, {0.05, 0.05, 0.05, 0.05, 0.05}};
  EXPECT_DOUBLE_EQ(round_target(DecisionRule::kConsensus, p, 0.3), 0.3);
  EXPECT_DOUBLE_EQ(round_target(DecisionRule::kConsensus, p, 0.3, 0.2), 0.55);
  EXPECT_DOUBLE_EQ(round_target(DecisionRule::kConsensus, p, 0.3, 0.0), 0.3);
}

TEST(NegotiationRules, FailureChanceGrowsWithDistrustBetweenMembers) {
  Negotiation m;
  m.fail_rate = 0.1;
  m.fail_trust = 0.5;
  const std::vector<double> trust{1.0, 0.2, 0.2, 1.0};
  // One member per bloc: pairs (0,0), (1,1) at trust 1, (0,1), (1,0) at 0.2: mean 0.6.
  EXPECT_DOUBLE_EQ(failure_chance(m, trust, {1.0, 1.0}), 0.1 + 0.5 * (1.0 - 0.6));
  EXPECT_DOUBLE_EQ(failure_chance(m, trust, {2.0, 0.0}), 0.1);
}

// A states' forum of 3 that would move its text: a failed round (fail_rate 1) leaves sigma
// where it was; a scheduled text shock takes its share at its step.
TEST(NegotiationRules, AFailedRoundLeavesTheTextAndAShockLowersIt) {
  const std::string forum =
      "initiatives:\n"
      "  - {name: forum, members: states, rule: majority, norms: [n], eta: 0.5,\n"
      "     founders: {top_states: 3}}\n"
      "events:\n"
      "  - {at: 1, type: text_shock, initiative: forum, size: 0.5}\n";
  TinyWorld moving(quiet_model(3, 0) + forum);
  moving.begin_step();
  negotiate(moving.context(0), moving.derived(0), moving.state);
  moving.end_step();
  const double sigma = moving.state.specificity.current()[0];
  EXPECT_GT(sigma, 0.0);
  TinyWorld failing(quiet_model(3, 0) + "  negotiation: {fail_rate: 1}\n" + forum);
  failing.begin_step();
  negotiate(failing.context(0), failing.derived(0), failing.state);
  failing.end_step();
  EXPECT_DOUBLE_EQ(failing.state.specificity.current()[0], 0.0);
  // Step 1: a failed round again, then the shock halves the text.
  failing.state.specificity.current_mutable()[0] = 0.6;
  failing.begin_step();
  negotiate(failing.context(1), failing.derived(1), failing.state);
  failing.end_step();
  EXPECT_DOUBLE_EQ(failing.state.specificity.current()[0], 0.3);
}

}  // namespace
}  // namespace cybernorms
