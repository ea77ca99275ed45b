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
    const auto& members = d.members[g];
    for (const int k : w.initiative_norms[g]) {
      const double sum = c.executor.sum(members.size(), 0.0, [&](std::size_t j) {
        return stage[w.ak(members[j], k)] >= kEndorsed ? veng[members[j]] : 0.0;
      });
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
  // Violations per norm, plus the agent's founded initiatives (scratch reused within a block;
  // only the counts add up).
  struct Tally {
    std::vector<std::int64_t> violations;
    std::vector<int> joined;
    Tally& operator+=(const Tally& o) {
      sim::add_elementwise(violations, o.violations);
      return *this;
    }
  };
  const Tally zero{std::vector<std::int64_t>(K, 0), {}};
  const auto add = [&](Tally& tally, std::size_t i) {
    const auto a = static_cast<std::int32_t>(i);
    tally.joined.clear();
    for (int g = 0; g < G; ++g)
      if (member[i * G + g] && d.founded[g]) tally.joined.push_back(g);
    // One stream per agent; word k decides norm k, read only for norms the agent endorses.
    sim::Rng rng(c.seed, static_cast<std::uint64_t>(c.step), kPhaseCompliance, i);
    for (int k = 0; k < K; ++k) {
      const std::size_t ak = w.ak(a, k);
      if (stage[ak] < kEndorsed) continue;
      rng.seek(static_cast<std::uint64_t>(k));
      const double draw = rng.uniform();
      double watchers = d.watchers[ak];
      for (const int g : tally.joined)
        watchers += static_cast<double>(sanction.comember_observers) *
                    comember[static_cast<std::size_t>(g) * K + k];
      const Norm& norm = c.params.norms[k];
      const double visible = effective_visibility(norm.visibility, d.offer(a, k, K).monitoring,
                                                  d.cbm(a), sanction.cbm_visibility);
      const double temptation = norm.temptation.of(w.kind[a]);
      const double p =
          violation_probability(bold[i], temptation, sanction.punishment * visible * watchers);
      if (draw < p) {
        e.violated[ak] = 1;
        e.payoff[i] += temptation;
        ++tally.violations[k];
      }
    }
  };
  e.violations = c.executor.accumulate(static_cast<std::size_t>(w.agents), zero, add).violations;
}

}  // namespace cybernorms
