#include "models/cybernorms/offers.hpp"
#include "models/cybernorms/compliance.hpp"
#include "models/cybernorms/sanction.hpp"
#include "sim/core/rng.hpp"
#include "tiny_world.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace cybernorms::testing {
namespace {

// What a's memberships offer, by walking them as docs/model.md says: per norm, the summed
// commitment and strongest monitoring of a's founded initiatives promoting it, and the most
// specific text among them (else the home state's law for a firm whose home formalised the
// norm, else the national text); visibility and false alarms from that monitoring and the
// strongest cbm channel of them all; comember_observers x the mean vengefulness of the
// endorsing members of each of them promoting the norm.
void expect_offers_as_walked(const TinyWorld& t, const Derived& d, std::int32_t a) {
  const Context c = t.context();
  const int G = c.G();
  const auto& member = t.state.member.current();
  const auto& stage = t.state.stage.current();
  const auto& veng = t.state.vengefulness.current();
  const Sanction& sanction = t.params.mechanisms.sanction;
  double cbm = 0.0;
  for (int g = 0; g < G; ++g)
    if (member[static_cast<std::size_t>(a) * G + g] && d.founded[g])
      cbm = std::max(cbm, t.params.initiatives[g].cbm);
  for (int k = 0; k < c.K(); ++k) {
    double commitment = 0.0, monitoring = 0.0, sigma = -1.0, comember_watchers = 0.0;
    std::int32_t variant = -1;
    for (int g = 0; g < G; ++g) {
      if (!member[static_cast<std::size_t>(a) * G + g] || !d.founded[g] || !t.world.promotes(g, k))
        continue;
      commitment += t.params.initiatives[g].commitment;
      monitoring = std::max(monitoring, t.params.initiatives[g].monitoring);
      if (variant_sigma(c, t.state, g, k) > sigma) {
        sigma = variant_sigma(c, t.state, g, k);
        variant = g;
      }
      double endorsing = 0.0, members = 0.0;
      for (std::int32_t o = 0; o < t.world.agents; ++o) {
        if (!member[static_cast<std::size_t>(o) * G + g]) continue;
        members += 1.0;
        if (stage[t.world.ak(o, k)] >= kEndorsed) endorsing += veng[o];
      }
      comember_watchers += static_cast<double>(sanction.comember_observers) * endorsing / members;
    }
    const Norm& norm = t.params.norms[k];
    EXPECT_EQ(d.offer(a, k, c.K()).visibility,
              effective_visibility(norm.visibility, monitoring, cbm, sanction.cbm_visibility))
        << "agent " << a << " norm " << k;
    EXPECT_EQ(d.offer(a, k, c.K()).false_alarm, false_alarm_probability(norm.misattribution, cbm))
        << "agent " << a << " norm " << k;
    EXPECT_NEAR(d.offer(a, k, c.K()).comember_watchers, comember_watchers, 1e-12)
        << "agent " << a << " norm " << k;
    const std::size_t hk = t.world.ak(t.world.home[a], k);
    if (variant < 0)
      variant = t.world.kind[a] == kFirm && t.state.formalised.current()[hk]
                    ? t.state.variant.current()[hk]
                    : G + t.world.home[a];
    EXPECT_EQ(d.offer(a, k, c.K()).commitment, commitment) << "agent " << a << " norm " << k;
    EXPECT_EQ(d.offer(a, k, c.K()).monitoring, monitoring) << "agent " << a << " norm " << k;
    EXPECT_EQ(chosen_variant(c, t.state, d, a, k), variant) << "agent " << a << " norm " << k;
  }
}

// Offers come from a table of every membership set while initiatives are few, and are walked
// agent by agent beyond kTabulatedInitiatives: both must give what walking gives.
TEST(Offers, MembershipOffersEqualWalkingTheMembershipsTabulatedOrNot) {
  for (const int initiatives : {5, kTabulatedInitiatives + 2}) {
    std::string yaml =
        "norms: [{name: a}, {name: b}, {name: c}]\n"
        "world: {states: 4, firms: 60}\ninitiatives:\n";
    for (int g = 0; g < initiatives; ++g)
      yaml += "  - {name: i" + std::to_string(g) +
              ", kind: multistakeholder, members: both, rule: majority, norms: [" +
              std::string(g % 2 ? "a, c" : "b") +
              "], founders: {top_states: 1}, founded: " + std::to_string(g % 3 == 2 ? 5 : 0) +
              ", commitment: " + std::to_string(0.1 * g) +
              ", monitoring: " + std::to_string(0.05 * g) + ", cbm: " + std::to_string(0.03 * g) +
              "}\n";
    TinyWorld t(yaml);
    sim::Rng rng(5, 0, 0, 0);
    for (auto& x : t.state.member.current_mutable()) x = rng.below(3) != 0 ? 1 : 0;
    for (auto& x : t.state.specificity.current_mutable()) x = rng.uniform();
    // Half the states formalised each norm as initiative 1's text, so firms without an offer
    // follow their home's law there.
    for (std::int32_t st = 0; st < t.world.states; st += 2)
      for (int k = 0; k < t.world.norms; ++k) {
        t.state.formalised.current_mutable()[t.world.ak(st, k)] = 1;
        t.state.variant.current_mutable()[t.world.ak(st, k)] = 1;
      }
    const Derived d = t.derived();
    const std::size_t rows = initiatives > kTabulatedInitiatives
                                 ? static_cast<std::size_t>(t.world.agents)
                                 : std::size_t{1} << initiatives;
    EXPECT_EQ(d.offers.size(), rows * static_cast<std::size_t>(t.world.norms));
    for (std::int32_t a = 0; a < t.world.agents; ++a) expect_offers_as_walked(t, d, a);
  }
}

}  // namespace
}  // namespace cybernorms::testing
