#include "models/cybernorms/agent_view.hpp"

#include <algorithm>
#include <array>

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

// Reads only the contacts' packed profiles (see Profiles). Contacts are taken in tiles: one
// pass loads a tile's records into cache, then each norm and initiative is summed over the
// tile in registers (sums in memory would chain every contact's additions through
// store-to-load latency). Per norm, contacts are still added in order, so the sums are the
// same bit for bit whatever the tile size.
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
  constexpr std::size_t kTile = 128;
  std::array<Profiles::Record, kTile> records;
  std::array<double, kTile> veng;
  for (std::size_t begin = 0; begin < nb.size(); begin += kTile) {
    const std::size_t n = std::min(kTile, nb.size() - begin);
    for (std::size_t j = 0; j < n; ++j) {
      records[j] = p.record(nb[begin + j]);
      veng[j] = Profiles::vengefulness(records[j]);
      v.linked += wt[begin + j];
    }
    // Adding 0.0 leaves the sums bit for bit as skipping would.
    for (int k = 0; k < K; ++k) {
      double adopting = v.adopting[k], watchers = v.watchers[k];
      for (std::size_t j = 0; j < n; ++j) {
        const double endorses = p.stage(records[j], k) >= kEndorsed ? 1.0 : 0.0;
        adopting += endorses * wt[begin + j];
        watchers += endorses * veng[j];
      }
      v.adopting[k] = adopting;
      v.watchers[k] = watchers;
    }
    for (int g = 0; g < G; ++g) {
      unsigned in = 0;
      for (std::size_t j = 0; j < n; ++j) in += p.member(records[j], g);
      v.contacts_in[g] += static_cast<std::int32_t>(in);
    }
    for (std::size_t j = 0; j < n; ++j)
      if (p.spends(records[j])) {
        const double* spent =
            d.spend.data() + static_cast<std::size_t>(d.spender[nb[begin + j]]) * K;
        for (int k = 0; k < K; ++k) v.advocacy[k] += spent[k];
      }
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
  // Most agents belong to few initiatives: list those once, in order.
  v.joined.clear();
  for (int g = 0; g < G; ++g)
    if (in[g] && d.founded[g]) v.joined.push_back(g);
  for (int k = 0; k < K; ++k) {
    std::int32_t best = -1;
    double best_sigma = -1.0;
    double commitment = 0.0, monitoring = 0.0;
    for (const int g : v.joined) {
      if (!w.promotes(g, k)) continue;
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
  for (const int g : v.joined) v.cbm = std::max(v.cbm, c.params.initiatives[g].cbm);
}

}  // namespace

void prefetch_contacts(const Context& c, const Derived& d, std::int32_t a) {
  for (const std::int32_t o : c.world.contacts.neighbours(a))
    __builtin_prefetch(d.profiles.record(o));
}

void gather(const Context& c, const State& s, const Derived& d, std::int32_t a, AgentView& v) {
  gather_contacts(c, d, a, v);
  gather_memberships(c, s, d, a, v);
}

}  // namespace cybernorms
