#include "models/cybernorms/draws.hpp"
#include "models/cybernorms/phases.hpp"
#include "models/cybernorms/utility.hpp"

#include <optional>

namespace cybernorms {

// docs/model.md phase 3: 0 -> 1 with rate logistic(beta U); 1 -> 2 with capacity sigma
// logistic(beta U) (endorsing is cheap, implementing needs capacity and a detailed text);
// any stage -> 0 with drop logistic(-beta U). An adopter follows the variant on offer to it
// (see derive), a non-adopter its national one.
void adopt(const Context& c, const Derived& d, State& s) {
  const World& w = c.world;
  const Adoption& m = c.params.mechanisms.adoption;
  const auto& stage = s.stage.current();
  const auto& capacity = s.capacity.current();
  auto& next_stage = s.stage.next();
  auto& next_variant = s.variant.next();
  const auto n = static_cast<std::size_t>(w.agents);
  sim::for_each_streamed(
      c.executor, n, c.streams(kPhaseAdoption), [&](std::size_t i, sim::Rng& rng) {
        // Copied into locals: the stage stores are bytes, which may alias anything in memory,
        // so values read through references would be read again after each store.
        const auto a = static_cast<std::int32_t>(i);
        const int K = c.K();
        const int G = c.G();
        const double drop = m.drop;
        const double rate = m.rate;
        const double beta = m.beta;
        const double capable = capacity[i];
        const std::int32_t national = G + w.home[a];
        const std::uint8_t* const now = stage.data() + w.ak(a, 0);
        std::uint8_t* const next = next_stage.data() + w.ak(a, 0);
        std::int32_t* const next_text = next_variant.data() + w.ak(a, 0);
        // One stream per agent, one word per norm in norm order: its halves are the drop and the
        // move draw (32-bit uniforms: a Philox block serves four norms).
        for (int k = 0; k < K; ++k) {
          std::uint8_t st = now[k];
          const double drop_draw = rng.uniform32();
          const double move_draw = rng.uniform32();
          // A chance is a rate times a logistic <= 1, so a draw at or above the rate decides
          // without the logistic or the utility (most of this phase's cost): only the few draws
          // below their rate compute U_ak, and decisions are unchanged.
          std::optional<double> beta_u;  // beta U_ak, once needed
          const auto chance = [&](double draw, double chance_rate, double sign) {
            if (draw >= chance_rate) return false;
            if (!beta_u) beta_u = beta * adoption_utility(c, s, d, a, k);
            return draw < chance_rate * logistic(sign * *beta_u);
          };
          // The text a would follow, looked up once and only where needed (texts are >= 0).
          std::int32_t chosen = -1;
          const auto text = [&] {
            if (chosen < 0) chosen = chosen_variant(c, s, d, a, k);
            return chosen;
          };
          const double implement = st == kEndorsed ? capable * variant_sigma(c, s, text(), k) : 0.0;
          if (st > kNone && chance(drop_draw, drop, -1.0)) {
            st = kNone;
          } else if (st == kNone && chance(move_draw, rate, 1.0)) {
            st = kEndorsed;
          } else if (st == kEndorsed && chance(move_draw, implement, 1.0)) {
            st = kImplemented;
          }
          next[k] = st;
          next_text[k] = st > kNone ? text() : national;
        }
      });
}

}  // namespace cybernorms
