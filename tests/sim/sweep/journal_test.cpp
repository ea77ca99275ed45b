#include "sim/sweep/journal.hpp"
#include "sim/core/error.hpp"
#include "tests/scratch.hpp"
#include "tests/sim/sweep/fake_model.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace {

std::string temp_path(const std::string& name) {
  return normsim_test::scratch_path("normsim_journal_" + name).string();
}

sim::io::RunRecord record(std::int64_t index) {
  const auto p = sweep_test::plan("[4]");
  auto r = *sweep_test::run_fake(p.document(p.rows[0]), 3, sim::Executor(1));
  r.index = index;
  return r;
}

std::vector<std::int64_t> replay(const std::string& path, std::uint64_t fingerprint) {
  std::vector<std::int64_t> seen;
  sim::sweep::Journal::resume(path, fingerprint,
                              [&](sim::io::RunRecord&& r) { seen.push_back(r.index); });
  return seen;
}

TEST(Journal, ResumeReplaysEveryAppendedRecordInOrder) {
  const auto path = temp_path("replay");
  {
    auto j = sim::sweep::Journal::create(path, 42);
    for (const std::int64_t i : {3, 0, 7}) j.append(record(i));
  }
  EXPECT_EQ(replay(path, 42), (std::vector<std::int64_t>{3, 0, 7}));
}

TEST(Journal, TornLastRecordIsDroppedAndOverwritten) {
  const auto path = temp_path("torn");
  {
    auto j = sim::sweep::Journal::create(path, 42);
    j.append(record(1));
    j.append(record(2));
  }
  std::filesystem::resize_file(path, std::filesystem::file_size(path) - 5);  // a kill mid-write
  {
    auto j = sim::sweep::Journal::resume(path, 42, [](sim::io::RunRecord&&) {});
    j.append(record(5));
  }
  EXPECT_EQ(replay(path, 42), (std::vector<std::int64_t>{1, 5}));
}

TEST(Journal, AnotherSweepsJournalIsRejected) {
  const auto path = temp_path("other");
  sim::sweep::Journal::create(path, 42).append(record(0));
  EXPECT_THROW(replay(path, 43), sim::InputError);
}

TEST(Journal, RemoveDeletesTheFile) {
  const auto path = temp_path("remove");
  auto j = sim::sweep::Journal::create(path, 1);
  j.remove();
  EXPECT_FALSE(std::filesystem::exists(path));
}

}  // namespace
