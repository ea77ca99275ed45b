#include "sim/analysis/comparison_output.hpp"
#include "sim/analysis/sensitivity_output.hpp"
#include "sim/io/reader.hpp"
#include "sim/io/recorder.hpp"
#include "tests/scratch.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace {

namespace fs = std::filesystem;
using sim::analysis::RunResult;

fs::path temp(const std::string& name) {
  const fs::path p = normsim_test::scratch_path("normsim_analysis_" + name);
  fs::remove(p);
  return p;
}

TEST(RunResults, KeepsNumericResultsAndMarksEventTimes) {
  sim::io::RunRecord record;
  {
    sim::io::Recorder r(record);
    r.result("tipping", std::int64_t{-1}, "first step ...; -1: never", "step");
    r.result("depth", 0.5, "a ratio", "ratio");
    r.result("label", std::string("text"), "a text result");
  }
  const auto results = sim::analysis::run_results(record);
  EXPECT_EQ(results.size(), 2u);
  EXPECT_TRUE(results.at("tipping").event_time);
  EXPECT_FALSE(results.at("tipping").observed().has_value());
  EXPECT_EQ(results.at("depth").observed(), 0.5);
  EXPECT_EQ(results.at("depth").unit, "ratio");
}

TEST(ComparisonFile, HoldsRawRunValuesEstimatesAndDifferences) {
  using sim::analysis::Group;
  const RunResult never{-1.0, "x; -1: never", "step", true};
  const RunResult seen{6.0, "x; -1: never", "step", true};
  const std::vector<Group> groups = {{"a", "a.yaml", {1, 2}, {{{"t", never}}, {{"t", seen}}}},
                                     {"b", "b.yaml", {1, 2}, {{{"t", seen}}, {{"t", seen}}}}};
  const auto c = sim::analysis::compare(groups, {"t"}, {100, 0.9, 1});
  const fs::path path = temp("cmp.h5");
  sim::analysis::write_comparison_file(path.string(), groups, {"t"}, c, {100, 0.9, 1});
  EXPECT_FALSE(fs::exists(path.string() + ".partial"));
  const sim::io::Reader r(path.string());
  EXPECT_EQ(r.string_attribute("/", "file_type"), "normsim.compare");
  EXPECT_EQ(r.string_attribute("/", "pathways"), "a,b");
  EXPECT_EQ(r.doubles("/pathways/a/runs/t"), (std::vector<double>{-1.0, 6.0}));
  EXPECT_EQ(r.integers("/pathways/b/seeds"), (std::vector<std::int64_t>{1, 2}));
  EXPECT_EQ(r.integers("/estimates/observed"), (std::vector<std::int64_t>{1, 2}));
  EXPECT_EQ(r.doubles("/estimates/mean"), (std::vector<double>{6.0, 6.0}));
  EXPECT_EQ(r.doubles("/differences/difference"), (std::vector<double>{0.0}));
  fs::remove(path);
}

TEST(SensitivityFile, HoldsTheDesignRunsAndIndicesAsMatrices) {
  const sim::analysis::MorrisDesign d(2, 3, 4, 1);
  const std::vector<sim::analysis::Factor> factors = {{"p", 0.0, 1.0}, {"q", 10.0, 20.0}};
  std::vector<sim::analysis::RunResults> runs;
  for (std::size_t r = 0; r < d.runs(); ++r)
    runs.push_back({{"y", {d.at(r, 0), "y", "1", false}}, {"z", {1.0, "z", "1", false}}});
  const auto s = sim::analysis::morris_sensitivity(d, factors, runs, {"y", "z"});
  const fs::path path = temp("sens.h5");
  sim::analysis::write_sensitivity_file(path.string(), d, s, runs, {"s.yaml", "model: x\n", 1, 1});
  const sim::io::Reader r(path.string());
  EXPECT_EQ(r.string_attribute("/", "file_type"), "normsim.sensitivity");
  EXPECT_EQ(r.shape("/design/values"), (std::vector<std::size_t>{9, 2}));
  EXPECT_EQ(r.string_attribute("/design/values", "columns"), "p,q");
  EXPECT_EQ(r.doubles("/design/values")[1], factors[1].value(d.at(0, 1)));
  EXPECT_EQ(r.shape("/indices/mu_star"), (std::vector<std::size_t>{2, 2}));
  EXPECT_EQ(r.doubles("/indices/mu_star")[0], 1.0);  // y = p: effect 1 per range
  EXPECT_EQ(r.doubles("/indices/mu_star")[1], 0.0);
  EXPECT_EQ(r.doubles("/runs/z").size(), 9u);
  fs::remove(path);
}

}  // namespace
