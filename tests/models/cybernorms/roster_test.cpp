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
