#include "sim/sweep/runner.hpp"
#include "tests/sim/sweep/fake_model.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <map>
#include <thread>

namespace {

using sweep_test::plan;
using sweep_test::run_fake;

std::map<std::int64_t, std::vector<unsigned char>> run_all(const sim::sweep::SweepPlan& p,
                                                           sim::sweep::RunnerOptions options) {
  std::map<std::int64_t, std::vector<unsigned char>> out;
  sim::sweep::run_plan(p, run_fake, options,
                       [&](const sim::sweep::PlanRow& row, sim::io::RunRecord&& record) {
                         EXPECT_EQ(record.index, row.index);
                         out[row.index] = sim::io::encode(record);
                       });
  return out;
}

TEST(Runner, RecordsDoNotDependOnThreadCounts) {
  const auto p = plan("[3, 5, 7, 9]", 3);
  const auto one = run_all(p, {1, 1, false, {}});
  EXPECT_EQ(one.size(), 12u);
  EXPECT_EQ(one, run_all(p, {4, 1, false, {}}));
  EXPECT_EQ(one, run_all(p, {4, 2, false, {}}));
}

TEST(Runner, SkippedRowsAreNotRun) {
  const auto p = plan("[1, 2, 3]");
  const auto done = run_all(p, {2, 1, false, {true, false, true}});
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(done.begin()->first, 1);
}

TEST(Runner, CallbackIsNeverEnteredByTwoThreadsAtOnce) {
  const auto p = plan("[2, 2, 2, 2, 2, 2, 2, 2]", 4);
  std::atomic<int> inside{0};
  int overlaps = 0;
  sim::sweep::run_plan(p, run_fake, {4, 1, false, {}},
                       [&](const sim::sweep::PlanRow&, sim::io::RunRecord&&) {
                         if (inside.fetch_add(1) != 0) ++overlaps;
                         std::this_thread::sleep_for(std::chrono::microseconds(200));
                         inside.fetch_sub(1);
                       });
  EXPECT_EQ(overlaps, 0);
}

TEST(Runner, ARunsErrorIsRethrown) {
  const auto p = plan("[1, -1, 2]");
  EXPECT_THROW(run_all(p, {2, 1, false, {}}), std::runtime_error);
}

TEST(Runner, SummariesComeBackByRunIndex) {
  const auto p = plan("[2, 3, 4]");
  const auto s = sim::sweep::run_summaries(p, run_fake, {2, 1, false, {}});
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[1].at("a_squared"), 9.0);
  EXPECT_EQ(s[2].at("steps"), 4.0);
  EXPECT_EQ(s[0].count("label"), 0u);  // text results are left out
}

TEST(Runner, CheckPlanReportsTheBadRow) {
  const auto p = plan("[1, -1]");
  EXPECT_THROW(sim::sweep::check_plan(p,
                                      [](const sim::config::Document& d) {
                                        if (d.root()["a"].as<int>() < 0)
                                          throw sim::InputError("bad");
                                      }),
               sim::InputError);
}

TEST(RunRecord, EncodeDecodeRoundTrip) {
  const auto p = plan("[3]");
  auto record = *run_fake(p.document(p.rows[0]), 77, sim::Executor(1));
  record.index = 5;
  const auto bytes = sim::io::encode(record);
  const auto back = sim::io::decode(bytes.data(), bytes.size());
  EXPECT_EQ(sim::io::encode(back), bytes);
  EXPECT_EQ(back.index, 5);
  EXPECT_EQ(back.series[0].spec.labels, (std::vector<std::string>{"p", "q"}));
  EXPECT_EQ(std::get<std::string>(back.results[2].value), "odd");
}

TEST(RunRecord, TruncatedEncodingIsRejected) {
  const auto p = plan("[3]");
  const auto bytes = sim::io::encode(*run_fake(p.document(p.rows[0]), 1, sim::Executor(1)));
  EXPECT_THROW(sim::io::decode(bytes.data(), bytes.size() - 3), std::runtime_error);
}

}  // namespace
