#include "models/cybernorms/formalisation.hpp"

#include "models/cybernorms/draws.hpp"
#include "models/cybernorms/phases.hpp"

#include <algorithm>

namespace cybernorms {

bool bottom_up_trigger(const HomeShare& home, double phi) {
  return home.firms > 0 && home.share() >= phi;
}

// MODEL.md phase 7: a state that endorses k makes it law with probability f_rate per step once
// what its firms practise reaches phi (bottom-up, the NIS path of seed 003) or once it has
// ratified an open treaty promoting k (top-down). Law is not repealed.
void formalise(const Context& c, const Derived& d, State& s) {
  const World& w = c.world;
  const int K = c.K();
  const int G = c.G();
  const Formalisation& m = c.params.mechanisms.formalisation;
  const auto& stage = s.stage.current();
  const auto& member = s.member.current();
  const auto& formalised = s.formalised.current();
  auto& next = s.formalised.next();
  c.executor.for_each(static_cast<std::size_t>(w.states), [&](std::size_t i) {
    const auto st = static_cast<std::int32_t>(i);
    for (int k = 0; k < K; ++k) {
      const std::size_t sk = w.ak(st, k);
      if (formalised[sk] || stage[sk] < kEndorsed) continue;
      const HomeShare home{w.home_offsets[i + 1] - w.home_offsets[i], d.home_implementing[sk]};
      bool treaty = false;
      for (int g = 0; g < G && m.treaty && !treaty; ++g)
        treaty = c.params.initiatives[g].kind == InitiativeKind::kTreaty && d.open[g] &&
                 member[i * G + g] &&
                 std::binary_search(w.initiative_norms[g].begin(), w.initiative_norms[g].end(), k);
      const bool triggered = treaty || (m.bottom_up && bottom_up_trigger(home, m.phi));
      sim::Rng rng(c.seed, static_cast<std::uint64_t>(c.step), kPhaseFormalisation, i,
                   static_cast<std::uint32_t>(k));
      if (triggered && rng.bernoulli(m.rate)) next[sk] = 1;
    }
  });
}

}  // namespace cybernorms
