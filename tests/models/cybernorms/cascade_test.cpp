#include "models/cybernorms/simulation.hpp"
#include "sim/config/document.hpp"
#include "sim/config/engine_keys.hpp"
#include "sim/io/output_file.hpp"
#include "tests/scratch.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace cybernorms {
namespace {

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs the teaching scenario and returns the number of endorsing agents at the end.
int adopters(const std::vector<std::string>& overrides) {
  auto doc = sim::config::Document::from_text(
      read(std::string(NORMSIM_SOURCE_DIR) + "/scenarios/teaching/threshold_cascade.yaml"),
      "threshold_cascade.yaml");
  for (const auto& o : overrides) doc.apply_override(o);
  const Params p = schema().parse(doc, sim::config::engine_schema().top_level_keys());
  // One file per test: ctest runs tests in parallel processes.
  const auto path = normsim_test::scratch_path(
      std::string("normsim_cascade_") +
      ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".h5");
  sim::io::OutputFile out(path.string(), {"cybernorms", "t", "", "", "", 1, 1});
  sim::io::Recorder recorder(out.id());
  const sim::Executor executor(1);
  Simulation s(p, 1, executor, recorder);
  for (std::int64_t t = 0; t < s.steps(); ++t) s.step(t);
  int n = 0;
  for (const auto st : s.state().stage.current()) n += st >= kEndorsed;
  std::filesystem::remove(path.string() + ".partial");
  return n;
}

// Granovetter (1978): thresholds 0, 1, ..., 99 give a complete cascade ...
TEST(ThresholdCascade, LadderOfThresholdsAllAdopt) {
  EXPECT_EQ(adopters({}), 100);
}

// ... and moving the agent with threshold 1 to threshold 2 stops it at one adopter.
TEST(ThresholdCascade, OneChangedThresholdStopsTheCascade) {
  EXPECT_EQ(
      adopters({"world.stance_overrides=[{agent: 1, norm: norm, value: -0.015151515151515152}]"}),
      1);
}

}  // namespace
}  // namespace cybernorms
