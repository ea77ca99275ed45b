#include "models/cybernorms/phases.hpp"
#include "models/cybernorms/sanction.hpp"
#include "tiny_world.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace cybernorms {
namespace {

using testing::quiet_model;
using testing::TinyWorld;

// State 0 (bloc 0) violates in front of three states of bloc 1 (visibility 1).
TinyWorld three_witnesses() {
  TinyWorld t(quiet_model(4, 0) + "  sanction: {trust_rule: incidents, incident_loss: 0.1}\n");
  t.world.bloc = {0, 1, 1, 1};
  t.world.bloc_size = {1, 3, 0};
  t.link({{0, 1}, {0, 2}, {0, 3}});
  t.params.mechanisms.sanction.comember_observers = 0;
  t.state.stage.current_mutable() = {kEndorsed, kEndorsed, kEndorsed, kEndorsed};
  return t;
}

double trust_after(TinyWorld& t, Events& e, std::int64_t step = 0) {
  t.begin_step();
  observe_and_sanction(t.context(step), t.derived(step), t.state, e);
  t.end_step();
  return t.state.trust.current()[1];  // blocs 0 and 1
}

// However many states of the other bloc see it, one violation is one incident: trust loses
// exactly incident_loss of itself, in both directions.
TEST(Trust, AnIncidentSeenByManyStatesOfABlocCountsOnce) {
  TinyWorld t = three_witnesses();
  Events e = t.fresh_events();
  e.violate(0, 0);
  const double before = t.state.trust.current()[1];
  const double after = trust_after(t, e);
  EXPECT_DOUBLE_EQ(after, before * (1.0 - 0.1));
  EXPECT_DOUBLE_EQ(t.state.trust.current()[static_cast<std::size_t>(t.world.blocs)], after);
}

// Under the seers rule the same event costs trust_loss x 3 seers / 4 agents.
TEST(Trust, TheSeersRuleCountsEverySeer) {
  TinyWorld t = three_witnesses();
  t.params.mechanisms.sanction.trust_rule = TrustRule::kSeers;
  Events e = t.fresh_events();
  e.violate(0, 0);
  const double before = t.state.trust.current()[1];
  EXPECT_DOUBLE_EQ(trust_after(t, e),
                   std::max(0.0, before - t.params.mechanisms.sanction.trust_loss * 3.0 / 4.0));
}

// A firm's violation is no incident between states, whoever sees it.
TEST(Trust, EventsOfFirmsAreNoIncidents) {
  TinyWorld t(quiet_model(2, 1) + "  sanction: {trust_rule: incidents, incident_loss: 0.1}\n");
  t.world.bloc = {0, 1, 0};
  t.link({{2, 1}, {2, 0}});
  t.params.mechanisms.sanction.comember_observers = 0;
  t.state.stage.current_mutable() = {kEndorsed, kEndorsed, kEndorsed};
  t.state.vengefulness.current_mutable() = {1.0, 1.0, 1.0};
  Events e = t.fresh_events();
  e.violate(2, 0);
  const double before = t.state.trust.current()[1];
  EXPECT_DOUBLE_EQ(trust_after(t, e), before);
  EXPECT_GT(e.punishments[0], 0);  // it was seen and punished all the same
}

// Two incidents in one step: (1 - loss)^2.
TEST(Trust, IncidentsCompoundWithinAStep) {
  TinyWorld t = three_witnesses();
  Events e = t.fresh_events();
  e.violate(0, 0);
  e.violate(1, 0);  // bloc 1 seen by state 0 of bloc 0
  const double before = t.state.trust.current()[1];
  EXPECT_NEAR(trust_after(t, e), before * 0.81, 1e-15);
}

// Without events trust closes trust_drift of its gap to world.initial_trust per step.
TEST(Trust, TrustDriftsBackToItsInitialLevel) {
  TinyWorld t = three_witnesses();
  t.params.mechanisms.sanction.trust_drift = 0.25;
  const int B = t.world.blocs;
  t.state.trust.current_mutable()[1] = 0.1;
  t.state.trust.current_mutable()[static_cast<std::size_t>(B)] = 0.1;
  Events e = t.fresh_events();
  const double initial = t.params.world.initial_trust;
  EXPECT_DOUBLE_EQ(trust_after(t, e), 0.1 + 0.25 * (initial - 0.1));
}

// A scheduled trust shock takes `size` of the trust between its two blocs at its step only.
TEST(Trust, AScheduledShockTakesItsShareAtItsStep) {
  TinyWorld t(quiet_model(2, 0) +
              "events:\n  - {at: 3, type: trust_shock, blocs: [west, east], size: 0.4}\n");
  t.world.bloc = {0, 2};
  const int B = t.world.blocs;
  const double before = t.state.trust.current()[2];
  Events e = t.fresh_events();
  t.begin_step();
  observe_and_sanction(t.context(2), t.derived(2), t.state, e);
  t.end_step();
  EXPECT_DOUBLE_EQ(t.state.trust.current()[2], before);
  t.begin_step();
  observe_and_sanction(t.context(3), t.derived(3), t.state, e);
  t.end_step();
  EXPECT_DOUBLE_EQ(t.state.trust.current()[2], before * 0.6);
  EXPECT_DOUBLE_EQ(t.state.trust.current()[static_cast<std::size_t>(2) * B], before * 0.6);
  EXPECT_DOUBLE_EQ(t.state.trust.current()[1], before);  // west-nonaligned untouched
}

}  // namespace
}  // namespace cybernorms
