// What a teacher needs from a run's report: the tipping line and step, charts only for what the
// scenario has, the scenario as written (comments are students' notes) and the seed used.
#include "models/cybernorms/model.hpp"
#include "sim/run/run_model.hpp"
#include "tests/report/files.hpp"
#include "tools/report/report.hpp"

#include <gtest/gtest.h>

namespace report {
namespace {

using report_test::run;

std::string tipping_run() {
  // Varied thresholds: the cascade tips (a third of states endorse) at step 3 with seed 1.
  return run("scenarios/teaching/threshold_tipping.yaml", {"world.stance.sd=0.2", "time.steps=10"},
             ".h5");
}

TEST(TeachingReport, StatesAdoptionChartShowsTheOneThirdLineAndTheTippingStep) {
  const std::string html = render(load_output(tipping_run()));
  EXPECT_NE(html.find("one third: tipping"), std::string::npos);
  EXPECT_NE(html.find("tips at step 3"), std::string::npos);
}

TEST(TeachingReport, CascadeThatNeverTipsHasTheLineButNoStep) {
  const std::string html = render(
      load_output(run("scenarios/teaching/threshold_tipping.yaml", {"time.steps=10"}, ".h5")));
  EXPECT_NE(html.find("one third: tipping"), std::string::npos);
  EXPECT_EQ(html.find("tips at step"), std::string::npos);
}

TEST(TeachingReport, KindWithoutAgentsAndMissingInitiativesAreSaidNotCharted) {
  const std::string html = render(load_output(tipping_run()));
  EXPECT_NE(html.find("This scenario has no firms: their charts are left out."), std::string::npos);
  EXPECT_EQ(html.find("norm: firms</text>"), std::string::npos);
  EXPECT_NE(html.find("This scenario has no initiatives"), std::string::npos);
  EXPECT_EQ(html.find("Specificity per initiative"), std::string::npos);
  EXPECT_EQ(html.find("Other series"), std::string::npos);
}

TEST(TeachingReport, ScenarioIsShownAsWrittenWithItsCommentsAndTheSeedUsed) {
  const auto s = sim::config::load_scenario(
      std::string(NORMSIM_SOURCE_DIR) + "/scenarios/teaching/threshold_tipping.yaml",
      {"time.steps=2"});
  const std::string path = report_test::temp_path(".h5");
  sim::run_model<cybernorms::Model>(s, {path, 5, 1, true});
  const std::string html = render(load_output(path));
  EXPECT_NE(html.find("# Does it tip? Granovetter (1978)"), std::string::npos);
  EXPECT_NE(html.find("used seed <b>5</b>"), std::string::npos);
}

}  // namespace
}  // namespace report
