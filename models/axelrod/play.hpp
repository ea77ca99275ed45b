#pragma once

#include "models/axelrod/params.hpp"
#include "sim/core/rng.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace axelrod {

// What happened to one agent in one generation; its score follows from the payoffs.
struct Counts {
  std::int32_t defections = 0;      // times it defected
  std::int32_t punished = 0;        // punishments it received
  std::int32_t punishing = 0;       // punishments it gave
  std::int32_t meta_punished = 0;   // meta-punishments it received
  std::int32_t meta_punishing = 0;  // meta-punishments it gave
  std::int32_t hurt = 0;            // defections it was hurt by (Hurt::kObservers only)

  Counts& operator+=(const Counts& o) {
    defections += o.defections;
    punished += o.punished;
    punishing += o.punishing;
    meta_punished += o.meta_punished;
    meta_punishing += o.meta_punishing;
    hurt += o.hurt;
    return *this;
  }
};

// A generation's events in all (64-bit: summed over agents).
struct Tally {
  std::int64_t defections = 0;
  std::int64_t punished = 0;
  std::int64_t meta_punished = 0;

  Tally& operator+=(const Tally& o) {
    defections += o.defections;
    punished += o.punished;
    meta_punished += o.meta_punished;
    return *this;
  }
};

// `hurt_events`: defections the agent pays H for (by every other agent, or those it observes).
inline double score(const Counts& c, std::int64_t hurt_events, const Payoffs& p) {
  return p.temptation * c.defections + p.hurt * static_cast<double>(hurt_events) +
         p.punishment * c.punished + p.enforcement * c.punishing +
         p.meta_punishment * c.meta_punished + p.meta_enforcement * c.meta_punishing;
}

// The chance decisions of the game, each a Bernoulli trial.
enum class Decision { kSee, kPunish, kMetaSee, kMetaPunish };

// The game's randomness as read from one stream in turn: each decision a 32-bit uniform (a
// resolution of 2^-32 for a probability), S itself a 32-bit uniform. The arguments say which
// decision it is (defector's place d, opportunity o, observer slots s and s2); the stream,
// read in the order play_range asks, needs none of them.
struct StreamDraws {
  sim::Rng& rng;
  double chance(std::int64_t /*d*/, std::int64_t /*o*/) { return rng.uniform32(); }
  bool happens(Decision, std::int64_t /*d*/, std::int64_t /*o*/, std::int64_t /*s*/,
               std::int64_t /*s2*/, double p) {
    return rng.uniform32() < p;
  }
};

// Read-only view of one generation: genes per place and the trait of each gene level.
struct Generation {
  const std::vector<std::uint8_t>& boldness;
  const std::vector<std::uint8_t>& vengefulness;
  const std::vector<double>& trait;  // level / (2^bits - 1)
  std::int64_t opportunities;
  bool metanorms;
  Hurt hurt;

  double b(std::int64_t d) const { return trait[boldness[d]]; }
  double v(std::int64_t j) const { return trait[vengefulness[j]]; }
};

// Plays the opportunities of the agents at places [begin, end): for each defection (S < the
// defector's boldness) each observer sees it with probability S and, if it sees, punishes
// with probability its vengefulness; in the metanorms game an observer that saw and did not
// punish is seen by each other observer of the same defection with probability S, who
// meta-punishes it with probability its vengefulness. Every event is added to the counts of
// the agents it concerns (`counts` covers all places: observers lie outside the range), so
// each (defection, observer) decision is drawn once, by the defector's side. Under
// Hurt::kObservers each observer of the agent also counts its defections.
template <class Graph, class Draws>
void play_range(std::int64_t begin, std::int64_t end, const Generation& g, const Graph& graph,
                Draws& draws, std::span<Counts> counts) {
  const std::int64_t k = graph.count();
  for (std::int64_t d = begin; d < end; ++d) {
    const double boldness = g.b(d);
    std::int32_t defections = 0;
    for (std::int64_t o = 0; o < g.opportunities; ++o) {
      const double s = draws.chance(d, o);
      if (!(s < boldness)) continue;
      ++defections;
      for (std::int64_t slot = 0; slot < k; ++slot) {
        if (!draws.happens(Decision::kSee, d, o, slot, 0, s)) continue;
        const std::int64_t j = graph.observer(d, slot);
        if (draws.happens(Decision::kPunish, d, o, slot, 0, g.v(j))) {
          ++counts[d].punished;
          ++counts[j].punishing;
          continue;
        }
        if (!g.metanorms) continue;
        for (std::int64_t other = 0; other < k; ++other) {
          if (other == slot || !draws.happens(Decision::kMetaSee, d, o, slot, other, s)) continue;
          const std::int64_t m = graph.observer(d, other);
          if (!draws.happens(Decision::kMetaPunish, d, o, slot, other, g.v(m))) continue;
          ++counts[j].meta_punished;
          ++counts[m].meta_punishing;
        }
      }
    }
    counts[d].defections += defections;
    if (g.hurt == Hurt::kObservers && defections > 0)
      for (std::int64_t slot = 0; slot < k; ++slot)
        counts[graph.observer(d, slot)].hurt += defections;
  }
}

}  // namespace axelrod
