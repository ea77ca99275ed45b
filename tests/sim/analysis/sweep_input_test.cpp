#include "sim/analysis/sweep_input.hpp"

#include "sim/core/error.hpp"
#include "sim/io/recorder.hpp"
#include "sim/sweep/sweep_file.hpp"
#include "tests/scratch.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace {

namespace fs = std::filesystem;

// A sweep file of `runs` runs, of which the first `written` have their results: run i has
// tipping step 10 i, or -1 (never) when i is odd.
fs::path sweep_file(const std::string& name, int runs, int written) {
  const fs::path path = normsim_test::scratch_path("normsim_analysis_" + name + ".h5");
  fs::remove(path);
  sim::sweep::SweepPlan plan;
  plan.scenarios.push_back({sim::config::Document::from_text("model: toy\n", "toy.yaml"), {}});
  for (int i = 0; i < runs; ++i) plan.rows.push_back({i, 100u + i, 0, {}});
  sim::sweep::SweepFile file(path.string(), plan,
                             {"toy", "toy.yaml", "", "", "", 1, 1, "normsim.sweep"});
  for (int i = 0; i < written; ++i) {
    sim::io::RunRecord record;
    record.index = i;
    {
      sim::io::Recorder r(record);
      r.result("tipping", std::int64_t{i % 2 ? -1 : 10 * i}, "first step; -1: never", "step");
      r.result("outcome", std::string("text"), "a text result");
    }
    file.write(record);
  }
  file.commit();
  return path;
}

TEST(SweepInput, ReadsEveryRunAsAPathwayNamedAfterTheFile) {
  const fs::path path = sweep_file("pathway_a", 4, 4);
  const auto g = sim::analysis::read_sweep_group(path.string());
  EXPECT_EQ(g.name, "normsim_analysis_pathway_a");
  EXPECT_EQ(g.seeds, (std::vector<std::int64_t>{100, 101, 102, 103}));
  ASSERT_EQ(g.runs.size(), 4u);
  EXPECT_EQ(g.runs[0].size(), 1u);  // the text result is left out
  EXPECT_EQ(g.runs[2].at("tipping").observed(), 20.0);
  EXPECT_FALSE(g.runs[3].at("tipping").observed().has_value());
  fs::remove(path);
}

TEST(SweepInput, ASweepWithMissingRunsIsAnInputError) {
  const fs::path path = sweep_file("unfinished", 4, 3);
  try {
    sim::analysis::read_sweep_group(path.string());
    ADD_FAILURE() << "no error";
  } catch (const sim::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("1 of 4 runs are missing"), std::string::npos) << e.what();
  }
  fs::remove(path);
}

}  // namespace
