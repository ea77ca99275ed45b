#include "models/cybernorms/compliance.hpp"

#include "models/cybernorms/draws.hpp"
#include "models/cybernorms/phases.hpp"

#include <algorithm>

namespace cybernorms {

double violation_probability(double boldness, double temptation, double expected_punishment) {
  if (temptation <= 0.0) return 0.0;
  return boldness * temptation / (temptation + expected_punishment);
}

double effective_visibility(double visibility, double monitoring, double cbm,
                            double cbm_visibility) {
  return 1.0 - (1.0 - visibility) * (1.0 - monitoring) * (1.0 - cbm * cbm_visibility);
}

namespace {

// Mean vengefulness of the endorsing members of g (per norm), for the sampled co-member
// observers of the sanction phase.
std::vector<double> comember_vengefulness(const Context& c, const Derived& d, const State& s) {
  const World& w = c.world;
  std::vector<double> out(static_cast<std::size_t>(c.G()) * c.K(), 0.0);
  const auto& stage = s.stage.current();
  const auto& veng = s.vengefulness.current();
  for (int g = 0; g < c.G(); ++g) {
    if (d.members[g].empty()) continue;
    for (const int k : w.initiative_norms[g]) {
      double sum = 0.0;
      for (const std::int32_t a : d.members[g])
        sum += stage[w.ak(a, k)] >= kEndorsed ? veng[a] : 0.0;
      out[static_cast<std::size_t>(g) * c.K() + k] = sum / static_cast<double>(d.members[g].size());
    }
  }
  return out;
}

}  // namespace

void comply(const Context& c, const Derived& d, const State& s, Events& e) {
  const World& w = c.world;
  const int K = c.K();
  const int G = c.G();
  const Sanction& sanction = c.params.mechanisms.sanction;
  const auto comember = comember_vengefulness(c, d, s);
  const auto& stage = s.stage.current();
  const auto& member = s.member.current();
  const auto& bold = s.boldness.current();
  c.executor.for_each(static_cast<std::size_t>(w.agents), [&](std::size_t i) {
    const auto a = static_cast<std::int32_t>(i);
    for (int k = 0; k < K; ++k) {
      const std::size_t ak = w.ak(a, k);
      if (stage[ak] < kEndorsed) continue;
      double watchers = d.watchers[ak];
      for (int g = 0; g < G; ++g)
        if (member[i * G + g] && d.founded[g])
          watchers += static_cast<double>(sanction.comember_observers) *
                      comember[static_cast<std::size_t>(g) * K + k];
      const Norm& norm = c.params.norms[k];
      const double visible = effective_visibility(norm.visibility, d.monitoring[ak], d.cbm[i],
                                                  sanction.cbm_visibility);
      const double temptation = norm.temptation.of(w.kind[a]);
      const double p =
          violation_probability(bold[i], temptation, sanction.punishment * visible * watchers);
      sim::Rng rng(c.seed, static_cast<std::uint64_t>(c.step), kPhaseCompliance, i,
                   static_cast<std::uint32_t>(k));
      if (rng.bernoulli(p)) {
        e.violated[ak] = 1;
        e.payoff[i] += temptation;
      }
    }
  });
  for (std::size_t ak = 0; ak < e.violated.size(); ++ak)
    if (e.violated[ak]) ++e.violations[ak % K];
}

}  // namespace cybernorms
