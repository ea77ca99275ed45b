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

// Reads only the contacts' packed profiles (see Profiles), prefetching a few contacts ahead.
void gather_contacts(const Context& c, const Derived& d, std::int32_t a, AgentView& v) {
  const World& w = c.world;
  const int K = c.K();
  const int G = c.G();
  const Profiles& p = d.profiles;
  v.linked = 0.0;
  std::fill(v.adopting.begin(), v.adopting.end(), 0.0);
  std::fill(v.watchers.begin(), v.watchers.end(), 0.0);
  std::fill(v.advocacy.begin(), v.advocacy.end(), 0.0);
  std::fill(v.contacts_in.begin(), v.contacts_in.end(), 0);
  const auto nb = w.contacts.neighbours(a);
  const auto wt = w.contacts.weights(a);
  constexpr std::size_t kAhead = 4;
  for (std::size_t j = 0; j < nb.size(); ++j) {
    if (j + kAhead < nb.size()) __builtin_prefetch(p.record(nb[j + kAhead]));
    const std::int32_t o = nb[j];
    const Profiles::Record r = p.record(o);
    v.linked += wt[j];
    // Adding 0.0 leaves the sums bit for bit as skipping would.
    const double veng = Profiles::vengefulness(r);
    for (int k = 0; k < K; ++k) {
      const double endorses = p.stage(r, k) >= kEndorsed ? 1.0 : 0.0;
      v.adopting[k] += endorses * wt[j];
      v.watchers[k] += endorses * veng;
    }
    if (p.spends(r)) {
      const double* spent = d.spend.data() + static_cast<std::size_t>(d.spender[o]) * K;
      for (int k = 0; k < K; ++k) v.advocacy[k] += spent[k];
    }
    for (int g = 0; g < G; ++g) v.contacts_in[g] += static_cast<std::int32_t>(p.member(r, g));
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
  gather_contacts(c, d, a, v);
  gather_memberships(c, s, d, a, v);
}

}  // namespace cybernorms
