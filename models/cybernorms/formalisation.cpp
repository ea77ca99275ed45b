#include "models/cybernorms/formalisation.hpp"

#include "models/cybernorms/draws.hpp"
#include "models/cybernorms/phases.hpp"

#include <algorithm>
#include <vector>

namespace cybernorms {

bool bottom_up_trigger(const HomeShare& home, double phi) {
  return home.firms > 0 && home.share() >= phi;
}

namespace {

// The text most of state st's implementing home firms follow for norm k (ties: the lower
// index); -1 if none implements.
std::int32_t home_firms_text(const World& w, const State& s, std::int32_t st, int k) {
  const auto& stage = s.stage.current();
  const auto& variant = s.variant.current();
  std::vector<std::int32_t> texts;
  for (std::int64_t f = w.home_offsets[st]; f < w.home_offsets[st + 1]; ++f) {
    const std::size_t fk = w.ak(w.home_firms[f], k);
    if (stage[fk] == kImplemented) texts.push_back(variant[fk]);
  }
  std::sort(texts.begin(), texts.end());
  std::int32_t best = -1;
  std::size_t best_count = 0;
  for (std::size_t i = 0; i < texts.size();) {
    std::size_t j = i;
    while (j < texts.size() && texts[j] == texts[i]) ++j;
    if (j - i > best_count) {
      best = texts[i];
      best_count = j - i;
    }
    i = j;
  }
  return best;
}

}  // namespace

// docs/model.md, phase 7: a state that endorses k makes it law with probability f_rate per step
// once what its firms practise reaches phi (bottom-up, the NIS path of seed 003) or once it has
// ratified an open treaty promoting k (top-down). Law is not repealed. Its text is the state's
// own, or under `text: home_firms` a bottom-up law codifies what most implementing home firms
// follow (see LawText).
void formalise(const Context& c, const Derived& d, State& s) {
  const World& w = c.world;
  const int K = c.K();
  const int G = c.G();
  const Formalisation& m = c.params.mechanisms.formalisation;
  const auto& stage = s.stage.current();
  const auto& member = s.member.current();
  const auto& formalised = s.formalised.current();
  auto& next = s.formalised.next();
  auto& next_law = s.law.next();
  c.executor.for_each(static_cast<std::size_t>(w.states), [&](std::size_t i) {
    const auto st = static_cast<std::int32_t>(i);
    for (int k = 0; k < K; ++k) {
      const std::size_t sk = w.ak(st, k);
      if (formalised[sk] || stage[sk] < kEndorsed) continue;
      const HomeShare home{w.home_offsets[i + 1] - w.home_offsets[i], d.home_implementing[sk]};
      bool treaty = false;
      for (int g = 0; g < G && m.treaty && !treaty; ++g)
        treaty = c.params.initiatives[g].kind == InitiativeKind::kTreaty && d.open[g] &&
                 member[i * G + g] && w.promotes(g, k);
      const bool triggered = treaty || (m.bottom_up && bottom_up_trigger(home, m.phi));
      sim::Rng rng(c.seed, static_cast<std::uint64_t>(c.step), kPhaseFormalisation, i,
                   static_cast<std::uint32_t>(k));
      if (!triggered || !rng.bernoulli(m.rate)) continue;
      next[sk] = 1;
      if (m.text == LawText::kHomeFirms && !treaty) next_law[sk] = home_firms_text(w, s, st, k);
    }
  });
}

}  // namespace cybernorms
