// The sanction plan: violations as compliance listed them, false alarms drawn by geometric gaps
// and thinning (see SanctionPlan::add_false_alarms), every event in agent and norm order.
#include "models/cybernorms/sanction_plan.hpp"
#include "tiny_world.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cmath>

namespace cybernorms {
namespace {

using testing::TinyWorld;

// One state and `firms` firms without links, one norm n.
TinyWorld unlinked(int firms, double misattribution) {
  TinyWorld t("norms: [{name: n, misattribution: " + std::to_string(misattribution) +
              "}]\nworld: {states: 1, firms: " + std::to_string(firms) +
              ", network: {firm_links: 0}}\n");
  t.link({});
  return t;
}

// The events of every block of agents, in block order.
std::vector<SanctionPlan::Event> plan_all(const TinyWorld& t, const Events& e, std::int64_t step) {
  const Context c = t.context(step);
  const Derived d = t.derived(step);
  std::vector<SanctionPlan::Event> all;
  const auto n = static_cast<std::size_t>(t.world.agents);
  const std::size_t size = sim::Executor::block_size(n);
  SanctionPlan plan;
  for (std::size_t begin = 0; begin < n; begin += size) {
    plan.make(c, d, t.state, e, begin, std::min(n, begin + size));
    all.insert(all.end(), plan.events.begin(), plan.events.end());
  }
  return all;
}

// At misattribution 1 every gap is 0: each agent is a candidate, so every innocent adopter,
// the first and last of each block included, is accused, and no one else; each violation is
// listed once, in agent order with the accusations. 9,001 agents: 17 full blocks of 512 and
// part of an 18th.
TEST(SanctionPlan, AtMisattributionOneEveryInnocentAdopterIsAccusedAndNoOneElse) {
  TinyWorld t = unlinked(9000, 1.0);
  const std::int32_t n = t.world.agents;
  auto& stage = t.state.stage.current_mutable();
  for (std::int32_t a = 0; a < n; ++a) stage[a] = a % 3 == 0 ? kNone : kEndorsed;
  Events e = t.fresh_events();
  for (std::int32_t a = n - 1; a >= 0; --a)
    if (stage[a] != kNone && a % 5 == 0) e.violate(a, 0);  // listed out of order on purpose
  const auto events = plan_all(t, e, 0);
  std::size_t x = 0;
  for (std::int32_t a = 0; a < n; ++a) {
    if (stage[a] == kNone) continue;
    ASSERT_LT(x, events.size());
    ASSERT_EQ(events[x].agent, a);
    EXPECT_EQ(events[x].norm, 0);
    EXPECT_EQ(events[x].false_alarm, a % 5 != 0) << "agent " << a;
    ++x;
  }
  EXPECT_EQ(x, events.size());
}

// Candidates are spread evenly over a block: over 40 steps of 8,192 endorsing agents (16
// blocks of 512) at misattribution 0.05, each quarter of the blocks' positions gets a quarter of
// the accusations (binomial counts, within 5 standard deviations), and the total is 0.05 of the
// agent-steps.
TEST(SanctionPlan, FalseAlarmsFallEvenlyOverTheBlock) {
  const double q = 0.05;
  TinyWorld t = unlinked(8191, q);
  t.state.stage.current_mutable().assign(static_cast<std::size_t>(t.world.agents), kEndorsed);
  const Events e = t.fresh_events();
  std::array<double, 4> quarter{};
  const std::size_t size = sim::Executor::block_size(static_cast<std::size_t>(t.world.agents));
  const int steps = 40;
  for (int step = 0; step < steps; ++step)
    for (const auto& event : plan_all(t, e, step)) {
      ASSERT_TRUE(event.false_alarm);
      quarter[static_cast<std::size_t>(event.agent) % size * 4 / size] += 1.0;
    }
  const double trials = steps * 8192.0 / 4;
  for (const double count : quarter)
    EXPECT_NEAR(count, trials * q, 5 * std::sqrt(trials * q * (1 - q)));
  const double total = quarter[0] + quarter[1] + quarter[2] + quarter[3];
  EXPECT_NEAR(total, 4 * trials * q, 5 * std::sqrt(4 * trials * q * (1 - q)));
}

}  // namespace
}  // namespace cybernorms
