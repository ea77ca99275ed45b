#pragma once

#include "models/axelrod/params.hpp"
#include "sim/core/rng.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
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

// The counts of every agent, one array per kind of event (an event touches one array, so
// the arrays that events scatter into stay small in the caches).
struct CountArrays {
  explicit CountArrays(std::size_t n)
      : defections(n), punished(n), punishing(n), meta_punished(n), meta_punishing(n), hurt(n) {}
  std::vector<std::int32_t> defections, punished, punishing, meta_punished, meta_punishing, hurt;

  Counts at(std::size_t i) const {
    return {defections[i], punished[i], punishing[i], meta_punished[i], meta_punishing[i], hurt[i]};
  }
  // Sets the counts of [begin, end) to the sum of the parts' (a range of CountArrays), and
  // clears those in the parts.
  template <class Parts>
  void gather(Parts& parts, std::size_t begin, std::size_t end) {
    for (auto field :
         {&CountArrays::defections, &CountArrays::punished, &CountArrays::punishing,
          &CountArrays::meta_punished, &CountArrays::meta_punishing, &CountArrays::hurt}) {
      std::vector<std::int32_t>& to = this->*field;
      for (std::size_t i = begin; i < end; ++i) to[i] = 0;
      for (CountArrays& part : parts) {
        std::vector<std::int32_t>& from = part.*field;
        for (std::size_t i = begin; i < end; ++i) {
          to[i] += from[i];
          from[i] = 0;
        }
      }
    }
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

// Observers of `k` slots from `first` (at most 64) for whom decision `what` (seeing with
// probability p) comes true, as a bit mask: a coin flip per slot without a branch per slot.
template <class Draws>
std::uint64_t seen_by(Draws& draws, Decision what, std::int64_t d, std::int64_t o,
                      std::int64_t slot, std::int64_t first, std::int64_t k, double p) {
  std::uint64_t mask = 0;
  const std::int64_t slots = std::min<std::int64_t>(64, k - first);
  for (std::int64_t i = 0; i < slots; ++i) {
    const bool yes = what == Decision::kSee ? draws.happens(what, d, o, first + i, 0, p)
                                            : draws.happens(what, d, o, slot, first + i, p);
    mask |= std::uint64_t{yes} << i;
  }
  return mask;
}

// Plays the opportunities of the agents at places [begin, end): for each defection (S < the
// defector's boldness) each observer sees it with probability S and, if it sees, punishes
// with probability its vengefulness; in the metanorms game an observer that saw and did not
// punish is seen by each other observer of the same defection with probability S, who
// meta-punishes it with probability its vengefulness. Every event is added to the counts of
// the agents it concerns (`counts` covers all places: observers lie outside the range), so
// each (defection, observer) decision is drawn once, by the defector's side. Under
// Hurt::kObservers each observer of the agent also counts its defections.
// Seers are collected first and their punishments decided in batches, without a branch
// that depends on the draw: the lookups of many seers' genes and counts are then in flight at
// once instead of one after the other.
template <class Graph, class Draws>
void play_range(std::int64_t begin, std::int64_t end, const Generation& g, const Graph& graph,
                Draws& draws, CountArrays& counts) {
  struct Seer {
    std::int32_t d, j, o, slot;
    double s;
  };
  constexpr std::size_t kBatch = 256;
  std::array<Seer, kBatch> batch;
  std::size_t seers = 0;
  const std::int64_t k = graph.count();
  const auto decide = [&] {
    for (std::size_t e = 0; e < seers; ++e) {
      const Seer& x = batch[e];
      const bool punishes = draws.happens(Decision::kPunish, x.d, x.o, x.slot, 0, g.v(x.j));
      counts.punished[x.d] += punishes;
      counts.punishing[x.j] += punishes;
      if (!g.metanorms || punishes) continue;
      for (std::int64_t first = 0; first < k; first += 64) {
        std::uint64_t meta = seen_by(draws, Decision::kMetaSee, x.d, x.o, x.slot, first, k, x.s);
        if (x.slot >= first && x.slot < first + 64) meta &= ~(std::uint64_t{1} << (x.slot - first));
        for (; meta != 0; meta &= meta - 1) {
          const std::int64_t other = first + std::countr_zero(meta);
          const std::int64_t m = graph.observer(x.d, other);
          const bool meta_punishes =
              draws.happens(Decision::kMetaPunish, x.d, x.o, x.slot, other, g.v(m));
          counts.meta_punished[x.j] += meta_punishes;
          counts.meta_punishing[m] += meta_punishes;
        }
      }
    }
    seers = 0;
  };
  for (std::int64_t d = begin; d < end; ++d) {
    const double boldness = g.b(d);
    std::int32_t defections = 0;
    for (std::int64_t o = 0; o < g.opportunities; ++o) {
      const double s = draws.chance(d, o);
      if (!(s < boldness)) continue;
      if (defections++ == 0) graph.prefetch(d);
      for (std::int64_t first = 0; first < k; first += 64)
        for (std::uint64_t mask = seen_by(draws, Decision::kSee, d, o, 0, first, k, s); mask != 0;
             mask &= mask - 1) {
          if (seers == kBatch) decide();
          const std::int64_t slot = first + std::countr_zero(mask);
          batch[seers++] = {static_cast<std::int32_t>(d),
                            static_cast<std::int32_t>(graph.observer(d, slot)),
                            static_cast<std::int32_t>(o), static_cast<std::int32_t>(slot), s};
        }
    }
    counts.defections[d] += defections;
    if (g.hurt == Hurt::kObservers && defections > 0)
      for (std::int64_t slot = 0; slot < k; ++slot)
        counts.hurt[graph.observer(d, slot)] += defections;
  }
  decide();
}

}  // namespace axelrod
