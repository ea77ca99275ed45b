// The sweep report's outcome distributions: "never" apart from the steps, constants listed.
#include "tools/report/report.hpp"

#include <gtest/gtest.h>

namespace report {
namespace {

Output sweep_of(std::vector<Column> summary) {
  Output out;
  out.path = "sweep.h5";
  out.sweep = true;
  out.attributes = {{"model", "cybernorms"}, {"file_type", "normsim.sweep"}};
  out.summary = std::move(summary);
  return out;
}

Column numbers(const std::string& name, const std::string& description, std::vector<double> v) {
  Column c;
  c.name = name;
  c.description = description;
  c.unit = "month";
  c.numbers = std::move(v);
  return c;
}

TEST(SweepReport, NeverHappenedIsCountedApartInsteadOfPlottedAtMinusOne) {
  const std::string html = render(sweep_of(
      {numbers("tipping_step_cvd", "first step after which >= 1/3 of states endorse cvd; -1: never",
               {-1, 12, 14, -1, 20})}));
  EXPECT_NE(html.find("2 of 5 runs: never"), std::string::npos);
  // The axis starts at the earliest real step, not at -1.
  EXPECT_EQ(html.find(">-1<"), std::string::npos);
}

TEST(SweepReport, ResultTheSameInEveryRunIsListedNotDrawn) {
  const std::string html = render(sweep_of({numbers("steps", "steps simulated", {240, 240, 240}),
                                            numbers("rate", "", {0.1, 0.2, 0.3})}));
  EXPECT_NE(html.find("The same in every run (not drawn)"), std::string::npos);
  EXPECT_NE(html.find("<td>steps</td>"), std::string::npos);
  EXPECT_EQ(html.find("aria-label=\"steps\""), std::string::npos);
  EXPECT_NE(html.find("aria-label=\"rate\""), std::string::npos);
}

TEST(SweepReport, EachVaryingResultIsPlottedAgainstEachVaryingParameter) {
  Output out = sweep_of({numbers("tipping_step_cvd", "first step ...; -1: never", {-1, 12, 8}),
                         numbers("steps", "steps simulated", {240, 240, 240})});
  out.design = {numbers("world.stance.sd", "", {0.05, 0.1, 0.2}),
                numbers("time.steps", "", {240, 240, 240})};
  const std::string html = render(out);
  EXPECT_NE(html.find("<h2>Results against world.stance.sd</h2>"), std::string::npos);
  EXPECT_EQ(html.find("Results against time.steps"), std::string::npos);  // constant
  EXPECT_NE(html.find("world.stance.sd (1 runs: never)"), std::string::npos);
  std::size_t points = 0;
  for (auto at = html.find("<circle"); at != std::string::npos; at = html.find("<circle", at + 1))
    ++points;
  EXPECT_EQ(points, 2u);
}

TEST(SweepReport, DesignFileIsShownAsWritten) {
  Output out = sweep_of({numbers("rate", "", {0.1, 0.2})});
  out.attributes.push_back({"scenario", "model: cybernorms\n"});
  out.attributes.push_back({"design_source", "# students: vary sd\nsweep: {}\n"});
  const std::string html = render(out);
  EXPECT_NE(html.find("The --design file as written"), std::string::npos);
  EXPECT_NE(html.find("# students: vary sd"), std::string::npos);
  EXPECT_EQ(html.find("<td>design_source</td>"), std::string::npos);
}

}  // namespace
}  // namespace report
