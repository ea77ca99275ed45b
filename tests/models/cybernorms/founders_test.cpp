#include "models/cybernorms/phases.hpp"
#include "models/cybernorms/world.hpp"
#include "sim/core/error.hpp"
#include "tests/models/cybernorms/roster_files.hpp"
#include "tiny_world.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace cybernorms {
namespace {

using testing::quiet_model;
using testing::RosterFiles;
using testing::TinyWorld;

// Agents: AAA 0 (weog, heaviest), BBB 1 (africa), CCC 2 (asia_pacific); f1 3 (home BBB,
// largest), f2 4 (home AAA).
const char* kStates =
    "id,region,bloc,weight\n"
    "AAA,weog,west,5\n"
    "BBB,africa,east,0.5\n"
    "CCC,asia_pacific,nonaligned,1.5\n";
const char* kFirms =
    "id,home,size\n"
    "f1,BBB,40\n"
    "f2,AAA,2\n";

// One initiative `g` with the given extra keys, after the roster lines of RosterFiles.
std::string initiative(const std::string& keys) {
  return "initiatives:\n  - {name: g, norms: [cvd], " + keys + "}\n";
}

std::vector<std::int32_t> founders_of(const Params& p) {
  return generate_world(p, 3).founders[0];
}

// The message of the InputError parsing `extra` after the rosters gives ("" if none).
std::string roster_error(const std::string& tag, const std::string& extra) {
  return RosterFiles(tag, kStates, kFirms).error(extra);
}

std::string generated_error(const std::string& text) {
  try {
    schema().parse(sim::config::Document::from_text(text, "gen.yaml"), testing::kEngineKeys);
  } catch (const sim::InputError& e) {
    return e.what();
  }
  return "";
}

// --- what named founders do ---------------------------------------------------------------

TEST(Founders, NamedRosterIdsAreExactlyTheFounders) {
  const RosterFiles files("named", kStates, kFirms);
  const Params p = files.params(initiative("founders: {states: [CCC, AAA], firms: [f2]}"));
  const World w = generate_world(p, 3);
  EXPECT_EQ(w.founders[0], (std::vector<std::int32_t>{0, 2, 4}));  // agent order, not list order
  for (std::int32_t a = 0; a < w.agents; ++a)
    EXPECT_EQ(w.is_founder[static_cast<std::size_t>(a)], a == 0 || a == 2 || a == 4) << a;
}

TEST(Founders, NamedFoundersAreTheMembersAtFounding) {
  const RosterFiles files("members", kStates, kFirms);
  const Params p = files.params(initiative("founders: {states: [BBB], firms: [f1]}"));
  const World w = generate_world(p, 3);
  const State s = State::initial(w, p);
  EXPECT_EQ(s.member.current(), (std::vector<std::uint8_t>{0, 1, 0, 1, 0}));
}

// An initiative founded later: its named founders become members at the founding step.
TEST(Founders, NamedFoundersJoinAtALaterFoundingStep) {
  TinyWorld t(quiet_model(4, 2) +
              "initiatives:\n  - {name: g, norms: [n], founders: {states: [2], firms: [5]}, "
              "founded: 2}\n");
  t.params.mechanisms.membership.join_rate = 0.0;  // nobody else joins
  std::vector<std::uint8_t> none(6, 0);
  EXPECT_EQ(t.state.member.current(), none);
  for (std::int64_t step = 0; step < 2; ++step) {
    t.begin_step();
    update_membership(t.context(step), t.derived(step), t.state);
    t.end_step();
  }
  EXPECT_EQ(t.state.member.current(), (std::vector<std::uint8_t>{0, 0, 1, 0, 0, 1}));
}

TEST(Founders, NamedAndTopFoundersAreJoinedWithoutDuplicates) {
  const RosterFiles files("union", kStates, kFirms);
  // top_states 1 is AAA, also named; top_firms 1 is f1; f2 is named.
  const Params p = files.params(
      initiative("founders: {top_states: 1, top_firms: 1, states: [BBB, AAA], firms: [f2]}"));
  EXPECT_EQ(founders_of(p), (std::vector<std::int32_t>{0, 1, 3, 4}));
}

TEST(Founders, GeneratedAgentsAreNamedByAgentIndexAsInStanceOverrides) {
  const Params p = schema().parse(
      sim::config::Document::from_text(
          "world: {states: 5, firms: 3}\n" + initiative("founders: {states: [3, 0], firms: [6]}"),
          "gen.yaml"),
      testing::kEngineKeys);
  EXPECT_EQ(founders_of(p), (std::vector<std::int32_t>{0, 3, 6}));
}

TEST(Founders, NamedFoundersFromTheInitiativesRegionAreAccepted) {
  const RosterFiles files("region_ok", kStates, kFirms);
  const Params p =
      files.params(initiative("region: africa, founders: {states: [BBB], firms: [f1]}"));
  EXPECT_EQ(founders_of(p), (std::vector<std::int32_t>{1, 3}));
}

TEST(Founders, KeysAreDescribedWithUnitDefaultAndMeaning) {
  const auto docs = schema().docs();
  for (const char* key : {"initiatives[].founders.states", "initiatives[].founders.firms"}) {
    const auto it =
        std::find_if(docs.begin(), docs.end(), [&](const auto& d) { return d.key == key; });
    ASSERT_NE(it, docs.end()) << key;
    EXPECT_EQ(it->default_value, "[]") << key;
    EXPECT_FALSE(it->unit.empty()) << key;
    EXPECT_HAS(it->meaning, "founders named");
    EXPECT_HAS(it->allowed, "agent indices");
  }
}

// --- bad input: each names file:line and the element's key --------------------------------

TEST(FoundersBadInput, UnknownRosterIdIsAnErrorAtItsElementWithASuggestion) {
  const auto m = roster_error("unknown", initiative("founders: {states: [AAA, AAB]}"));
  EXPECT_HAS(m, "_unknown.yaml:6:");
  EXPECT_HAS(m, "key 'initiatives[0].founders.states[1]': unknown state 'AAB': no such id in ");
  EXPECT_HAS(m, "_unknown_states.csv (did you mean 'AAA'?)");
}

TEST(FoundersBadInput, UnknownFirmIdIsAnError) {
  const auto m = roster_error("unknown_firm", initiative("founders: {firms: [f3]}"));
  EXPECT_HAS(m, "key 'initiatives[0].founders.firms[0]': unknown firm 'f3': no such id in ");
}

TEST(FoundersBadInput, FirmIdAmongTheStatesIsAnError) {
  const auto m = roster_error("firm_as_state", initiative("founders: {states: [f1]}"));
  EXPECT_HAS(m,
             "key 'initiatives[0].founders.states[0]': 'f1' is a firm, not a state: name it "
             "under founders.firms");
}

TEST(FoundersBadInput, StateIdAmongTheFirmsIsAnError) {
  const auto m = roster_error("state_as_firm", initiative("founders: {firms: [f2, CCC]}"));
  EXPECT_HAS(m,
             "key 'initiatives[0].founders.firms[1]': 'CCC' is a state, not a firm: name it "
             "under founders.states");
}

TEST(FoundersBadInput, FirmsCannotFoundAStatesOnlyInitiative) {
  const auto m =
      roster_error("states_only", initiative("members: states, founders: {firms: [f1]}"));
  EXPECT_HAS(m,
             "key 'initiatives[0].founders.firms[0]': firms cannot found a states-only "
             "initiative");
}

TEST(FoundersBadInput, StatesCannotFoundAFirmsOnlyInitiative) {
  const auto m =
      roster_error("firms_only", initiative("members: firms, founders: {states: [AAA]}"));
  EXPECT_HAS(m,
             "key 'initiatives[0].founders.states[0]': states cannot found a firms-only "
             "initiative");
}

TEST(FoundersBadInput, StateOutsideTheInitiativesRegionIsAnError) {
  const auto m =
      roster_error("outside", initiative("region: africa, founders: {states: [BBB, AAA]}"));
  EXPECT_HAS(m,
             "key 'initiatives[0].founders.states[1]': state 'AAA' is in region 'weog', "
             "outside the initiative's region 'africa'");
}

TEST(FoundersBadInput, FirmWithItsHomeOutsideTheRegionIsAnError) {
  const auto m =
      roster_error("outside_firm", initiative("region: africa, founders: {firms: [f2]}"));
  EXPECT_HAS(m,
             "key 'initiatives[0].founders.firms[0]': firm 'f2' has its home state 'AAA' in "
             "region 'weog', outside the initiative's region 'africa'");
}

TEST(FoundersBadInput, GeneratedFounderOfARegionalInitiativeIsAnError) {
  const auto m = generated_error("world: {states: 5, firms: 0}\n" +
                                 initiative("region: africa, founders: {states: [1]}"));
  EXPECT_HAS(m,
             "key 'initiatives[0].founders.states[0]': the region of a generated state "
             "depends on the seed");
}

TEST(FoundersBadInput, DuplicateIdIsAnErrorAtItsSecondPlace) {
  const auto m = roster_error("duplicate", initiative("founders: {states: [AAA, BBB, AAA]}"));
  EXPECT_HAS(m,
             "key 'initiatives[0].founders.states[2]': 'AAA' is listed twice (first as "
             "founders.states[0])");
}

TEST(FoundersBadInput, TwoSpellingsOfOneGeneratedAgentAreADuplicate) {
  const auto m = generated_error("world: {states: 5, firms: 0}\n" +
                                 initiative("founders: {states: [3, '03']}"));
  EXPECT_HAS(m,
             "key 'initiatives[0].founders.states[1]': '03' names the same agent as "
             "founders.states[0] ('3')");
}

TEST(FoundersBadInput, GeneratedIndexOfTheOtherKindIsAnError) {
  const auto m =
      generated_error("world: {states: 5, firms: 3}\n" + initiative("founders: {states: [6]}"));
  EXPECT_HAS(m,
             "key 'initiatives[0].founders.states[0]': agent 6 is a firm, not a state (states "
             "are agents 0..4)");
}

TEST(FoundersBadInput, GeneratedIndexBeyondTheAgentsIsAnError) {
  const auto m =
      generated_error("world: {states: 5, firms: 3}\n" + initiative("founders: {firms: [8]}"));
  EXPECT_HAS(m, "key 'initiatives[0].founders.firms[0]': no agent 8 (firms are agents 5..7)");
}

TEST(FoundersBadInput, NameOfAGeneratedStateMustBeAnAgentIndex) {
  const auto m =
      generated_error("world: {states: 5, firms: 3}\n" + initiative("founders: {states: [USA]}"));
  EXPECT_HAS(m,
             "key 'initiatives[0].founders.states[0]': unknown state 'USA': generated states "
             "are named by agent index");
}

}  // namespace
}  // namespace cybernorms
