#include "models/cybernorms/phases.hpp"

#include <algorithm>

namespace cybernorms {

// Founders of founded initiatives spread their budget over their contacts, per norm they
// promote (norm entrepreneurship; diplomatic engagement when the founder is a state). The
// pressure A_ak accumulates and decays, so sustained campaigns matter more than one push.
void advocate(const Context& c, const Derived& d, State& s) {
  const World& w = c.world;
  const int K = c.K();
  std::vector<double> spend(static_cast<std::size_t>(w.agents) * K, 0.0);
  for (int g = 0; g < c.G(); ++g) {
    if (!d.founded[g]) continue;
    const double budget = c.params.initiatives[g].founders.budget;
    for (const std::int32_t f : w.founders[g]) {
      const auto degree = w.contacts.degree(f);
      if (degree == 0) continue;
      for (const int k : w.initiative_norms[g]) spend[w.ak(f, k)] += budget / degree;
    }
  }
  const double keep = 1.0 - c.params.mechanisms.advocacy.decay;
  const auto& now = s.advocacy.current();
  auto& next = s.advocacy.next();
  c.executor.for_each(static_cast<std::size_t>(w.agents), [&](std::size_t i) {
    const auto a = static_cast<std::int32_t>(i);
    for (int k = 0; k < K; ++k) {
      double received = 0.0;
      for (const std::int32_t f : w.contacts.neighbours(a)) received += spend[w.ak(f, k)];
      next[w.ak(a, k)] = keep * now[w.ak(a, k)] + received;
    }
  });
}

}  // namespace cybernorms
