#include "models/cybernorms/context.hpp"
#include "models/cybernorms/utility.hpp"
#include "tiny_world.hpp"

#include <gtest/gtest.h>

namespace cybernorms {
namespace {

using testing::quiet_model;
using testing::TinyWorld;

// State 0 belongs to a forum whose text of n has specificity 0 (a vague principle), below
// the national variant's 0.3: with keep_specific_text it keeps its national text; once the
// forum's text is more specific it takes the forum's.
TEST(Texts, AVagueForumTextDoesNotReplaceAMoreSpecificNationalOne) {
  const std::string yaml = quiet_model(2, 0) +
                           "initiatives:\n"
                           "  - {name: forum, members: states, norms: [n], founders: "
                           "{top_states: 2}}\n";
  for (const bool keep : {false, true}) {
    TinyWorld t(yaml);
    t.params.mechanisms.adoption.keep_specific_text = keep;
    const std::int32_t national = t.params.initiative_count() + t.world.home[0];
    EXPECT_EQ(chosen_variant(t.context(), t.state, t.derived(), 0, 0), keep ? national : 0);
    t.state.specificity.current_mutable()[0] = 0.5;
    EXPECT_EQ(chosen_variant(t.context(), t.state, t.derived(), 0, 0), 0);
  }
}

// With size_benefit e a firm of size s gets B_k xbar s^e; a state gets B_k xbar.
TEST(Texts, TheBenefitOfANormCanGrowWithFirmSize) {
  TinyWorld t(quiet_model(1, 1));
  t.params.norms[0].benefit = 2.0;
  t.params.norms[0].size_benefit = 1.0;
  t.link({{0, 1}});
  t.state.stage.current_mutable() = {kEndorsed, kEndorsed};
  const Derived d = t.derived();
  const double size = t.world.weight[1];
  EXPECT_GE(size, 1.0);
  EXPECT_DOUBLE_EQ(utility_terms(t.context(), t.state, d, 1, 0).security, 2.0 * size);
  EXPECT_DOUBLE_EQ(utility_terms(t.context(), t.state, d, 0, 0).security, 2.0);
}

// Trust feeds adoption: a state of bloc 1 at distance D from the endorsing states of bloc 0
// carries D (1 + w_trust (1 - trust)).
TEST(Texts, DistrustOfTheAdoptersBlocsWeighsTheDistance) {
  TinyWorld t(quiet_model(2, 0));
  t.params.mechanisms.adoption.w_trust = 2.0;
  t.world.bloc = {0, 1};
  t.world.position = {-1.0, 0.5};
  t.state.stage.current_mutable() = {kEndorsed, kNone};
  const double trust = t.state.trust.current()[static_cast<std::size_t>(t.world.blocs)];
  EXPECT_DOUBLE_EQ(utility_terms(t.context(), t.state, t.derived(), 1, 0).distance,
                   1.5 * (1.0 + 2.0 * (1.0 - trust)));
}

}  // namespace
}  // namespace cybernorms
