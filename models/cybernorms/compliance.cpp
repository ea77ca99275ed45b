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

void comply(const Context& c, const Derived& d, const State& s, Events& e) {
  const World& w = c.world;
  const Sanction& sanction = c.params.mechanisms.sanction;
  const auto& stage = s.stage.current();
  const auto& bold = s.boldness.current();
  // One stream per agent; half-word k decides norm k, read only for norms the agent endorses.
  const auto add = [&](sim::VectorSum<std::int64_t>& violations, std::size_t i, sim::Rng& rng) {
    // Copied into locals: a violation stores bytes, which may alias anything in memory, so
    // values read through references would be read again after each store.
    const auto a = static_cast<std::int32_t>(i);
    const int K = c.K();
    const int kind = w.kind[a];
    const double boldness = bold[i];
    const double punishment = sanction.punishment;
    const std::uint8_t* const now = stage.data() + w.ak(a, 0);
    for (int k = 0; k < K; ++k) {
      if (now[k] < kEndorsed) continue;
      rng.seek32(static_cast<std::uint64_t>(k));
      const double draw = rng.uniform32();
      const Offer& offer = d.offer(a, k, K);
      const double watchers = d.contacts.watchers(a, k) + offer.comember_watchers;
      const double temptation = c.params.norms[k].temptation.of(kind);
      const double p =
          violation_probability(boldness, temptation, punishment * offer.visibility * watchers);
      if (draw < p) {
        e.violate(a, k);
        e.payoff[i] += temptation;
        ++violations.v[k];
      }
    }
  };
  const sim::VectorSum<std::int64_t> zero{std::vector<std::int64_t>(c.K(), 0)};
  e.violations = sim::accumulate_streamed(c.executor, static_cast<std::size_t>(w.agents), zero,
                                          c.streams(kPhaseCompliance), add)
                     .v;
}

}  // namespace cybernorms
