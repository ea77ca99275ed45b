#include "tools/report/output.hpp"
#include "sim/core/error.hpp"
#include "sim/io/h5.hpp"
#include "tests/report/files.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace report {
namespace {

using report_test::copy;
using report_test::remove_object;
using report_test::run;
using report_test::temp_path;

// The message of the InputError that loading `path` throws; fails the test if none is thrown.
std::string load_error(const std::string& path) {
  try {
    load_output(path);
  } catch (const sim::InputError& e) {
    return e.what();
  }
  ADD_FAILURE() << "no InputError for " << path;
  return "";
}

std::string axelrod_run() {
  return run("scenarios/axelrod/metanorms.yaml", {"generations=5"}, ".h5");
}

TEST(LoadOutput, ReadsProvenanceSeriesAndSummaryOfARun) {
  const Output out = load_output(axelrod_run());
  EXPECT_FALSE(out.sweep);
  EXPECT_EQ(out.attribute("model"), "axelrod");
  EXPECT_EQ(out.attribute("seed"), "1");
  EXPECT_EQ(out.series_named("mean_boldness").rows, 5u);
  const auto& dist = out.series_named("boldness_distribution");
  EXPECT_EQ(dist.cols, 8u);
  EXPECT_EQ(dist.labels.front(), "0/7");
  const auto outcome = std::find_if(out.summary.begin(), out.summary.end(),
                                    [](const Column& c) { return c.name == "outcome"; });
  ASSERT_NE(outcome, out.summary.end());
  EXPECT_FALSE(outcome->numeric);
  EXPECT_FALSE(outcome->texts.at(0).empty());
}

TEST(LoadOutput, MissingFileIsNamed) {
  const std::string path = temp_path(".h5");
  EXPECT_EQ(load_error(path), path + ": no such file");
}

TEST(LoadOutput, FileThatIsNotHdf5IsNamedAsSuch) {
  const std::string path = temp_path(".h5");
  std::ofstream(path) << "model: axelrod\n";
  EXPECT_EQ(load_error(path), path + ": not an HDF5 file, so not a normsim output");
}

TEST(LoadOutput, TruncatedFileIsAnInputErrorNotACrash) {
  const std::string half = copy(axelrod_run(), ".half.h5", 0.5);
  const std::string message = load_error(half);
  EXPECT_NE(message.find(half + ": "), std::string::npos) << message;
  EXPECT_NE(message.find("truncated"), std::string::npos) << message;
}

TEST(LoadOutput, Hdf5FileWithoutFileTypeIsNotANormsimOutput) {
  const std::string path = temp_path(".h5");
  sim::io::Handle(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), H5Fclose,
                  "create");
  EXPECT_EQ(load_error(path), path + ": not a normsim output (no file_type attribute)");
}

TEST(LoadOutput, OtherFileTypeIsNotANormsimOutput) {
  const std::string path = temp_path(".h5");
  const sim::io::Handle f(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT),
                          H5Fclose, "create");
  sim::io::write_attribute(f.get(), "file_type", std::string("openmc.statepoint"));
  EXPECT_NE(load_error(path).find("file_type is 'openmc.statepoint'"), std::string::npos);
}

TEST(LoadOutput, MissingSeriesGroupIsNamed) {
  const std::string path = axelrod_run();
  remove_object(path, "/series");
  EXPECT_EQ(load_error(path), path + ": missing group /series (every normsim run has one)");
}

TEST(LoadOutput, MissingSummaryOfACompletedRunIsNamed) {
  const std::string path = axelrod_run();
  remove_object(path, "/summary");
  EXPECT_NE(load_error(path).find("missing group /summary"), std::string::npos);
}

TEST(LoadOutput, InterruptedRunLoadsWithoutSummary) {
  const std::string path = axelrod_run();
  remove_object(path, "/summary");
  {
    const sim::io::Handle f(H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT), H5Fclose, "open");
    sim::io::write_attribute(f.get(), "interrupted_at_step", std::int64_t{3});
  }
  const Output out = load_output(path);
  EXPECT_TRUE(out.summary.empty());
  EXPECT_EQ(out.attribute("interrupted_at_step"), "3");
}

}  // namespace
}  // namespace report
