#include "models/cybernorms/draws.hpp"
#include "models/cybernorms/phases.hpp"
#include "sim/core/successes.hpp"

namespace cybernorms {

// Payoff-biased imitation (docs/model.md, phase 6): now and then an agent looks at one random
// contact and copies its boldness and vengefulness if that contact did better this step;
// each trait then mutates (is redrawn uniformly) with a small probability. Both are rare, so
// per block of agents the lookers, and the (agent, trait) pairs that mutate, are drawn as
// successes (sim::for_each_success, a stream each per block) rather than by a draw per agent;
// the traits of everyone else stay as carried.
void learn(const Context& c, const Events& e, State& s) {
  const World& w = c.world;
  const Learning& m = c.params.mechanisms.learning;
  const auto& bold = s.boldness.current();
  const auto& veng = s.vengefulness.current();
  auto& next_bold = s.boldness.next();
  auto& next_veng = s.vengefulness.next();
  c.executor.for_blocks(
      static_cast<std::size_t>(w.agents), [&](std::size_t begin, std::size_t end) {
        sim::Rng looks(c.seed, static_cast<std::uint64_t>(c.step), kPhaseLearning, begin, 0);
        sim::for_each_success(looks, m.rate, end - begin, [&](std::uint64_t trial) {
          const std::size_t i = begin + trial;
          const auto nb = w.contacts.neighbours(static_cast<std::int32_t>(i));
          if (nb.empty()) return;
          const std::int32_t o = nb[looks.below(nb.size())];
          if (e.payoff[o] > e.payoff[i]) {
            next_bold[i] = bold[o];
            next_veng[i] = veng[o];
          }
        });
        // Pair 2i is agent i's boldness, 2i + 1 its vengefulness; redrawn after any copy.
        sim::Rng mutates(c.seed, static_cast<std::uint64_t>(c.step), kPhaseLearning, begin, 1);
        sim::for_each_success(mutates, m.mutation, 2 * (end - begin), [&](std::uint64_t trial) {
          auto& trait = trial % 2 == 0 ? next_bold : next_veng;
          trait[begin + trial / 2] = mutates.uniform();
        });
      });
}

}  // namespace cybernorms
