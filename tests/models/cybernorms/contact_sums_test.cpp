#include "models/cybernorms/contact_sums.hpp"
#include "sim/core/rng.hpp"
#include "tiny_world.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace cybernorms::testing {
namespace {

// More norms and initiatives than one profile word holds (memberships start at bit 60 with
// 22 norms), states with over a thousand contacts, and firms linked more than once (ties of
// weight 2).
std::string many_norms_and_initiatives(int norms, int initiatives) {
  std::string yaml = "norms:\n";
  for (int k = 0; k < norms; ++k) yaml += "  - {name: n" + std::to_string(k) + "}\n";
  yaml += "world: {states: 2, firms: 1500, network: {firm_links: 3}}\ninitiatives:\n";
  for (int g = 0; g < initiatives; ++g)
    yaml += "  - {name: i" + std::to_string(g) +
            ", kind: multistakeholder, members: both, rule: majority, norms: [n" +
            std::to_string(g % norms) + "], founders: {top_states: 1}, founded: 0}\n";
  return yaml;
}

// Redraws the stages, memberships and vengefulness of every `every`-th agent from `offset`.
void redraw(TinyWorld& t, std::uint64_t seed, std::int32_t every, std::int32_t offset) {
  const int K = t.world.norms;
  const int G = t.params.initiative_count();
  sim::Rng rng(seed, 0, 0, 0);
  auto& stage = t.state.stage.current_mutable();
  auto& member = t.state.member.current_mutable();
  auto& veng = t.state.vengefulness.current_mutable();
  for (std::int32_t a = offset; a < t.world.agents; a += every) {
    for (int k = 0; k < K; ++k) stage[t.world.ak(a, k)] = static_cast<std::uint8_t>(rng.below(3));
    for (int g = 0; g < G; ++g) member[static_cast<std::size_t>(a) * G + g] = rng.below(10) != 0;
    veng[a] = rng.uniform();
  }
}

// docs/model.md's sums over a's contacts, counted by walking them: tie weight to those endorsing
// k over all tie weight, their vengefulness (in units of 2^-32), members of g.
void expect_sums_as_counted(const TinyWorld& t, const ContactSums& sums) {
  const int K = t.world.norms;
  const int G = t.params.initiative_count();
  const auto& stage = t.state.stage.current();
  const auto& member = t.state.member.current();
  const auto& veng = t.state.vengefulness.current();
  for (const std::int32_t a : {0, 1, 2, 500, 1501}) {
    const auto nb = t.world.contacts.neighbours(a);
    const auto wt = t.world.contacts.weights(a);
    double linked = 0.0;
    for (const double tie : wt) linked += tie;
    for (int k = 0; k < K; ++k) {
      double adopting = 0.0;
      std::int64_t watchers = 0;
      for (std::size_t j = 0; j < nb.size(); ++j)
        if (stage[t.world.ak(nb[j], k)] >= kEndorsed) {
          adopting += wt[j];
          watchers += ContactSums::vengefulness_units(veng[nb[j]]);
        }
      EXPECT_EQ(sums.xbar(a, k), adopting / linked) << "agent " << a << " norm " << k;
      EXPECT_EQ(sums.watchers(a, k), static_cast<double>(watchers) * ContactSums::kVengefulnessUnit)
          << "agent " << a << " norm " << k;
    }
    for (int g = 0; g < G; ++g) {
      std::int32_t in = 0;
      for (const std::int32_t o : nb) in += member[static_cast<std::size_t>(o) * G + g];
      EXPECT_EQ(sums.members(a, g), in) << "agent " << a << " initiative " << g;
    }
  }
}

TEST(ContactSums, AFreshCountEqualsWalkingTheContacts) {
  TinyWorld t(many_norms_and_initiatives(22, 10));
  ASSERT_GT(t.world.contacts.degree(0), 1000);
  const auto& ties = t.world.contacts.matrix();
  ASSERT_GT(*std::max_element(ties.valuePtr(), ties.valuePtr() + ties.nonZeros()), 1.0);
  redraw(t, 3, 1, 0);
  expect_sums_as_counted(t, t.derived().contacts);
}

// The simulation keeps one Derived: after changes to some agents, the sums pushed from those
// agents must equal a fresh count, step after step, and a derive with nothing changed must
// leave them as they were; on 1 and 2 threads (pushes to states go through per-thread rows).
TEST(ContactSums, SumsKeptUpToDateEqualAFreshCount) {
  for (const int threads : {1, 2}) {
    TinyWorld t(many_norms_and_initiatives(22, 10));
    const sim::Executor executor(threads);
    const Context c{t.params, t.world, executor, t.seed, 0};
    redraw(t, 3, 1, 0);
    Derived d;
    derive(c, t.state, d);
    for (std::uint64_t round = 0; round < 3; ++round) {
      redraw(t, 10 + round, 7, static_cast<std::int32_t>(round));
      redraw(t, 20 + round, 1000, 0);  // both states change too
      derive(c, t.state, d);
      expect_sums_as_counted(t, d.contacts);
    }
    derive(c, t.state, d);
    expect_sums_as_counted(t, d.contacts);
  }
}

}  // namespace
}  // namespace cybernorms::testing
