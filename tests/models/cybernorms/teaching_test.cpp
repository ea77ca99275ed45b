// The behaviour that the teaching scenarios' comments promise students, checked on the
// shipped files so that the text cannot drift away from what the model does.
#include "models/cybernorms/model.hpp"
#include "sim/io/reader.hpp"
#include "sim/run/run_model.hpp"
#include "tests/scratch.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

namespace cybernorms {
namespace {

// Runs scenarios/teaching/NAME with `sets` into a file named after the test.
std::string run_teaching(const std::string& name, const std::vector<std::string>& sets) {
  const auto s = sim::config::load_scenario(
      std::string(NORMSIM_SOURCE_DIR) + "/scenarios/teaching/" + name, sets);
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  const std::string out =
      normsim_test::scratch_path(std::string("normsim_teaching_") + test->name() + ".h5").string();
  sim::run_model<Model>(s, {out, std::nullopt, 1, true});
  return out;
}

// Column `label` of a 2-D series, one value per step.
std::vector<double> column(const sim::io::Reader& r, const std::string& series,
                           const std::string& label) {
  const std::string path = "/series/" + series;
  std::vector<std::string> labels;
  std::stringstream in(r.string_attribute(path, "columns"));
  for (std::string l; std::getline(in, l, ',');) labels.push_back(l);
  const auto at = std::find(labels.begin(), labels.end(), label);
  EXPECT_NE(at, labels.end()) << label;
  const auto values = r.doubles(path);
  const std::size_t cols = labels.size(), c = static_cast<std::size_t>(at - labels.begin());
  std::vector<double> out;
  for (std::size_t i = c; i < values.size(); i += cols) out.push_back(values[i]);
  return out;
}

// Share of the crowd endorsing or implementing at the end of a threshold_tipping run.
double final_adopters(const std::vector<std::string>& sets) {
  const sim::io::Reader r(run_teaching("threshold_tipping.yaml", sets));
  return column(r, "adoption_share_count", "norm/state/endorsed").back() +
         column(r, "adoption_share_count", "norm/state/implemented").back();
}

TEST(TeachingThresholdTipping, SimilarThresholdsAsShippedNeverTip) {
  EXPECT_LT(final_adopters({}), 0.05);
}

TEST(TeachingThresholdTipping, VariedThresholdsTipAndNearlyEveryoneAdopts) {
  EXPECT_GT(final_adopters({"world.stance.sd=0.2"}), 0.95);
}

TEST(TeachingConsensusVsFounders, FoundersTextIsMoreSpecificFromTheFirstMonthThanConsensusEver) {
  const sim::io::Reader r(run_teaching("consensus_vs_founders.yaml", {}));
  const auto consensus = column(r, "specificity", "consensus_forum");
  const auto founders = column(r, "specificity", "founders_forum");
  EXPECT_GT(founders.front(), 0.2);
  EXPECT_LT(*std::max_element(consensus.begin(), consensus.end()), founders.front());
}

TEST(TeachingConsensusVsFounders, ConsensusStallsEvenWithHighTrust) {
  const sim::io::Reader r(run_teaching("consensus_vs_founders.yaml", {"world.initial_trust=0.9"}));
  const auto consensus = column(r, "specificity", "consensus_forum");
  const auto founders = column(r, "specificity", "founders_forum");
  EXPECT_LT(consensus.back(), founders.back());
  // Stalled: no change over the second half of the decade.
  EXPECT_EQ(consensus[consensus.size() / 2], consensus.back());
}

}  // namespace
}  // namespace cybernorms
