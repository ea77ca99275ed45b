#include "models/cybernorms/draws.hpp"
#include "models/cybernorms/phases.hpp"

namespace cybernorms {

// Payoff-biased imitation (MODEL.md phase 6): now and then an agent looks at one random
// contact and copies its boldness and vengefulness if that contact did better this step;
// each trait then mutates (is redrawn uniformly) with a small probability.
void learn(const Context& c, const Events& e, State& s) {
  const World& w = c.world;
  const Learning& m = c.params.mechanisms.learning;
  const auto& bold = s.boldness.current();
  const auto& veng = s.vengefulness.current();
  auto& next_bold = s.boldness.next();
  auto& next_veng = s.vengefulness.next();
  c.executor.for_each(static_cast<std::size_t>(w.agents), [&](std::size_t i) {
    const auto a = static_cast<std::int32_t>(i);
    sim::Rng rng(c.seed, static_cast<std::uint64_t>(c.step), kPhaseLearning, i);
    double b = bold[i], v = veng[i];
    const auto nb = w.contacts.neighbours(a);
    const bool looks = rng.bernoulli32(m.rate);
    const std::uint64_t pick = nb.empty() ? 0 : rng.below(nb.size());
    if (looks && !nb.empty() && e.payoff[nb[pick]] > e.payoff[i]) {
      b = bold[nb[pick]];
      v = veng[nb[pick]];
    }
    if (rng.bernoulli32(m.mutation)) b = rng.uniform();
    if (rng.bernoulli32(m.mutation)) v = rng.uniform();
    next_bold[i] = b;
    next_veng[i] = v;
  });
}

}  // namespace cybernorms
