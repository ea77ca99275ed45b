#pragma once

#include "models/axelrod/params.hpp"
#include "models/axelrod/stream.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
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

// The counts of every agent, one array per kind of event (an event touches one array, so
// the arrays that events scatter into stay small in the caches).
struct CountArrays {
  explicit CountArrays(std::size_t n)
      : defections(n), punished(n), punishing(n), meta_punished(n), meta_punishing(n), hurt(n) {}
  std::vector<std::int32_t> defections, punished, punishing, meta_punished, meta_punishing, hurt;

  Counts at(std::size_t i) const {
    return {defections[i], punished[i], punishing[i], meta_punished[i], meta_punishing[i], hurt[i]};
  }
  using Field = std::vector<std::int32_t> CountArrays::*;
  // Sets the counts of [begin, end) to the sum of the parts' (a range of CountArrays), and
  // clears those in the parts. Only `fields` are summed: the kinds the game can count.
  template <class Parts>
  void gather(Parts& parts, std::span<const Field> fields, std::size_t begin, std::size_t end) {
    for (Field field : fields) {
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

// Probabilities are 32-bit fixed point: a chance t (0..2^32) comes true when a 32-bit uniform
// draw u is below it, with probability t / 2^32 (a resolution of 2^-32).
inline std::uint64_t chance_of(double p) {
  return static_cast<std::uint64_t>(std::llround(p * 0x1.0p32));
}

// The game's randomness as read from one stream in turn: S and each decision a 32-bit uniform.
// The arguments say which decision it is (defector's place d, opportunity o, observer slots s
// and s2); the stream, read in the order play_range asks, needs none of them.
struct StreamDraws {
  U32Stream& stream;
  // S, as a chance (see chance_of).
  std::uint32_t chance(std::int64_t /*d*/, std::int64_t /*o*/) { return stream.next(); }
  bool happens(Decision, std::int64_t /*d*/, std::int64_t /*o*/, std::int64_t /*s*/,
               std::int64_t /*s2*/, std::uint64_t p) {
    return stream.next() < p;
  }
  // For slots first .. first + count - 1 (count <= 64), whether `what` comes true, as a bit
  // mask. Each slot's coin flip is "a 32-bit uniform below p", decided bit by bit from the top
  // for all slots at once: a random bit per slot is compared with p's bit, and a slot is
  // settled at the first bit where they differ (below p where p has the 1). Half the slots
  // settle at each bit, so 20 slots take about 6 draws instead of 20, with exactly the same
  // chance p / 2^32 each.
  std::uint64_t mask(Decision, std::int64_t /*d*/, std::int64_t /*o*/, std::int64_t /*s*/,
                     std::int64_t /*first*/, std::int64_t count, std::uint64_t p) {
    const std::uint64_t slots = count == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << count) - 1;
    if (p >= std::uint64_t{1} << 32) return slots;
    if (p == 0) return 0;
    std::uint64_t below = 0, open = slots;
    for (int bit = 31; bit >= 0 && open != 0; --bit) {
      std::uint64_t r = stream.next();
      if (count > 32) r |= std::uint64_t{stream.next()} << 32;
      // All ones where p has a 1 at this bit: settled below p where r has a 0; open stays
      // where r equals p's bit (no branch on p's bits, which are coin flips too).
      const std::uint64_t one = std::uint64_t{0} - ((p >> bit) & 1);
      below |= open & ~r & one;
      open &= ~(r ^ one);
    }
    return below;
  }
};

// Read-only view of one generation: genes per place and the chance (chance_of) of each gene
// level as a trait.
struct Generation {
  const std::vector<std::uint8_t>& boldness;
  const std::vector<std::uint8_t>& vengefulness;
  const std::vector<std::uint64_t>& trait;  // chance_of(level / (2^bits - 1))
  std::int64_t opportunities;
  bool metanorms;
  Hurt hurt;

  std::uint64_t b(std::int64_t d) const { return trait[boldness[d]]; }
  std::uint64_t v(std::int64_t j) const { return trait[vengefulness[j]]; }
};

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
    std::uint64_t s;
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
        std::uint64_t meta = draws.mask(Decision::kMetaSee, x.d, x.o, x.slot, first,
                                        std::min<std::int64_t>(64, k - first), x.s);
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
  // Observers of agents that may defect are asked for this many agents ahead of their use.
  constexpr std::int64_t kAhead = 16;
  for (std::int64_t d = begin; d < end; ++d) {
    if (d + kAhead < end && g.b(d + kAhead) != 0) graph.prefetch(d + kAhead);
    const std::uint64_t boldness = g.b(d);
    if (boldness == 0) continue;  // never defects: S < 0 cannot happen, nothing to draw
    std::int32_t defections = 0;
    for (std::int64_t o = 0; o < g.opportunities; ++o) {
      const std::uint64_t s = draws.chance(d, o);
      if (!(s < boldness)) continue;
      ++defections;
      for (std::int64_t first = 0; first < k; first += 64)
        for (std::uint64_t mask = draws.mask(Decision::kSee, d, o, 0, first,
                                             std::min<std::int64_t>(64, k - first), s);
             mask != 0; mask &= mask - 1) {
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
