#include "models/cybernorms/phases.hpp"

#include <algorithm>

namespace cybernorms {

// Founders of founded initiatives spread their budget over their contacts, per norm they
// promote (norm entrepreneurship; diplomatic engagement when the founder is a state). The
// pressure A_ak accumulates and decays, so sustained campaigns matter more than one push.
void advocate(const Context& c, const Derived& d, State& s) {
  // What each agent received from its contacts this step is gathered in derive.
  const double keep = 1.0 - c.params.mechanisms.advocacy.decay;
  const auto& now = s.advocacy.current();
  auto& next = s.advocacy.next();
  c.executor.for_each(now.size(),
                      [&](std::size_t ak) { next[ak] = keep * now[ak] + d.advocacy[ak]; });
}

}  // namespace cybernorms
