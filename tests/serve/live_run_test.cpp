#include "tools/serve/live_run.hpp"

#include "models/cybernorms/model.hpp"
#include "sim/core/error.hpp"
#include "sim/sweep/run_in_memory.hpp"

#include <gtest/gtest.h>

namespace {

const std::string kScenarios = std::string(NORMSIM_SOURCE_DIR) + "/scenarios/";

sim::config::Scenario scenario(const std::string& file, const std::vector<std::string>& set) {
  return sim::config::load_scenario(kScenarios + file, set);
}

TEST(LiveRun, StepsEqualTheSameStepsOfAFullRun) {
  const auto s = scenario("teaching/threshold_tipping.yaml", {"world.stance.sd=0.2"});
  auto live = serve::start_run(s, 3, {});
  for (int i = 0; i < 20; ++i) ASSERT_TRUE(live->step());
  const auto full =
      sim::sweep::in_memory_runner<cybernorms::Model>()(s.doc, 3, sim::Executor(1)).value();
  std::size_t compared = 0;
  for (const auto& a : live->record().series) {
    if (a.spec.name.find('/') != std::string::npos) continue;
    const auto b = std::find_if(full.series.begin(), full.series.end(),
                                [&](const auto& x) { return x.spec.name == a.spec.name; });
    ASSERT_NE(b, full.series.end()) << a.spec.name;
    ASSERT_EQ(a.rows, 20u) << a.spec.name;
    const std::size_t bytes = a.bytes.size();
    ASSERT_LE(bytes, b->bytes.size());
    EXPECT_TRUE(std::equal(a.bytes.begin(), a.bytes.end(), b->bytes.begin())) << a.spec.name;
    ++compared;
  }
  EXPECT_GE(compared, 10u);
}

TEST(LiveRun, StopsAtTheScenariosLastStep) {
  auto live =
      serve::start_run(scenario("teaching/norms_vs_metanorms.yaml", {"generations=3"}), 1, {});
  EXPECT_TRUE(live->step());
  EXPECT_TRUE(live->step());
  EXPECT_TRUE(live->step());
  EXPECT_FALSE(live->step());
  EXPECT_EQ(live->steps_done(), 3);
  EXPECT_EQ(live->world(0), nullptr);  // the Axelrod game has no world view
}

TEST(LiveRun, WorldLargerThanTheLimitIsRefused) {
  serve::RunLimits limits;
  limits.max_agents = 50;
  try {
    serve::start_run(scenario("teaching/threshold_tipping.yaml", {}), 1, limits);
    FAIL() << "built 100 agents";
  } catch (const sim::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("100 agents"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("--max-agents"), std::string::npos) << e.what();
  }
}

TEST(LiveRun, TickerTellsWhenTheCascadeTips) {
  auto varied =
      serve::start_run(scenario("teaching/threshold_tipping.yaml", {"world.stance.sd=0.2"}), 1, {});
  auto similar = serve::start_run(scenario("teaching/threshold_tipping.yaml", {}), 1, {});
  for (int i = 0; i < 30; ++i) {
    varied->step();
    similar->step();
  }
  ASSERT_FALSE(varied->ticker().empty());
  EXPECT_EQ(varied->ticker()[0].text, "tipping: a third of states endorse norm");
  EXPECT_TRUE(similar->ticker().empty());
}

TEST(LiveRun, WorldViewShowsEveryStateOnceAndCountsFirmsAtHome) {
  auto live = serve::start_run(scenario("baseline.yaml", {"world.firms=50"}), 1, {});
  live->step();
  const auto w = live->world(1);
  EXPECT_EQ(w["norm"], 1);
  std::set<int> states;
  std::int64_t firms = 0;
  for (const auto& g : w["groups"])
    for (const auto& s : g["states"]) {
      EXPECT_TRUE(states.insert(s["agent"].get<int>()).second);
      for (const auto& n : s["firms"]) firms += n.get<std::int64_t>();
    }
  EXPECT_EQ(states.size(), 193u);
  EXPECT_EQ(firms, 50);
}

}  // namespace
