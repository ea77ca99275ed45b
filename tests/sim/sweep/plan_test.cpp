#include "sim/sweep/plan.hpp"
#include "sim/core/error.hpp"
#include "sim/sweep/sweep_spec.hpp"
#include "tests/scratch.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <set>

namespace {

using sim::config::Document;
using sim::sweep::expand_sweep;
using sim::sweep::SweepPlan;

SweepPlan expand(const std::string& text) {
  Document doc = Document::from_text(text, "s.yaml");
  return expand_sweep({doc, {"m", 9, "", {}}}, nullptr);
}

std::vector<std::string> values(const sim::sweep::PlanRow& row) {
  std::vector<std::string> out;
  for (const auto& a : row.values) out.push_back(a.value);
  return out;
}

TEST(SweepGrid, ScansListsInProductOrderWithReplicatesInnermost) {
  const SweepPlan p =
      expand("sweep:\n  parameters:\n    a: [1, 2]\n    b: [x, y, z]\n    c: 5\n  replicates: 2\n");
  ASSERT_EQ(p.rows.size(), 12u);
  EXPECT_EQ(p.parameters, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(values(p.rows[0]), (std::vector<std::string>{"1", "x"}));
  EXPECT_EQ(values(p.rows[1]), (std::vector<std::string>{"1", "x"}));  // second replicate
  EXPECT_EQ(values(p.rows[2]), (std::vector<std::string>{"1", "y"}));
  EXPECT_EQ(values(p.rows[6]), (std::vector<std::string>{"2", "x"}));
  EXPECT_EQ(values(p.rows[11]), (std::vector<std::string>{"2", "z"}));
  for (std::size_t i = 0; i < p.rows.size(); ++i)
    EXPECT_EQ(p.rows[i].index, static_cast<std::int64_t>(i));
}

TEST(SweepGrid, ScalarsStayFixedAndNestedSectionsFlatten) {
  const SweepPlan p = expand(
      "sweep:\n  parameters:\n    world:\n      firms: [10, 20]\n"
      "      states: 5\n");
  EXPECT_EQ(p.parameters, (std::vector<std::string>{"world.firms"}));
  ASSERT_EQ(p.fixed.size(), 1u);
  EXPECT_EQ(p.fixed[0].key, "world.states");
  EXPECT_EQ(p.fixed[0].value, "5");
}

TEST(SweepGrid, RowDocumentHasTheRowValuesAndNoSweepBlock) {
  const SweepPlan p = expand(
      "x: 1\nworld:\n  firms: 3\nsweep:\n  parameters:\n"
      "    world.firms: [10, 20]\n");
  const Document doc = p.document(p.rows[1]);
  EXPECT_EQ(doc.root()["world"]["firms"].as<int>(), 20);
  EXPECT_FALSE(doc.root()["sweep"].IsDefined());
  EXPECT_EQ(p.document(p.rows[0]).root()["world"]["firms"].as<int>(), 10);
}

TEST(SweepGrid, ValuesMayIndexListItems) {
  const SweepPlan p =
      expand("items:\n  - {n: 1}\n  - {n: 2}\nsweep:\n  parameters:\n    items[1].n: [7]\n");
  EXPECT_EQ(p.document(p.rows[0]).root()["items"][1]["n"].as<int>(), 7);
}

TEST(SweepGrid, IndexPastTheListEndNamesTheSweepLine) {
  const SweepPlan p = expand("items:\n  - {n: 1}\nsweep:\n  parameters:\n    items[3].n: [7]\n");
  try {
    p.document(p.rows[0]);
    FAIL() << "no error";
  } catch (const sim::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("s.yaml:5:"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("the list has 1 items"), std::string::npos) << e.what();
  }
}

TEST(SweepSeeds, DerivedFromBaseSeedAndRunIndexOnly) {
  const SweepPlan small = expand("sweep:\n  parameters:\n    a: [1, 2]\n");
  const SweepPlan large = expand("sweep:\n  parameters:\n    a: [1, 2, 3, 4]\n  replicates: 3\n");
  EXPECT_EQ(small.rows[1].seed, large.rows[1].seed);
  EXPECT_EQ(small.rows[1].seed, sim::sweep::derive_seed(9, 1));
  std::set<std::uint64_t> seen;
  for (const auto& r : large.rows) {
    EXPECT_LT(r.seed, std::uint64_t{1} << 53);
    seen.insert(r.seed);
  }
  EXPECT_EQ(seen.size(), large.rows.size());
  EXPECT_NE(sim::sweep::derive_seed(9, 1), sim::sweep::derive_seed(10, 1));
}

TEST(SweepSeeds, ExplicitSeedListGivesOneRunPerSeedAtEveryPoint) {
  const SweepPlan p = expand("sweep:\n  parameters:\n    a: [1, 2]\n  seeds: [5, 6, 7]\n");
  ASSERT_EQ(p.rows.size(), 6u);
  EXPECT_EQ(p.rows[0].seed, 5u);
  EXPECT_EQ(p.rows[2].seed, 7u);
  EXPECT_EQ(p.rows[3].seed, 5u);
}

TEST(SweepBlock, UnknownKeyIsAnErrorWithSuggestion) {
  try {
    expand("sweep:\n  parameters:\n    a: [1]\n  replicate: 2\n");
    FAIL() << "no error";
  } catch (const sim::InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              "s.yaml:4:3: key 'sweep.replicate': unknown key (did you mean 'sweep.replicates'?)");
  }
}

TEST(SweepBlock, ReplicatesAndSeedsTogetherAreAnError) {
  EXPECT_THROW(expand("sweep:\n  parameters:\n    a: [1]\n  replicates: 2\n  seeds: [1]\n"),
               sim::InputError);
}

TEST(SweepBlock, MissingBlockIsAnError) {
  EXPECT_THROW(expand("a: 1\n"), sim::InputError);
}

TEST(SweepBlock, DesignFileBlockAppliesToTheScenario) {
  const Document scenario = Document::from_text("a: 1\n", "s.yaml");
  const Document design = Document::from_text("sweep:\n  parameters:\n    a: [3, 4]\n", "d.yaml");
  const SweepPlan p = expand_sweep({scenario, {"m", 1, "", {}}}, &design);
  EXPECT_EQ(p.document(p.rows[1]).root()["a"].as<int>(), 4);
}

TEST(SweepSampled, RangesGiveValuesInsideAndWholeNumbersForWholeBounds) {
  const SweepPlan p = expand(
      "sweep:\n  design: lhs\n  samples: 40\n  parameters:\n    r: [0.5, 1.5]\n"
      "    n: [10, 12]\n    k: 3\n");
  ASSERT_EQ(p.rows.size(), 40u);
  std::set<std::string> whole;
  for (const auto& row : p.rows) {
    const double r = std::stod(row.values[0].value);
    EXPECT_GE(r, 0.5);
    EXPECT_LT(r, 1.5);
    whole.insert(row.values[1].value);
  }
  EXPECT_EQ(whole, (std::set<std::string>{"10", "11", "12"}));
  EXPECT_EQ(p.fixed.size(), 1u);
}

TEST(SweepSampled, MalformedRangeIsAnErrorAtItsLine) {
  try {
    expand("sweep:\n  design: sobol\n  samples: 4\n  parameters:\n    r: [2, 1]\n");
    FAIL() << "no error";
  } catch (const sim::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("s.yaml:5:8: key 'sweep.parameters.r'"), std::string::npos)
        << e.what();
  }
}

// A design table in the temporary directory, and a `design: csv` block naming it.
std::string csv_block(const std::string& name, const std::string& table, const std::string& rest) {
  const auto path = normsim_test::scratch_path("normsim_plan_" + name).string();
  std::ofstream(path) << table;
  return "x: 1\nsweep:\n  design: csv\n  file: " + path + "\n" + rest;
}

TEST(SweepCsv, RowsAreRunsWithTheirSeedsValuesAndFixedScalars) {
  const SweepPlan p =
      expand(csv_block("seeded.csv", "a,seed,b.c\n1,11,x\n2,12,y\n", "  parameters:\n    x: 3\n"));
  EXPECT_EQ(p.parameters, (std::vector<std::string>{"a", "b.c"}));
  ASSERT_EQ(p.rows.size(), 2u);
  EXPECT_EQ(values(p.rows[1]), (std::vector<std::string>{"2", "y"}));
  EXPECT_EQ(p.rows[0].seed, 11u);
  EXPECT_EQ(p.rows[1].seed, 12u);
  const Document doc = p.document(p.rows[1]);
  EXPECT_EQ(doc.root()["b"]["c"].as<std::string>(), "y");
  EXPECT_EQ(doc.root()["x"].as<int>(), 3);
}

TEST(SweepCsv, WithoutSeedColumnReplicatesRepeatEachRowWithDerivedSeeds) {
  const SweepPlan p = expand(csv_block("plain.csv", "a\n1\n2\n", "  replicates: 2\n"));
  ASSERT_EQ(p.rows.size(), 4u);
  EXPECT_EQ(values(p.rows[1]), (std::vector<std::string>{"1"}));
  EXPECT_EQ(values(p.rows[2]), (std::vector<std::string>{"2"}));
  EXPECT_EQ(p.rows[3].seed, sim::sweep::derive_seed(9, 3));
}

TEST(SweepCsv, SeedColumnWithReplicatesIsAnError) {
  try {
    expand(csv_block("seed_and_replicates.csv", "a,seed\n1,5\n", "  replicates: 2\n"));
    FAIL() << "no error";
  } catch (const sim::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("the design table has a seed column"), std::string::npos)
        << e.what();
  }
}

TEST(SweepCsv, ListParameterIsAnError) {
  EXPECT_THROW(expand(csv_block("list_parameter.csv", "a\n1\n", "  parameters:\n    x: [1, 2]\n")),
               sim::InputError);
}

TEST(SweepPlanFingerprint, ChangesWithAnyValueOrSeed) {
  const auto a = expand("sweep:\n  parameters:\n    a: [1, 2]\n").fingerprint();
  EXPECT_EQ(a, expand("sweep:\n  parameters:\n    a: [1, 2]\n").fingerprint());
  EXPECT_NE(a, expand("sweep:\n  parameters:\n    a: [1, 3]\n").fingerprint());
  EXPECT_NE(a, expand("sweep:\n  parameters:\n    a: [1, 2]\n  seeds: [1]\n").fingerprint());
}

}  // namespace
