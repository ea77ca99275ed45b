#include "sim/sweep/sweep_file.hpp"
#include "sim/io/reader.hpp"
#include "tests/scratch.hpp"
#include "tests/sim/sweep/fake_model.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

std::string temp_path(const std::string& name) {
  return normsim_test::scratch_path("normsim_sweepfile_" + name).string();
}

// Writes the runs of `p` listed in `order` into a sweep file; returns its path.
std::string write(const sim::sweep::SweepPlan& p, const std::vector<std::size_t>& order,
                  const std::string& name) {
  const auto path = temp_path(name);
  sim::sweep::SweepFile file(path, p, {"fake", "fake.yaml", "", "", "", 4, 1, "normsim.sweep"});
  for (const std::size_t i : order) {
    auto r = *sweep_test::run_fake(p.document(p.rows[i]), p.rows[i].seed, sim::Executor(1));
    r.index = static_cast<std::int64_t>(i);
    file.write(r);
  }
  file.commit();
  return path;
}

TEST(SweepFile, DatasetsDoNotDependOnTheOrderRunsArrive) {
  const auto p = sweep_test::plan("[2, 3, 5]");
  const sim::io::Reader a(write(p, {0, 1, 2}, "in_order.h5"));
  const sim::io::Reader b(write(p, {2, 0, 1}, "shuffled.h5"));
  ASSERT_EQ(a.datasets(), b.datasets());
  for (const auto& d : a.datasets()) EXPECT_EQ(a.raw(d), b.raw(d)) << d;
}

TEST(SweepFile, LayoutStacksRunsAndMarksMissingOnes) {
  const auto p = sweep_test::plan("[2, 3, 5]");
  const sim::io::Reader r(write(p, {2, 0}, "missing.h5"));
  EXPECT_EQ(r.string_attribute("/", "file_type"), "normsim.sweep");
  EXPECT_EQ(r.integers("/completed"), (std::vector<std::int64_t>{1, 0, 1}));
  EXPECT_EQ(r.shape("/series/x"), (std::vector<std::size_t>{3, 5, 2}));  // longest run: 5 steps
  EXPECT_EQ(r.shape("/series/n"), (std::vector<std::size_t>{3, 5}));
  const auto n = r.integers("/series/n");
  EXPECT_EQ(n[2 * 5 + 4], 4 * 5);  // run 2, step 4
  const auto x = r.doubles("/series/x");
  EXPECT_TRUE(std::isnan(x[0 * 10 + 2 * 2]));  // run 0 has 2 steps: step 2 is fill
  EXPECT_TRUE(std::isnan(r.doubles("/summary/a_squared")[1]));
  EXPECT_EQ(r.doubles("/summary/a_squared")[2], 25.0);
  EXPECT_EQ(r.doubles("/design/a"), (std::vector<double>{2, 3, 5}));
  EXPECT_EQ(r.integers("/design/run"), (std::vector<std::int64_t>{0, 1, 2}));
  EXPECT_EQ(r.string_attribute("/design", "columns"), "run,seed,a");
  EXPECT_EQ(r.string_attribute("/series/x", "columns"), "p,q");
}

TEST(SweepFile, TextParameterMakesATextDesignColumn) {
  const auto doc = sim::config::Document::from_text(
      "a: 1\nb: x\nsweep:\n  parameters:\n    b: [x, 2]\n", "t.yaml");
  const auto p = sim::sweep::expand_sweep({doc, {"fake", 1, "", {}}}, nullptr);
  const auto path = temp_path("text.h5");
  sim::sweep::SweepFile(path, p, {"fake", "t.yaml", "", "", "", 1, 1, "normsim.sweep"}).commit();
  const sim::io::Reader r(path);
  EXPECT_EQ(r.kind("/design/b"), sim::io::Reader::Kind::kText);
}

}  // namespace
