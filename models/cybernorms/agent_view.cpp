#include "models/cybernorms/agent_view.hpp"

#include <algorithm>

namespace cybernorms {

AgentView::AgentView(int norms, int initiatives)
    : adopting(norms),
      watchers(norms),
      advocacy(norms),
      contacts_in(initiatives),
      commitment(norms),
      monitoring(norms),
      variant(norms),
      sigma(norms) {}

namespace {

void gather_contacts(const Context& c, const State& s, const Derived& d, std::int32_t a,
                     AgentView& v) {
  const World& w = c.world;
  const int K = c.K();
  const int G = c.G();
  const auto& stage = s.stage.current();
  const auto& veng = s.vengefulness.current();
  const auto& member = s.member.current();
  const bool advocacy = !d.spender.empty();
  v.linked = 0.0;
  std::fill(v.adopting.begin(), v.adopting.end(), 0.0);
  std::fill(v.watchers.begin(), v.watchers.end(), 0.0);
  std::fill(v.advocacy.begin(), v.advocacy.end(), 0.0);
  std::fill(v.contacts_in.begin(), v.contacts_in.end(), 0);
  const auto nb = w.contacts.neighbours(a);
  const auto wt = w.contacts.weights(a);
  for (std::size_t j = 0; j < nb.size(); ++j) {
    const std::int32_t o = nb[j];
    v.linked += wt[j];
    // Branch-free: whether a contact endorses is close to a coin flip, which would defeat
    // branch prediction; adding 0.0 leaves the sums bit for bit as skipping would.
    const std::uint8_t* row = stage.data() + w.ak(o, 0);
    for (int k = 0; k < K; ++k) {
      const double endorses = row[k] >= kEndorsed ? 1.0 : 0.0;
      v.adopting[k] += endorses * wt[j];
      v.watchers[k] += endorses * veng[o];
    }
    if (advocacy && d.spender[o] >= 0) {
      const double* spent = d.spend.data() + static_cast<std::size_t>(d.spender[o]) * K;
      for (int k = 0; k < K; ++k) v.advocacy[k] += spent[k];
    }
    const std::uint8_t* in = member.data() + static_cast<std::size_t>(o) * G;
    for (int g = 0; g < G; ++g) v.contacts_in[g] += in[g];
  }
}

// Commitments, monitoring, cbm and the most specific text on offer to a through its
// memberships; without one, a firm follows its home state's law, anyone else its national
// variant.
void gather_memberships(const Context& c, const State& s, const Derived& d, std::int32_t a,
                        AgentView& v) {
  const World& w = c.world;
  const int K = c.K();
  const int G = c.G();
  const auto& member = s.member.current();
  const auto& formalised = s.formalised.current();
  const auto& variant = s.variant.current();
  const std::uint8_t* in = member.data() + static_cast<std::size_t>(a) * G;
  for (int k = 0; k < K; ++k) {
    std::int32_t best = -1;
    double best_sigma = -1.0;
    double commitment = 0.0, monitoring = 0.0;
    for (int g = 0; g < G; ++g) {
      if (!in[g] || !d.founded[g] || !promotes(w, g, k)) continue;
      const auto& x = c.params.initiatives[g];
      commitment += x.commitment;
      monitoring = std::max(monitoring, x.monitoring);
      const double sg = variant_sigma(c, s, g, k);
      if (sg > best_sigma) {
        best_sigma = sg;
        best = g;
      }
    }
    if (best < 0) {
      const std::int32_t home = w.home[a];
      best = w.kind[a] == kFirm && formalised[w.ak(home, k)] ? variant[w.ak(home, k)] : G + home;
      best_sigma = variant_sigma(c, s, best, k);
    }
    v.commitment[k] = commitment;
    v.monitoring[k] = monitoring;
    v.variant[k] = best;
    v.sigma[k] = best_sigma;
  }
  v.cbm = 0.0;
  for (int g = 0; g < G; ++g)
    if (in[g] && d.founded[g]) v.cbm = std::max(v.cbm, c.params.initiatives[g].cbm);
}

}  // namespace

void gather(const Context& c, const State& s, const Derived& d, std::int32_t a, AgentView& v) {
  gather_contacts(c, s, d, a, v);
  gather_memberships(c, s, d, a, v);
}

}  // namespace cybernorms
