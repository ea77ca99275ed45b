#include "models/cybernorms/agent_view.hpp"
#include "sim/core/rng.hpp"
#include "tiny_world.hpp"

#include <gtest/gtest.h>

#include <string>

namespace cybernorms::testing {
namespace {

// The contact pass reads stages and memberships from packed bit fields and sums them in
// vector lanes and byte counters. Here it must equal a plain loop over the state, in a world
// with more norms and initiatives than one pass takes (fields straddle words) and states with
// more contacts than a byte counter holds.
std::string many_norms_and_initiatives(int norms, int initiatives) {
  std::string yaml = "norms:\n";
  for (int k = 0; k < norms; ++k) yaml += "  - {name: n" + std::to_string(k) + "}\n";
  yaml += "world: {states: 2, firms: 1500}\ninitiatives:\n";
  for (int g = 0; g < initiatives; ++g)
    yaml += "  - {name: i" + std::to_string(g) +
            ", kind: multistakeholder, members: both, rule: majority, norms: [n" +
            std::to_string(g % norms) + "], founders: {top_states: 1}, founded: 0}\n";
  return yaml;
}

TEST(AgentView, ContactSumsEqualAPlainLoopOverTheState) {
  TinyWorld t(many_norms_and_initiatives(22, 10));  // memberships start at bit 60
  const int K = t.world.norms;
  const int G = t.params.initiative_count();
  sim::Rng rng(3, 0, 0, 0);
  for (auto& x : t.state.stage.current_mutable()) x = static_cast<std::uint8_t>(rng.below(3));
  // Nine in ten are members, so a state's count for one initiative passes 255.
  for (auto& x : t.state.member.current_mutable()) x = rng.below(10) != 0 ? 1 : 0;
  for (auto& x : t.state.vengefulness.current_mutable()) x = rng.uniform();
  const Context c = t.context();
  const Derived d = t.derived();
  const auto& stage = t.state.stage.current();
  const auto& member = t.state.member.current();
  const auto& veng = t.state.vengefulness.current();
  ASSERT_GT(t.world.contacts.degree(0), 300u) << "a state must overflow one byte counter";
  AgentView v(K, G);
  for (const std::int32_t a : {0, 1, 2, 500, 1501}) {
    gather(c, t.state, d, a, v);
    const auto nb = t.world.contacts.neighbours(a);
    const auto wt = t.world.contacts.weights(a);
    for (int k = 0; k < K; ++k) {
      double adopting = 0.0, watchers = 0.0;
      for (std::size_t j = 0; j < nb.size(); ++j)
        if (stage[t.world.ak(nb[j], k)] >= kEndorsed) {
          adopting += wt[j];
          watchers += veng[nb[j]];
        }
      EXPECT_EQ(v.adopting[k], adopting) << "agent " << a << " norm " << k;
      EXPECT_EQ(v.watchers[k], watchers) << "agent " << a << " norm " << k;
    }
    for (int g = 0; g < G; ++g) {
      std::int32_t in = 0;
      for (const std::int32_t o : nb) in += member[static_cast<std::size_t>(o) * G + g];
      EXPECT_EQ(v.contacts_in[g], in) << "agent " << a << " initiative " << g;
    }
  }
}

}  // namespace
}  // namespace cybernorms::testing
