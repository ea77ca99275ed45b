#pragma once

#include "models/axelrod/observers.hpp"
#include "models/axelrod/params.hpp"
#include "models/axelrod/phases.hpp"
#include "sim/core/rng.hpp"

#include <cstdint>
#include <vector>

namespace axelrod {

// What happened to one agent in one generation; its score follows from the payoffs.
struct Tally {
  std::int64_t defections = 0;      // times it defected
  std::int64_t punished = 0;        // punishments it received
  std::int64_t punishing = 0;       // punishments it gave
  std::int64_t meta_punished = 0;   // meta-punishments it received
  std::int64_t meta_punishing = 0;  // meta-punishments it gave

  Tally& operator+=(const Tally& o) {
    defections += o.defections;
    punished += o.punished;
    punishing += o.punishing;
    meta_punished += o.meta_punished;
    meta_punishing += o.meta_punishing;
    return *this;
  }
};

// `hurt_events`: defections by other agents, each costing H (every other agent is hurt,
// whether or not it observes: the paper's rule, kept in the scaled variant too).
inline double score(const Tally& t, std::int64_t hurt_events, const Payoffs& p) {
  return p.temptation * static_cast<double>(t.defections) +
         p.hurt * static_cast<double>(hurt_events) +
         p.punishment * static_cast<double>(t.punished) +
         p.enforcement * static_cast<double>(t.punishing) +
         p.meta_punishment * static_cast<double>(t.meta_punished) +
         p.meta_enforcement * static_cast<double>(t.meta_punishing);
}

// Two uniforms deciding one observation: seen if `seen < S`, punished if `act < vengefulness`.
struct Observation {
  double seen;
  double act;
};

// The game's randomness, each draw keyed by what it decides, so that any agent can recompute
// any decision (an agent totals its own score without another agent writing to it).
class PhiloxDraws {
 public:
  PhiloxDraws(std::uint64_t seed, std::int64_t generation, std::int64_t observers)
      : seed_(seed), generation_(static_cast<std::uint64_t>(generation)), k_(observers) {}

  // S: the chance that agent d's o-th opportunity to defect is seen.
  double seen_chance(std::int64_t d, std::int64_t o) const {
    return sim::Rng(seed_, generation_, kPhaseOpportunity, d, static_cast<std::uint32_t>(o))
        .uniform();
  }
  // Whether d's s-th observer sees the o-th defection and punishes it.
  Observation observe(std::int64_t d, std::int64_t o, std::int64_t s) const {
    sim::Rng r(seed_, generation_, kPhaseObserve, d, static_cast<std::uint32_t>(o), s);
    return {r.uniform(), r.uniform()};
  }
  // Whether d's s2-th observer sees its s-th observer not punishing, and meta-punishes.
  Observation meta_observe(std::int64_t d, std::int64_t o, std::int64_t s, std::int64_t s2) const {
    sim::Rng r(seed_, generation_, kPhaseMetaObserve, d, static_cast<std::uint32_t>(o),
               s * k_ + s2);
    return {r.uniform(), r.uniform()};
  }

 private:
  std::uint64_t seed_;
  std::uint64_t generation_;
  std::int64_t k_;
};

// The keyed draws of `Base`, addressed by ring position instead of agent: keys stay the
// agents' ids, so results do not depend on where agents sit in memory.
template <class Base>
struct OnRing {
  const Base& base;
  const Observers& ring;
  Observation observe(std::int64_t p, std::int64_t o, std::int64_t s) const {
    return base.observe(ring.agent_at(p), o, s);
  }
  Observation meta_observe(std::int64_t p, std::int64_t o, std::int64_t s, std::int64_t s2) const {
    return base.meta_observe(ring.agent_at(p), o, s, s2);
  }
};

// Read-only view of one generation, indexed by ring position (see Observers): genes as
// probabilities and the drawn chances S.
struct Generation {
  const std::vector<double>& boldness;      // per position
  const std::vector<double>& vengefulness;  // per position
  const std::vector<double>& seen_chance;   // per position x opportunity
  std::int64_t opportunities;
  bool metanorms;

  double s(std::int64_t d, std::int64_t o) const { return seen_chance[d * opportunities + o]; }
  bool defects(std::int64_t d, std::int64_t o) const { return s(d, o) < boldness[d]; }
};

// The tally of the agent at ring position i in generation g: as a defector, as an observer of
// others' defections, and (metanorms) as a non-punisher seen by third agents and as a
// meta-punisher.
template <class Draws>
Tally play_agent(std::int64_t i, const Generation& g, const Observers& obs, const Draws& draws) {
  Tally t;
  const std::int64_t k = obs.count();
  for (std::int64_t o = 0; o < g.opportunities; ++o) {
    if (!g.defects(i, o)) continue;
    ++t.defections;
    const double s = g.s(i, o);
    for (std::int64_t slot = 0; slot < k; ++slot) {
      const Observation ob = draws.observe(i, o, slot);
      if (ob.seen < s && ob.act < g.vengefulness[obs.observer(i, slot)]) ++t.punished;
    }
  }
  for (std::int64_t slot = 0; slot < k; ++slot) {
    const std::int64_t d = obs.observed(i, slot);
    for (std::int64_t o = 0; o < g.opportunities; ++o) {
      if (!g.defects(d, o)) continue;
      const double s = g.s(d, o);
      const Observation mine = draws.observe(d, o, slot);
      const bool saw = mine.seen < s;
      if (saw && mine.act < g.vengefulness[i]) {
        ++t.punishing;
      } else if (saw && g.metanorms) {
        for (std::int64_t other = 0; other < k; ++other) {
          if (other == slot) continue;
          const Observation meta = draws.meta_observe(d, o, slot, other);
          if (meta.seen < s && meta.act < g.vengefulness[obs.observer(d, other)]) ++t.meta_punished;
        }
      }
      if (!g.metanorms) continue;
      for (std::int64_t other = 0; other < k; ++other) {
        if (other == slot) continue;
        const Observation theirs = draws.observe(d, o, other);
        const bool lax = theirs.seen < s && !(theirs.act < g.vengefulness[obs.observer(d, other)]);
        if (!lax) continue;
        const Observation meta = draws.meta_observe(d, o, other, slot);
        if (meta.seen < s && meta.act < g.vengefulness[i]) ++t.meta_punishing;
      }
    }
  }
  return t;
}

}  // namespace axelrod
