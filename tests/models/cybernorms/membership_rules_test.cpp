#include "models/cybernorms/phases.hpp"
#include "tiny_world.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace cybernorms {
namespace {

using testing::quiet_model;
using testing::TinyWorld;

// A states' club founded by state 0; joining is worth nothing either way (join utility 0,
// so a considered join succeeds half the time) and considered every step.
std::string club(int states, const std::string& keys) {
  return quiet_model(states, 0) +
         "  membership: {w_peer: 0, w_seat: 0, w_norms: 0, join_rate: 1, leave_rate: 0}\n"
         "initiatives:\n"
         "  - {name: club, members: states, norms: [n], founders: {states: ['0']}, join_cost: 0" +
         keys + "}\n";
}

// A club of `states` where every state but the founder (state 0, bloc 0) is of bloc 1.
TinyWorld facing_the_founder(int states, const std::string& keys) {
  TinyWorld t(club(states, keys));
  t.world.bloc.assign(states, 1);
  t.world.bloc[0] = 0;
  return t;
}

// `count` of `n` trials within four standard errors of chance p.
void expect_share(double count, int n, double p) {
  EXPECT_NEAR(count / n, p, 4 * std::sqrt(p * (1 - p) / n));
}

int run_membership(TinyWorld& t, std::int64_t steps) {
  for (std::int64_t step = 0; step < steps; ++step) {
    t.begin_step();
    update_membership(t.context(step), t.derived(step), t.state);
    t.end_step();
  }
  int members = 0;
  for (std::int32_t a = 0; a < t.world.agents; ++a) members += t.state.member.current()[a];
  return members;
}

// Behind a gate no state joins uninvited, however often it would; from an open region (or
// once invited) it does.
TEST(Membership, AnUninvitedStateCannotJoinAGatedInitiative) {
  TinyWorld gated(club(5, ", invitation: true, invite_rate: 0"));
  EXPECT_EQ(run_membership(gated, 40), 1);  // the founder only
  TinyWorld open(club(5,
                      ", invitation: true, invite_rate: 0, open_regions: [africa, "
                      "asia_pacific, eastern_europe, latin_america, weog]"));
  EXPECT_EQ(run_membership(open, 40), 5);
  TinyWorld invited(club(5, ", invitation: true, invite_rate: 0"));
  for (std::int32_t a = 0; a < 5; ++a) invited.state.invited.current_mutable()[a] = 1;
  EXPECT_EQ(run_membership(invited, 40), 5);
}

// The members invite a state with chance invite_rate x their trust towards its bloc: 2,000
// states of bloc 1 facing a founder of bloc 0 at trust 0.5, invite_rate 0.4: 0.2 in one step.
TEST(Membership, InvitationsComeAtTheInviteRateTimesTrust) {
  constexpr int kStates = 2001;
  TinyWorld t = facing_the_founder(kStates, ", invitation: true, invite_rate: 0.4");
  t.params.mechanisms.membership.join_rate = 0.0;
  run_membership(t, 1);
  double invited = 0;
  for (std::int32_t a = 1; a < kStates; ++a) invited += t.state.invited.current()[a];
  expect_share(invited, kStates - 1, 0.4 * t.params.world.initial_trust);
}

// An initiative's own leave rate replaces the mechanism's: members (not founders) of utility
// 0 leave at leave_rate x 1/2 per step.
TEST(Membership, AnInitiativesOwnLeaveRateApplies) {
  constexpr int kStates = 4001;
  TinyWorld t(club(kStates, ", join_rate: 0, leave_rate: 0.6"));
  t.state.member.current_mutable().assign(kStates, 1);
  expect_share(run_membership(t, 1) - 1, kStates - 1, 1.0 - 0.6 * 0.5);
}

// Scheduled joins and leaves happen at their step whatever the utility; a dissolved
// initiative loses every member, founders included.
TEST(Membership, ScheduledJoinsLeavesAndDissolutionHappenAtTheirSteps) {
  TinyWorld t(club(3, ", join_rate: 0") +
              "events:\n"
              "  - {at: 2, type: join, initiative: club, agent: '1'}\n"
              "  - {at: 4, type: leave, initiative: club, agent: '1'}\n"
              "  - {at: 6, type: dissolve, initiative: club}\n");
  const auto member = [&](std::int32_t a) { return t.state.member.current()[a] != 0; };
  run_membership(t, 2);
  EXPECT_FALSE(member(1));
  run_membership(t, 0);
  t.begin_step();
  update_membership(t.context(2), t.derived(2), t.state);
  t.end_step();
  EXPECT_TRUE(member(1));
  for (std::int64_t step : {3, 4}) {
    t.begin_step();
    update_membership(t.context(step), t.derived(step), t.state);
    t.end_step();
  }
  EXPECT_FALSE(member(1));
  EXPECT_TRUE(member(0));
  t.begin_step();
  update_membership(t.context(5), t.derived(5), t.state);
  t.end_step();
  EXPECT_FALSE(member(0));  // dissolved from step 6 on
  EXPECT_FALSE(t.derived(6).founded[0]);
}

// Distrust of the founders' bloc and distance from their position lower the join utility:
// with w_trust 2 and trust 0.5 towards the founder, the join chance is logistic(-1).
TEST(Membership, DistrustOfTheFoundersLowersTheJoinChance) {
  constexpr int kStates = 4001;
  TinyWorld t = facing_the_founder(kStates, "");
  t.params.mechanisms.membership.w_trust = 2.0;
  expect_share(run_membership(t, 1) - 1, kStates - 1, 1.0 / (1.0 + std::exp(1.0)));
}

}  // namespace
}  // namespace cybernorms
