#include "models/cybernorms/world.hpp"
#include "sim/core/error.hpp"
#include "tests/models/cybernorms/roster_files.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace cybernorms {
namespace {

using testing::RosterFiles;

// Agents: AAA 0, 7 1 (an id that looks like a number), CCC 2; f1 3, f2 4. Norms (default
// order): cvd 0, cni 1, ...
const char* kStates =
    "id,region,bloc,stance.cvd\n"
    "AAA,weog,west,0.5\n"
    "7,africa,east,\n"
    "CCC,asia_pacific,nonaligned,\n";
const char* kFirms = "id,home\nf1,7\nf2,AAA\n";

std::string override_of(const std::string& agent, const std::string& norm = "cni") {
  return "  stance_overrides:\n    - {agent: '" + agent + "', norm: " + norm + ", value: 9}\n";
}

// The stances of the world without overrides, with `value` put at agent a, norm k.
std::vector<double> with(const Params& p, std::int32_t a, int k, double value) {
  Params plain = p;
  plain.world.stance_overrides.clear();
  const World w = generate_world(plain, 3);
  std::vector<double> out = w.stance;
  out[w.ak(a, k)] = value;
  return out;
}

TEST(StanceOverrides, StateRosterIdSetsExactlyThatAgentsStance) {
  const RosterFiles files("override_state", kStates, kFirms);
  const Params p = files.params(override_of("CCC"));
  EXPECT_EQ(generate_world(p, 3).stance, with(p, 2, 1, 9.0));
}

TEST(StanceOverrides, FirmRosterIdSetsExactlyThatFirmsStance) {
  const RosterFiles files("override_firm", kStates, kFirms);
  const Params p = files.params(override_of("f2"));
  EXPECT_EQ(generate_world(p, 3).stance, with(p, 4, 1, 9.0));
}

// The roster gives AAA a cvd stance of 0.5; the override comes after and wins.
TEST(StanceOverrides, OverrideAppliesAfterTheRosterStance) {
  const RosterFiles files("override_after", kStates, kFirms);
  const Params p = files.params(override_of("AAA", "cvd"));
  const World w = generate_world(p, 3);
  EXPECT_EQ(w.stance[w.ak(0, 0)], 9.0);
}

// "7" is the id of the second state (agent 1) and the index of a generated firm (agents
// 3..8): a roster id is read as the id.
TEST(StanceOverrides, NumericRosterIdNamesTheRosterRowNotTheAgentIndex) {
  const RosterFiles files("override_numeric", kStates, kFirms);
  const Params p = files.states_params("  firms: 6\n" + override_of("7"));
  EXPECT_EQ(generate_world(p, 3).stance, with(p, 1, 1, 9.0));
}

TEST(StanceOverrides, IndexOfAGeneratedFirmStillWorksBesideAStatesRoster) {
  const RosterFiles files("override_index", kStates, kFirms);
  const Params p = files.states_params("  firms: 6\n" + override_of("8"));
  EXPECT_EQ(generate_world(p, 3).stance, with(p, 8, 1, 9.0));
}

TEST(StanceOverrides, IndexOfAGeneratedWorldSetsThatAgent) {
  const Params p =
      schema().parse(sim::config::Document::from_text(
                         "world:\n  states: 3\n  firms: 2\n" + override_of("3"), "generated.yaml"),
                     testing::kEngineKeys);
  EXPECT_EQ(generate_world(p, 3).stance, with(p, 3, 1, 9.0));
}

TEST(StanceOverrides, IndexOfARosteredAgentIsAnErrorNamingItsId) {
  const auto m = RosterFiles("override_rostered_index", kStates, kFirms).error(override_of("0"));
  EXPECT_HAS(m, "key 'world.stance_overrides[0].agent': agent 0 is a state of ");
  EXPECT_HAS(m, "_override_rostered_index_states.csv: name it by its id 'AAA'");
}

// An override does not say the kind, so an id used by both rosters names no one agent.
TEST(StanceOverrides, IdOfBothRostersIsAnAmbiguityError) {
  const auto m =
      RosterFiles("override_ambiguous", kStates, "id,home\nCCC,AAA\n").error(override_of("CCC"));
  EXPECT_HAS(m, "key 'world.stance_overrides[0].agent': 'CCC' is an id in both ");
  EXPECT_HAS(m, "_override_ambiguous_states.csv and ");
  EXPECT_HAS(m, "_override_ambiguous_firms.csv, so it is ambiguous");
}

TEST(StanceOverrides, UnknownIdIsAnErrorAtTheKeyWithASuggestion) {
  const auto m = RosterFiles("override_unknown", kStates, kFirms).error(override_of("AAB"));
  EXPECT_HAS(m, "override_unknown.yaml:6:");
  EXPECT_HAS(m, "key 'world.stance_overrides[0].agent': unknown agent 'AAB': no such id in ");
  EXPECT_HAS(m, "_override_unknown_firms.csv (did you mean 'AAA'?)");
}

TEST(StanceOverrides, IndexBeyondTheAgentsIsAnError) {
  try {
    schema().parse(sim::config::Document::from_text(
                       "world:\n  states: 3\n  firms: 2\n" + override_of("5"), "beyond.yaml"),
                   testing::kEngineKeys);
    FAIL() << "no error";
  } catch (const sim::InputError& e) {
    EXPECT_HAS(std::string(e.what()),
               "beyond.yaml:5:15: key 'world.stance_overrides[0].agent': no agent 5 (there are 5)");
  }
}

TEST(StanceOverrides, AgentKeyIsDescribedAsRosterIdOrIndex) {
  const auto docs = schema().docs();
  const auto it = std::find_if(docs.begin(), docs.end(), [](const auto& d) {
    return d.key == "world.stance_overrides[].agent";
  });
  ASSERT_NE(it, docs.end());
  EXPECT_EQ(it->unit, "agent");
  EXPECT_HAS(it->allowed, "an id of world.roster.states or world.roster.firms");
  EXPECT_HAS(it->allowed, "agent index where the kind is generated");
}

}  // namespace
}  // namespace cybernorms
