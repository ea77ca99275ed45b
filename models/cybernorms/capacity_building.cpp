#include "models/cybernorms/phases.hpp"

#include <algorithm>

namespace cybernorms {

// docs/model.md, phase 8: in each founded initiative running a programme, member states below
// recipient_max gain rate x (1 - capacity) per step as long as the programme has a donor (a
// member at or above donor_min); donors lose donor_cost of what was given, shared equally.
// Deterministic: no draws.
void build_capacity(const Context& c, const Derived& d, State& s) {
  const World& w = c.world;
  const CapacityBuilding& m = c.params.mechanisms.capacity_building;
  const auto& cap = s.capacity.current();
  // Kept from step to step: a fresh array of this size would be fresh pages, zeroed by the
  // kernel, every step. Bound by reference, so that the worker threads below read this
  // thread's array rather than their own.
  thread_local std::vector<double> kept;
  std::vector<double>& delta = kept;
  delta.assign(static_cast<std::size_t>(w.agents), 0.0);
  for (int g = 0; g < c.G(); ++g) {
    if (!d.founded[g] || !c.params.initiatives[g].capacity_building) continue;
    std::vector<std::int32_t> donors;
    double given = 0.0;
    for (const std::int32_t a : d.members[g]) {
      if (cap[a] >= m.donor_min) donors.push_back(a);
    }
    if (donors.empty()) continue;
    for (const std::int32_t a : d.members[g])
      if (w.kind[a] == kState && cap[a] < m.recipient_max) {
        const double gain = m.rate * (1.0 - cap[a]);
        delta[a] += gain;
        given += gain;
      }
    for (const std::int32_t a : donors)
      delta[a] -= m.donor_cost * given / static_cast<double>(donors.size());
  }
  auto& next = s.capacity.next();
  c.executor.for_each(static_cast<std::size_t>(w.agents),
                      [&](std::size_t a) { next[a] = std::clamp(cap[a] + delta[a], 0.01, 1.0); });
}

}  // namespace cybernorms
