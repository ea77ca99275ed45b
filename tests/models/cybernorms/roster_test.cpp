#include "models/cybernorms/world.hpp"
#include "sim/core/error.hpp"
#include "sim/io/reader.hpp"
#include "tests/models/cybernorms/roster_files.hpp"
#include "tests/models/cybernorms/run_scenario.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace cybernorms {
namespace {

using testing::RosterFiles;

const char* kStates =
    "id,region,bloc,position,weight,capability,developing,capacity\n"
    "AAA,weog,west,-0.7,5,2.5,0,0.9\n"
    "BBB,africa,east,0.4,0.5,0.1,1,0.2\n"
    "CCC,asia_pacific,nonaligned,0,1.5,1,1,0.5\n";
const char* kFirms =
    "id,home,size,sector,footprint\n"
    "f1,BBB,40,operator,AAA;CCC\n"
    "f2,AAA,2,vendor,AAA\n";

TEST(Roster, AgentsGetExactlyTheValuesOfTheCsv) {
  const RosterFiles files("exact", kStates, kFirms);
  const Params p = files.params();
  const World w = generate_world(p, 3);
  ASSERT_EQ(w.states, 3);
  ASSERT_EQ(w.firms, 2);
  EXPECT_EQ(w.region, (std::vector<std::int32_t>{4, 0, 1, 0, 4}));
  EXPECT_EQ(w.bloc, (std::vector<std::int32_t>{0, 2, 1, 2, 0}));
  EXPECT_EQ(w.position, (std::vector<double>{-0.7, 0.4, 0.0, 0.4, -0.7}));
  EXPECT_EQ(w.weight, (std::vector<double>{5, 0.5, 1.5, 40, 2}));
  EXPECT_EQ(w.capability, (std::vector<double>{2.5, 0.1, 1, 0, 0}));
  EXPECT_EQ(w.developing, (std::vector<std::uint8_t>{0, 1, 1, 0, 0}));
  EXPECT_EQ(w.capacity,
            (std::vector<double>{0.9, 0.2, 0.5, p.world.firm_capacity, p.world.firm_capacity}));
  EXPECT_EQ(w.home, (std::vector<std::int32_t>{0, 1, 2, 1, 0}));
  EXPECT_EQ(w.sector[3], kOperator);
  EXPECT_EQ(w.sector[4], kVendor);
  const auto f1 = w.footprint(3);
  EXPECT_EQ(std::vector<std::int32_t>(f1.begin(), f1.end()), (std::vector<std::int32_t>{1, 0, 2}));
  EXPECT_EQ(w.footprint(4).size(), 1u);
}

// Leaving a value out draws it from the same stream as a generated world, so a roster with
// only the required columns has the weights of the generated world of that seed.
TEST(Roster, OmittedValuesAreDrawnAsInAGeneratedWorld) {
  const RosterFiles files("drawn", "id,region,bloc\nA,weog,west\nB,africa,east\n",
                          "id,home\nf,A\n");
  const World rostered = generate_world(files.params(), 11);
  Params generated = schema().defaults();
  generated.world.states = 2;
  generated.world.firms = 1;
  const World drawn = generate_world(generated, 11);
  EXPECT_EQ(rostered.weight[0], drawn.weight[0]);
  EXPECT_EQ(rostered.weight[1], drawn.weight[1]);
  EXPECT_EQ(rostered.weight[2], drawn.weight[2]);  // the firm's size
  EXPECT_EQ(rostered.capability, drawn.capability);
}

// Norms (default order): cvd 0, cni 1, cert 2, supply_chain 3, info_sharing 4, cybercrime 5.
TEST(Roster, StanceCellsLandExactlyInTheWorldStance) {
  const RosterFiles files("stances",
                          "id,region,bloc,stance.cvd,stance.cni\n"
                          "AAA,weog,west,0.25,-1.5\n"
                          "BBB,africa,east,3,0\n",
                          "id,home,stance.cert\nf1,AAA,-0.75\n");
  const World w = generate_world(files.params(), 3);
  EXPECT_EQ(w.stance[w.ak(0, 0)], 0.25);
  EXPECT_EQ(w.stance[w.ak(0, 1)], -1.5);
  EXPECT_EQ(w.stance[w.ak(1, 0)], 3.0);
  EXPECT_EQ(w.stance[w.ak(1, 1)], 0.0);
  EXPECT_EQ(w.stance[w.ak(2, 2)], -0.75);
}

// Stances left out (empty cell, or no column for the norm) come from the stream a generated
// world of that seed draws them from, whatever the roster gives for other agents and norms.
TEST(Roster, EmptyStanceCellsAreDrawnAsInAGeneratedWorld) {
  const RosterFiles files("stances_drawn",
                          "id,region,bloc,stance.cvd\nA,weog,west,\nB,africa,east,0.5\n",
                          "id,home,stance.cvd\nf,A,\n");
  const World rostered = generate_world(files.params(), 11);
  Params generated = schema().defaults();
  generated.world.states = 2;
  generated.world.firms = 1;
  std::vector<double> expected = generate_world(generated, 11).stance;
  expected[rostered.ak(1, 0)] = 0.5;
  EXPECT_EQ(rostered.stance, expected);
}

TEST(Roster, StanceColumnOfNoNormIsAnErrorWithASuggestion) {
  const auto m = RosterFiles("stance_typo", "id,region,bloc,stance.cnii\nAAA,weog,west,1\n",
                             "id,home\nf1,AAA\n")
                     .error();
  EXPECT_HAS(m,
             "_stance_typo_states.csv:1: column 'stance.cnii': no norm 'cnii' under norms "
             "(did you mean 'stance.cni'?)");
}

// The stance columns are those of the scenario's norms, not of the default six.
TEST(Roster, StanceColumnsAreThoseOfTheScenariosNorms) {
  const std::string norms = "norms: [{name: hotline}]\n";
  const RosterFiles files("own_norms", "id,region,bloc,stance.hotline\nAAA,weog,west,0.5\n",
                          "id,home\nf1,AAA\n");
  EXPECT_EQ(generate_world(files.params(norms), 1).stance[0], 0.5);
  const auto m = RosterFiles("default_norm", "id,region,bloc,stance.cvd\nAAA,weog,west,0.5\n",
                             "id,home\nf1,AAA\n")
                     .error(norms);
  EXPECT_HAS(m, "column 'stance.cvd': no norm 'cvd' under norms");
}

// A stance is any finite number (u0 is an unbounded utility); nan and inf are rejected.
TEST(Roster, NonFiniteStanceIsAnErrorAtItsCell) {
  for (const std::string bad : {"nan", "inf", "-inf"}) {
    const auto m = RosterFiles("stance_not_finite", "id,region,bloc\nAAA,weog,west\n",
                               "id,home,stance.cvd\nf1,AAA,-40\nf2,AAA," + bad + "\n")
                       .error();
    EXPECT_HAS(m, "_firms.csv:3: column 'stance.cvd': expected a number, got '" + bad + "'");
  }
}

TEST(Roster, FirmCapacityComesFromTheCsvAndAnEmptyCellKeepsTheDefault) {
  const RosterFiles files("firm_capacity", kStates, "id,home,capacity\nf1,AAA,0.35\nf2,BBB,\n");
  const Params p = files.params();
  const World w = generate_world(p, 3);
  EXPECT_EQ(w.capacity[3], 0.35);
  EXPECT_EQ(w.capacity[4], p.world.firm_capacity);
}

TEST(Roster, FirmCapacityOutOfRangeIsAnError) {
  const auto m =
      RosterFiles("firm_capacity_range", kStates, "id,home,capacity\nf1,AAA,0\n").error();
  EXPECT_HAS(m, "_firms.csv:2: column 'capacity': value 0 is out of range: expected (0, 1]");
}

TEST(Roster, RowCountsSetTheWorldSizeAndAnEqualCountIsAccepted) {
  const RosterFiles files("counts", kStates, kFirms);
  const Params p = files.params("  states: 3\n");
  EXPECT_EQ(p.world.states, 3);
  EXPECT_EQ(p.world.firms, 2);
}

TEST(Roster, ConflictingCountIsAnErrorNamingKeyAndFile) {
  const RosterFiles files("conflict", kStates, kFirms);
  try {
    files.params("  firms: 5\n");
    FAIL() << "no error";
  } catch (const sim::InputError& e) {
    const std::string m = e.what();
    EXPECT_NE(m.find("key 'world.firms': 5 conflicts with the 2 rows of "), std::string::npos) << m;
    EXPECT_NE(m.find("_conflict_firms.csv"), std::string::npos) << m;
  }
}

// Byte-identical output (snapshots included) on 1 and 3 threads for a rostered world with
// enough generated firms to span several executor blocks.
TEST(Roster, RunWithARosterIsThreadCountInvariant) {
  const auto doc = sim::config::Document::from_text(
      "record: {every: 2}\nworld:\n  roster: {states: states.csv}\n  firms: 9000\n"
      "initiatives:\n  - {name: un, members: states, norms: [cvd, cni], founders: {top_states: "
      "4}}\n"
      "  - {name: accord, members: firms, norms: [cvd], founders: {top_firms: 20}}\n",
      std::string(NORMSIM_SOURCE_DIR) + "/scenarios/rosters/threads.yaml");
  const auto one = testing::run(doc, 1, 6, "roster_t1");
  const auto three = testing::run(doc, 3, 6, "roster_t3");
  const sim::io::Reader r1(one), r3(three);
  ASSERT_EQ(r1.datasets(), r3.datasets());
  EXPECT_EQ(r1.shape("/agents/kind")[0], 9012u);
  EXPECT_EQ(r1.shape("/snapshots/step")[0], 3u);
  for (const auto& d : r1.datasets()) EXPECT_EQ(r1.raw(d), r3.raw(d)) << d;
  std::filesystem::remove(one);
  std::filesystem::remove(three);
}

}  // namespace
}  // namespace cybernorms
