#include "sim/io/output_file.hpp"
#include "sim/core/error.hpp"
#include "sim/io/reader.hpp"
#include "tests/scratch.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace {

namespace fs = std::filesystem;

sim::io::Provenance provenance() {
  return {"toy",         "toy.yaml", "model: toy\n", "# source\nmodel: toy\n", "a test", 7, 2,
          "normsim.run", 3};
}

TEST(OutputFile, CommitRenamesThePartialFileAndKeepsProvenance) {
  const fs::path out = normsim_test::scratch_path("normsim_commit.h5");
  fs::remove(out);
  {
    sim::io::OutputFile f(out.string(), provenance());
    EXPECT_TRUE(fs::exists(out.string() + ".partial"));
    EXPECT_FALSE(fs::exists(out));
    f.commit();
  }
  EXPECT_TRUE(fs::exists(out));
  EXPECT_FALSE(fs::exists(out.string() + ".partial"));
  const sim::io::Reader r(out.string());
  EXPECT_EQ(r.string_attribute("/", "file_type"), "normsim.run");
  EXPECT_EQ(r.string_attribute("/", "scenario"), "model: toy\n");
  EXPECT_EQ(r.string_attribute("/", "scenario_source"), "# source\nmodel: toy\n");
  EXPECT_EQ(r.integer_attribute("/", "draws_version"), 3);
  EXPECT_TRUE(r.has_attribute("/", "git_commit"));
  EXPECT_TRUE(r.has_attribute("/", "created"));
  fs::remove(out);
}

TEST(OutputFile, WithoutCommitNothingRemains) {
  const fs::path out = normsim_test::scratch_path("normsim_failed.h5");
  { sim::io::OutputFile f(out.string(), provenance()); }
  EXPECT_FALSE(fs::exists(out));
  EXPECT_FALSE(fs::exists(out.string() + ".partial"));
  EXPECT_FALSE(fs::exists(out.string() + ".lock"));
}

TEST(OutputFile, KeptWithoutCommitOnlyThePartialFileRemains) {
  const fs::path out = normsim_test::scratch_path("normsim_abandon.h5");
  fs::remove(out);
  {
    sim::io::OutputFile f(out.string(), provenance());
    f.keep();
  }
  EXPECT_FALSE(fs::exists(out));
  EXPECT_TRUE(fs::exists(out.string() + ".partial"));
  const sim::io::Reader r(out.string() + ".partial");  // closed cleanly: still readable
  EXPECT_EQ(r.string_attribute("/", "model"), "toy");
  fs::remove(out.string() + ".partial");
}

TEST(OutputFile, ASecondWriterOfTheSameOutputIsRefusedAndTheFirstCommits) {
  const fs::path out = normsim_test::scratch_path("normsim_two_writers.h5");
  sim::io::OutputFile first(out.string(), provenance());
  try {
    sim::io::OutputFile second(out.string(), provenance());
    FAIL() << "a second writer was allowed";
  } catch (const sim::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("another process is writing"), std::string::npos);
  }
  EXPECT_TRUE(fs::exists(first.partial_path()));
  first.commit();
  const sim::io::Reader r(out.string());
  EXPECT_EQ(r.string_attribute("/", "model"), "toy");
}

TEST(OutputFile, AFailedCommitLeavesTheExistingFileAsItWas) {
  const fs::path out = normsim_test::scratch_path("normsim_kept.h5");
  {
    sim::io::OutputFile f(out.string(), provenance());
    f.commit();
  }
  const auto size = fs::file_size(out);
  { sim::io::OutputFile f(out.string(), provenance()); }  // fails before its commit
  EXPECT_EQ(fs::file_size(out), size);
  const sim::io::Reader r(out.string());
  EXPECT_EQ(r.string_attribute("/", "model"), "toy");
}

TEST(OutputFile, MissingOutputDirectoryIsAnInputError) {
  EXPECT_THROW(sim::io::OutputFile("/nonexistent-dir/x.h5", provenance()), sim::InputError);
}

}  // namespace
