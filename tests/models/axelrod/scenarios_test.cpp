// The shipped Axelrod scenarios: each runs, and the teaching one does what its comments
// promise students (so the text cannot drift away from what the model does).
#include "tests/models/axelrod/run_helpers.hpp"
#include "tests/shipped_scenarios.hpp"

#include <gtest/gtest.h>

namespace {

std::string out_name() {
  return std::string("normsim_axelrod_scenarios_") +
         ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".h5";
}

TEST(AxelrodScenarios, EveryShippedScenarioValidatesAndRuns) {
  const auto names = normsim_test::shipped_scenarios("axelrod");
  EXPECT_GE(names.size(), 4u);  // norms, metanorms, large, teaching/norms_vs_metanorms
  for (const auto& name : names) {
    SCOPED_TRACE(name);
    const sim::io::Reader r(
        axelrod_test::run_scenario("scenarios/" + name, {"generations=3"}, 1, 1, out_name()));
    EXPECT_EQ(r.shape("/series/generation")[0], 3u);
  }
}

std::string outcome(const std::vector<std::string>& sets) {
  const auto s = sim::config::load_scenario(
      std::string(NORMSIM_SOURCE_DIR) + "/scenarios/teaching/norms_vs_metanorms.yaml", sets);
  const sim::io::Reader r(axelrod_test::run_scenario("scenarios/teaching/norms_vs_metanorms.yaml",
                                                     sets, s.engine.seed, 1, out_name()));
  return r.string_value("/summary/outcome");
}

TEST(TeachingNormsVsMetanorms, NormsGameAsShippedCollapses) {
  EXPECT_EQ(outcome({}), "collapsed");
}

TEST(TeachingNormsVsMetanorms, MetanormsSwitchedOnEstablishTheNorm) {
  EXPECT_EQ(outcome({"metanorms=true"}), "established");
}

}  // namespace
